// Bounded concurrent work: `total` jobs, at most `concurrency` in flight, and a deadline after
// which no new job starts. Used by the load and fault tests; everything targets 127.0.0.1.
export async function runBounded(total: number, concurrency: number, deadlineMs: number, job: (index: number) => Promise<void>): Promise<{ started: number }> {
  const deadline = Date.now() + deadlineMs;
  let next = 0;
  const worker = async () => {
    while (next < total && Date.now() < deadline) {
      const index = next++;
      await job(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { started: next };
}

/** Whether fetch failed to reach the server (refused, reset, timed out) rather than getting an answer. */
export function isConnectionError(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'));
}
