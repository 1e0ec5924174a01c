import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase, prepareDeps } from '../server.ts';
import type { Command } from './command.ts';

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'Create the demo newsroom (--force wipes all content first).',
  usage: `serai seed-demo [--force]

  Creates the demo newsroom "Serai Central Asia": four sections, byline authors,
  English and Russian articles (published, draft, in review, scheduled) with
  generated lead images, readers' comments (some waiting for moderation), the
  Comment Policy, and three staff accounts (admin, editor, contributor)
  whose random passwords are printed once.

  Without --force it only runs on an empty database (no articles, no staff
  accounts) and otherwise refuses with exit code 1.
  --force   first DELETE all comments, votes, comment policies, articles,
            revisions, tags, authors, sections, media (rows and files), sites
            and staff accounts with their sessions, then create the demo again.`,
  async run(args, env) {
    const { values } = parseArgs({ args, options: { force: { type: 'boolean', default: false } }, strict: true, allowPositionals: false });
    const config = loadConfig(env);
    const database = await openDatabase(config);
    let deps: Awaited<ReturnType<typeof prepareDeps>> | undefined;
    try {
      deps = await prepareDeps(config, database);
      const { seedDemo, describeOutcome } = await import('../demo/seed-demo.ts');
      const outcome = await seedDemo(deps, { force: values.force });
      const lines = describeOutcome(outcome);
      if (outcome.kind === 'not_empty') {
        console.error(lines.map((line) => `serai seed-demo: ${line}`).join('\n'));
        return 1;
      }
      for (const line of lines) console.log(line);
      return 0;
    } finally {
      await deps?.events.close(); // Redis connections, when SERAI_REDIS_URL is set
      await database.close();
    }
  },
};
