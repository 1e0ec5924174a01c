// The shape every `serai` sub-command shares, so main.ts can list and dispatch them.
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], env: Record<string, string | undefined>): Promise<number>;
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export function wantsHelp(args: string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}
