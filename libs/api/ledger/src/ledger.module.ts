import { type DynamicModule, Module } from '@nestjs/common';
import { LEDGER_SETTINGS, type LedgerSettings } from './ledger-anchors';
import { LedgerAnchorer } from './ledger.anchorer';
import { LedgerResolver } from './ledger.resolver';
import { LedgerRecorder } from './ledger.recorder';
import { LedgerRepository } from './ledger.repository';
import { LedgerService } from './ledger.service';

@Module({ providers: [LedgerRepository, LedgerService, LedgerResolver, LedgerRecorder, LedgerAnchorer], exports: [LedgerService, LedgerRecorder, LedgerAnchorer] })
export class LedgerModule {
  /** Where the anchors are kept and whether this process anchors; imported once by the app and by the CLI. */
  static settings(settings: LedgerSettings): DynamicModule {
    return { module: LedgerSettingsModule, global: true, providers: [{ provide: LEDGER_SETTINGS, useValue: settings }], exports: [LEDGER_SETTINGS] };
  }
}

@Module({})
class LedgerSettingsModule {}
