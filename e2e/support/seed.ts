// Puts a known newsroom into a data folder before `serai serve` starts on it: the default
// site, an editor and an admin who can sign in, and the section and byline people the editor picks.
// Written straight to the SQLite file with the test factories, so no admin page is needed to set up.
import { loadConfig } from '../../src/config.ts';
import { ensureDefaultSite } from '../../src/sites/bootstrap.ts';
import { openDatabase, prepareDeps } from '../../src/server.ts';
import { createAuthor, createSection, createUser } from '../../test/factories.ts';

export interface SeededNewsroom {
  editor: { email: string; password: string };
  admin: { email: string; password: string };
  section: { id: string; name: string };
  authors: Array<{ id: string; name: string }>;
}

export async function seedNewsroom(dataDir: string): Promise<SeededNewsroom> {
  const config = loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    await ensureDefaultSite(deps);
    const editor = await createUser(deps, { email: 'editor@example.test', password: 'e2e correct horse battery', role: 'editor', displayName: 'Dana Editor' });
    const admin = await createUser(deps, { email: 'admin@example.test', password: 'e2e admin battery staple', role: 'admin', displayName: 'Ada Admin' });
    await createSection(deps, { name: 'Economy', position: 0 });
    const section = await createSection(deps, { name: 'Security', position: 1 });
    const authors = [await createAuthor(deps, { name: 'Asel Nurlanova' }), await createAuthor(deps, { name: 'Timur Saidov' })];
    return {
      editor: { email: editor.email, password: editor.password },
      admin: { email: admin.email, password: admin.password },
      section: { id: section.id, name: section.name },
      authors: authors.map((a) => ({ id: a.id, name: a.name })),
    };
  } finally {
    await database.close();
  }
}
