// The V8 flags every Serai node runs with: a 4 MB young generation per semi-space (V8's default
// is 16) and a heap that grows by 10 % instead of V8's dynamic factor, so garbage is collected
// before the process grows. Measured on an uncached article page under load: about 200 → 140 MB
// of RSS for ~2 % of throughput (docs/scaling.md). bin/serai.js's shebang, `npm start`, the
// cluster workers, the test and benchmark servers and the systemd unit in docs/operations.md all
// pass these; node-flags.test.ts keeps them the same.
export const NODE_MEMORY_FLAGS = ['--max-semi-space-size=4', '--heap-growing-percent=10'] as const;

/** The flags to add to a node command line that does not already set them. */
export function missingMemoryFlags(execArgv: readonly string[]): string[] {
  return NODE_MEMORY_FLAGS.filter((flag) => !execArgv.some((given) => given.startsWith(flag.split('=')[0]!)));
}
