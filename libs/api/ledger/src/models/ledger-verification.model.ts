import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The result of checking the whole credit ledger: its hash chain, its anchors and the live tables against it.' })
export class LedgerVerification {
  @Field({ description: 'True when every entry is present, unaltered, linked to the one before and equal to its anchor, and the live tables hold exactly what the ledger replays to.' })
  intact!: boolean;
  @Field(() => Int) checkedEntries!: number;
  @Field(() => Int, { nullable: true, description: 'The first entry that is missing, altered, unlinked, differs from its anchor, or records a fact the live tables do not hold.' })
  firstBrokenSeq!: number | null;
  @Field(() => String, { nullable: true, description: 'The first problem, readable.' }) problem!: string | null;
  @Field(() => [String], { description: 'Every problem found (at most 100), beginning with `problem`.' }) problems!: string[];
  @Field(() => Int, { description: 'Entries compared with an anchor kept outside the database.' }) anchoredEntries!: number;
}
