// Society desk stories. Fictional people and events, written for the demo.
import type { DemoStory } from './types.ts';

const CREDIT = 'Illustration: Serai demo studio';

export const SOCIETY: DemoStory[] = [
  {
    key: 'tea-houses',
    section: 'society',
    authors: ['timur'],
    createdBy: 'editor',
    state: 'published',
    hours: 20,
    scene: { kind: 'city', palette: 'noon', seed: 103 },
    credit: CREDIT,
    en: {
      headline: 'Tashkent\'s neighbourhood tea houses find a second life as shared offices',
      summary: 'Old chaikhanas in the city\'s mahallas are adding Wi-Fi and long tables. Freelancers come for the quiet mornings; the regulars stay for the plov.',
      dateline: 'TASHKENT',
      tags: ['Uzbekistan', 'Cities', 'Work'],
      caption: 'Tashkent at midday, as imagined for this story.',
      alt: 'Low and mid-rise city buildings in warm tones under a bright blue sky.',
      bodyMd: `By nine in the morning, the tea house at the corner of a quiet mahalla in Tashkent's Yunusabad district is already busy, but not with the usual crowd. Half the tables are taken by young people with laptops, headphones and a pot of green tea each.

The owner, Shavkat Yusupov, added fast internet and a row of power sockets last spring after his nephew, a programmer, complained he could not find a calm place to work near home. Now he charges a small daily fee that includes unlimited tea and bread.

## Between two crowds

The arrangement works because the two groups keep different hours. The freelancers arrive early and leave by lunch; the older men who have gathered here for decades come in the afternoon for backgammon and conversation.

> "In the morning it is an office, at one o'clock it is a restaurant, and in the evening it is a parliament," Mr Yusupov said, laughing.

City officials say at least thirty tea houses have made similar changes in the past two years, and the mayor's office has started a small grant programme for mahalla businesses that offer public Wi-Fi.

## Keeping the character

Not everyone is pleased. Some residents worry that the tea houses, traditionally places where neighbours settle disputes and plan weddings, will become just another café. Owners insist the old customs remain: on Thursdays, everyone still eats plov at the same long table.`,
    },
    ru: {
      headline: 'Ташкентские чайханы получают вторую жизнь как общие офисы',
      summary: 'Старые чайханы в махаллях города обзаводятся Wi-Fi и длинными столами. Фрилансеры приходят ради тихого утра, завсегдатаи остаются ради плова.',
      dateline: 'ТАШКЕНТ',
      tags: ['Города', 'Работа'],
      caption: 'Ташкент в полдень — иллюстрация к материалу.',
      alt: 'Невысокие городские здания в тёплых тонах под ярким голубым небом.',
      bodyMd: `К девяти утра чайхана на углу тихой махалли в ташкентском Юнусабаде уже полна, но не привычной публикой. Половину столов занимают молодые люди с ноутбуками, наушниками и чайником зелёного чая на каждого.

Владелец, Шавкат Юсупов, провёл быстрый интернет и поставил ряд розеток прошлой весной, после того как его племянник-программист пожаловался, что рядом с домом негде спокойно поработать. Теперь он берёт небольшую плату за день, в которую входят чай и лепёшки без ограничений.

## Между двумя компаниями

Схема работает потому, что у двух групп разный распорядок. Фрилансеры приходят рано и уходят к обеду, а пожилые мужчины, которые собираются здесь десятилетиями, приходят после полудня — поиграть в нарды и поговорить.

> «Утром здесь офис, в час дня — ресторан, а вечером — парламент», — смеётся Юсупов.

По словам городских чиновников, за последние два года так изменились по меньшей мере тридцать чайхан, а хокимият запустил небольшую грантовую программу для бизнеса в махаллях, который предоставляет бесплатный Wi-Fi.

## Сохранить дух

Довольны не все. Некоторые жители опасаются, что чайханы, где соседи традиционно улаживают споры и готовятся к свадьбам, превратятся в обычные кафе. Владельцы уверяют, что старые обычаи никуда не делись: по четвергам все по-прежнему едят плов за одним длинным столом.`,
    },
  },
  {
    key: 'glacier-herders',
    section: 'society',
    authors: ['bakyt', 'daniyar'],
    createdBy: 'contributor',
    state: 'review',
    hours: 3,
    scene: { kind: 'mountains', palette: 'winter', seed: 109 },
    credit: CREDIT,
    en: {
      headline: 'As Tian Shan glaciers shrink, herders move their summer pastures higher',
      summary: 'Satellite data show the glaciers above Naryn have lost a fifth of their area in thirty years. Families who follow their flocks up the mountains are adjusting their calendars.',
      dateline: 'NARYN',
      tags: ['Kyrgyzstan', 'Climate', 'Herding', 'Water'],
      caption: 'Snow-covered peaks of the Tian Shan, as imagined for this story.',
      alt: 'White and blue snowy mountain peaks under a cold pale sky.',
      bodyMd: `Every June, Asylbek Mamatov drives his sheep from the valley outside Naryn up to summer pastures near the snow line. This year, for the first time, he went two weeks early and two hundred metres higher.

"The grass comes earlier and dries earlier," he said. "My father's calendar does not work any more."

## What the satellites show

An analysis of satellite images by our data desk found that glaciers in the upper Naryn basin covered about 21 percent less area last summer than in the early 1990s. The loss was fastest on low, south-facing slopes, where many herding families water their animals.

> "The melt water is not gone yet. In some places there is even more of it, for now. The problem is that it comes at the wrong time," said a hydrologist at a university in Bishkek who studies the basin.

Herders' associations say the pressure on the highest pastures is growing as more families move upward, and they have asked district authorities to update grazing rotations that were last revised a decade ago.

## Adapting on the ground

Some villages have started storing spring melt water in small reservoirs to use later in the summer. Others are planting fodder crops in the valleys so that animals can come down earlier. Both cost money that most families do not have, and aid programmes reach only a few districts.`,
    },
  },
  {
    key: 'carpet-weavers',
    section: 'society',
    authors: ['maral'],
    createdBy: 'editor',
    state: 'scheduled',
    hours: 18,
    scene: { kind: 'desert', palette: 'dusk', seed: 113 },
    credit: CREDIT,
    en: {
      headline: 'In Ashgabat, master carpet weavers train a new generation on old looms',
      summary: 'A workshop is teaching teenagers the knots, dyes and regional patterns of Turkmen carpets. The hardest lesson, the teachers say, is patience.',
      dateline: 'ASHGABAT',
      tags: ['Turkmenistan', 'Crafts', 'Culture'],
      caption: 'Dusk over the Karakum desert, as imagined for this story.',
      alt: 'Rolling dunes in deep red and purple under a fading evening sky.',
      bodyMd: `In a bright room on the edge of Ashgabat, twelve teenage girls sit in pairs in front of upright looms, tying wool knots so small that a single row of a carpet can take an afternoon.

Their teacher, Ogulgerek Durdyyeva, has been weaving for more than forty years. She learned from her grandmother, who could identify a family's village from the shape of a single medallion in its carpet.

## Knots, dyes and patterns

The course lasts two years. Students start with small mats and simple borders, then learn the regional motifs known as gul, each associated with a particular tribe or area. In the second year they dye their own wool with madder root, walnut husk and pomegranate peel.

> "The machine can copy the picture, but it cannot copy the hands. Every weaver's carpet breathes differently," Ms Durdyyeva said.

The workshop is one of several supported by a state programme that aims to keep hand weaving alive as factory carpets take over the market. Graduates can sell their work through a cooperative that handles export paperwork.

## A living, slowly

A medium-sized hand-knotted carpet can take a skilled weaver six months and sells for several times the monthly average wage. Teachers say that is enough to make the craft attractive again, but only for those who have the patience to finish a carpet.`,
    },
  },
];
