import { Injectable } from '@nestjs/common';
import { type OutboxEvent, type Queryable, type RequestContext, Writes } from '@kindling/api/core';
import { CreditService } from '@kindling/api/credit';
import { EngagementLoaders } from '@kindling/api/engagement';
import { GraphLoaders, type Idea, type SplitMember, type SplitShare, sharesOf } from '@kindling/api/graph';
import { PeopleService } from '@kindling/api/people';
import { ReviewLoaders } from '@kindling/api/review';
import type { NotificationKind } from '@kindling/shared/rules';
import { NotificationsRepository, type Recipient } from './notifications.repository';

/** The smallest move of a share that is told (0.1 percentage point); smaller moves add up until they reach it. */
export const CREDIT_MOVE_PPM = 1_000;

type Payload = Record<string, unknown>;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** What of an idea the fan-out needs: whether it is hidden and who its authors are. */
interface IdeaFacts {
  idea: Idea | null;
  authorIds: string[];
}

/**
 * Who hears what of each outbox event (docs/notifications.md): it reads what it needs through the other domains'
 * loaders and services, then writes every notification of the event in one transaction with a few set-based
 * statements. Idempotent: a one-off notification's key holds the event's seq, coalesced ones fold each actor once,
 * and credit moves are measured against a snapshot that moves with them.
 */
@Injectable()
export class NotificationsFanOut {
  constructor(
    private readonly writes: Writes,
    private readonly repository: NotificationsRepository,
    private readonly credit: CreditService,
    private readonly graph: GraphLoaders,
    private readonly engagement: EngagementLoaders,
    private readonly review: ReviewLoaders,
    private readonly people: PeopleService,
  ) {}

