import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a person chose their language with the switch. Only a choice makes a new device start in it; until then
 * the language is the one last seen in their browser, which e-mail uses. Dutch was only ever stored by a choice.
 */
export class LanguageChoice1764900000210 implements MigrationInterface {
  name = 'LanguageChoice1764900000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people ADD COLUMN language_chosen boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE people SET language_chosen = true WHERE language <> 'en'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE people DROP COLUMN language_chosen`);
  }
}
