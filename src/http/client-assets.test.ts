import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClientAssets, clientAssets, scriptUrl } from './client-assets.ts';

describe('client assets', () => {
  it('bundles every island in client/ under a content-hashed URL, minified', async () => {
    const assets = await clientAssets();
    expect([...assets.keys()]).toEqual(expect.arrayContaining(['markdown-preview', 'length-hints']));
    const preview = assets.get('markdown-preview')!;
    expect(preview.url).toMatch(/^\/assets\/js\/markdown-preview-[\w-]{12}\.js$/);
    expect(preview.body).toContain('x-csrf-token');
    expect(preview.body).not.toContain('\n  '); // minified
    expect(await clientAssets()).toBe(assets); // built once per process
    expect(() => scriptUrl(assets, 'missing')).toThrow(/no client island/);
  });

  it('bundles imports from sub-folders into the island and changes the URL when the code changes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-islands-'));
    try {
      fs.mkdirSync(path.join(dir, 'lib'));
      fs.writeFileSync(path.join(dir, 'lib', 'greet.ts'), 'export const greet = (n: string): string => `hello ${n}`;\n');
      fs.writeFileSync(path.join(dir, 'hello.ts'), "import { greet } from './lib/greet.ts';\nconsole.log(greet('world'));\n");
      fs.writeFileSync(path.join(dir, 'hello.test.ts'), 'throw new Error("tests are not islands");\n');
      const first = await buildClientAssets(dir);
      expect([...first.keys()]).toEqual(['hello']);
      expect(first.get('hello')!.body).toContain('hello ');
      fs.writeFileSync(path.join(dir, 'hello.ts'), "import { greet } from './lib/greet.ts';\nconsole.log(greet('there'));\n");
      const second = await buildClientAssets(dir);
      expect(second.get('hello')!.url).not.toBe(first.get('hello')!.url);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