  async handle(event: OutboxEvent): Promise<void> {
    // the other domains' loaders, fresh for this event and not tied to any request
    const ctx = { viewer: null, cache: new Map() } as unknown as RequestContext;
    const p = event.payload as Payload;
    const ideaId = str(p.ideaId);
    const actor = event.actorId;
    const excluded = actor ? [actor] : [];
    const base = { eventSeq: event.seq, occurredAt: event.occurredAt, actorIds: actor ? [actor] : [], excluded };
    const one = (kind: NotificationKind, idea: string | null, data: Payload, recipients: Recipient[], followersOf: string | null, withShare = false) =>
      ({ kind, key: `${kind}:${event.seq}`, ideaId: idea, data, recipients, followersOf, withShare, ...base });

    const facts = async (id: string): Promise<IdeaFacts> => {
      const [idea, authors] = await Promise.all([this.graph.for(ctx).idea.load(id), this.graph.for(ctx).authors.load(id)]);
      return { idea, authorIds: authors.map((a) => a.localId) };
    };
    /**
     * Everyone in the idea's credit with their share, and its followers; a hidden idea: its authors only. `lastTold`:
     * the shares last told (the snapshot) before the current ones — after a merge the duplicate's trail is gone.
     */
    const trail = async (id: string, kind: NotificationKind, data: Payload, options: { onlyAuthors?: boolean; lastTold?: boolean } = {}) => {
      const [{ idea, authorIds }, [credit], told] = await Promise.all([facts(id), this.credit.ideaCredits([id]), options.lastTold ? this.repository.creditSnapshot(null, [id]) : []]);
      const hidden = options.onlyAuthors || Boolean(idea?.hiddenAt);
      const shares = new Map(credit.shares.map((s) => [s.personLocalId, s.ppm]));
      for (const s of told) shares.set(s.personId, s.ppm);
      const people = hidden ? authorIds : [...new Set([...authorIds, ...shares.keys()])];
      return one(kind, id, data, people.map((personId) => ({ personId, sharePpm: shares.get(personId) ?? null })), hidden ? null : id, true);
    };
    /** The idea's authors and, unless it is hidden, its followers. */
    const authorsAndFollowers = async (id: string, kind: NotificationKind, data: Payload, leaveOut: string[] = []) => {
      const { idea, authorIds } = await facts(id);
      const notification = one(kind, id, data, authorIds.filter((a) => !leaveOut.includes(a)).map((personId) => ({ personId })), idea?.hiddenAt ? null : id);
      return { ...notification, excluded: [...excluded, ...leaveOut] };
    };
    /** The idea's current authors (the actor left out by `excluded`), each with their own share of a split: `splitToPpm` and what `more` adds. */
    const coAuthors = async (kind: NotificationKind, data: Payload, split: SplitShare[] | null, more: (personId: string) => Payload = () => ({})) => {
      const { authorIds } = await facts(ideaId!);
      const ppm = new Map((split ?? []).map((s) => [String(s.personId), s.ppm]));
      const recipients = authorIds.map((personId) => ({ personId, own: { splitToPpm: split ? (ppm.get(personId) ?? 0) : null, ...more(personId) } }));
      return one(kind, ideaId, data, recipients, null);
    };
    const splitOfWeights = (authors: unknown) => sharesOf((authors as SplitMember[]).map((a) => ({ personId: String(a.personId), weight: Number(a.weight) })));

    const writes: Array<(tx: Queryable) => Promise<unknown>> = [];
    const oneOff = (n: ReturnType<typeof one>) => writes.push((tx) => this.repository.insertOneOff(tx, n));
    const follow = (id: string, people: string[]) => writes.push((tx) => this.repository.autoFollow(tx, id, people, event.occurredAt));
    let creditIdeas: string[] = [];
    let baseline: string[] = [];
    let cause = event.type;
    let causeIdeaId = ideaId;

    switch (event.type) {
      case 'IDEA_POSTED':
        follow(ideaId!, [str(p.authorId)!]);
        baseline = [ideaId!];
        break;
      case 'BUILT_ON': {
        const parents = (p.parents as Array<{ ideaId: string }>).map((x) => String(x.ideaId));
        for (const parent of parents) oneOff(await authorsAndFollowers(parent, 'BUILT_ON', { childIdeaId: ideaId }));
        follow(ideaId!, [str(p.authorId)!]);
        baseline = [ideaId!];
        creditIdeas = parents;
        break;
      }
      case 'PARENT_LINKED':
        creditIdeas = [ideaId!, String(p.parentId)];
        break;
      case 'COMMENTED': {
        const replyTo = str(p.replyToId) ? await this.engagement.for(ctx).comment.load(String(p.replyToId)) : null;
        const replied = replyTo && replyTo.authorLocalId !== actor ? [replyTo.authorLocalId] : [];
        const { idea, authorIds } = await facts(ideaId!);
        if (replied.length && (!idea?.hiddenAt || authorIds.includes(replied[0]))) {
          oneOff(one('REPLIED', ideaId, { commentId: p.commentId }, [{ personId: replied[0] }], null));
        }
        oneOff(await authorsAndFollowers(ideaId!, 'COMMENTED', { commentId: p.commentId }, replied));
        if (actor) follow(ideaId!, [actor]);
        break;
      }
      case 'COAUTHOR_INVITED': {
        const { idea } = await facts(ideaId!);
        if (!idea?.hiddenAt) oneOff(one('COAUTHOR_INVITED', ideaId, {}, [{ personId: String(p.personId) }], null));
        break;
      }
      case 'COAUTHOR_ACCEPTED':
      case 'COAUTHOR_DECLINED': {
        const accepted = event.type === 'COAUTHOR_ACCEPTED';
        const { authorIds } = await facts(ideaId!);
        const answer = one('COAUTHOR_ANSWERED', ideaId, { accepted }, authorIds.map((personId) => ({ personId })), null);
        oneOff({ ...answer, actorIds: [String(p.personId)], excluded: [...excluded, String(p.personId)] });
        if (accepted) {
          follow(ideaId!, [String(p.personId)]);
          creditIdeas = [ideaId!];
        }
        break;
      }
      case 'ENDORSED': {
        const { idea, authorIds } = await facts(ideaId!);
        const endorser = String(p.personId);
        const authors = authorIds.filter((a) => a !== endorser);
        if (idea && authors.length) writes.push((tx) => this.repository.foldEndorsement(tx, { ideaId: ideaId!, authorIds: authors, actorId: endorser, eventSeq: event.seq }));
        creditIdeas = (await this.graph.for(ctx).parents.load(ideaId!)).map((l) => l.ideaLocalId);
        break;
      }
      case 'UNENDORSED':
        creditIdeas = (await this.graph.for(ctx).parents.load(ideaId!)).map((l) => l.ideaLocalId);
        cause = 'ENDORSED';
        break;
      case 'IDEA_STATUS_CHANGED': {
        const change = (await this.review.for(ctx).history.load(ideaId!)).find((c) => c.localId === String(p.changeId));
        oneOff(await trail(ideaId!, 'STATUS_CHANGED', { from: p.from, to: p.to, response: change?.response ?? '' }));
        break;
      }
      case 'IDEAS_MERGED': {
        const duplicate = String(p.duplicateId);
        oneOff(await trail(duplicate, 'MERGED', { intoIdeaId: String(p.intoId) }, { lastTold: true }));
        creditIdeas = [duplicate, String(p.intoId)];
        cause = 'MERGED';
        causeIdeaId = String(p.intoId);
        break;
      }
      case 'IDEA_UNMERGED':
        creditIdeas = [String(p.duplicateId), String(p.intoId)];
        cause = 'UNMERGED';
        causeIdeaId = String(p.duplicateId);
        break;
      case 'RETENTION_SET': {
        const note = await this.graph.for(ctx).retentionNote.load(ideaId!);
        oneOff(await trail(ideaId!, 'RETENTION_CHANGED', { retention: p.retention, reason: note?.reason ?? '' }));
        creditIdeas = [ideaId!];
        break;
      }
      case 'CONTENT_HIDDEN':
      case 'CONTENT_UNHIDDEN': {
        const action = event.type === 'CONTENT_HIDDEN' ? 'HIDDEN' : 'UNHIDDEN';
        const commentId = str(p.commentId);
        if (commentId) {
          const comment = await this.engagement.for(ctx).comment.load(commentId);
          if (comment) oneOff(one('MODERATED', comment.ideaLocalId, { action, reason: p.reason, commentId, sharePpm: null }, [{ personId: comment.authorLocalId }], null));
        } else if (ideaId) {
          oneOff(await trail(ideaId, 'MODERATED', { action, reason: p.reason, commentId: null }, { onlyAuthors: action === 'HIDDEN' }));
        }
        break;
      }
      case 'AUTHOR_SPLIT_PROPOSED': {
        // the split the proposal would replace (events from before they carried it: the split as it is now)
        const current = (p.current as SplitShare[] | undefined) ?? sharesOf(await this.graph.for(ctx).splitMembers.load(ideaId!));
        const before = new Map(current.map((s) => [String(s.personId), s.ppm]));
        oneOff(await coAuthors('AUTHOR_SPLIT_PROPOSED', { proposalId: str(p.proposalId) }, p.split as SplitShare[], (personId) => ({ splitFromPpm: before.get(personId) ?? 0 })));
        break;
      }
      case 'AUTHOR_SPLIT_CHANGED':
        oneOff(await coAuthors('AUTHOR_SPLIT_DECIDED', { proposalId: str(p.proposalId), outcome: 'applied' }, splitOfWeights(p.authors)));
        creditIdeas = [ideaId!];
        break;
      case 'AUTHOR_SPLIT_CLOSED': {
        const outcome = ({ REFUSED: 'declined', WITHDRAWN: 'withdrawn', OUTDATED: 'outdated' } as Record<string, string>)[String(p.outcome)] ?? 'outdated';
        oneOff(await coAuthors('AUTHOR_SPLIT_DECIDED', { proposalId: str(p.proposalId), outcome }, null));
        break;
      }
      case 'AUTHOR_LEFT':
        oneOff(await coAuthors('AUTHOR_LEFT', { gaveShare: p.giveShareTo === 'REMAINING_AUTHORS' }, splitOfWeights(p.authors)));
        creditIdeas = [ideaId!];
        break;
      case 'WEBHOOK_ENDPOINT_DISABLED': {
        const admins = await this.people.activeAdminIds();
        oneOff(one('WEBHOOK_DISABLED', null, { endpointId: p.endpointId, url: p.url, reason: p.reason }, admins.map((personId) => ({ personId })), null));
        break;
      }
    }

    const creditWork = creditIdeas.length || baseline.length ? await this.creditMoves(ctx, [...new Set([...creditIdeas, ...baseline])], new Set(baseline)) : null;
    if (writes.length === 0 && !creditWork) return;
    await this.writes.run({ background: true }, async (tx) => {
      await this.repository.lockFanOut(tx);
      for (const write of writes) await write(tx);
      if (!creditWork) return;
      // read the snapshot under the lock, so two processes never tell one move twice
      const snapshot = await this.repository.creditSnapshot(tx, creditWork.ideaIds);
      const { moves, snapshotRows } = creditWork.compare(snapshot, actor);
      await this.repository.putCreditSnapshot(tx, snapshotRows);
      await this.repository.upsertCreditChanges(tx, { day: event.occurredAt.toISOString().slice(0, 10), eventSeq: event.seq, actorIds: base.actorIds, cause, causeIdeaId, moves });
    });
  }

