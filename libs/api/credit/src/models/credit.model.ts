import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TrailTermKind {
  AUTHOR = 'AUTHOR',
  INHERITED = 'INHERITED',
  POOL = 'POOL',
}
registerEnumType(TrailTermKind, {
  name: 'TrailTermKind',
  valuesMap: {
    AUTHOR: { description: 'Own authorship of this idea.' },
    INHERITED: { description: 'Inherited through a parent this idea builds on (`via`); drill into that parent’s upstreamCredit trail.' },
    POOL: { description: 'The extender pool: a share for a build-on (`via`) the person authored below this idea.' },
  },
});

@ObjectType({ description: 'One person’s share of an idea’s credit.' })
export class CreditShare {
  personLocalId!: string;
  @Field(() => Int, { description: 'Parts per million; the shares of an idea add up to exactly 1,000,000.' }) ppm!: number;
  @Field(() => Float, { description: 'ppm / 10,000, e.g. 23.4567.' }) percent!: number;
  @Field(() => Float, { description: 'The exact share, 0–1.' }) share!: number;
}

@ObjectType({ description: 'One term of a credit trail.' })
export class CreditTrailTerm {
  viaLocalId!: string | null;
  @Field(() => TrailTermKind) kind!: TrailTermKind;
  @Field(() => Int, { description: 'Parts per million of the idea; a trail’s terms add up to the person’s ppm.' }) ppm!: number;
  @Field(() => Float) percent!: number;
  @Field(() => Float) share!: number;
}

@ObjectType({ description: 'Why a person holds their share: terms that add up to it exactly.' })
export class CreditTrail {
  personLocalId!: string;
  @Field(() => Int) ppm!: number;
  @Field(() => Float) percent!: number;
  @Field(() => Float) share!: number;
  @Field(() => [CreditTrailTerm]) terms!: CreditTrailTerm[];
}

@ObjectType({ description: 'The credit of an idea (S_Y): what the idea page, boards and exports show.' })
export class IdeaCredit {
  ideaLocalId!: string;
  kind!: 'IDEA' | 'UPSTREAM';
  @Field(() => [CreditShare], { description: 'Everyone holding a share, largest first.' }) shares!: CreditShare[];
  @Field(() => Float, { description: 'B_Y: the part of this idea’s credit that went to people who built on it.' }) extenderPool!: number;
}

@ObjectType({ description: 'Upstream credit (u_v): the idea and everything it built on, without its build-ons. Drill target of INHERITED terms.' })
export class UpstreamCredit {
  ideaLocalId!: string;
  kind!: 'IDEA' | 'UPSTREAM';
  @Field(() => [CreditShare]) shares!: CreditShare[];
}

@ObjectType({ description: 'A person’s share of one idea.' })
export class PersonIdeaCredit {
  ideaLocalId!: string;
  @Field(() => Int) ppm!: number;
  @Field(() => Float) percent!: number;
  @Field(() => Float) share!: number;
}

@ObjectType({ description: 'The constants of the credit model (see docs/credit-model.md).' })
export class CreditModel {
  @Field(() => Float, { description: 'β: the most an idea’s extenders can hold together.' }) beta!: number;
  @Field(() => Float, { description: 'δ: how fast a build-on’s weight decays with depth.' }) delta!: number;
  @Field(() => Float, { description: 'q₀: what an unendorsed build-on weighs.' }) q0!: number;
  @Field(() => Float, { description: 'C₀: pool weight at which the pool reaches β.' }) c0!: number;
  @Field(() => Float, { description: 'ρ for a new build-on.' }) defaultRetention!: number;
  @Field(() => Float) minRetention!: number;
  @Field(() => Float) maxRetention!: number;
  @Field({ description: 'The model in one paragraph.' }) summary!: string;
}

