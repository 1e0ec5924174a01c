// What the cluster suite needs from the machine. Missing pieces fail the run loudly: a
// suite that skipped itself would let CI pass having tested nothing across nodes.
import { execFileSync } from 'node:child_process';

export const POSTGRES_URL = (() => {
  const url = process.env.SERAI_TEST_DATABASE_URL;
  if (!url) throw new Error('the cluster suite needs PostgreSQL: set SERAI_TEST_DATABASE_URL (CI: $SERAI_PG_URL, e.g. postgres://postgres@127.0.0.1:5432/test)');
  if (!/^postgres(ql)?:/.test(url)) throw new Error(`SERAI_TEST_DATABASE_URL must be a postgres:// URL, not ${url.split(':')[0]}:…`);
  return url;
})();

const REDIS_SERVER = 'redis-server';

try {
  execFileSync(REDIS_SERVER, ['--version'], { stdio: 'ignore', timeout: 10_000 });
} catch {
  throw new Error(`the cluster suite needs ${REDIS_SERVER} on the PATH to start private Redis instances (apt-get install redis-server)`);
}
