import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, groupBy, perRequest } from '@kindling/api/core';
import { type Person, PeopleLoaders } from '@kindling/api/people';
import { IdeaRevision, IdeaWithdrawal } from './models/authoring.model';
import { BuildOnTie } from './models/build-on-tie.model';
import { retentionLabel } from '@kindling/shared/rules';
import { CoAuthorInvitation, Idea, IdeaLink } from './models/idea.model';
import { IdeaMerge, RetentionNote } from './models/merge.model';
import { GraphRepository, type SplitProposalRow } from './graph.repository';
import { type SplitMember, sharesOf } from './author-split';
import { AuthorShare } from './models/author-split.model';

/** The graph's DataLoaders, fresh per request: every field resolver that reads ideas, links or authors goes through them. */
@Injectable()
export class GraphLoaders {
  constructor(
    private readonly repository: GraphRepository,
    private readonly people: PeopleLoaders,
  ) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      idea: new DataLoader<string, Idea | null>(async (ids) => {
        const byId = new Map((await this.repository.ideas(ids)).map((r) => [r.id, Idea.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      /** Accepted authors, poster first; the same statement primes the people loaders with each author and department. */
      authors: new DataLoader<string, Person[]>(async (ids) =>
        groupBy(ids, await this.repository.authors(ids), (r) => r.ideaId).map((rows) => this.people.remember(ctx, rows)),
      ),
      invitations: new DataLoader<string, CoAuthorInvitation[]>(async (ids) =>
        groupBy(ids, await this.repository.invitations(ids), (r) => r.ideaLocalId).map((rows) => rows.map((r) => Object.assign(new CoAuthorInvitation(), r))),
      ),
      /** a_v's members with their raw weights and whether they left (accepted authors and leavers who kept their share). */
      splitMembers: new DataLoader<string, Array<SplitMember & { left: boolean }>>(async (ids) => groupBy(ids, await this.repository.splits(ids), (r) => r.ideaId)),
      /** a_v in ppm, exact, in id order. */
      authorSplit: new DataLoader<string, AuthorShare[]>(async (ids) =>
        groupBy(ids, await this.repository.splits(ids), (r) => r.ideaId).map((rows) => {
          const left = new Set(rows.filter((r) => r.left).map((r) => r.personId));
          return sharesOf(rows).map((s) => Object.assign(new AuthorShare(), { personLocalId: s.personId, ppm: s.ppm, left: left.has(s.personId) }));
        }),
      ),
      pendingSplitProposal: new DataLoader<string, SplitProposalRow | null>(async (ids) =>
        groupBy(ids, await this.repository.pendingProposals(ids), (r) => r.ideaId).map((rows) => rows[0] ?? null),
      ),
      parents: new DataLoader<string, IdeaLink[]>((ids) => this.links(ids, 'parents')),
      children: new DataLoader<string, IdeaLink[]>((ids) => this.links(ids, 'children')),
      /** The merge in force of which each idea is the duplicate. */
      mergeOf: new DataLoader<string, IdeaMerge | null>(async (ids) =>
        groupBy(ids, await this.repository.mergesOf(ids, 'duplicate'), (r) => r.selfId).map((rows) => (rows[0] ? Object.assign(new IdeaMerge(), rows[0]) : null)),
      ),
      /** The merges in force into each idea, oldest first. */
      mergesInto: new DataLoader<string, IdeaMerge[]>(async (ids) =>
        groupBy(ids, await this.repository.mergesOf(ids, 'into'), (r) => r.selfId).map((rows) => rows.map((r) => Object.assign(new IdeaMerge(), r))),
      ),
      /** The latest retention a reviewer set. */
      retentionNote: new DataLoader<string, RetentionNote | null>(async (ids) =>
        groupBy(ids, await this.repository.retentionNotes(ids), (r) => r.ideaId).map(([r]) =>
          r ? Object.assign(new RetentionNote(), { retention: r.retention, originality: retentionLabel(r.retention), reason: r.reason, byLocalId: r.byLocalId, at: r.at }) : null,
        ),
      ),
      /** Stored revisions, oldest first: empty for an idea never edited (IdeaAuthoringResolver adds its original). */
      revisions: new DataLoader<string, IdeaRevision[]>(async (ids) =>
        groupBy(ids, await this.repository.revisions(ids), (r) => r.ideaId).map((rows) =>
          rows.map((r) =>
            Object.assign(new IdeaRevision(), { number: r.number, title: r.title, body: r.body, tags: r.tags, editedByLocalId: r.editedBy, editedAt: r.editedAt }),
          ),
        ),
      ),
      withdrawal: new DataLoader<string, IdeaWithdrawal | null>(async (ids) => {
        const byId = new Map((await this.repository.withdrawals(ids)).map((r) => [r.ideaId, r]));
        return ids.map((id) => {
          const row = byId.get(id);
          return row ? Object.assign(new IdeaWithdrawal(), { reason: row.reason, byLocalId: row.withdrawnBy, at: row.withdrawnAt }) : null;
        });
      }),
      /** People whose ideas these people built on. */
      peopleBuiltOn: new DataLoader<string, BuildOnTie[]>((personIds) => this.ties(personIds, 'builtOn')),
      /** People who built on these people's ideas. */
      builtOnBy: new DataLoader<string, BuildOnTie[]>((personIds) => this.ties(personIds, 'builtOnBy')),
    }));
  }

  private async links(ids: readonly string[], way: 'parents' | 'children'): Promise<IdeaLink[][]> {
    return groupBy(ids, await this.repository.links(ids, way), (r) => r.selfId).map((rows) =>
      rows.map((r) => Object.assign(new IdeaLink(), { ideaLocalId: r.ideaLocalId, relation: r.relation, split: r.split })),
    );
  }

  private async ties(personIds: readonly string[], way: 'builtOn' | 'builtOnBy'): Promise<BuildOnTie[][]> {
    return groupBy(personIds, await this.repository.buildOnTies(personIds, way), (r) => r.selfId).map((rows) =>
      rows.map((r) => Object.assign(new BuildOnTie(), { personLocalId: r.personLocalId, buildOns: r.buildOns, lastBuiltAt: r.lastBuiltAt })),
    );
  }
}
