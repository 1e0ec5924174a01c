import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { ensureDefaultSite } from '../sites/bootstrap.ts';
import { openDatabase, prepareDeps, startServer } from '../server.ts';
import type { Command } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the web server (public site and /admin).',
  usage: `serai serve [--demo-if-empty]

  Migrates the database, then serves on SERAI_HOST:SERAI_PORT.
  --demo-if-empty   on an empty database, create the demo newsroom and an admin
                    account whose password is printed once (used by npm start).`,
  async run(args, env) {
    const { values } = parseArgs({ args, options: { 'demo-if-empty': { type: 'boolean', default: false } }, strict: true });
    const config = loadConfig(env);
    const database = await openDatabase(config);
    const deps = await prepareDeps(config, database);
    if (values['demo-if-empty']) {
      const { seedDemoIfEmpty } = await import('../demo/seed-demo.ts');
      await seedDemoIfEmpty(deps, (line) => console.log(line));
    }
    await ensureDefaultSite(deps);
    const server = await startServer(deps, database);
    console.log(`Serai is serving on ${server.url.replace('0.0.0.0', 'localhost')} (admin: ${server.url.replace('0.0.0.0', 'localhost')}/admin)`);
    await new Promise<void>((resolve) => {
      const stop = () => { void server.stop().then(resolve); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
