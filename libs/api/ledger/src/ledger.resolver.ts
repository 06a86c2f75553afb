import { Query, Resolver } from '@nestjs/graphql';
import { LedgerVerification } from './models/ledger-verification.model';
import { LedgerService } from './ledger.service';

@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Query(() => LedgerVerification, { description: 'Re-hashes the credit ledger: anyone can check that no recorded contribution was edited or removed.' })
  verifyLedger(): Promise<LedgerVerification> {
    return this.ledger.verify();
  }
}
