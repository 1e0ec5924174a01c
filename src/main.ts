// `serai` command-line entry. Expected failures (bad configuration, unreachable
// database, wrong arguments) print one clear message and exit non-zero; no stack traces.
import { ConfigError } from './config.ts';
import { DatabaseUnavailable } from './db/connect.ts';
import { UsageError, wantsHelp, type Command } from './cli/command.ts';
import { serveCommand } from './cli/serve.command.ts';
import { migrateCommand } from './cli/migrate.command.ts';
import { seedDemoCommand } from './cli/seed-demo.command.ts';
import { userCommand } from './cli/user.command.ts';
import { moderationCommand } from './cli/moderation.command.ts';
import { backupCommand } from './cli/backup.command.ts';
import { restoreCommand } from './cli/restore.command.ts';

const COMMANDS: Command[] = [serveCommand, migrateCommand, seedDemoCommand, userCommand, moderationCommand, backupCommand, restoreCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: serai <command> [options]\n\nCommands:\n${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}\n\nRun 'serai <command> --help' for a command's options.`;
}

export async function runCli(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`serai: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  if (wantsHelp(args)) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(args, env);
  } catch (error) {
    return reportFailure(command, error);
  }
}

function reportFailure(command: Command, error: unknown): number {
  if (error instanceof ConfigError) console.error(`serai: ${error.message}`);
  else if (error instanceof DatabaseUnavailable) console.error(`serai: ${error.message}`);
  else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`serai ${command.name}: ${(error as Error).message}\n\n${command.usage}`);
    return 2;
  } else {
    console.error(`serai ${command.name}: unexpected failure: ${(error as Error).message ?? String(error)}`);
  }
  return 1;
}

if (process.argv[1] && /serai(\.js)?$|main\.ts$/.test(process.argv[1])) {
  process.exitCode = await runCli(process.argv.slice(2), process.env);
}
