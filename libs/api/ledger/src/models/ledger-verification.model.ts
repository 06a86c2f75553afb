import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The result of re-hashing the whole credit ledger.' })
export class LedgerVerification {
  @Field({ description: 'True when every entry is present, unaltered and linked to the one before.' })
  intact!: boolean;
  @Field(() => Int) checkedEntries!: number;
  @Field(() => Int, { nullable: true, description: 'The first entry that is missing, altered or unlinked.' })
  firstBrokenSeq!: number | null;
  @Field(() => String, { nullable: true }) problem!: string | null;
}
