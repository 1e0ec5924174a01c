// The newsroom the cluster tests share: the default site (pre-moderation, so every new comment is
// held), an editor who can moderate and edit (made with `serai user create`, as an operator does),
// a section, a byline and one article open for comments (test factories, straight into the database).
import { connect } from '../../src/db/connect.ts';
import { systemClock } from '../../src/lib/clock.ts';
import { idGenerator } from '../../src/lib/ids.ts';
import { ensureDefaultSite } from '../../src/sites/bootstrap.ts';
import { createSiteDirectory } from '../../src/sites/site-directory.ts';
import { createArticle, createAuthor, createSection, type ArticleFields } from '../../test/factories.ts';
import { seraiCli } from './database.ts';

export interface SeededArticle { id: string; path: string; headline: string; slug: string }

export interface ClusterNewsroom {
  editor: { email: string; password: string };
  section: { id: string };
  author: { id: string };
  article: SeededArticle;
}

type Factories = Parameters<typeof createArticle>[0];

/** Opens the database for the factories, runs `use`, closes it. */
export async function withFactories<T>(databaseUrl: string, use: (deps: Factories) => Promise<T>): Promise<T> {
  const database = await connect({ engine: 'postgres', url: databaseUrl, poolSize: 2 });
  try {
    const deps = { db: database.db, ids: idGenerator(), clock: systemClock, sites: createSiteDirectory(database.db, systemClock) };
    return await use(deps);
  } finally {
    await database.close();
  }
}

export async function addArticle(deps: Factories, fields: Omit<ArticleFields, 'sectionId'> & { sectionId: string }): Promise<SeededArticle> {
  const row = await createArticle(deps, fields);
  return { id: row.id, path: `/${row.locale}/articles/${row.slug}`, headline: row.headline, slug: row.slug };
}

export async function seedClusterNewsroom(databaseUrl: string, dataDir: string): Promise<ClusterNewsroom> {
  const editor = { email: 'editor@example.test', password: 'cluster editor lantern battery' };
  await seraiCli(databaseUrl, ['user', 'create', '--email', editor.email, '--name', 'Dana Editor', '--role', 'editor', '--password', editor.password], dataDir);
  return withFactories(databaseUrl, async (deps) => {
    await ensureDefaultSite(deps);
    const section = await createSection(deps, { name: 'Economy' });
    const author = await createAuthor(deps, { name: 'Asel Nurlanova' });
    const article = await addArticle(deps, {
      sectionId: section.id, authorIds: [author.id], headline: 'Orchard cooperative opens its first cold store', slug: 'orchard-cold-store',
      bodyMd: 'Growers in the valley can now keep apricots fresh for weeks.\n\nThe store was built with members\u2019 savings.',
    });
    return { editor, section: { id: section.id }, author: { id: author.id }, article };
  });
}
