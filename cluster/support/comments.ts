// Readers' comments for the cluster tests: posted through the public form on a node, then
// found in the database by their (unique) text.
import type { ClusterDatabase } from './database.ts';
import { formToken, postComment } from './http.ts';

export interface HeldComment { id: string; version: number; status: string }

let serial = 0;

/** A text no other comment of this run has (the test finds the row by it). */
export function uniqueText(label: string): string {
  serial += 1;
  return `${label} ${serial}: the cold store should open on Sundays during the harvest, ${process.pid}-${Date.now().toString(36)}.`;
}

export async function storedComments(db: ClusterDatabase, body: string): Promise<HeldComment[]> {
  return db.query<HeldComment>('SELECT id, version, status FROM comments WHERE body = $1', [body]);
}

/** Posts one comment on `baseUrl` as a reader without JavaScript (expects 303) and returns its row. */
export async function postHeldComment(db: ClusterDatabase, baseUrl: string, articlePath: string, body: string): Promise<HeldComment> {
  const token = await formToken(baseUrl, articlePath);
  const res = await postComment(baseUrl, articlePath, { name: 'Gulnara', email: `reader-${serial}@example.test`, body, token });
  const answer = await res.text();
  if (res.status !== 303) throw new Error(`comment POST answered ${res.status}: ${answer.slice(0, 500)}`);
  const rows = await storedComments(db, body);
  if (rows.length !== 1) throw new Error(`expected one stored comment, found ${rows.length}`);
  return rows[0]!;
}
