// The private redis-server of the shared test helpers (test/redis.ts): a free loopback port, no
// persistence, stop() / start() on the same port. Never the machine's Redis on 6379.
// Importing requirements first makes a missing redis-server fail loudly before anything starts.
import './requirements.ts';

export { startPrivateRedis, type PrivateRedis } from '../../test/redis.ts';
