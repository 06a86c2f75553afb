import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@kindling/api/core';
import { IdeaLink } from './idea.model';

@ObjectType()
export class IdeaLinkConnection extends ConnectionType(IdeaLink, 'IdeaLink') {
  @Field(() => Int) totalCount!: number;
}
