import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns: a question reviewers ask with a deadline, the departments it asks (none: everyone), and the ideas
 * that answer it (an idea answers at most one campaign). A campaign is open until it is closed or its deadline
 * passes.
 */
export class Campaigns1764800000600 implements MigrationInterface {
  name = 'Campaigns1764800000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaigns (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        question text NOT NULL CHECK (length(question) BETWEEN 5 AND 200),
        description text NOT NULL CHECK (length(description) <= 20000),
        deadline timestamptz NOT NULL,
        opened_by bigint NOT NULL REFERENCES people (id),
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closed_by bigint REFERENCES people (id),
        CHECK ((closed_at IS NULL) = (closed_by IS NULL))
      )`);
    // the open list (soonest deadline first) and the closed list (most recently ended first)
    await q.query(`CREATE INDEX campaigns_deadline_idx ON campaigns (deadline, id)`);
    await q.query(`CREATE INDEX campaigns_ended_idx ON campaigns ((COALESCE(closed_at, deadline)), id)`);
    await q.query(`
      CREATE TABLE campaign_departments (
        campaign_id bigint NOT NULL REFERENCES campaigns (id),
        department_id bigint NOT NULL REFERENCES departments (id),
        PRIMARY KEY (campaign_id, department_id)
      )`);
    await q.query(`
      CREATE TABLE campaign_ideas (
        idea_id bigint PRIMARY KEY REFERENCES ideas (id),
        campaign_id bigint NOT NULL REFERENCES campaigns (id),
        answered_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX campaign_ideas_campaign_idx ON campaign_ideas (campaign_id, idea_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaign_ideas`);
    await q.query(`DROP TABLE campaign_departments`);
    await q.query(`DROP TABLE campaigns`);
  }
}
