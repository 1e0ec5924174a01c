import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingMemoryFlags, NODE_MEMORY_FLAGS } from './node-flags.ts';

const read = (file: string) => fs.readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const flags = NODE_MEMORY_FLAGS.join(' ');

describe('node memory flags', () => {
  it('are the same wherever a node is started', () => {
    expect(read('bin/serai.js').split('\n')[0]).toBe(`#!/usr/bin/env -S node ${flags}`);
    expect(JSON.parse(read('package.json')).scripts.start).toBe(`node ${flags} bin/serai.js serve --demo-if-empty`);
    expect(read('docs/operations.md')).toContain(`ExecStart=/usr/bin/node ${flags} /opt/serai/bin/serai.js serve`);
    expect(read('e2e/support/server.ts')).toContain('NODE_MEMORY_FLAGS');
    expect(read('src/cli/cluster-primary.ts')).toContain('missingMemoryFlags');
  });

  it('adds only the flags a command line does not set itself', () => {
    expect(missingMemoryFlags([])).toEqual([...NODE_MEMORY_FLAGS]);
    expect(missingMemoryFlags(['--max-semi-space-size=8'])).toEqual(['--heap-growing-percent=10']);
    expect(missingMemoryFlags(['--max-semi-space-size=8', '--heap-growing-percent=50', '--inspect'])).toEqual([]);
  });
});
