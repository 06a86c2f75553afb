/**
 * Waits for work done after the commit (the job queue, LISTEN/NOTIFY): runs `check` until it stops throwing and
 * returns its value; past `timeoutMs` it throws check's last error. A bounded wait, not a timing assertion.
 */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 20_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}
