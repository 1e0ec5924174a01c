// A real Serai server in a child process, the way an operator runs it (`serai serve`),
// on a free loopback port with its own data folder. Shared by the browser tests and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_MEMORY_FLAGS } from '../../src/cli/node-flags.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERAI_BIN = path.join(REPO_ROOT, 'bin/serai.js');
const OUTPUT_LIMIT = 200_000;

export interface SeraiProcess {
  /** http://127.0.0.1:PORT, no trailing slash */
  url: string;
  dataDir: string;
  /** The server's own process id (the benchmark reads its CPU time). */
  pid: number;
  /** Everything the server printed so far (stdout and stderr, interleaved). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  args?: string[];
  env?: Record<string, string>;
  /** A port chosen beforehand (e.g. to put it into SERAI_PUBLIC_URL); default: a free one. */
  port?: number;
  /** How long the server may take to answer its first request. */
  timeoutMs?: number;
}

/** A port that was free a moment ago: bind port 0 on loopback, read it, release it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function makeDataDir(prefix = 'serai-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startSerai(options: StartOptions): Promise<SeraiProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  // The node flags of bin/serai.js's shebang and `npm start`, so tests and the benchmark run what operators run.
  const child = spawn(process.execPath, [...NODE_MEMORY_FLAGS, SERAI_BIN, 'serve', ...(options.args ?? [])], {
    // Outside the repository on purpose: `npx serai` must work from any folder.
    cwd: options.dataDir,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? os.tmpdir(),
      TMPDIR: os.tmpdir(),
      SERAI_HOST: '127.0.0.1',
      SERAI_PORT: String(port),
      SERAI_DATA_DIR: options.dataDir,
      SERAI_LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  try {
    await waitUntilAnswering(url, exited, options.timeoutMs ?? 60_000);
  } catch (error) {
    await terminate(child, exited);
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return {
    url,
    dataDir: options.dataDir,
    pid: child.pid!,
    output: () => output,
    stop: () => terminate(child, exited),
  };
}

/** Polls until any HTTP answer comes back; gives up when the process exits or time runs out. */
async function waitUntilAnswering(url: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => { exitCode = code; });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`serai serve exited with code ${exitCode} before answering`);
    try {
      const res = await fetch(`${url}/`, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      return;
    } catch {
      // Not listening yet: poll again shortly.
      await Promise.race([new Promise((resolve) => setTimeout(resolve, 100)), exited]);
    }
  }
  throw new Error(`serai serve did not answer on ${url} within ${timeoutMs} ms`);
}

async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000).unref())]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}
