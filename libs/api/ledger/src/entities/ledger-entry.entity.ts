import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('ledger_entries')
export class LedgerEntryEntity {
  @PrimaryColumn('bigint')
  seq!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ name: 'actor_id', type: 'bigint', nullable: true })
  actorId!: string | null;

  @Column('jsonb')
  payload!: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;

  @Column('text')
  hash!: string;
}
