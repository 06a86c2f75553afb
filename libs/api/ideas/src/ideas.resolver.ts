import type { GraphQLResolveInfo } from 'graphql';
import { Args, Info, Int, Query, Resolver } from '@nestjs/graphql';
import { RequestErrors, localId, selectsField } from '@kindling/api/core';
import { IdeaConnection } from '@kindling/api/graph';
import { IdeasArgs } from './dto/ideas.inputs';
import { IdeasService } from './ideas.service';
import { LeaderboardArgs, LeaderboardEntry, PERIOD_DAYS } from './models/leaderboard.model';
import { SimilarIdea, TagCount } from './models/ideas.model';

/** The read side's queries: the idea list, similar ideas, the board and tags. */
@Resolver()
export class IdeasResolver {
  constructor(private readonly ideas: IdeasService) {}

  @Query(() => IdeaConnection, { name: 'ideas', description: 'Ideas, filtered and ordered; `totalCount` counts all matches.' })
  ideasList(@Args() args: IdeasArgs, @Info() info: GraphQLResolveInfo) {
    const filter = args.filter ?? {};
    if (filter.postedAfter && Number.isNaN(filter.postedAfter.getTime())) throw RequestErrors.malformedValue('filter.postedAfter', 'date and time');
    if (filter.updatedAfter && Number.isNaN(filter.updatedAfter.getTime())) throw RequestErrors.malformedValue('filter.updatedAfter', 'date and time');
    return this.ideas.list({
      filter: {
        tag: filter.tag,
        status: filter.status,
        text: filter.text,
        postedAfter: filter.postedAfter,
        updatedAfter: filter.updatedAfter,
        authorId: filter.authorId ? localId('Person', filter.authorId, 'filter.authorId') : null,
        departmentId: filter.departmentId ? localId('Department', filter.departmentId, 'filter.departmentId') : null,
      },
      order: args.orderBy ?? 'NEWEST',
      page: args,
      withTotal: selectsField(info, 'totalCount'),
    });
  }

  @Query(() => [SimilarIdea], { description: 'Existing ideas like a draft (title and body as typed), in English or Dutch: build on one instead of posting a duplicate.' })
  similarIdeas(
    @Args('title') title: string,
    @Args('body', { type: () => String, nullable: true, defaultValue: '' }) body: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number,
  ) {
    if (first < 1 || first > 20) throw RequestErrors.outOfRange('first', 1, 20);
    return this.ideas.similar(title.slice(0, 200), (body ?? '').slice(0, 2000), first);
  }

  @Query(() => [LeaderboardEntry], { description: 'The leadership board: top ideas ranked, with filters; expand each idea’s `credit` for its trail.' })
  leaderboard(@Args() args: LeaderboardArgs) {
    if (args.first < 1 || args.first > 100) throw RequestErrors.outOfRange('first', 1, 100);
    return this.ideas.board({
      rankBy: args.rankBy,
      periodDays: PERIOD_DAYS[args.period],
      departmentId: args.departmentId ? localId('Department', args.departmentId, 'departmentId') : null,
      status: args.status ?? null,
      limit: args.first,
    });
  }

  @Query(() => [TagCount], { description: 'Tags in use, most used first; `search` narrows to tags containing it.' })
  tags(
    @Args('search', { nullable: true }) search: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ) {
    if (first < 1 || first > 200) throw RequestErrors.outOfRange('first', 1, 200);
    return this.ideas.tags(search ?? '', first);
  }
}
