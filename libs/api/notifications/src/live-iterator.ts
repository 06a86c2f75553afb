import type { LiveHub } from '@kindling/api/core';

/**
 * An async iterator over one LiveHub channel for a subscription: `pick` turns a payload into the value to send,
 * or null to skip it (another person's, or the empty catch-up signal after a reconnect). Ends, and stops
 * listening, when the client unsubscribes.
 */
export function liveIterator<T>(live: LiveHub, channel: string, pick: (payload: string) => T | null): AsyncIterableIterator<T> {
  const queued: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;
  const stop = live.listen(channel, (payload) => {
    const value = pick(payload);
    if (value === null || done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value, done: false });
    } else queued.push(value);
  });
  const finish = async (): Promise<IteratorResult<T>> => {
    done = true;
    (await stop)();
    waiting?.({ value: undefined, done: true });
    waiting = null;
    return { value: undefined, done: true };
  };
  return {
    next: async () => {
      await stop;
      if (queued.length) return { value: queued.shift()!, done: false };
      if (done) return { value: undefined, done: true };
      return new Promise((resolve) => (waiting = resolve));
    },
    return: finish,
    throw: async (error) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
