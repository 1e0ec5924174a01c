// Politics desk stories. Fictional people and events, written for the demo.
import type { DemoStory } from './types.ts';

const CREDIT = 'Illustration: Serai demo studio';

export const POLITICS: DemoStory[] = [
  {
    key: 'village-budgets',
    section: 'politics',
    authors: ['bakyt'],
    createdBy: 'contributor',
    state: 'published',
    hours: 5,
    scene: { kind: 'valley', palette: 'spring', seed: 11 },
    credit: CREDIT,
    en: {
      headline: 'Kyrgyz lawmakers back plan to put village budgets online',
      summary: 'A bill passed at first reading would require every village council to publish what it spends, line by line, on a public website within thirty days.',
      dateline: 'BISHKEK',
      tags: ['Kyrgyzstan', 'Local government', 'Transparency'],
      caption: 'Farmland and poplar rows in the Chui valley, as imagined for this story.',
      alt: 'Green valley floor with rows of trees below pale blue mountains.',
      bodyMd: `Kyrgyzstan's parliament on Wednesday backed a bill that would oblige all of the country's village councils to publish their budgets online, a step reformers say could do more to curb petty graft than any anti-corruption campaign of the past decade.

The measure passed its first reading by 71 votes to 9. It requires each of the roughly 450 local councils, known as aiyl okmotu, to post planned and actual spending within thirty days of the end of every quarter, broken down by contract and supplier.

## Who pays for the websites

Critics in the chamber did not object to the principle but to the cost. Many rural councils still keep their accounts on paper, and some share a single computer with the local school. The bill's sponsors say a free template hosted by the finance ministry will cover most councils, and that training will be paid for from an existing donor-funded programme.

> "A farmer in Talas should be able to see what was paid for the new water pipe in the time it takes to drink a cup of tea," said Azamat Toktorov, one of the deputies who drafted the bill.

Budget analysts in Bishkek welcomed the vote but warned that publishing figures is only half of the work. Without a requirement to publish the contracts themselves, they said, residents will see totals but not who was paid, or for what.

## What happens next

The bill needs two more readings and the president's signature. If it becomes law as drafted, the first quarterly reports would be due next autumn. A group of village heads from Osh province has asked to testify before the second reading, saying their councils need more time.`,
    },
    ru: {
      headline: 'Депутаты Кыргызстана поддержали публикацию бюджетов сёл в интернете',
      summary: 'Законопроект, принятый в первом чтении, обяжет каждую сельскую управу в течение тридцати дней публиковать свои расходы построчно на открытом сайте.',
      dateline: 'БИШКЕК',
      tags: ['Местное самоуправление', 'Прозрачность'],
      caption: 'Поля и ряды тополей в Чуйской долине — иллюстрация к материалу.',
      alt: 'Зелёная долина с рядами деревьев на фоне бледно-голубых гор.',
      bodyMd: `Парламент Кыргызстана в среду поддержал законопроект, который обяжет все сельские управы страны публиковать свои бюджеты в интернете. По словам сторонников реформы, этот шаг может сделать для борьбы с мелкой коррупцией больше, чем любая антикоррупционная кампания последнего десятилетия.

Документ прошёл первое чтение: 71 голос «за», 9 — «против». Каждый из примерно 450 айыл окмоту должен будет в течение тридцати дней после окончания квартала выкладывать плановые и фактические расходы с разбивкой по договорам и поставщикам.

## Кто заплатит за сайты

Критики в зале возражали не против самой идеи, а против её цены. Многие сельские управы до сих пор ведут учёт на бумаге, а некоторые делят один компьютер с местной школой. Авторы законопроекта отвечают, что большинству управ хватит бесплатного шаблона на сервере Министерства финансов, а обучение оплатит уже действующая донорская программа.

> «Фермер в Таласе должен видеть, сколько заплатили за новый водопровод, быстрее, чем выпьет пиалу чая», — сказал один из авторов законопроекта, депутат Азамат Токторов.

Бюджетные аналитики в Бишкеке приветствовали голосование, но предупредили, что публикация цифр — лишь половина дела. Пока не требуется выкладывать сами договоры, жители увидят итоговые суммы, но не узнают, кому и за что заплатили.

## Что дальше

Законопроекту предстоят ещё два чтения и подпись президента. Если его примут в нынешнем виде, первые квартальные отчёты появятся следующей осенью. Группа глав айыл окмоту из Ошской области попросила выступить перед вторым чтением: по их словам, управам нужно больше времени.`,
    },
  },
  {
    key: 'border-crossings',
    section: 'politics',
    authors: ['timur'],
    createdBy: 'editor',
    state: 'published',
    hours: 30,
    scene: { kind: 'steppe', palette: 'dusk', seed: 23 },
    credit: CREDIT,
    en: {
      headline: 'Uzbekistan and Tajikistan agree to open three more border crossings',
      summary: 'Foreign ministers signed the deal in Tashkent, promising shorter queues for traders and families on both sides of a frontier that was almost sealed for years.',
      dateline: 'TASHKENT',
      tags: ['Uzbekistan', 'Tajikistan', 'Borders', 'Trade'],
      caption: 'Evening over the plain south of Tashkent, as imagined for this story.',
      alt: 'Flat plain under an orange and violet evening sky with a low sun.',
      bodyMd: `Uzbekistan and Tajikistan will open three more crossings on their shared border by the end of next year, the two countries' foreign ministers said on Tuesday after talks in Tashkent.

The new checkpoints, two in the Fergana Valley and one south of Samarkand, would bring the number of working crossings to fourteen. For much of the last two decades only a handful were open, and families living a few kilometres apart often had to travel for a day to visit relatives.

## Traders first

Officials said the crossings would be designed for small traders and pedestrians rather than heavy freight, with a separate lane for people carrying goods below a customs threshold. Both sides promised to publish waiting times online.

> "The border should be a line on the map, not a wall in people's lives," the Uzbek minister told reporters at a joint press conference.

Business groups in Khujand and Fergana city welcomed the announcement. A survey of market traders published last month found that more than half had stopped cross-border trips because of queues and informal payments at the existing posts.

## The unfinished map

The agreement does not settle the few stretches of the frontier that remain undemarcated. A joint commission will continue work on those sectors, the ministers said, without giving a deadline.`,
    },
    ru: {
      headline: 'Узбекистан и Таджикистан откроют ещё три пункта пропуска на границе',
      summary: 'Министры иностранных дел подписали соглашение в Ташкенте и пообещали сократить очереди для торговцев и семей по обе стороны границы, которая годами была почти закрыта.',
      dateline: 'ТАШКЕНТ',
      tags: ['Границы', 'Торговля'],
      caption: 'Вечер над равниной к югу от Ташкента — иллюстрация к материалу.',
      alt: 'Равнина под оранжево-фиолетовым вечерним небом с низким солнцем.',
      bodyMd: `Узбекистан и Таджикистан до конца следующего года откроют на общей границе ещё три пункта пропуска, сообщили во вторник министры иностранных дел двух стран после переговоров в Ташкенте.

Новые КПП — два в Ферганской долине и один к югу от Самарканда — увеличат число действующих переходов до четырнадцати. Большую часть последних двух десятилетий работали лишь единицы, и семьям, жившим в нескольких километрах друг от друга, порой приходилось тратить целый день, чтобы навестить родственников.

## Сначала — торговцы

По словам чиновников, новые переходы рассчитаны прежде всего на мелких торговцев и пешеходов, а не на большегрузы: для людей с товаром ниже таможенного порога выделят отдельную полосу. Обе стороны обещали публиковать время ожидания в интернете.

> «Граница должна быть линией на карте, а не стеной в жизни людей», — сказал узбекский министр на совместной пресс-конференции.

Деловые объединения Худжанда и Ферганы приветствовали решение. По опросу рыночных торговцев, опубликованному в прошлом месяце, больше половины из них перестали ездить через границу из-за очередей и неформальных поборов на действующих постах.

## Незаконченная карта

Соглашение не решает вопрос нескольких участков, которые до сих пор не делимитированы. Работу над ними продолжит совместная комиссия, сказали министры, не назвав сроков.`,
    },
  },
  {
    key: 'akim-elections',
    section: 'politics',
    authors: ['daniyar', 'aigerim'],
    createdBy: 'editor',
    state: 'published',
    hours: 54,
    scene: { kind: 'city', palette: 'winter', seed: 37 },
    credit: CREDIT,
    en: {
      headline: 'Low turnout and crowded ballots in Kazakhstan\'s first direct district polls',
      summary: 'Voters in twelve pilot districts chose their own district heads for the first time. Fewer than four in ten turned out, but most races were genuinely contested.',
      dateline: 'ASTANA',
      tags: ['Kazakhstan', 'Elections', 'Local government'],
      caption: 'A winter skyline over the Ishim river, as imagined for this story.',
      alt: 'Tall city towers in blue and white under a cold, clear winter sky.',
      bodyMd: `Voters in twelve districts of Kazakhstan chose their own district heads on Sunday, the first time such posts have been filled by a direct ballot rather than by appointment from the regional governor.

Turnout was 38 percent across the pilot districts, according to preliminary figures from the central election commission, well below the national parliamentary elections but higher than organisers had privately expected for a winter vote.

## Real races, small budgets

In ten of the twelve districts at least three candidates were on the ballot, and in four the winner took less than half of the vote. Several of the winners are former school directors or farm managers rather than career officials.

> "People asked me about roads and the clinic, not about politics," said Gulnara Beisenova, a former headteacher who won in a district east of Kostanay with 44 percent.

The newly elected heads will, however, control only a sliver of public money. Our analysis of last year's district budgets shows that more than 80 percent of spending in the pilot districts was decided at the regional level, including most road and school repairs.

## A wider rollout

The government has said it will decide after a year whether to extend direct elections to all districts. Election observers from two domestic monitoring groups reported queues at some polling stations in the morning but no systematic irregularities.`,
    },
  },
];
