/**
 * Runs a connector call with a deadline the API keeps even when the connector does not: after
 * `timeoutMs` the call's AbortSignal fires and the answer is `onTimeout()`, whether or not the
 * connector's promise ever settles (its late result is ignored). Connectors promise to answer
 * within the timeout themselves; this guard is for the ones that hang anyway.
 */
export async function withinTimeout<T>(
  run: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  onTimeout: () => T,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error('timeout'));
      resolve(onTimeout());
    }, timeoutMs);
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
