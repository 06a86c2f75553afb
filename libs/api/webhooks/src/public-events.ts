import { Injectable } from '@nestjs/common';
import { type OutboxEvent, type RequestContext, toGlobalId } from '@kindling/api/core';
import { CreditService, type ShownCredit } from '@kindling/api/credit';
import { EngagementLoaders } from '@kindling/api/engagement';
import { GraphLoaders, type Idea } from '@kindling/api/graph';
import { PeopleLoaders } from '@kindling/api/people';
import { ReviewLoaders } from '@kindling/api/review';
import { HIDDEN_TITLE } from '@kindling/shared/rules';

/** The events integrators subscribe to (webhooks) and read (the change feed). */
export const PUBLIC_EVENT_TYPES = ['idea.posted', 'idea.built_on', 'idea.status_changed', 'idea.merged', 'comment.created', 'credit.changed'] as const;
export type PublicEventType = (typeof PUBLIC_EVENT_TYPES)[number];

/** The public events each outbox event becomes, in this order (the order numbers the messages of one outbox event). */
export const PUBLIC_EVENTS_OF: Readonly<Record<string, readonly PublicEventType[]>> = {
  IDEA_POSTED: ['idea.posted'],
  BUILT_ON: ['idea.built_on', 'credit.changed'],
  PARENT_LINKED: ['credit.changed'],
  COAUTHOR_ACCEPTED: ['credit.changed'],
  AUTHOR_SPLIT_CHANGED: ['credit.changed'],
  AUTHOR_LEFT: ['credit.changed'],
  ENDORSED: ['credit.changed'],
  UNENDORSED: ['credit.changed'],
  RETENTION_SET: ['credit.changed'],
  IDEAS_MERGED: ['idea.merged', 'credit.changed'],
  IDEA_UNMERGED: ['credit.changed'],
  IDEA_STATUS_CHANGED: ['idea.status_changed'],
  COMMENTED: ['comment.created'],
};
export const OUTBOX_TYPES_WITH_PUBLIC_EVENTS = Object.keys(PUBLIC_EVENTS_OF);

/** credit.changed names at most this many ideas (the one the change started at first, then its nearest ancestors)… */
export const CREDIT_IDEAS_MAX = 10;
/** …and per idea at most this many holders, largest first (`holderCount` says how many there are). */
export const CREDIT_HOLDERS_MAX = 20;
/** How many levels up from where it started credit.changed looks for ancestors whose extender pool moved. */
const CREDIT_ANCESTOR_DEPTH = 3;

/** One public event: a webhook message and a change-feed entry alike. */
export interface PublicEvent {
  /** The outbox event it comes from and its place among that event's public events: the change feed's cursor. */
  seq: string;
  index: number;
  /** The message id (`webhook-id`): the same for every attempt, redelivery and endpoint. */
  id: string;
  type: PublicEventType;
  timestamp: string;
  data: Record<string, unknown>;
  /** What it is about: a delivery is withheld when any of these is hidden by the time it is sent. */
  ideaIds: string[];
  commentId: string | null;
}

/** The JSON a webhook POSTs and the change feed returns: `{ type, timestamp, data }`. */
export function envelope(event: PublicEvent): string {
  return JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data });
}

export function messageId(seq: string, index: number): string {
  return `msg_${seq}_${index}`;
}

type Payload = Record<string, unknown>;
const str = (p: Payload, key: string) => p[key] as string;

/**
 * Turns outbox events into public events as `ctx.viewer` may see them: events about an idea or a comment
 * hidden from the viewer (everyone but its authors and admins; with no viewer — webhooks — everyone) are left
 * out, hidden ideas mentioned on the side read "Hidden by a moderator", and credit.changed leaves hidden ideas
 * out. Titles, statuses and credit are read as they are now; everything goes through the request's loaders.
 */
@Injectable()
export class PublicEvents {
  constructor(
    private readonly graphLoaders: GraphLoaders,
    private readonly engagement: EngagementLoaders,
    private readonly review: ReviewLoaders,
    private readonly people: PeopleLoaders,
    private readonly credit: CreditService,
  ) {}

