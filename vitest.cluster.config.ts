// The multi-process suite (`npm run test:cluster`): two `serai serve` nodes on one PostgreSQL
// database and a private Redis per file. One file at a time, since each starts real processes
// and loads the machine; timeouts are generous because a file starts and stops several servers.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['cluster/**/*.cluster.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
