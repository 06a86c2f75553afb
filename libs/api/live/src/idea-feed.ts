import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LiveHub, OUTBOX_CHANNEL } from '@kindling/api/core';
import { EngagementService } from '@kindling/api/engagement';
import { GraphService, Idea, type IdeaRow } from '@kindling/api/graph';
import { type IdeaTouch, ideaTouch } from './idea-changes';
import { LiveRepository } from './live.repository';
import { IdeaUpdate } from './models/idea-update.model';

/** How many ideas one WebSocket connection may follow at once (an idea page follows one). */
export const MAX_WATCHES_PER_CONNECTION = 20;
/** A safety net while anyone watches: a NOTIFY can be missed while the hub reconnects. */
const POLL_MS = 10_000;
const BATCH = 500;
/** Updates a slow subscriber may have waiting; older ones are dropped (each carries the idea as it is now). */
const MAX_QUEUED = 100;

interface Watcher {
  push(update: IdeaUpdate): void;
}

/**
 * This process's live feed of idea changes. Woken by the outbox's NOTIFY (from any process), by the hub's
 * "reconnected" signal and by a slow poll, it reads the outbox after the last sequence number it saw in one
 * statement, maps each event to the ideas it touches (the mapping `Idea.updatedAt` uses too) and, only when
 * someone here watches one of them, re-reads those ideas in one statement and hands each watcher its update.
 * While nobody watches, it reads nothing; the next watcher starts at the outbox's end.
 */
@Injectable()
export class IdeaFeed implements BeforeApplicationShutdown {
  private readonly log = new Logger('IdeaFeed');
  private readonly watchers = new Map<string, Set<Watcher>>();
  /** The last sequence number relayed; null while nobody watches. */
  private cursor: string | null = null;
  private starting: Promise<void> | null = null;
  private listening: Promise<unknown> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: LiveRepository,
    private readonly hub: LiveHub,
    private readonly graph: GraphService,
    private readonly engagement: EngagementService,
  ) {}

  /** Before the database connections close (TypeORM closes them in onApplicationShutdown). */
  beforeApplicationShutdown(): Promise<void> | undefined {
    if (this.timer) clearInterval(this.timer);
    return this.running ?? undefined;
  }

  /**
   * Follows `ideaId`: updates committed from now on, each passed through `allow` (the subscriber's
   * authorisation) before it is yielded. Returning the iterator stops following.
   */
  async watch(ideaId: string, allow: (update: IdeaUpdate) => Promise<boolean>): Promise<AsyncIterableIterator<IdeaUpdate>> {
    const queue: IdeaUpdate[] = [];
    let waiting: ((result: IteratorResult<IdeaUpdate>) => void) | null = null;
    let done = false;
    const watcher: Watcher = {
      push: (update) => {
        if (waiting) {
          const resolve = waiting;
          waiting = null;
          resolve({ value: update, done: false });
        } else {
          queue.push(update);
          if (queue.length > MAX_QUEUED) queue.shift();
        }
      },
    };
    const set = this.watchers.get(ideaId) ?? new Set();
    set.add(watcher);
    this.watchers.set(ideaId, set);
    await this.start();
    const stop = (): IteratorResult<IdeaUpdate> => {
      done = true;
      set.delete(watcher);
      if (set.size === 0 && this.watchers.get(ideaId) === set) this.watchers.delete(ideaId);
      if (this.watchers.size === 0) this.cursor = null;
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return { value: undefined, done: true };
    };
    const next = (): Promise<IteratorResult<IdeaUpdate>> =>
      done ? Promise.resolve({ value: undefined, done: true }) : queue.length ? Promise.resolve({ value: queue.shift()!, done: false }) : new Promise((resolve) => (waiting = resolve));
    const iterator: AsyncIterableIterator<IdeaUpdate> = {
      async next() {
        for (let result = await next(); ; result = await next()) {
          if (result.done || (await allow(result.value))) return result;
        }
      },
      return: () => Promise.resolve(stop()),
      throw: (error: unknown) => {
        stop();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return iterator;
  }

  /** How many subscribers in this process follow the idea (tests wait for a subscription to be in place). */
  watching(ideaId: string): number {
    return this.watchers.get(ideaId)?.size ?? 0;
  }

  /**
   * The first watcher (again) starts at the outbox's end: nothing before its subscription is replayed. The
   * process listens only once someone watches (the command-line tools never do).
   */
  private async start(): Promise<void> {
    // an empty payload (after the hub reconnected) wakes it the same way: it reads by cursor either way
    this.listening ??= this.hub.listen(OUTBOX_CHANNEL, () => this.wake()).then(
      () => {
        this.timer = setInterval(() => this.wake(), POLL_MS);
        this.timer.unref();
      },
      (error: Error) => {
        this.listening = null; // the next watcher tries again
        throw error;
      },
    );
    await this.listening;
    if (this.cursor !== null) return;
    this.starting ??= this.repository
      .lastSeq()
      .then((seq) => {
        this.cursor ??= seq;
      })
      .finally(() => (this.starting = null));
    await this.starting;
  }

  /** Relays now, or once more right after the run in progress. */
  wake(): void {
    if (this.watchers.size === 0) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.relay()
      .catch((error: Error) => this.log.error(`live feed failed: ${error.message}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async relay(): Promise<void> {
    for (;;) {
      const from = this.cursor;
      if (from === null || this.watchers.size === 0) return;
      const events = await this.repository.eventsAfter(from, BATCH);
      if (events.length === 0) return;
      await this.deliver(events.map((e) => ({ seq: e.seq, touch: ideaTouch(e.type, e.payload) })));
      // a cursor reset meanwhile (the last watcher left, a new one started) is kept
      if (this.cursor === from) this.cursor = events[events.length - 1].seq;
      if (events.length < BATCH) return;
    }
  }

  private async deliver(events: Array<{ seq: string; touch: IdeaTouch | null }>): Promise<void> {
    const touched = events.filter((e): e is { seq: string; touch: IdeaTouch } => e.touch !== null);
    const commentIds = touched.flatMap((e) => (e.touch.commentId ? [e.touch.commentId] : []));
    const ideaOfComment = new Map((await this.engagement.ideasOfComments(this.db, commentIds)).map((c) => [c.commentId, c.ideaId]));
    const changes = touched.map(({ seq, touch }) => ({
      seq,
      touch,
      ideaIds: (touch.commentId ? [ideaOfComment.get(touch.commentId) ?? ''] : touch.ideaIds).filter((id) => this.watchers.has(id)),
    }));
    const watched = [...new Set(changes.flatMap((c) => c.ideaIds))];
    if (watched.length === 0) return;
    const rows = new Map<string, IdeaRow>((await this.graph.ideasByIds(watched)).map((row) => [row.id, row]));
    for (const { seq, touch, ideaIds } of changes) {
      for (const ideaId of ideaIds) {
        const row = rows.get(ideaId);
        if (!row) continue;
        for (const watcher of this.watchers.get(ideaId) ?? []) {
          watcher.push(Object.assign(new IdeaUpdate(), { idea: Idea.from(row), change: touch.change, seq, commentLocalId: touch.newCommentId, comment: null }));
        }
      }
    }
  }
}
