import { Query, Resolver } from '@nestjs/graphql';
import { LedgerVerification } from './models/ledger-verification.model';
import { LedgerService } from './ledger.service';

@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Query(() => LedgerVerification, {
    description: 'Checks the credit ledger: anyone can check that no recorded contribution was edited or removed, and that the live tables agree with it.',
  })
  async verifyLedger(): Promise<LedgerVerification> {
    const { intact, checkedEntries, firstBrokenSeq, problem, problems, anchoredEntries } = await this.ledger.verifyShared();
    return { intact, checkedEntries, firstBrokenSeq, problem, problems, anchoredEntries };
  }
}
