import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that end and tokens people can manage. A session is a server-side record of a browser sign-in:
 * the cookie carries a random secret, the table only its SHA-256 hash; it ends when idle, at its absolute
 * expiry, at sign-out or when rotated. API tokens get scopes and an expiry (tokens from before this
 * migration keep full access and expire 90 days from now), and their last use is recorded.
 */
export class SessionsAndTokens1764700000000 implements MigrationInterface {
  name = 'SessionsAndTokens1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sessions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        person_id bigint NOT NULL REFERENCES people (id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text,
        ip text
      )`);
    await q.query(`CREATE INDEX sessions_person ON sessions (person_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE TYPE api_token_scope AS ENUM ('READ', 'WRITE')`);
    await q.query(`ALTER TABLE api_tokens ADD COLUMN scopes api_token_scope[] NOT NULL DEFAULT '{READ,WRITE}'`);
    await q.query(`ALTER TABLE api_tokens ALTER COLUMN scopes DROP DEFAULT`);
    await q.query(`ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_scopes CHECK (cardinality(scopes) > 0)`);
    await q.query(`ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz NOT NULL DEFAULT now() + interval '90 days'`);
    await q.query(`ALTER TABLE api_tokens ALTER COLUMN expires_at DROP DEFAULT`);
    await q.query(`CREATE INDEX api_tokens_person ON api_tokens (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX api_tokens_person`);
    await q.query(`ALTER TABLE api_tokens DROP COLUMN expires_at, DROP COLUMN scopes`);
    await q.query(`DROP TYPE api_token_scope`);
    await q.query(`DROP TABLE sessions`);
  }
}