  async build(events: readonly OutboxEvent[], ctx: RequestContext): Promise<PublicEvent[]> {
    const creditIdeas = await this.creditIdeas(events, ctx);
    const credits = new Map((await this.creditOf([...new Set([...creditIdeas.values()].flat())])).map((c) => [c.ideaLocalId, c]));
    const built = await Promise.all(
      events.flatMap((event) =>
        (PUBLIC_EVENTS_OF[event.type] ?? []).map(async (type, index) => {
          const content = await this.content(type, event, ctx, creditIdeas.get(event.seq) ?? [], credits);
          if (!content) return null;
          const occurred = new Date(event.occurredAt);
          return { seq: event.seq, index, id: messageId(event.seq, index), type, timestamp: occurred.toISOString(), ...content } satisfies PublicEvent;
        }),
      ),
    );
    return built.filter((e): e is PublicEvent => e !== null);
  }

  private async content(
    type: PublicEventType,
    event: OutboxEvent,
    ctx: RequestContext,
    creditIdeaIds: string[],
    credits: Map<string, ShownCredit>,
  ): Promise<Pick<PublicEvent, 'data' | 'ideaIds' | 'commentId'> | null> {
    const p = event.payload;
    const actor = event.actorId ? await this.person(event.actorId, ctx) : null;
    switch (type) {
      case 'idea.posted': {
        const idea = await this.visibleIdea(str(p, 'ideaId'), ctx);
        return idea && { data: { idea: ideaRef(idea), author: actor }, ideaIds: [idea.localId], commentId: null };
      }
      case 'idea.built_on': {
        const idea = await this.visibleIdea(str(p, 'ideaId'), ctx);
        if (!idea) return null;
        const parentIds = (p.parents as Array<{ ideaId: string }>).map((x) => x.ideaId);
        const parents = await Promise.all(parentIds.map((id) => this.mentionedIdea(id, ctx)));
        return { data: { idea: ideaRef(idea), parents: parents.filter(Boolean), relation: p.relation, author: actor }, ideaIds: [idea.localId], commentId: null };
      }
      case 'idea.status_changed': {
        const idea = await this.visibleIdea(str(p, 'ideaId'), ctx);
        if (!idea) return null;
        const change = (await this.review.for(ctx).history.load(idea.localId)).find((c) => c.localId === str(p, 'changeId'));
        return {
          data: { idea: ideaRef(idea), from: p.from, to: p.to, response: change?.response ?? '', changedBy: actor },
          ideaIds: [idea.localId],
          commentId: null,
        };
      }
      case 'idea.merged': {
        const into = await this.visibleIdea(str(p, 'intoId'), ctx);
        if (!into) return null;
        const duplicate = await this.mentionedIdea(str(p, 'duplicateId'), ctx);
        return { data: { duplicate, into: ideaRef(into), mergedBy: actor }, ideaIds: [into.localId], commentId: null };
      }
      case 'comment.created': {
        const idea = await this.visibleIdea(str(p, 'ideaId'), ctx);
        const comment = await this.engagement.for(ctx).comment.load(str(p, 'commentId'));
        if (!idea || !comment || (comment.hiddenAt && !this.canSeeHidden(ctx, [comment.authorLocalId]))) return null;
        return {
          data: {
            comment: { id: comment.id, body: comment.body, replyToId: comment.replyToLocalId ? toGlobalId('Comment', comment.replyToLocalId) : null, createdAt: comment.createdAt },
            idea: ideaRef(idea),
            author: await this.person(comment.authorLocalId, ctx),
          },
          ideaIds: [idea.localId],
          commentId: comment.localId,
        };
      }
      case 'credit.changed': {
        const ideas = (await Promise.all(creditIdeaIds.map((id) => this.visibleIdea(id, ctx)))).filter((i): i is Idea => i !== null);
        if (ideas.length === 0) return null;
        const entries = await Promise.all(
          ideas.map(async (idea) => {
            const shares = credits.get(idea.localId)?.shares ?? [];
            const holders = await Promise.all(shares.slice(0, CREDIT_HOLDERS_MAX).map(async (s) => ({ person: await this.person(s.personLocalId, ctx), ppm: s.ppm })));
            return { idea: ideaRef(idea), holders, holderCount: shares.length };
          }),
        );
        return { data: { cause: event.type, ideas: entries }, ideaIds: ideas.map((i) => i.localId), commentId: null };
      }
    }
  }

