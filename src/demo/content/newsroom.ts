// The fictional newsroom behind the demo: its site, desks, reporters and staff accounts.
import type { DemoAuthor, DemoSection, DemoStaff } from './types.ts';

export const DEMO_SITE = {
  slug: 'main',
  name: 'Serai Central Asia',
  defaultLocale: 'en',
  locales: ['en', 'ru'],
} as const;

export const DEMO_SECTIONS: DemoSection[] = [
  { key: 'politics', slug: 'politics', name: 'Politics', labels: { en: 'Politics', ru: 'Политика' } },
  { key: 'economy', slug: 'economy', name: 'Economy', labels: { en: 'Economy', ru: 'Экономика' } },
  { key: 'security', slug: 'security', name: 'Security', labels: { en: 'Security', ru: 'Безопасность' } },
  // Comments on society stories appear at once and are reviewed afterwards.
  { key: 'society', slug: 'society', name: 'Society', labels: { en: 'Society', ru: 'Общество' }, commentMode: 'post' },
];

/** Staff accounts. Passwords are generated at seed time and printed once. */
export const DEMO_STAFF: DemoStaff[] = [
  { key: 'admin', email: 'admin@serai.local', displayName: 'Newsroom Admin', role: 'admin' },
  { key: 'editor', email: 'editor@serai.local', displayName: 'Aigerim Sadykova', role: 'editor' },
  { key: 'contributor', email: 'contributor@serai.local', displayName: 'Bakyt Osmonov', role: 'contributor' },
  { key: 'moderator', email: 'moderator@serai.local', displayName: 'Zarina Yusupova', role: 'moderator' },
];

export const DEMO_AUTHORS: DemoAuthor[] = [
  {
    key: 'aigerim', name: 'Aigerim Sadykova', staffKey: 'editor',
    bio: 'Economy editor based in Almaty. Aigerim has covered grain, energy and the banking sector across Kazakhstan for a decade and edits the network\'s business desk.',
  },
  {
    key: 'timur', name: 'Timur Rakhimov',
    bio: 'Correspondent in Tashkent covering Uzbek politics and regional diplomacy. Before joining Serai he reported on parliament for a local radio station.',
  },
  {
    key: 'nilufar', name: 'Nilufar Davlatova',
    bio: 'Reporter in Dushanbe writing about labour migration, water and public health in Tajikistan. She speaks Tajik, Russian and English.',
  },
  {
    key: 'bakyt', name: 'Bakyt Osmonov', staffKey: 'contributor',
    bio: 'Freelance contributor from Bishkek who follows border affairs, policing and the Fergana Valley. He travels to the southern provinces every month.',
  },
  {
    key: 'maral', name: 'Maral Annaeva',
    bio: 'Culture and society writer following Turkmenistan, mostly from the outside in. Maral writes about crafts, cities and the people who keep them going.',
  },
  {
    key: 'daniyar', name: 'Daniyar Seitkali',
    bio: 'Data reporter in Astana. Daniyar turns budgets, tenders and census tables into stories and maintains the newsroom\'s open data notebooks.',
  },
];
