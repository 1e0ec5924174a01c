// Bundles src/main.ts and everything it imports into one ES module with esbuild (already a
// dependency: it bundles the browser islands), so a node runs one module instead of loading
// hundreds of TypeScript files through tsx's loader. That costs about 50 MB less memory per
// node (docs/scaling.md) and no build step: the bundle is made at start in about 0.4 s.
//
// The bundle lives under node_modules/.cache/serai so bare imports (fastify, pg, ...) resolve
// from the project's node_modules exactly as they do from the sources. Files that find their
// neighbours through import.meta.url (catalogs, lexicons, public/) keep their own URL.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = /[\\/]src[\\/].*\.tsx?$/;

const keepOwnLocation = {
  name: 'keep-own-location',
  setup(build) {
    build.onLoad({ filter: SOURCE }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      const contents = text
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)));
      return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
    });
  },
};

/** Builds (or reuses, when the sources have not changed) the bundle; returns its path. */
export async function bundleServer() {
  const { build, stop } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(ROOT, 'src/main.ts')],
    bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', jsx: 'automatic', jsxImportSource: 'preact',
    // A linked map: free unless someone runs with --enable-source-maps to read positions in the sources.
    sourcemap: 'linked', sourcesContent: false,
    write: false, outdir: path.join(ROOT, 'node_modules/.cache/serai'), logLevel: 'silent',
    plugins: [keepOwnLocation],
  });
  // esbuild answers from a child process that would otherwise live as long as this one.
  await stop();
  const code = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'));
  const hash = createHash('sha256').update(code.contents).digest('hex').slice(0, 16);
  const dir = path.dirname(code.path);
  const file = path.join(dir, `serai-${hash}.js`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    // Written under a unique name and renamed: nodes starting together never read half a file.
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(`${file}.map`, map.contents);
    fs.writeFileSync(temp, code.text.replace(/\/\/# sourceMappingURL=.*$/m, `//# sourceMappingURL=serai-${hash}.js.map`));
    fs.renameSync(temp, file);
  }
  return file;
}
