import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { compareIds } from '@kindling/credit';
import { ConnectionArgs, type RequestContext, connectionFromArray, localId } from '@kindling/api/core';
import { GraphLoaders, Idea } from '@kindling/api/graph';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { CreditHistoryService } from './credit-history.service';
import { CreditLoaders } from './credit.loaders';
import { CreditService, type ShownCredit } from './credit.service';
import { CreditHistoryInterval, CreditHistoryPoint } from './models/credit-history.model';
import { CreditModel, CreditShare, CreditTrail, CreditTrailTerm, IdeaCredit, PersonIdeaCredit, UpstreamCredit } from './models/credit.model';
import { PersonCreditConnection } from './models/person-credit-connection.model';

const SUMMARY =
  'Credit is derived, never typed in. An idea keeps a part ρ of its value for its own authors and passes the rest up to what it built on, ' +
  'split as its author chose (upstream credit). People who built on an idea share in it through a bounded extender pool: at most β, ' +
  'weighted by endorsements, decaying with depth, and with each person’s k-th build-on counting 1/k. Shares add up to exactly 100 %.';

@Resolver(() => Idea)
export class IdeaCreditResolver {
  constructor(
    private readonly credit: CreditService,
    private readonly loaders: CreditLoaders,
  ) {}

  @ResolveField('credit', () => IdeaCredit, { description: 'Who holds this idea’s credit, and why.' })
  ideaCredit(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).ideaCredit.load(idea.localId);
  }

  @ResolveField(() => UpstreamCredit, { description: 'This idea’s credit without its build-ons: its authors and what it built on.' })
  upstreamCredit(@Parent() idea: Idea, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).upstreamCredit.load(idea.localId);
  }

  @Query(() => CreditModel, { description: 'How credit is computed: the model’s constants.' })
  creditModel(): CreditModel {
    const c = this.credit.config;
    return { beta: c.beta, delta: c.delta, q0: c.q0, c0: c.c0, defaultRetention: c.defaultRetention, minRetention: c.minRetention, maxRetention: c.maxRetention, summary: SUMMARY };
  }
}

function trailField(credit: ShownCredit, personId: string): CreditTrail {
  return credit.trail(localId('Person', personId, 'personId'));
}

@Resolver(() => IdeaCredit)
export class IdeaCreditFieldsResolver {
  @ResolveField(() => CreditTrail, { description: 'The terms that make up one person’s share (no terms if they hold none).' })
  trail(@Parent() credit: ShownCredit, @Args('personId', { type: () => ID }) personId: string) {
    return trailField(credit, personId);
  }
}

@Resolver(() => UpstreamCredit)
export class UpstreamCreditFieldsResolver {
  @ResolveField(() => CreditTrail)
  trail(@Parent() credit: ShownCredit, @Args('personId', { type: () => ID }) personId: string) {
    return trailField(credit, personId);
  }
}

@Resolver(() => CreditShare)
export class CreditShareResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(@Parent() share: CreditShare, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(share.personLocalId);
  }
}

@Resolver(() => CreditTrail)
export class CreditTrailResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(@Parent() trail: CreditTrail, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(trail.personLocalId);
  }
}

@Resolver(() => CreditTrailTerm)
export class CreditTrailTermResolver {
  constructor(private readonly graph: GraphLoaders) {}

  @ResolveField(() => Idea, { nullable: true, description: 'The parent (INHERITED) or build-on (POOL) the term comes through.' })
  via(@Parent() term: CreditTrailTerm, @Context() ctx: RequestContext) {
    return term.viaLocalId ? this.graph.for(ctx).idea.load(term.viaLocalId) : null;
  }
}

@Resolver(() => PersonIdeaCredit)
export class PersonIdeaCreditResolver {
  constructor(private readonly graph: GraphLoaders) {}

  @ResolveField(() => Idea)
  idea(@Parent() credit: PersonIdeaCredit, @Context() ctx: RequestContext) {
    return this.graph.for(ctx).idea.load(credit.ideaLocalId);
  }
}

@Resolver(() => Person)
export class PersonCreditResolver {
  constructor(
    private readonly credit: CreditService,
    private readonly loaders: CreditLoaders,
    private readonly history: CreditHistoryService,
  ) {}

  @ResolveField('credit', () => PersonCreditConnection, { description: 'The ideas in which this person holds a share, largest share first.' })
  async personCredit(@Parent() person: Person, @Args() args: ConnectionArgs, @Context() ctx: RequestContext) {
    const ideaIds = await this.credit.candidateIdeasOf(person.localId);
    const credits = await this.loaders.for(ctx).ideaCredit.loadMany(ideaIds);
    const held: PersonIdeaCredit[] = [];
    for (const c of credits) {
      if (c instanceof Error) throw c;
      const share = c.shares.find((s) => s.personLocalId === person.localId);
      if (share) held.push(Object.assign(new PersonIdeaCredit(), { ideaLocalId: c.ideaLocalId, ppm: share.ppm, percent: share.percent, share: share.share }));
    }
    held.sort((a, b) => b.share - a.share || compareIds(a.ideaLocalId, b.ideaLocalId));
    return connectionFromArray(held, args, (c) => [c.ideaLocalId]);
  }

  @ResolveField(() => [CreditHistoryPoint], {
    description: 'The credit this person held at the end of each of the last `periods` periods, oldest first; the last one is now.',
  })
  creditHistory(
    @Parent() person: Person,
    @Args('interval', { type: () => CreditHistoryInterval, defaultValue: CreditHistoryInterval.MONTH }) interval: CreditHistoryInterval,
    @Args('periods', { type: () => Int, defaultValue: 12, description: '1 to 60.' }) periods: number,
  ) {
    return this.history.history(person.localId, interval, periods);
  }
}
