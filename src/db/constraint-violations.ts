// Whether a database error is a broken constraint, on either engine, so a race between
// a check and the write still becomes a form error instead of a 500.
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' /* PostgreSQL */ || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Whether a database error is a broken foreign key (a row still referenced), on either engine. */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23503' /* PostgreSQL */ || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

export interface UniqueIndex { name: string; table: string; columns: readonly string[] }

/**
 * Whether a unique violation broke this particular index, so each can become its own form error
 * (PostgreSQL names the index; SQLite lists the index's columns as table.column).
 */
export function isUniqueViolationOf(error: unknown, index: UniqueIndex): boolean {
  if (!isUniqueViolation(error)) return false;
  const { constraint, message } = error as { constraint?: unknown; message?: unknown };
  if (typeof constraint === 'string') return constraint === index.name;
  const failed = /UNIQUE constraint failed: ([^\n]+)/.exec(String(message ?? ''))?.[1];
  return failed !== undefined && failed.split(',').map((c) => c.trim()).join(',') === index.columns.map((c) => `${index.table}.${c}`).join(',');
}
