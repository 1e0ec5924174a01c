// Only the search case of the benchmark: `npx tsx bench/search-run.ts` (BENCH_SEARCH_ARTICLES,
// BENCH_SEARCH_REQUESTS as in `npm run bench`). Exits 1 when a search failed.
import { measureSearches, printSearch, searchTargets } from './search.ts';

const errors: string[] = [];
const results = await measureSearches(errors);
printSearch(results);
for (const t of searchTargets(results)) console.log(`${t.met ? 'met' : 'MISSED'}: ${t.description}`);
for (const e of errors) console.error(`ERROR ${e}`);
process.exitCode = errors.length ? 1 : 0;
