// The only reader of process.env. Every setting is declared once here with its
// environment variable, default and documentation; the README table is checked
// against this list by config.test.ts so the two never drift.
import net from 'node:net';
import path from 'node:path';

export type DatabaseEngine = 'sqlite' | 'postgres';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseEngine: DatabaseEngine;
  publicUrl: string | undefined;
  secret: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  pageCache: boolean;
  /** Memory budget of the page cache, in MiB. */
  pageCacheMegabytes: number;
  /** Fastify's trustProxy: false, true (any sender), or the proxies' addresses/CIDR ranges. */
  trustProxy: boolean | string[];
  loginRateLimit: number;
  maxBodyBytes: number;
  maxUploadBytes: number;
  schedulerIntervalSeconds: number;
  commentRateLimit: number;
  commentEmailRateLimit: number;
  commentMinSeconds: number;
  voteRateLimit: number;
  /** Redis for a fleet of nodes (pub/sub, rate limits); undefined: in-process only. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key and channel, so several installs (or test runs) share one Redis. */
  redisPrefix: string;
  /** s-maxage for shared caches (CDN) on public pages, in seconds. */
  cdnMaxAgeSeconds: number;
  /** stale-while-revalidate for public pages, in seconds. */
  staleWhileRevalidateSeconds: number;
  /** Purge endpoint template with `{key}` (one request per surrogate key); undefined: no purging. */
  cdnPurgeUrl: string | undefined;
  cdnPurgeMethod: string;
  /** Sent as the Authorization header of purge requests. */
  cdnPurgeAuthorization: string | undefined;
  /** Bearer token for /metrics from outside loopback; undefined: loopback only. */
  metricsToken: string | undefined;
  /** Longest wait for in-flight requests on SIGTERM before the process exits anyway. */
  shutdownTimeoutSeconds: number;
}

interface Setting<K extends keyof Config> {
  key: K;
  env: string;
  aliases?: string[];
  default: string;
  doc: string;
  parse: (raw: string) => Config[K];
}

class ConfigProblem extends Error {}

function integer(min: number, max: number) {
  return (raw: string): number => {
    if (!/^\d+$/.test(raw.trim())) throw new ConfigProblem(`must be a whole number, got "${raw}"`);
    const n = Number(raw);
    if (n < min || n > max) throw new ConfigProblem(`must be between ${min} and ${max}, got ${n}`);
    return n;
  };
}