  /** The current shares of the ideas, and how to compare them with the snapshot. */
  private async creditMoves(ctx: RequestContext, ideaIds: string[], baseline: Set<string>) {
    const [credits, facts] = await Promise.all([
      this.credit.ideaCredits(ideaIds),
      Promise.all(ideaIds.map(async (id) => ({ id, idea: await this.graph.for(ctx).idea.load(id), authors: await this.graph.for(ctx).authors.load(id) }))),
    ]);
    const current = new Map(credits.map((c) => [c.ideaLocalId, new Map(c.shares.map((s) => [s.personLocalId, s.ppm]))]));
    const factsOf = new Map(facts.map((f) => [f.id, f]));
    return {
      ideaIds,
      compare: (snapshot: Array<{ ideaId: string; personId: string; ppm: number }>, actor: string | null) => {
        const before = new Map<string, Map<string, number>>();
        for (const row of snapshot) before.set(row.ideaId, (before.get(row.ideaId) ?? new Map()).set(row.personId, row.ppm));
        const moves: Array<{ ideaId: string; personId: string; fromPpm: number; toPpm: number }> = [];
        const snapshotRows: Array<{ ideaId: string; personId: string; ppm: number }> = [];
        for (const ideaId of ideaIds) {
          const now = current.get(ideaId) ?? new Map<string, number>();
          const then = before.get(ideaId);
          if (!then) {
            // never seen (e.g. just posted): take the snapshot, tell nothing
            for (const [personId, ppm] of now) snapshotRows.push({ ideaId, personId, ppm });
            continue;
          }
          if (baseline.has(ideaId)) continue;
          const { idea, authors } = factsOf.get(ideaId)!;
          const authorIds = new Set(authors.map((a) => a.localId));
          for (const personId of new Set([...now.keys(), ...then.keys()])) {
            const fromPpm = then.get(personId) ?? 0;
            const toPpm = now.get(personId) ?? 0;
            if (Math.abs(toPpm - fromPpm) < CREDIT_MOVE_PPM) continue;
            snapshotRows.push({ ideaId, personId, ppm: toPpm });
            if (personId === actor || (idea?.hiddenAt && !authorIds.has(personId))) continue;
            moves.push({ ideaId, personId, fromPpm, toPpm });
          }
        }
        return { moves, snapshotRows };
      },
    };
  }
}
