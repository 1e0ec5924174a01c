// Security desk stories. Fictional people and events, written for the demo.
import type { DemoStory } from './types.ts';

const CREDIT = 'Illustration: Serai demo studio';

export const SECURITY: DemoStory[] = [
  {
    key: 'border-mapping',
    section: 'security',
    authors: ['bakyt'],
    createdBy: 'contributor',
    state: 'published',
    hours: 14,
    scene: { kind: 'mountains', palette: 'dawn', seed: 71 },
    credit: CREDIT,
    en: {
      headline: 'Kyrgyz and Tajik surveyors finish mapping a disputed border sector',
      summary: 'The joint team completed a 26-kilometre stretch near Batken that was the scene of clashes. Villagers on both sides want to know where their fields and water will fall.',
      dateline: 'BISHKEK',
      tags: ['Kyrgyzstan', 'Tajikistan', 'Borders'],
      caption: 'Dawn over the ridges of the Turkestan range, as imagined for this story.',
      alt: 'Layered mountain ridges in soft pink and grey at sunrise.',
      bodyMd: `Surveyors from Kyrgyzstan and Tajikistan have finished mapping one of the most sensitive stretches of their shared border, officials in Bishkek said on Thursday, a 26-kilometre sector near Batken that saw deadly fighting in recent years.

The joint topographic team spent four months walking the line with GPS receivers, old Soviet maps and village elders from both sides. Their work now goes to the intergovernmental commission, which must agree where exactly the border runs before any markers are placed.

## Fields, roads and water

For the people who live there, the line matters less than what it crosses. Several villages depend on canals and springs that flow across the frontier, and some families graze animals on pasture claimed by both states.

> "We do not need a fence. We need to know that the water will still reach our orchards in July," said Jyldyz Abdraimova, who grows apricots in a village a few hundred metres from the disputed line.

Officials on both sides said the final agreement would include provisions for shared use of water and roads, though details have not been made public. Local councils have asked to see the draft before it is signed.

## Quiet, for now

The sector has been calm since a ceasefire last year, and the Kyrgyz border service reports that cross-border trade at the nearest official crossing has returned to pre-conflict levels. Security analysts warn that the months before a final deal are often the most fragile.`,
    },
    ru: {
      headline: 'Кыргызские и таджикские топографы завершили описание спорного участка границы',
      summary: 'Совместная группа закончила работу на 26-километровом участке под Баткеном, где происходили столкновения. Жители по обе стороны хотят знать, где окажутся их поля и вода.',
      dateline: 'БИШКЕК',
      tags: ['Границы', 'Баткен'],
      caption: 'Рассвет над хребтами Туркестанского хребта — иллюстрация к материалу.',
      alt: 'Горные хребты в нежных розовых и серых тонах на рассвете.',
      bodyMd: `Топографы Кыргызстана и Таджикистана завершили описание одного из самых чувствительных участков общей границы, сообщили в четверг официальные лица в Бишкеке. Речь идёт о 26-километровом отрезке под Баткеном, где в последние годы происходили кровопролитные столкновения.

Совместная топографическая группа четыре месяца проходила линию с GPS-приёмниками, старыми советскими картами и старейшинами сёл с обеих сторон. Теперь результаты переданы межправительственной комиссии, которая должна согласовать точное прохождение границы, прежде чем будут установлены знаки.

## Поля, дороги и вода

Для местных жителей важнее не сама линия, а то, что она пересекает. Несколько сёл зависят от каналов и родников, текущих через границу, а некоторые семьи пасут скот на пастбищах, на которые претендуют оба государства.

> «Забор нам не нужен. Нам нужно знать, что вода в июле по-прежнему дойдёт до наших садов», — говорит Жылдыз Абдраимова, которая выращивает абрикосы в селе в нескольких сотнях метров от спорной линии.

Официальные лица обеих стран заявили, что итоговое соглашение будет включать положения о совместном пользовании водой и дорогами, но подробности пока не раскрываются. Местные советы попросили показать им проект до подписания.

## Пока спокойно

После прошлогоднего перемирия на участке спокойно, а Пограничная служба Кыргызстана сообщает, что торговля через ближайший официальный пункт пропуска вернулась к довоенному уровню. Эксперты по безопасности предупреждают, что месяцы перед окончательной сделкой часто оказываются самыми хрупкими.`,
    },
  },
  {
    key: 'river-patrols',
    section: 'security',
    authors: ['nilufar'],
    createdBy: 'editor',
    state: 'published',
    hours: 46,
    scene: { kind: 'lake', palette: 'haze', seed: 83 },
    credit: CREDIT,
    en: {
      headline: 'Tajikistan adds river patrols on the Afghan border as seizures rise',
      summary: 'New boats and night-vision posts along the Panj are meant to stop smuggling. Residents of riverside villages say the patrols have also cut them off from their own fields.',
      dateline: 'DUSHANBE',
      tags: ['Tajikistan', 'Afghanistan', 'Borders', 'Smuggling'],
      caption: 'Morning haze on a wide river between mountains, as imagined for this story.',
      alt: 'A calm river reflecting misty blue mountains on both banks.',
      bodyMd: `Tajikistan's border service has put twelve new patrol boats on the Panj river and built a chain of observation posts along its banks, officials said this week, after seizures of drugs crossing from Afghanistan rose sharply over the past year.

The river forms most of the 1,300-kilometre frontier between the two countries. In places it is wide and fast; in others it narrows to a stream that can be waded in late summer.

## Numbers behind the patrols

According to figures presented to parliament, border guards seized almost twice as much opium and hashish in the first nine months of the year as in the same period a year earlier. Officials attributed part of the rise to better detection rather than more smuggling.

> "Every new post is a closed door for the smugglers, and a longer walk for us," said a farmer in a village near Shahritus who asked that his name not be used.

Residents of several riverside villages told us that new restricted zones now separate them from fields and pastures they have worked for generations. Access requires a permit that must be renewed every month at the district office.

## Help from abroad

The boats and equipment were paid for by international partners under a border management programme. Its coordinators say they have asked the Tajik authorities to review the restricted zones with local councils before the planting season.`,
    },
  },
  {
    key: 'card-fraud-unit',
    section: 'security',
    authors: ['bakyt'],
    createdBy: 'contributor',
    state: 'draft',
    hours: 2,
    scene: { kind: 'city', palette: 'night', seed: 97 },
    credit: CREDIT,
    en: {
      headline: 'Bishkek police set up a cyber-crime unit after a wave of card fraud',
      summary: 'Dozens of bank customers lost savings to fake delivery messages. The new unit promises a hotline and faster refunds, but banks say customers must also change habits.',
      dateline: 'BISHKEK',
      tags: ['Kyrgyzstan', 'Cyber-crime', 'Banking'],
      caption: 'Bishkek at night, as imagined for this story.',
      alt: 'Dark city skyline with lit windows under a deep blue night sky.',
      bodyMd: `Police in Bishkek have created a dedicated unit to investigate online fraud after more than 300 bank customers reported losing money to fake delivery messages since the summer, the city's police department said.

The messages, sent by text and popular messaging apps, ask recipients to pay a small customs fee for a parcel. The link leads to a copy of a bank's payment page that captures card details.

## A hotline and a deadline

The new unit will run a 24-hour hotline and has agreed with the country's largest banks to freeze suspicious transfers within an hour of a report. Officers say speed matters most: money is usually moved abroad within a day.

> "If you call us in the first hour, we have a chance. If you call after a week, we are writing history," a senior officer in the unit said.

Banks say they will add warnings to their apps and send fewer links by text themselves, so that customers learn to distrust any message that asks for card details.

## Editor's note

*Draft: waiting for the police department's figures by district and a comment from the banking association.*`,
    },
  },
];