function boolean(raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigProblem(`must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string): T => {
    if ((values as readonly string[]).includes(raw)) return raw as T;
    throw new ConfigProblem(`must be one of ${values.join(', ')}, got "${raw}"`);
  };
}

function optionalUrl(protocols: string[]) {
  return (raw: string): string | undefined => {
    if (raw === '') return undefined;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ConfigProblem(`is not a URL`);
    }
    if (!protocols.includes(url.protocol)) {
      throw new ConfigProblem(`must start with ${protocols.join(' or ')} (unknown engine "${url.protocol.replace(/:$/, '')}")`);
    }
    return raw;
  };
}

const PROXY_KEYWORDS = ['loopback', 'linklocal', 'uniquelocal'];

// Fastify ignores hop counts (it cannot check the immediate peer), so only addresses are offered.
function proxyTrust(raw: string): boolean | string[] {
  const value = raw.trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(value)) return false;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  const ranges = value.split(',').map((part) => part.trim()).filter(Boolean);
  const bad = ranges.find((range) => {
    if (PROXY_KEYWORDS.includes(range)) return false;
    const [address, bits, extra] = range.split('/');
    return extra !== undefined || !net.isIP(address ?? '') || (bits !== undefined && !/^\d{1,3}$/.test(bits));
  });
  if (bad) throw new ConfigProblem(`must be false, true, or the proxies' addresses/CIDR ranges separated by commas (or loopback, linklocal, uniquelocal); "${bad}" is none of these`);
  return ranges;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const SETTINGS = [
  { key: 'port', env: 'SERAI_PORT', aliases: ['PORT'], default: '3000', doc: 'TCP port to listen on (plain `PORT`, as hosting platforms set it, also works).', parse: integer(0, 65535) },
  { key: 'host', env: 'SERAI_HOST', default: '0.0.0.0', doc: 'Address to bind.', parse: (raw: string) => raw.trim() || '0.0.0.0' },
  { key: 'dataDir', env: 'SERAI_DATA_DIR', default: './data', doc: 'Folder for the SQLite database file and uploaded media.', parse: (raw: string) => path.resolve(raw) },
  { key: 'databaseUrl', env: 'SERAI_DATABASE_URL', default: '', doc: 'Empty: embedded SQLite in the data folder. `postgres://user@host/db`: PostgreSQL.', parse: optionalUrl(['postgres:', 'postgresql:']) },
  { key: 'publicUrl', env: 'SERAI_PUBLIC_URL', default: '', doc: 'The public origin (e.g. `https://example.org`), used for absolute links and secure cookies. Empty: derived from the request.', parse: optionalUrl(['http:', 'https:']) },
  { key: 'secret', env: 'SERAI_SECRET', default: '', doc: 'Key for signed cookies and CSRF tokens (at least 32 characters). Empty: one is generated once and kept in the database.', parse: (raw: string) => {
    if (raw === '') return undefined;
    if (raw.length < 32) throw new ConfigProblem('must be at least 32 characters');
    return raw;
  } },
  { key: 'logLevel', env: 'SERAI_LOG_LEVEL', default: 'info', doc: 'pino log level: fatal, error, warn, info, debug, trace or silent.', parse: oneOf(LOG_LEVELS) },
  { key: 'pageCache', env: 'SERAI_PAGE_CACHE', default: 'true', doc: 'Keep rendered public pages in memory until content changes.', parse: boolean },
  { key: 'pageCacheMegabytes', env: 'SERAI_PAGE_CACHE_MB', default: '32', doc: 'Memory the page cache may use per node, in MiB; the least recently used pages go first. About 400 article pages fit in 32.', parse: integer(1, 65536) },
  { key: 'trustProxy', env: 'SERAI_TRUST_PROXY', default: 'false', doc: 'Which reverse proxies to believe about the client address and HTTPS (`X-Forwarded-*`): `false`; the addresses or CIDR ranges of the proxies, comma-separated (e.g. `10.0.0.0/8,loopback`). `true` trusts any sender, which lets clients choose their own IP for rate limits: only use it when the proxy overwrites the header.', parse: proxyTrust },
  { key: 'loginRateLimit', env: 'SERAI_LOGIN_RATE_LIMIT', default: '10', doc: 'Login attempts allowed per IP address per 15 minutes.', parse: integer(1, 100000) },
  { key: 'maxBodyBytes', env: 'SERAI_MAX_BODY_BYTES', default: '1048576', doc: 'Largest accepted form or JSON body, in bytes; larger answers 413.', parse: integer(1024, 1073741824) },
  { key: 'maxUploadBytes', env: 'SERAI_MAX_UPLOAD_BYTES', default: '20971520', doc: 'Largest accepted image upload, in bytes.', parse: integer(1024, 1073741824) },
  { key: 'commentRateLimit', env: 'SERAI_COMMENT_RATE_LIMIT', default: '20', doc: 'Comments accepted per IP address (an IPv6 /64) per 10 minutes; generous, as many readers share one carrier-grade NAT address. Every comment POST, refused or not, counts towards five times this.', parse: integer(1, 1000000) },
  { key: 'commentEmailRateLimit', env: 'SERAI_COMMENT_EMAIL_RATE_LIMIT', default: '6', doc: 'Comments accepted per email address per 10 minutes.', parse: integer(1, 1000000) },
  { key: 'commentMinSeconds', env: 'SERAI_COMMENT_MIN_SECONDS', default: '3', doc: 'Least time, in seconds, between a comment form being rendered and submitted; faster posts are treated as automated.', parse: integer(0, 3600) },
  { key: 'voteRateLimit', env: 'SERAI_VOTE_RATE_LIMIT', default: '120', doc: 'Article votes accepted per IP address per hour (against ballot stuffing).', parse: integer(1, 1000000) },
  { key: 'schedulerIntervalSeconds', env: 'SERAI_SCHEDULER_INTERVAL', default: '15', doc: 'How often, in seconds, scheduled articles are checked for publication.', parse: integer(1, 3600) },
  { key: 'redisUrl', env: 'SERAI_REDIS_URL', default: '', doc: 'Empty: one node, with page-cache invalidation, live comments and rate limits in process. `redis://host:6379`: many nodes share them through Redis (pub/sub and counters).', parse: optionalUrl(['redis:', 'rediss:']) },
  { key: 'redisPrefix', env: 'SERAI_REDIS_PREFIX', default: 'serai:', doc: 'Prefix of every Redis key and channel, so several installs can share one Redis.', parse: (raw: string) => {
    if (!/^[\w:.-]{1,64}$/.test(raw)) throw new ConfigProblem('must be 1 to 64 letters, digits, `_`, `-`, `.` or `:`');
    return raw;
  } },
  { key: 'cdnMaxAgeSeconds', env: 'SERAI_CDN_MAX_AGE', default: '60', doc: '`s-maxage` of public pages, in seconds: how long a CDN may serve its copy. With a purge URL set, it can be hours.', parse: integer(0, 31536000) },
  { key: 'staleWhileRevalidateSeconds', env: 'SERAI_STALE_WHILE_REVALIDATE', default: '300', doc: '`stale-while-revalidate` of public pages, in seconds.', parse: integer(0, 31536000) },
  { key: 'cdnPurgeUrl', env: 'SERAI_CDN_PURGE_URL', default: '', doc: 'Purge hook: a URL with `{key}` (e.g. `https://cdn.example/purge/{key}`), requested once per surrogate key when an article is published or edited or a comment approved. Empty: no purging.', parse: (raw: string) => {
    const url = optionalUrl(['http:', 'https:'])(raw);
    if (url !== undefined && !url.includes('{key}')) throw new ConfigProblem('must contain {key}, where the surrogate key goes');
    return url;
  } },
  { key: 'cdnPurgeMethod', env: 'SERAI_CDN_PURGE_METHOD', default: 'PURGE', doc: 'HTTP method of purge requests (`PURGE`, `POST`, `DELETE`, …).', parse: (raw: string) => {
    if (!/^[A-Z]{1,16}$/.test(raw)) throw new ConfigProblem('must be an HTTP method in capitals, e.g. PURGE or POST');
    return raw;
  } },
  { key: 'cdnPurgeAuthorization', env: 'SERAI_CDN_PURGE_AUTHORIZATION', default: '', doc: 'Authorization header sent with purge requests (e.g. `Bearer …`). Empty: none.', parse: (raw: string) => (raw === '' ? undefined : raw) },
  { key: 'metricsToken', env: 'SERAI_METRICS_TOKEN', default: '', doc: 'Bearer token that lets Prometheus read `/metrics` from another host. Empty: `/metrics` answers loopback only.', parse: (raw: string) => {
    if (raw === '') return undefined;
    if (raw.length < 16) throw new ConfigProblem('must be at least 16 characters');
    return raw;
  } },
  { key: 'shutdownTimeoutSeconds', env: 'SERAI_SHUTDOWN_TIMEOUT', default: '25', doc: 'On SIGTERM, how long in seconds to let in-flight requests finish before exiting.', parse: integer(1, 600) },
] as const satisfies readonly Setting<keyof Config>[];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function rawValue(setting: { env: string; aliases?: readonly string[]; default: string }, env: Record<string, string | undefined>): { name: string; raw: string } {
  for (const name of [setting.env, ...(setting.aliases ?? [])]) {
    const value = env[name];
    if (value !== undefined) return { name, raw: value };
  }
  return { name: setting.env, raw: setting.default };
}

/** Reads every setting, collecting all problems so one start-up shows them all. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const setting of SETTINGS) {
    const { name, raw } = rawValue(setting, env);
    try {
      values[setting.key] = (setting.parse as (r: string) => unknown)(raw);
    } catch (error) {
      if (!(error instanceof ConfigProblem)) throw error;
      problems.push(`${name} ${error.message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const config = values as unknown as Omit<Config, 'databaseEngine'>;
  return { ...config, databaseEngine: config.databaseUrl ? 'postgres' : 'sqlite' };
}
