import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The attribution graph: departments, people, ideas, build-on edges, co-authors,
 * endorsements, comments, the materialised upstream credit and the hash-chained ledger.
 * Ids are bigint identities; the API exposes them only as Relay global ids.
 */
export class AttributionGraph1763900000000 implements MigrationInterface {
  name = 'AttributionGraph1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE TYPE person_role AS ENUM ('MEMBER', 'REVIEWER', 'ADMIN')`);
    await q.query(`CREATE TYPE idea_status AS ENUM ('NEW', 'UNDER_REVIEW', 'ACCEPTED', 'IMPLEMENTED', 'DECLINED')`);
    await q.query(`CREATE TYPE idea_relation AS ENUM ('EXTENDS', 'COMBINES', 'REFINES')`);
    await q.query(`CREATE TYPE authorship_state AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED')`);

    await q.query(`
      CREATE TABLE departments (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX departments_name_key ON departments (lower(name))`);

    await q.query(`
      CREATE TABLE people (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        email text NOT NULL,
        title text NOT NULL DEFAULT '',
        department_id bigint NOT NULL REFERENCES departments (id),
        role person_role NOT NULL DEFAULT 'MEMBER',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX people_email_key ON people (lower(email))`);
    await q.query(`CREATE INDEX people_department_idx ON people (department_id)`);
    await q.query(`CREATE INDEX people_name_trgm_idx ON people USING gin (name gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE ideas (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) <= 20000),
        tags text[] NOT NULL DEFAULT '{}',
        status idea_status NOT NULL DEFAULT 'NEW',
        -- rho_v: the part of the idea's value that is its own (1 for roots)
        retention double precision NOT NULL DEFAULT 1 CHECK (retention > 0 AND retention <= 1),
        posted_by bigint NOT NULL REFERENCES people (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- kept in the same transaction as the endorsement / build-on, so ordering needs no aggregate
        endorsement_count integer NOT NULL DEFAULT 0,
        build_on_count integer NOT NULL DEFAULT 0,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
        ) STORED
      )`);
    await q.query(`CREATE INDEX ideas_newest_idx ON ideas (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX ideas_endorsed_idx ON ideas (endorsement_count DESC, id DESC)`);
    await q.query(`CREATE INDEX ideas_built_on_idx ON ideas (build_on_count DESC, id DESC)`);
    await q.query(`CREATE INDEX ideas_posted_by_idx ON ideas (posted_by)`);
    await q.query(`CREATE INDEX ideas_tags_idx ON ideas USING gin (tags)`);
    await q.query(`CREATE INDEX ideas_search_idx ON ideas USING gin (search)`);
    await q.query(`CREATE INDEX ideas_title_trgm_idx ON ideas USING gin (title gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE idea_edges (
        child_id bigint NOT NULL REFERENCES ideas (id),
        parent_id bigint NOT NULL REFERENCES ideas (id),
        relation idea_relation NOT NULL,
        -- the author's split over parents (raw positive weights, normalised by the credit engine)
        weight double precision NOT NULL CHECK (weight > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (child_id, parent_id),
        CHECK (child_id <> parent_id)
      )`);
    await q.query(`CREATE INDEX idea_edges_parent_idx ON idea_edges (parent_id, child_id)`);

    await q.query(`
      CREATE TABLE idea_authors (
        idea_id bigint NOT NULL REFERENCES ideas (id),
        person_id bigint NOT NULL REFERENCES people (id),
        state authorship_state NOT NULL,
        invited_by bigint REFERENCES people (id),
        invited_at timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        PRIMARY KEY (idea_id, person_id)
      )`);
    await q.query(`CREATE INDEX idea_authors_person_idx ON idea_authors (person_id, idea_id) WHERE state = 'ACCEPTED'`);

    await q.query(`
      CREATE TABLE endorsements (
        idea_id bigint NOT NULL REFERENCES ideas (id),
        person_id bigint NOT NULL REFERENCES people (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, person_id)
      )`);
    await q.query(`CREATE INDEX endorsements_person_idx ON endorsements (person_id)`);

    await q.query(`
      CREATE TABLE comments (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        idea_id bigint NOT NULL REFERENCES ideas (id),
        author_id bigint NOT NULL REFERENCES people (id),
        reply_to_id bigint REFERENCES comments (id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX comments_idea_idx ON comments (idea_id, created_at, id)`);

    // u_v, materialised: person -> share of idea v including what v built on (sums to 1 per idea)
    await q.query(`
      CREATE TABLE idea_upstream_credit (
        idea_id bigint NOT NULL REFERENCES ideas (id),
        person_id bigint NOT NULL REFERENCES people (id),
        share double precision NOT NULL CHECK (share > 0 AND share <= 1),
        PRIMARY KEY (idea_id, person_id)
      )`);
    await q.query(`CREATE INDEX idea_upstream_credit_person_idx ON idea_upstream_credit (person_id)`);

    await q.query(`
      CREATE TABLE ledger_entries (
        seq bigint PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        event_type text NOT NULL,
        actor_id bigint,
        payload jsonb NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);

    await q.query(`
      CREATE TABLE api_tokens (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        person_id bigint NOT NULL REFERENCES people (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['api_tokens', 'ledger_entries', 'idea_upstream_credit', 'comments', 'endorsements', 'idea_authors', 'idea_edges', 'ideas', 'people', 'departments']) {
      await q.query(`DROP TABLE ${table}`);
    }
    for (const type of ['authorship_state', 'idea_relation', 'idea_status', 'person_role']) await q.query(`DROP TYPE ${type}`);
  }
}
