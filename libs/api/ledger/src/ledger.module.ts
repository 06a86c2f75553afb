import { Module } from '@nestjs/common';
import { LedgerResolver } from './ledger.resolver';
import { LedgerRecorder } from './ledger.recorder';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';

@Module({ providers: [LedgerRepository, LedgerService, LedgerResolver, LedgerRecorder], exports: [LedgerService, LedgerRecorder] })
export class LedgerModule {}
