// Economy desk stories. Fictional people and events, written for the demo.
import type { DemoStory } from './types.ts';

const CREDIT = 'Illustration: Serai demo studio';

export const ECONOMY: DemoStory[] = [
  {
    key: 'grain-rail',
    section: 'economy',
    authors: ['aigerim'],
    createdBy: 'editor',
    state: 'published',
    hours: 9,
    scene: { kind: 'steppe', palette: 'harvest', seed: 41 },
    credit: CREDIT,
    en: {
      headline: 'Kazakh grain farmers bet on a southern rail route to the Gulf',
      summary: 'With northern routes costly and slow, growers in Kostanay are sending trial shipments of wheat by rail through Turkmenistan to Iranian ports.',
      dateline: 'KOSTANAY',
      tags: ['Kazakhstan', 'Agriculture', 'Transport', 'Trade'],
      caption: 'Wheat fields under a wide sky in northern Kazakhstan, as imagined for this story.',
      alt: 'Golden fields stretching to a flat horizon under a warm yellow sky.',
      bodyMd: `The first of forty grain wagons left a siding outside Kostanay on Monday, bound for a port on the Persian Gulf more than 4,000 kilometres to the south. If the trial works, farmers here say, it could change who buys their wheat.

Northern Kazakhstan grows most of the country's grain, but its traditional export routes run north and west, through ports where fees have risen and waiting times have grown. The southern route crosses Uzbekistan and Turkmenistan before reaching Iran, and has until now been used mostly for smaller cargoes.

## The price of distance

Freight forwarders estimate the southern route adds about nine dollars a tonne to transport costs, but buyers in the Gulf and East Africa pay more for the high-protein wheat the region is known for. The real test, they say, is whether the wagons can cross three borders without long stops.

> "We know how to grow wheat. What we have never controlled is the road out," said Yerlan Mukhametov, who farms 6,000 hectares north of the city and has five wagons in the trial.

The national railway company has promised a single set of documents for the whole journey, an arrangement negotiated with its neighbours last year. Customs officers on the Turkmen side have been given advance lists of the wagons' contents.

## Watching the clock

The shipment is expected to reach the port in about twelve days. Growers' associations plan to publish the actual transit time and cost, stop by stop, so that other farms can decide whether to book space for the next harvest.`,
    },
    ru: {
      headline: 'Казахстанские аграрии делают ставку на южный железнодорожный путь к Персидскому заливу',
      summary: 'Северные маршруты дороги и медленны, поэтому костанайские фермеры отправляют пробные партии пшеницы по железной дороге через Туркменистан в иранские порты.',
      dateline: 'КОСТАНАЙ',
      tags: ['Сельское хозяйство', 'Транспорт', 'Торговля'],
      caption: 'Пшеничные поля под широким небом северного Казахстана — иллюстрация к материалу.',
      alt: 'Золотые поля до плоского горизонта под тёплым жёлтым небом.',
      bodyMd: `Первый из сорока зерновых вагонов в понедельник отошёл от подъездного пути под Костанаем. Он направляется в порт на берегу Персидского залива, более чем в 4000 километрах к югу. Если эксперимент удастся, говорят местные фермеры, это может изменить круг покупателей их пшеницы.

Северный Казахстан выращивает большую часть зерна страны, но традиционные экспортные маршруты ведут на север и запад — через порты, где выросли сборы и очереди. Южный путь проходит через Узбекистан и Туркменистан до Ирана и до сих пор использовался в основном для небольших грузов.

## Цена расстояния

По оценкам экспедиторов, южный маршрут добавляет к стоимости перевозки около девяти долларов на тонну, но покупатели в странах Залива и Восточной Африки готовы платить больше за высокобелковую пшеницу, которой славится регион. Настоящая проверка, говорят они, — сможет ли состав пересечь три границы без долгих остановок.

> «Пшеницу мы растить умеем. А вот дорогу наружу мы никогда не контролировали», — говорит Ерлан Мухаметов, который обрабатывает 6000 гектаров к северу от города и участвует в эксперименте пятью вагонами.

Национальная железнодорожная компания пообещала единый комплект документов на весь путь — об этом она договорилась с соседями в прошлом году. Таможенники на туркменской стороне заранее получили списки грузов.

## Время в пути

Ожидается, что состав дойдёт до порта примерно за двенадцать дней. Ассоциации производителей зерна собираются опубликовать фактические сроки и расходы по каждой остановке, чтобы другие хозяйства могли решить, бронировать ли места под следующий урожай.`,
    },
  },
  {
    key: 'remittances',
    section: 'economy',
    authors: ['nilufar'],
    createdBy: 'editor',
    state: 'published',
    hours: 27,
    scene: { kind: 'city', palette: 'dusk', seed: 53 },
    credit: CREDIT,
    en: {
      headline: 'As money from abroad slows, Tajik families rethink how they spend',
      summary: 'Transfers from migrant workers fell for a third straight quarter. In Dushanbe, households are postponing weddings and building work, and small shops feel it first.',
      dateline: 'DUSHANBE',
      tags: ['Tajikistan', 'Migration', 'Remittances'],
      caption: 'Evening light over Dushanbe and the hills beyond, as imagined for this story.',
      alt: 'City buildings in silhouette against a pink and purple evening sky with hills behind.',
      bodyMd: `Money sent home by Tajik workers abroad fell for a third quarter in a row, according to central bank figures released on Friday, and the slowdown is beginning to show in the capital's markets and building sites.

Remittances still equal about a third of the country's economic output. Most come from men working on construction sites and in warehouses in Russia, and a growing share from workers in Kazakhstan, South Korea and the Gulf.

## Fewer weddings, smaller houses

Shopkeepers at Dushanbe's largest bazaar say the first purchases to disappear are the big ones: wedding goods, cement and roofing sheets. Many families build their houses room by room, adding a floor whenever a relative sends enough money.

> "Last year people bought for the whole house. This year they buy one window at a time," said Farrukh Nazarov, who sells building materials near the Sakhovat market.

Economists point to a weaker rouble, tighter rules for foreign workers in Russia and rising living costs for migrants themselves. Several families we spoke to said their relatives were working the same hours but sending home less after rent and fees.

## Looking elsewhere

Labour agencies report more interest in seasonal work in Europe and in construction in the Gulf, though both require language skills and upfront costs that many cannot afford. The government has promised to expand free language courses in regional centres this spring.`,
    },
    ru: {
      headline: 'Денежные переводы сокращаются, и таджикские семьи пересматривают расходы',
      summary: 'Переводы трудовых мигрантов сокращаются третий квартал подряд. В Душанбе семьи откладывают свадьбы и стройку, а первыми это чувствуют небольшие магазины.',
      dateline: 'ДУШАНБЕ',
      tags: ['Миграция', 'Денежные переводы'],
      caption: 'Вечер над Душанбе и холмами вдали — иллюстрация к материалу.',
      alt: 'Силуэты городских зданий на фоне розово-фиолетового вечернего неба и холмов.',
      bodyMd: `Объём денег, которые таджикские работники за рубежом отправляют домой, сократился третий квартал подряд, следует из данных Национального банка, опубликованных в пятницу. Спад уже заметен на рынках и стройках столицы.

Переводы по-прежнему составляют около трети экономики страны. Большая часть приходит от мужчин, работающих на стройках и складах в России, а растущая доля — от работников в Казахстане, Южной Корее и странах Залива.

## Меньше свадеб, меньше домов

Продавцы крупнейшего базара Душанбе говорят, что первыми исчезают крупные покупки: товары к свадьбе, цемент, кровельные листы. Многие семьи строят дом комнату за комнатой, надстраивая этаж всякий раз, когда родственник присылает достаточно денег.

> «В прошлом году брали на весь дом. В этом году берут по одному окну», — говорит Фаррух Назаров, который торгует стройматериалами возле рынка «Саховат».

Экономисты называют причины: более слабый рубль, ужесточение правил для иностранных работников в России и рост расходов самих мигрантов. Несколько семей рассказали нам, что их родственники работают столько же, но после оплаты жилья и сборов присылают меньше.

## В поисках других стран

Агентства занятости отмечают растущий интерес к сезонной работе в Европе и к стройкам в странах Залива, однако для этого нужны язык и стартовые расходы, которые многим не по карману. Правительство обещало этой весной расширить бесплатные языковые курсы в областных центрах.`,
    },
  },
  {
    key: 'gas-talks',
    section: 'economy',
    authors: ['aigerim'],
    createdBy: 'editor',
    state: 'published',
    hours: 70,
    scene: { kind: 'desert', palette: 'noon', seed: 67 },
    credit: CREDIT,
    en: {
      headline: 'Turkmenistan reopens pipeline talks as buyers haggle over price',
      summary: 'Negotiators from four countries met in Ashgabat to revive a long-delayed gas pipeline. The sticking point is no longer the route but who pays for it.',
      dateline: 'ASHGABAT',
      tags: ['Turkmenistan', 'Energy', 'Gas'],
      caption: 'Desert dunes in the Karakum under a high sun, as imagined for this story.',
      alt: 'Sand dunes in pale orange under a bright, almost white sky.',
      bodyMd: `Negotiators from Turkmenistan and three prospective buyers of its natural gas met in Ashgabat this week to restart talks on a pipeline that has been discussed, and delayed, for most of the past twenty years.

Turkmenistan holds some of the largest gas reserves in the world but sells most of its exports to a single customer. A second export route has long been the government's stated priority.

## Who carries the risk

People familiar with the talks said the discussion had moved on from the route, which is largely agreed, to how construction would be financed and who would bear the cost if volumes fell short. Buyers want prices linked to the market; the seller wants long-term guarantees.

> "Everyone agrees the gas is there. The argument is about the next thirty years of invoices," said an energy economist in Almaty who advises one of the delegations and asked not to be named.

The Turkmen side presented updated cost estimates and offered to build the first section at its own expense, according to a statement from the foreign ministry, which did not give figures.

## Another round

No agreement was signed. The delegations said they would meet again in the spring, after technical teams compare their models of demand. Analysts cautioned that previous rounds have ended with similar promises.`,
    },
  },
];
