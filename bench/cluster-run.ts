// Only the cluster case of the benchmark: `npx tsx bench/cluster-run.ts` (BENCH_SECONDS,
// BENCH_CONNECTIONS as in `npm run bench`). Exits 1 when something broke.
import { clusterProblems, clusterTargets, measureCluster, printCluster } from './cluster-case.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const result = await measureCluster({ seconds, warmupSeconds: Math.min(2, seconds), connections: Number(process.env.BENCH_CONNECTIONS ?? 50) });
printCluster(result);
for (const t of clusterTargets(result)) console.log(`${t.met ? 'met   ' : 'MISSED'} ${t.description}: ${(t.ratio * 100).toFixed(1)} % (target ≥ ${(t.minimum * 100).toFixed(0)} %)`);
const errors = clusterProblems(result);
for (const e of errors) console.error(`ERROR ${e}`);
console.log(JSON.stringify(result));
process.exitCode = errors.length ? 1 : 0;
