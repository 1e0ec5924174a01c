// One measured case: autocannon in this process against a server in another, plus that
// server's CPU time over the run (from /proc), since both share the machine's two cores:
// req/s says how fast, CPU per request says how much work each answer costs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';

export interface LoadOptions {
  seconds: number;
  warmupSeconds: number;
  connections: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  responses: number;
  bytesPerResponse: number;
  serverCpuMicrosPerRequest: number | null;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU seconds the process has used, or null where /proc is not there. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export async function measure(url: string, serverPid: number, options: LoadOptions): Promise<LoadResult> {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`the benchmark only loads 127.0.0.1, not ${url}`);
  // Warm-up lets the JIT settle and fills the page cache; it is not counted.
  if (options.warmupSeconds > 0) await autocannon({ url, connections: options.connections, duration: options.warmupSeconds });
  const cpuBefore = cpuSeconds(serverPid);
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, timeout: 10 });
  const cpuAfter = cpuSeconds(serverPid);
  const responses = result.requests.total;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count]));
  return {
    requestsPerSecond: responses / result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    responses,
    bytesPerResponse: responses ? Math.round(result.throughput.total / responses) : 0,
    serverCpuMicrosPerRequest: cpuBefore !== null && cpuAfter !== null && responses ? ((cpuAfter - cpuBefore) * 1e6) / responses : null,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
  };
}
