import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Idea } from '@kindling/api/graph';

@ObjectType({ description: 'An existing idea that resembles a draft.' })
export class SimilarIdea {
  @Field(() => Idea) idea!: Idea;
  @Field(() => Float, { description: 'Higher is more alike; only the order is meaningful.' }) score!: number;
}

@ObjectType({ description: 'A tag and how many ideas carry it.' })
export class TagCount {
  @Field() tag!: string;
  @Field(() => Int) ideaCount!: number;
}
