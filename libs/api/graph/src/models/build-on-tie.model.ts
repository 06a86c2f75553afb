import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@kindling/api/core';

@ObjectType({ description: 'A colleague on the other end of build-ons: someone whose ideas a person built on, or who built on theirs.' })
export class BuildOnTie {
  personLocalId!: string;
  @Field(() => Int, { description: 'How many build-ons connect the two (distinct ideas built on top).' }) buildOns!: number;
  @Field(() => GraphQLISODateTime, { description: 'When the latest of those build-on links was made.' }) lastBuiltAt!: Date;
}

@ObjectType()
export class BuildOnTieConnection extends ConnectionType(BuildOnTie, 'BuildOnTie') {
  @Field(() => Int) totalCount!: number;
}