  /**
   * The ideas whose credit each credit-moving event changed: where it started, then their nearest ancestors
   * (their extender pools moved), level by level through the parents loader (one statement per level for all events).
   */
  private async creditIdeas(events: readonly OutboxEvent[], ctx: RequestContext): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    for (const event of events) {
      if (!PUBLIC_EVENTS_OF[event.type]?.includes('credit.changed')) continue;
      const p = event.payload;
      const start =
        event.type === 'BUILT_ON'
          ? (p.parents as Array<{ ideaId: string }>).map((x) => x.ideaId)
          : event.type === 'PARENT_LINKED'
            ? [str(p, 'ideaId'), str(p, 'parentId')]
            : event.type === 'IDEAS_MERGED' || event.type === 'IDEA_UNMERGED'
              ? [str(p, 'intoId'), str(p, 'duplicateId')]
              : [str(p, 'ideaId')];
      result.set(event.seq, [...new Set(start)]);
    }
    let frontier = new Map([...result].map(([seq, ids]) => [seq, ids]));
    for (let depth = 0; depth < CREDIT_ANCESTOR_DEPTH && frontier.size > 0; depth++) {
      const next = new Map<string, string[]>();
      await Promise.all(
        [...frontier].map(async ([seq, ids]) => {
          const known = result.get(seq)!;
          if (known.length >= CREDIT_IDEAS_MAX) return;
          const parents = (await this.graphLoaders.for(ctx).parents.loadMany(ids)).flatMap((links) => (links instanceof Error ? [] : links.map((l) => l.ideaLocalId)));
          const fresh = [...new Set(parents)].filter((id) => !known.includes(id));
          known.push(...fresh);
          if (fresh.length) next.set(seq, fresh);
        }),
      );
      frontier = next;
    }
    for (const [seq, ids] of result) result.set(seq, ids.slice(0, CREDIT_IDEAS_MAX));
    return result;
  }

  private async creditOf(ids: string[]): Promise<ShownCredit[]> {
    return ids.length ? this.credit.ideaCredits(ids) : [];
  }

  /** The idea, or null when it does not exist or is hidden from the viewer. */
  private async visibleIdea(id: string, ctx: RequestContext): Promise<Idea | null> {
    const idea = await this.graphLoaders.for(ctx).idea.load(id);
    if (!idea) return null;
    if (!idea.hiddenAt) return idea;
    const authors = await this.graphLoaders.for(ctx).authors.load(id);
    return this.canSeeHidden(ctx, authors.map((a) => a.localId)) ? idea : null;
  }

  /** An idea named on the side (a parent, a merged duplicate): its title masked when it is hidden from the viewer. */
  private async mentionedIdea(id: string, ctx: RequestContext) {
    const idea = await this.graphLoaders.for(ctx).idea.load(id);
    if (!idea) return null;
    const visible = await this.visibleIdea(id, ctx);
    return visible ? ideaRef(visible) : { ...ideaRef(idea), title: HIDDEN_TITLE };
  }

  private canSeeHidden(ctx: RequestContext, authorIds: string[]): boolean {
    const viewer = ctx.viewer;
    return viewer !== null && (viewer.role === 'ADMIN' || authorIds.includes(viewer.id));
  }

  private async person(id: string, ctx: RequestContext) {
    const person = await this.people.for(ctx).person.load(id);
    return { id: toGlobalId('Person', id), name: person?.name ?? null };
  }
}

function ideaRef(idea: Idea) {
  return { id: idea.id, title: idea.title, status: idea.status };
}
