import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@kindling/api/core';

/** All of identity's SQL: who a token or a session acts as, and the tokens themselves (hashes only). */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async viewerOfToken(tokenHash: string): Promise<Viewer | null> {
    const [row] = await this.db.query(
      `SELECT p.id::text AS id, p.role FROM api_tokens t JOIN people p ON p.id = t.person_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND p.active`,
      [tokenHash],
    );
    return row ?? null;
  }

  async activePerson(personId: string): Promise<Viewer | null> {
    const [row] = await this.db.query(`SELECT id::text AS id, role FROM people WHERE id = $1 AND active`, [personId]);
    return row ?? null;
  }

  async insertToken(personId: string, name: string, tokenHash: string): Promise<void> {
    await this.db.query(`INSERT INTO api_tokens (person_id, name, token_hash) VALUES ($1, $2, $3)`, [personId, name, tokenHash]);
  }
}
