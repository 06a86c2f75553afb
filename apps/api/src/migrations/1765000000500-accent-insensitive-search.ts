import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accent- and case-insensitive search of people and ideas. `unaccent()` is only STABLE (its dictionary could be
 * swapped), so `f_unaccent` pins the dictionary and is IMMUTABLE: generated columns and indexes may use it.
 * `f_search_words` folds a text to ' word word …' (lower case, accents off, punctuation as spaces), so a prefix
 * of any word is `LIKE '% prefix%'`, which the trigram index serves. People get `search_name` (also their
 * alphabetical order, Ł with the L); the ideas' search vector and title matching use the folded text too (the
 * query side folds its words the same way).
 */
export class AccentInsensitiveSearch1765000000500 implements MigrationInterface {
  name = 'AccentInsensitiveSearch1765000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`
      CREATE FUNCTION f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await q.query(`
      CREATE FUNCTION f_search_words(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT ' ' || btrim(regexp_replace(lower(public.f_unaccent($1)), '[[:space:][:punct:]]+', ' ', 'g')) $$`);

    await q.query(`ALTER TABLE people ADD COLUMN search_name text GENERATED ALWAYS AS (f_search_words(name)) STORED`);
    await q.query(`CREATE INDEX people_search_name_trgm_idx ON people USING gin (search_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX people_search_name_idx ON people (search_name, id) WHERE active`);

    await q.query(`DROP INDEX ideas_search_idx`);
    await q.query(`ALTER TABLE ideas DROP COLUMN search`);
    await q.query(`
      ALTER TABLE ideas ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', f_unaccent(title)), 'A') || setweight(to_tsvector('simple', f_unaccent(body)), 'B')
      ) STORED`);
    await q.query(`CREATE INDEX ideas_search_idx ON ideas USING gin (search)`);
    await q.query(`CREATE INDEX ideas_title_words_trgm_idx ON ideas USING gin (f_search_words(title) gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ideas_title_words_trgm_idx`);
    await q.query(`DROP INDEX ideas_search_idx`);
    await q.query(`ALTER TABLE ideas DROP COLUMN search`);
    await q.query(`
      ALTER TABLE ideas ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
      ) STORED`);
    await q.query(`CREATE INDEX ideas_search_idx ON ideas USING gin (search)`);
    await q.query(`ALTER TABLE people DROP COLUMN search_name`);
    await q.query(`DROP FUNCTION f_search_words(text)`);
    await q.query(`DROP FUNCTION f_unaccent(text)`);
  }
}
