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
export function reusableQuery<D, Args extends unknown[], Row>(
  build: (db: Kysely<D>, ...args: Args) => Compilable<Row>,
): (db: Kysely<D>, ...args: Args) => Promise<Row[]> {
  const plans = new WeakMap<Kysely<D>, Plan>();

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

  return async (db, ...args) => {
    let found = plans.get(db);
    if (!found) {
      found = plan(db, args.length);
      plans.set(db, found);
    }
    const parameters = found.slots.map((slot) => ('arg' in slot ? args[slot.arg] : slot.value));
    const result = await db.executeQuery<Row>(CompiledQuery.raw(found.sql, parameters) as CompiledQuery<Row>);
    return result.rows;
  };
}
