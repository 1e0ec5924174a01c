import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SETTINGS } from './config.ts';

describe('loadConfig', () => {
  it('gives documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseEngine).toBe('sqlite');
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('accepts plain PORT as hosting platforms set it, with SERAI_PORT winning', () => {
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
    expect(loadConfig({ PORT: '8080', SERAI_PORT: '9090' }).port).toBe(9090);
  });

  it('selects PostgreSQL from the database URL', () => {
    expect(loadConfig({ SERAI_DATABASE_URL: 'postgres://u@127.0.0.1/db' }).databaseEngine).toBe('postgres');
  });

  it('lists every bad setting at once', () => {
    try {
      loadConfig({ SERAI_PORT: 'eighty', SERAI_DATABASE_URL: 'mysql://x/y', SERAI_PAGE_CACHE: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/SERAI_PORT must be a whole number/);
      expect(problems.join('\n')).toMatch(/unknown engine "mysql"/);
    }
  });

  it('is documented in the README, every variable with its default', () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const setting of SETTINGS) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${setting.env}\``));
      expect(row, `README row for ${setting.env}`).toBeDefined();
      expect(row).toContain(setting.default === '' ? '(empty)' : `\`${setting.default}\``);
    }
  });
});

describe('SERAI_TRUST_PROXY', () => {
  it.each([
    ['false', false], ['true', true],
    ['10.0.0.0/8, 127.0.0.1', ['10.0.0.0/8', '127.0.0.1']], ['::1', ['::1']], ['loopback', ['loopback']],
  ])('%s → %j', (raw, expected) => {
    expect(loadConfig({ SERAI_TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it('refuses something that is not a proxy description', () => {
    expect(() => loadConfig({ SERAI_TRUST_PROXY: 'proxy.example' })).toThrow(/SERAI_TRUST_PROXY must be false, true, or the proxies' addresses/);
  });
});
