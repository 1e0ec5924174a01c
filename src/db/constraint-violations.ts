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
