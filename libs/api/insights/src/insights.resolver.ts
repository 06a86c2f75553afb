import { Args, ArgsType, Context, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type RequestContext, Roles, localId } from '@kindling/api/core';
import { Department, PeopleErrors, PeopleLoaders, Person } from '@kindling/api/people';
import { InsightsService } from './insights.service';
import { DepartmentResponseTimes, MetricsPeriod, ReviewMetrics, ReviewerResponseTimes, SiloMap } from './models/insights.model';

@ArgsType()
export class ReviewMetricsArgs {
  @Field(() => MetricsPeriod, { defaultValue: MetricsPeriod.LAST_365_DAYS }) period!: MetricsPeriod;
  @Field(() => ID, { nullable: true, description: 'Only ideas posted by people of this department (and its part of the queue).' }) departmentId?: string;
}

@ArgsType()
export class SiloMapArgs {
  @Field(() => MetricsPeriod, { defaultValue: MetricsPeriod.LAST_365_DAYS }) period!: MetricsPeriod;
}

/** The leadership dashboard's queries: reviewers and admins only. */
@Roles('REVIEWER')
@Resolver()
export class InsightsResolver {
  constructor(
    private readonly insights: InsightsService,
    private readonly people: PeopleLoaders,
  ) {}

  @Query(() => ReviewMetrics, { description: 'Time to first response against the promise, per department, per reviewer and over time; the queue’s age. Reviewers and admins.' })
  async reviewMetrics(@Args() args: ReviewMetricsArgs, @Context() ctx: RequestContext) {
    const departmentId = args.departmentId ? localId('Department', args.departmentId, 'departmentId') : null;
    if (departmentId && !(await this.people.for(ctx).department.load(departmentId))) throw PeopleErrors.departmentNotFound(args.departmentId!);
    return this.insights.reviewMetrics(args.period, departmentId);
  }

  @Query(() => SiloMap, { description: 'The department × department matrix of build-ons (whose ideas each department builds on) and the cross-department share over time. Reviewers and admins.' })
  siloMap(@Args() args: SiloMapArgs) {
    return this.insights.siloMap(args.period);
  }
}

@Resolver(() => ReviewMetrics)
export class ReviewMetricsResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Department, { nullable: true })
  department(@Parent() metrics: ReviewMetrics, @Context() ctx: RequestContext) {
    return metrics.departmentId ? this.people.for(ctx).department.load(metrics.departmentId) : null;
  }
}

@Resolver(() => DepartmentResponseTimes)
export class DepartmentResponseTimesResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Department)
  department(@Parent() row: DepartmentResponseTimes, @Context() ctx: RequestContext) {
    return this.people.for(ctx).department.load(row.departmentId);
  }
}

@Resolver(() => ReviewerResponseTimes)
export class ReviewerResponseTimesResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person)
  reviewer(@Parent() row: ReviewerResponseTimes, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(row.reviewerId);
  }
}
