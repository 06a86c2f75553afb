import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AuthorShare } from '@kindling/api/graph';

@ObjectType({ description: 'One person’s share of an idea’s credit now and with the previewed split.' })
export class CoAuthorPreviewShare {
  personLocalId!: string;
  @Field(() => Int, { description: 'Their share of the idea’s credit with the split, in ppm (an idea’s shares add up to 1,000,000).' }) ppm!: number;
  @Field(() => Int, { description: 'Their share of the idea’s credit as it is now, in ppm.' }) currentPpm!: number;
}

@ObjectType({ description: 'What a split between an idea’s authors would do to its credit, computed by the credit engine.' })
export class CoAuthorPreview {
  @Field(() => [AuthorShare], { description: 'The split previewed (the authors’ part, a_v), in ppm.' }) split!: AuthorShare[];
  @Field(() => [CoAuthorPreviewShare], {
    description: 'Everyone who holds a share of the idea now or with the split, largest first: the authors’ shares include what they hold through the idea’s parents and build-ons.',
  })
  shares!: CoAuthorPreviewShare[];
}
