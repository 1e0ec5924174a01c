// Readers' comments on a few demo articles, in English and Russian. Fictional people,
// original text written for the demo. They show a threaded conversation four replies
// deep, comments waiting in the moderation queue, a rejected one, a spam one, and a
// section under post-moderation (Society) where comments appear at once. Each comment is
// screened as the site would; one mild insult is held by screening for the moderators.
import type { DemoDiscussion } from './types.ts';

export const DEMO_DISCUSSIONS: DemoDiscussion[] = [
  {
    story: 'village-budgets',
    locale: 'en',
    comments: [
      {
        key: 'talas', name: 'Gulnara S.', email: 'gulnara.s@example.net', minutes: 35, state: 'approved',
        body: 'I grew up in a village near Talas. Every spring the council collected money for the water pipe and nobody ever saw an invoice.\n\nIf this passes, I will be the first to read the reports.',
      },
      {
        key: 'who-checks', replyTo: 'talas', name: 'Ermek', email: 'ermek.k@example.org', minutes: 52, state: 'approved',
        body: 'Reading them is the easy part. Who checks that the numbers on the website match what was actually built? A spreadsheet can be wrong as easily as a paper ledger.',
      },
      {
        key: 'residents', replyTo: 'who-checks', name: 'Gulnara S.', email: 'gulnara.s@example.net', minutes: 70, state: 'approved',
        body: 'Residents can. That is the whole point: today we cannot even compare. Once the figures are public, anyone who walks past the pipe can ask why it cost twice as much as the one in the next village.',
      },
      {
        key: 'contracts', replyTo: 'residents', name: 'Temirlan Askarov', email: 't.askarov@example.com', minutes: 96, state: 'approved',
        body: 'Agreed, but only if the contracts are published too, as the analysts in the article say. Totals without the names of suppliers tell you very little.',
      },
      {
        key: 'second-reading', replyTo: 'contracts', name: 'Ermek', email: 'ermek.k@example.org', minutes: 121, state: 'approved',
        body: 'Fair point. Then the second reading is where to push: add the contracts, and give the small councils the extra time they asked for, so they do not publish empty tables just to meet a deadline.',
      },
      {
        key: 'almaty', name: 'Nadia', email: 'nadia.almaty@example.net', minutes: 140, state: 'approved',
        body: 'Thirty days after the end of a quarter seems generous. Our district akimat publishes within two weeks and the sky has not fallen.',
      },
      {
        key: 'insults', name: 'Angry Reader', email: 'angry.reader@example.com', minutes: 180, state: 'rejected',
        body: 'Every one of those deputies is a crook and so is anyone who voted for them. What a joke.',
      },
      {
        key: 'phones', name: 'Bolot', email: 'bolot.naryn@example.org', minutes: 230, state: 'pending',
        body: 'Does anyone know whether the ministry’s template works on a phone? Half of the council members in our district do not own a computer.',
      },
    ],
  },
  {
    story: 'village-budgets',
    locale: 'ru',
    comments: [
      {
        key: 'school', name: 'Айгуль', email: 'aigul.t@example.net', minutes: 30, state: 'approved',
        body: 'Наконец-то. В нашем айыл окмоту смету на ремонт школы показывали только депутатам кенеша, и то не всем.',
      },
      {
        key: 'accountant', replyTo: 'school', name: 'Нурлан', email: 'nurlan.b@example.org', minutes: 55, state: 'approved',
        body: 'А кто будет заполнять этот сайт? У нас один бухгалтер на три села, а интернет появляется, когда ветер дует с правильной стороны.',
      },
      {
        key: 'more-time', replyTo: 'accountant', name: 'Айгуль', email: 'aigul.t@example.net', minutes: 80, state: 'approved',
        body: 'Как раз об этом и просят главы из Ошской области: больше времени и обучение. Лучше отложить на полгода, чем получить пустые таблицы.',
      },
      {
        key: 'neighbours', name: 'Сергей П.', email: 'sergey.p@example.com', minutes: 200, state: 'pending',
        body: 'Интересно, как это устроено у соседей. Есть ли в регионе удачные примеры открытых бюджетов сёл?',
      },
      {
        key: 'held-insult', replyTo: 'more-time', name: 'Гость', email: 'guest.budget@example.org', minutes: 230, state: 'pending',
        body: 'Только идиот поверит, что эти таблицы кто-то будет читать.',
      },
    ],
  },
  {
    story: 'border-crossings',
    locale: 'en',
    comments: [
      {
        key: 'apricots', name: 'Dilshod', email: 'dilshod.r@example.net', minutes: 90, state: 'approved',
        body: 'My uncle drives dried apricots from Khujand to Tashkent. At the old post the queue sometimes took a whole day. Three more crossings could change his business.',
      },
      {
        key: 'staff', replyTo: 'apricots', name: 'Farrukh', email: 'farrukh.n@example.org', minutes: 150, state: 'approved',
        body: 'Only if there are enough customs officers at them. A new gate with one officer is just a new queue.',
      },
      {
        key: 'night', name: 'Malika', email: 'malika.h@example.com', minutes: 400, state: 'approved',
        body: 'Will the new crossings be open at night? The article does not say.',
      },
      {
        key: 'visas', name: 'Quick Visa Help', email: 'offers@example.com', minutes: 600, state: 'spam',
        body: 'FAST VISAS AND BORDER PASSES!!! No waiting, any country, write to us today for a special price!!!',
      },
      {
        key: 'isfara', name: 'Rustam', email: 'rustam.isfara@example.net', minutes: 1500, state: 'pending',
        body: 'Good news for families on both sides. My grandmother has not seen her sister in Isfara for four years.',
      },
    ],
  },
  {
    story: 'tea-houses',
    locale: 'en',
    comments: [
      {
        key: 'wifi', name: 'Kamola', email: 'kamola.t@example.net', minutes: 60, state: 'approved',
        body: 'I work from the one on our street twice a week. The Wi-Fi is slow, but the tea is free and my neighbours finally know what I do for a living.',
      },
      {
        key: 'elders', replyTo: 'wifi', name: 'Jasur', email: 'jasur.m@example.org', minutes: 95, state: 'approved',
        body: 'Same in our mahalla. The elders were sceptical at first; now they ask us to help them with their online forms.',
      },
      {
        key: 'private-number', name: 'Laziz', email: 'laziz.y@example.com', minutes: 300, state: 'rejected',
        body: 'The mahalla chairman let this happen. Call him on his private number, 90 000 00 00, and tell him what you think.',
      },
      {
        key: 'canal', name: 'Shahnoza', email: 'shahnoza.k@example.net', minutes: 700, state: 'approved',
        body: 'A lovely story. Could the city open the old tea house by the canal in Chilanzar too? It has stood empty since the spring.',
      },
    ],
  },
  {
    story: 'remittances',
    locale: 'ru',
    comments: [
      {
        key: 'workshop', name: 'Фарход', email: 'farhod.s@example.net', minutes: 120, state: 'approved',
        body: 'Брат в этом году остался дома: заработки упали, а билеты подорожали. Теперь вся семья думает, как открыть мастерскую в Худжанде.',
      },
      {
        key: 'bakery', replyTo: 'workshop', name: 'Мадина', email: 'madina.r@example.org', minutes: 210, state: 'approved',
        body: 'Удачи ему! Наши соседи так открыли пекарню. Первый год было тяжело, а теперь там работают четыре человека.',
      },
      {
        key: 'schooling', name: 'Ольга', email: 'olga.v@example.com', minutes: 900, state: 'pending',
        body: 'Хотелось бы прочитать продолжение: как меняются расходы на учёбу детей, когда переводов становится меньше.',
      },
    ],
  },
];
