// Load on several `serai serve` nodes at once: one autocannon per node, all in parallel from this
// process, answers and server CPU summed over the nodes; and the nodes' resident memory sampled
// from /proc/<pid>/status (VmRSS) while the load runs.
import fs from 'node:fs';
import autocannon from 'autocannon';
import { cpuSeconds } from './load.ts';

export interface Target { url: string; pid: number }

export interface SplitLoad {
  nodes: number;
  requestsPerSecond: number;
  /** For POSTs: answers with the expected status (303) per second. */
  acceptedPerSecond: number;
  latencyP99Ms: number;
  responses: number;
  serverCpuMicrosPerRequest: number | null;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Highest VmRSS of any node during the measured run, in MB. */
  maxRssMb: number | null;
}

export interface Request { method?: string; body?: string; headers?: Record<string, string>; accepted?: number }

/** Resident set size of a process in MB, or null where /proc is not there. */
export function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples every pid's RSS every 200 ms until stopped; returns the highest seen. */
function sampleRss(pids: number[]): () => number | null {
  let max: number | null = null;
  const take = () => {
    for (const pid of pids) {
      const mb = rssMb(pid);
      if (mb !== null) max = Math.max(max ?? 0, mb);
    }
  };
  take();
  const timer = setInterval(take, 200);
  return () => { clearInterval(timer); take(); return max; };
}

/** `connections` split evenly over the targets for `seconds` (after `warmupSeconds` not counted). */
export async function loadSplit(targets: Target[], path: string, options: { seconds: number; warmupSeconds: number; connections: number }, request: Request = {}): Promise<SplitLoad> {
  for (const t of targets) if (new URL(t.url).hostname !== '127.0.0.1') throw new Error(`the benchmark only loads 127.0.0.1, not ${t.url}`);
  const per = Math.max(1, Math.floor(options.connections / targets.length));
  const run = (t: Target, duration: number) => autocannon({
    url: `${t.url}${path}`, connections: per, duration, timeout: 10, method: request.method ?? 'GET',
    ...(request.body ? { body: request.body, idReplacement: true } : {}), ...(request.headers ? { headers: request.headers } : {}),
  });
  if (options.warmupSeconds > 0) await Promise.all(targets.map((t) => run(t, options.warmupSeconds)));
  const cpuBefore = targets.map((t) => cpuSeconds(t.pid));
  const stopRss = sampleRss(targets.map((t) => t.pid));
  const results = await Promise.all(targets.map((t) => run(t, options.seconds)));
  const maxRssMb = stopRss();
  const cpuAfter = targets.map((t) => cpuSeconds(t.pid));
  const statusCodes: Record<string, number> = {};
  for (const r of results) for (const [code, stat] of Object.entries(r.statusCodeStats)) statusCodes[code] = (statusCodes[code] ?? 0) + stat.count;
  const responses = results.reduce((sum, r) => sum + r.requests.total, 0);
  const duration = Math.max(...results.map((r) => r.duration));
  const cpuKnown = cpuBefore.every((c) => c !== null) && cpuAfter.every((c) => c !== null);
  const cpu = cpuKnown ? cpuAfter.reduce((s, c, i) => s + (c! - cpuBefore[i]!), 0) : null;
  const accepted = statusCodes[String(request.accepted ?? 200)] ?? 0;
  return {
    nodes: targets.length,
    requestsPerSecond: responses / duration,
    acceptedPerSecond: accepted / duration,
    latencyP99Ms: Math.max(...results.map((r) => r.latency.p99)),
    responses,
    serverCpuMicrosPerRequest: cpu !== null && responses ? (cpu * 1e6) / responses : null,
    statusCodes,
    errors: results.reduce((s, r) => s + r.errors, 0),
    timeouts: results.reduce((s, r) => s + r.timeouts, 0),
    maxRssMb,
  };
}
