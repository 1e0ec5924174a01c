// One site publishing in English and Arabic, with the same article in each: the same lead
// photograph, byline (a Latin name, so the Arabic page carries mixed-direction text), tags,
// comments with a reply, the vote block, and enough articles in the section to paginate. The
// right-to-left test opens the two side by side and expects the Arabic one to be the English
// one mirrored.
import fs from 'node:fs';
import { loadConfig } from '../../src/config.ts';
import { storeImage } from '../../src/media/store-image.ts';
import { openDatabase, prepareDeps } from '../../src/server.ts';
import { createComment } from '../../test/comment-factory.ts';
import { createArticle, createTag, defaultSiteId } from '../../test/factories.ts';
import { slugify } from '../../src/lib/slug.ts';
import { writeLeadJpeg } from './lead-image.ts';
import { seedNewsroom } from './seed.ts';

export interface Edition {
  locale: string;
  articlePath: string;
  sectionPath: string;
  headline: string;
}

export interface BilingualNewsroom {
  en: Edition;
  ar: Edition;
  /** The byline's author, a Latin name on both pages. */
  author: string;
  /** A commenter with a Latin name, on both pages. */
  commenter: string;
}

interface Words {
  headline: string;
  summary: string;
  caption: string;
  alt: string;
  body: string;
  comments: [string, string, string];
  reply: string;
  filler: string;
}

const WORDS: Record<'en' | 'ar', Words> = {
  en: {
    headline: 'Orchard cooperative opens its first cold store',
    summary: 'Growers in the valley can now keep apricots fresh for weeks.',
    caption: 'The new store on the edge of the village.',
    alt: 'A white building among apricot trees',
    body: 'Growers in the valley can now keep apricots fresh for weeks.\n\nThe store was built with members’ savings.',
    comments: ['Good news for the growers at last.', 'Who pays for the electricity in summer?', 'The road to the store needs repairs too.'],
    reply: 'The cooperative does, from the members’ fees.',
    filler: 'Market prices in the valley',
  },
  ar: {
    headline: 'تعاونية البساتين تفتتح أول مخزن تبريد لها',
    summary: 'يستطيع مزارعو الوادي الآن حفظ المشمش طازجاً لأسابيع.',
    caption: 'المخزن الجديد على أطراف القرية.',
    alt: 'مبنى أبيض بين أشجار المشمش',
    body: 'يستطيع مزارعو الوادي الآن حفظ المشمش طازجاً لأسابيع.\n\nبُني المخزن من مدخرات الأعضاء.',
    comments: ['أخيراً خبر جيد للمزارعين.', 'من يدفع ثمن الكهرباء في الصيف؟', 'الطريق إلى المخزن يحتاج إلى إصلاح أيضاً.'],
    reply: 'التعاونية تدفع من رسوم الأعضاء.',
    filler: 'أسعار السوق في الوادي',
  },
};

/** Names that stay the same in both editions, so the two pages carry boxes of the same width. */
const COMMENTERS = ['John Smith', 'Aigul Bekova', 'Farrukh Nazarov'] as const;
const REPLIER = 'Timur Saidov';
/** One more than a listing page holds: the section's first page links to a second. */
const SECTION_ARTICLES = 21;

export async function seedBilingual(dataDir: string): Promise<BilingualNewsroom> {
  const newsroom = await seedNewsroom(dataDir);
  const config = loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    const siteId = await defaultSiteId(deps);
    await deps.db.insertInto('site_locales').values({ site_id: siteId, locale: 'ar', position: 1 }).execute();
    deps.sites.reload();
    const photo = await storeImage(deps, { siteId, data: fs.readFileSync(await writeLeadJpeg()), originalName: 'orchard.jpg', alt: '', createdBy: null });
    if (photo.kind !== 'stored') throw new Error(photo.message);
    const tag = await createTag(deps, { name: 'COVID-19' });
    const section = newsroom.section;
    const author = newsroom.authors[0]!;
    const editions = {} as Record<'en' | 'ar', Edition>;
    let translationGroupId: string | undefined;
    for (const locale of ['en', 'ar'] as const) {
      const words = WORDS[locale];
      for (let i = 1; i <= SECTION_ARTICLES; i++) {
        await createArticle(deps, { sectionId: section.id, locale, headline: `${words.filler} ${i}`, slug: `filler-${locale}-${i}`, publishedAt: '2026-06-01T08:00:00.000Z' });
      }
      const slug = `cold-store-${locale}`;
      const article = await createArticle(deps, {
        sectionId: section.id, locale, headline: words.headline, slug, summary: words.summary, authorIds: [author.id], tagIds: [tag.id],
        leadMediaId: photo.media.id, leadCaption: words.caption, leadCredit: 'Aibek Osmonov', leadAlt: words.alt, bodyMd: words.body,
        translationGroupId, dateline: locale === 'ar' ? 'بشكيك' : 'BISHKEK',
      });
      translationGroupId ??= article.id;
      const first = await createComment(deps, { articleId: article.id, status: 'approved', authorName: COMMENTERS[0], body: words.comments[0] });
      await createComment(deps, { articleId: article.id, parentId: first.id, status: 'approved', authorName: REPLIER, body: words.reply });
      for (const n of [1, 2] as const) {
        await createComment(deps, { articleId: article.id, status: 'approved', authorName: COMMENTERS[n], body: words.comments[n] });
      }
      editions[locale] = { locale, articlePath: `/${locale}/articles/${slug}`, sectionPath: `/${locale}/sections/${slugify(section.name)}`, headline: words.headline };
    }
    return { ...editions, author: author.name, commenter: COMMENTERS[0] };
  } finally {
    await database.close();
  }
}
