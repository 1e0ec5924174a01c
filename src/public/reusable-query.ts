// Public pages run the same few queries for every request that misses the page
// cache. Building and compiling a Kysely query costs several times more than
// running it on an indexed lookup, so each query shape is compiled once per
// database and later calls only swap in their parameter values.
// (Engine-neutral: the SQL comes from the database's own Kysely compiler.)
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';

type Slot = { arg: number } | { value: unknown };

interface Plan { sql: string; slots: Slot[] }

/**
 * Wraps a query builder whose arguments are only ever bound as parameters (never used to
 * choose the query's shape: write one reusable query per shape). Returns the rows.
 */
function reusable<D, Args extends unknown[], Row>(build: (db: Kysely<D>, ...args: Args) => Compilable<Row>) {
  // Keyed by the dialect's adapter, which a transaction shares with its database: statements
  // run inside transactions (the comment insert, say) are compiled once too.
  const plans = new WeakMap<object, Plan>();

  function plan(db: Kysely<D>, arity: number): Plan {
    // Markers stand in for the arguments so their positions among the parameters can be found.
    const markers = Array.from({ length: arity }, (_, i) => `\u0000reusable-arg-${i}\u0000`);
    const compiled = build(db, ...(markers as Args)).compile();
    const slots: Slot[] = compiled.parameters.map((value) => {
      const arg = markers.indexOf(value as string);
      return arg === -1 ? { value } : { arg };
    });
    for (let arg = 0; arg < arity; arg++) {
      if (!slots.some((slot) => 'arg' in slot && slot.arg === arg)) throw new Error(`reusableQuery: argument ${arg} is not bound as a parameter`);
    }
    return { sql: compiled.sql, slots };
  }

  return async (db: Kysely<D>, ...args: Args) => {
    const key = db.getExecutor().adapter;
    let found = plans.get(key);
    if (!found) {
      found = plan(db, args.length);
      plans.set(key, found);
    }
    const parameters = found.slots.map((slot) => ('arg' in slot ? args[slot.arg] : slot.value));
    return db.executeQuery<Row>(CompiledQuery.raw(found.sql, parameters) as CompiledQuery<Row>);
  };
}

/**
 * Wraps a query builder whose arguments are only ever bound as parameters (never used to
 * choose the query's shape: write one reusable query per shape). Returns the rows.
 */
export function reusableQuery<D, Args extends unknown[], Row>(
  build: (db: Kysely<D>, ...args: Args) => Compilable<Row>,
): (db: Kysely<D>, ...args: Args) => Promise<Row[]> {
  const run = reusable(build);
  return async (db, ...args) => (await run(db, ...args)).rows;
}

/** The same for an insert, update or delete: returns how many rows it changed. */
export function reusableWrite<D, Args extends unknown[]>(
  build: (db: Kysely<D>, ...args: Args) => Compilable<unknown>,
): (db: Kysely<D>, ...args: Args) => Promise<number> {
  const run = reusable(build);
  return async (db, ...args) => Number((await run(db, ...args)).numAffectedRows ?? 0n);
}
