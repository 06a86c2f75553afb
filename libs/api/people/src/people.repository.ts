import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PageRequest, Queryable } from '@kindling/api/core';
import type { EmailFrequency, Language } from '@kindling/shared/rules';
import type { DepartmentRow, PersonContactRow, PersonRow, PersonWithDepartmentRow } from './models/person.model';

const PERSON_COLUMNS = `p.id::text AS id, p.name, p.email, p.title, p.department_id::text AS "departmentId", p.role, p.active`;

/** All of the people domain's SQL: people and departments. */
@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  departments(ids: readonly string[]): Promise<DepartmentRow[]> {
    return this.db.query(`SELECT id::text AS id, name FROM departments WHERE id = ANY($1::bigint[])`, [ids]);
  }

  async activeAdminIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(`SELECT id::text AS id FROM people WHERE role = 'ADMIN' AND active ORDER BY id`);
    return rows.map((r) => r.id);
  }

  allDepartments(): Promise<DepartmentRow[]> {
    return this.db.query(`SELECT id::text AS id, name FROM departments ORDER BY departments.name, departments.id`);
  }

  /** People with their department's name, so one statement fills both loaders. */
  people(ids: readonly string[]): Promise<PersonWithDepartmentRow[]> {
    return this.db.query(
      `SELECT ${PERSON_COLUMNS}, d.name AS "departmentName" FROM people p JOIN departments d ON d.id = p.department_id WHERE p.id = ANY($1::bigint[])`,
      [ids],
    );
  }

  /** How to reach people by e-mail: address, language, e-mail frequency (people.language, people.email_frequency). */
  contacts(ids: readonly string[], db: Queryable = this.db): Promise<PersonContactRow[]> {
    return db.query(
      `SELECT id::text AS id, name, email, language, language_chosen AS "languageChosen", email_frequency AS "emailFrequency", active FROM people WHERE id = ANY($1::bigint[])`,
      [ids],
    );
  }

  /** Active people who get digests of `frequency`. */
  async withEmailFrequency(frequency: EmailFrequency): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(`SELECT id::text AS id FROM people WHERE active AND email_frequency = $1 ORDER BY id`, [frequency]);
    return rows.map((r) => r.id);
  }

  /** A choice always counts; a language merely seen in a browser never replaces a choice. */
  async setLanguage(db: Queryable, personId: string, language: Language, chosen: boolean): Promise<void> {
    await db.query(`UPDATE people SET language = $2, language_chosen = language_chosen OR $3 WHERE id = $1 AND ($3 OR NOT language_chosen)`, [
      personId,
      language,
      chosen,
    ]);
  }

  async setEmailFrequency(db: Queryable, personId: string, frequency: EmailFrequency): Promise<void> {
    await db.query(`UPDATE people SET email_frequency = $2 WHERE id = $1`, [personId, frequency]);
  }

  async isActive(db: Queryable, personId: string): Promise<boolean> {
    const [row] = await db.query(`SELECT 1 FROM people WHERE id = $1 AND active`, [personId]);
    return !!row;
  }

  /**
   * Active people by name (or e-mail), alphabetically ignoring accents, keyset-paged on (search_name, id). Each word of the search is a
   * prefix of a word of the name, in any order, ignoring case and accents (`f_search_words`, served by the
   * trigram index on `search_name`); `email`, when given, may instead be part of the e-mail address.
   */
  list(filter: { words: readonly string[]; email: string | null; departmentId: string | null }, page: PageRequest): Promise<Array<PersonRow & { searchName: string }>> {
    const params: unknown[] = [];
    const where: string[] = ['active'];
    if (filter.words.length) {
      const words = filter.words.map((word) => {
        params.push(word);
        return `p.search_name LIKE '%' || f_search_words($${params.length}) || '%'`;
      });
      let match = words.join(' AND ');
      if (filter.email) {
        params.push(`%${filter.email.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        match = `(${match}) OR p.email ILIKE $${params.length}`;
      }
      where.push(`(${match})`);
    }
    if (filter.departmentId) {
      params.push(filter.departmentId);
      where.push(`department_id = $${params.length}`);
    }
    if (page.cursor) {
      params.push(page.cursor[0], page.cursor[1]);
      where.push(`(p.search_name, p.id) ${page.backward ? '<' : '>'} ($${params.length - 1}::text, $${params.length}::bigint)`);
    }
    params.push(page.limit + 1);
    const dir = page.backward ? 'DESC' : 'ASC';
    return this.db.query(
      `SELECT ${PERSON_COLUMNS}, p.search_name AS "searchName" FROM people p WHERE ${where.join(' AND ')} ORDER BY p.search_name ${dir}, p.id ${dir} LIMIT $${params.length}`,
      params,
    );
  }
}
