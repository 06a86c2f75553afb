import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@kindling/api/core';
import { PersonIdeaCredit } from './credit.model';

@ObjectType()
export class PersonCreditConnection extends ConnectionType(PersonIdeaCredit, 'PersonIdeaCredit') {
  @Field(() => Int) totalCount!: number;
}
