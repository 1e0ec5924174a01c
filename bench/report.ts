// Prints the benchmark's table and verdicts, and keeps the figures as JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadResult } from './load.ts';

export interface CaseResult extends LoadResult {
  name: string;
  label: string;
}

export interface Target {
  name: string;
  description: string;
  /** What the case reaches relative to the baseline, 0..1+ */
  ratio: number;
  minimum: number;
  met: boolean;
}

const pct = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

export function printTable(cases: CaseResult[], baseline: CaseResult): void {
  const rows = [['case', 'req/s', 'p50 ms', 'p99 ms', 'bytes/resp', 'server CPU µs/req', 'req/s vs raw', 'CPU/req vs raw']];
  for (const c of cases) {
    const cpu = c.serverCpuMicrosPerRequest;
    const baseCpu = baseline.serverCpuMicrosPerRequest;
    rows.push([
      c.label, c.requestsPerSecond.toFixed(0), c.latencyP50Ms.toFixed(1), c.latencyP99Ms.toFixed(1), String(c.bytesPerResponse),
      cpu === null ? 'n/a' : cpu.toFixed(1),
      pct(c.requestsPerSecond / baseline.requestsPerSecond),
      cpu === null || !baseCpu ? 'n/a' : `${(cpu / baseCpu).toFixed(2)}×`,
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(rows[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

export function printTargets(targets: Target[]): void {
  for (const t of targets) {
    console.log(`${t.met ? 'met    ' : 'MISSED '} ${t.description}: ${pct(t.ratio)} (target ≥ ${pct(t.minimum)})`);
  }
}

export function writeResults(file: string, data: { settings: Record<string, unknown>; cases: CaseResult[]; targets: Target[]; errors: string[]; comments?: unknown[]; screening?: unknown[]; moderationQueue?: unknown[] }): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const machine = { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', platform: `${os.platform()} ${os.release()}` };
  fs.writeFileSync(file, `${JSON.stringify({ finishedAt: new Date().toISOString(), machine, ...data }, null, 2)}\n`);
}
