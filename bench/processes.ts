// The servers under load, each in its own child process: the raw node:http baseline here,
// Serai itself through the e2e helper (a real `serai serve`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..');
const RAW_SERVER = path.join(HERE, 'raw-server.ts');
// Per-connection and per-message headers that the raw server sets for itself.
const NOT_COPIED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

/** One GET without Accept-Encoding (as autocannon sends it), kept byte for byte. */
export function record(url: string): Promise<RecordedResponse> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value === undefined || NOT_COPIED.has(name)) continue;
          headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: res.statusCode ?? 0, headers, bodyBase64: Buffer.concat(chunks).toString('base64') });
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}

export interface RawServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startRawServer(response: RecordedResponse): Promise<RawServer> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'serai-bench-raw-')), 'response.json');
  fs.writeFileSync(file, JSON.stringify(response));
  const child = spawn(process.execPath, ['--import', 'tsx', RAW_SERVER, file], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('raw node:http server did not start within 30 s')), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then(() => { clearTimeout(timer); reject(new Error(`raw node:http server exited: ${out}`)); });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
}
