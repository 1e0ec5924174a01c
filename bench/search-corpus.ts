// A generated news corpus for the search benchmark (issue 6): N articles, half English, half
// Russian, words drawn with a Zipf-like skew from real words (so queries hit real stems and
// Russian inflections) and made-up ones (a long tail, as real vocabularies have). Repeatable.
import { seededRandom, type Random } from '../src/lib/seeded-random.ts';

const EN = ('border crossing reopens valley harvest apricot orchard election commission voters passport city cities ' +
  'school schools hospital road roads bridge market prices bazaar water tariff tariffs winter snow pass flood rain ' +
  'minister ministry parliament court judge police trade customs lorry lorries driver drivers farmer farmers cotton ' +
  'wheat bread energy power station electricity mine mines quarry railway station airport flight flights budget ' +
  'teacher teachers student students university museum theatre festival football team match coach mountain river').split(' ');
const RU = ('граница границы границе границу границей переход переходы долина урожай урожая абрикос абрикосы сад сады ' +
  'выборы выборов выборах комиссия комиссии избиратели паспорт город города городе городов школа школы школе ' +
  'больница больницы дорога дороги дороге мост моста рынок рынка цены цен вода воды тариф тарифы зима снег ' +
  'министр министерство парламент суд судья полиция торговля таможня грузовик грузовики водитель водители ' +
  'фермер фермеры хлопок пшеница хлеб энергия станция электричество шахта карьер железная аэропорт рейс бюджет ' +
  'учитель учителя студент студенты университет музей театр фестиваль футбол команда матч тренер гора река').split(' ');
const SYLLABLES = { en: 'ka ro mi ta ne lu sa po ri de va lo zu be ni'.split(' '), ru: 'ка ро ми та не лу са по ри де ва ло зу бе ни'.split(' ') };
const TAIL = 20_000;
/** Made-up words ranked above the real ones (the "the" and "said" of this corpus). */
const HEAD = 1000;

type Lang = 'en' | 'ru';

function vocabulary(lang: Lang, random: Random): string[] {
  const made = Array.from({ length: TAIL }, () => {
    const n = 2 + Math.floor(random() * 3);
    return Array.from({ length: n }, () => SYLLABLES[lang][Math.floor(random() * SYLLABLES[lang].length)]).join('');
  });
  // The real words rank from HEAD on: each form is in roughly 1 % of the articles (a Russian stem,
  // with its five forms, in about 5 %), as a news word is; made-up words take the top ranks.
  return [...made.slice(0, HEAD), ...(lang === 'en' ? EN : RU), ...made.slice(HEAD)];
}

/** Index into a list of n with a Zipf-like skew (early entries far more common). */
function zipf(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(Math.pow(n + 1, random()) - 1));
}

export interface CorpusArticle { locale: Lang; headline: string; summary: string; body: string; daysAgo: number }

export function* corpus(count: number, seed = 6): Generator<CorpusArticle> {
  const random = seededRandom(seed);
  const words = { en: vocabulary('en', random), ru: vocabulary('ru', random) };
  const text = (lang: Lang, n: number) => Array.from({ length: n }, () => words[lang][zipf(random, words[lang].length)]).join(' ');
  for (let i = 0; i < count; i++) {
    const locale: Lang = i % 2 === 0 ? 'en' : 'ru';
    const headline = text(locale, 7);
    yield {
      locale, headline: headline[0]!.toUpperCase() + headline.slice(1), summary: `${text(locale, 18)}.`,
      body: `${text(locale, 30)}.\n\n${text(locale, 30)}.`, daysAgo: Math.floor(random() * 3650),
    };
  }
}

/** The queries timed: common and rare words, two words, Russian forms other than the indexed ones. */
export const QUERIES: Array<{ locale: Lang; q: string }> = [
  { locale: 'en', q: 'border' }, { locale: 'en', q: 'elections' }, { locale: 'en', q: 'harvest apricot' },
  { locale: 'en', q: 'river' }, { locale: 'en', q: 'schools teachers' },
  { locale: 'ru', q: 'границах' }, { locale: 'ru', q: 'выборами' }, { locale: 'ru', q: 'городам школ' },
  { locale: 'ru', q: 'река' }, { locale: 'ru', q: 'урожай абрикосов' },
  ...rareWords(6),
];

/** Words from the long tail of the corpus of `seed` (rebuilt as corpus() builds it): few matches each. */
function rareWords(seed: number): Array<{ locale: Lang; q: string }> {
  const random = seededRandom(seed);
  const en = vocabulary('en', random);
  const ru = vocabulary('ru', random);
  return [{ locale: 'en', q: en[15000]! }, { locale: 'ru', q: ru[15000]! }];
}
