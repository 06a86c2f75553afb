import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface FeedEventRow {
  seq: string;
  type: string;
  payload: Record<string, unknown>;
}

/** The live domain's SQL: it reads the outbox by sequence number, nothing else. */
@Injectable()
export class LiveRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async lastSeq(): Promise<string> {
    const [row] = await this.db.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM outbox_events`);
    return row.seq;
  }

  eventsAfter(seq: string, limit: number): Promise<FeedEventRow[]> {
    return this.db.query(`SELECT seq::text, type, payload FROM outbox_events WHERE seq > $1 ORDER BY seq LIMIT $2`, [seq, limit]);
  }
}
