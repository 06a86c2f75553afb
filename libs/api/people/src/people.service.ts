import { Injectable } from '@nestjs/common';
import { CURSOR_KEYS, type Connection, type PageArgs, type Queryable, RequestErrors, isKeysetCursor, pageRequest, toConnection } from '@kindling/api/core';
import { PeopleErrors } from './people.errors';
import type { EmailFrequency, Language } from '@kindling/shared/rules';
import { Department, Person, type PersonContactRow, type PersonRow } from './models/person.model';

/** Longest people search (characters) and the words of it that count. */
export const PEOPLE_SEARCH_MAX = 100;
const PEOPLE_SEARCH_WORDS = 6;
import { PeopleRepository } from './people.repository';

@Injectable()
export class PeopleService {
  constructor(private readonly repository: PeopleRepository) {}

  async departments(): Promise<Department[]> {
    return (await this.repository.allDepartments()).map(Department.from);
  }

  /**
   * People by name (or e-mail, unless `namesOnly`), alphabetically; `departmentId` narrows to one department.
   * Every word of `search` must begin a word of the name, in any order, ignoring case and accents.
   */
  async list(query: { page: PageArgs; search: string | null; departmentId: string | null; namesOnly?: boolean }): Promise<Connection<Person>> {
    const page = pageRequest(query.page);
    if (page.cursor && !isKeysetCursor(page.cursor, CURSOR_KEYS.text)) throw RequestErrors.invalidCursor('cursor', String(query.page.after ?? query.page.before));
    const search = query.search?.trim() ?? '';
    if (search.length > PEOPLE_SEARCH_MAX) throw PeopleErrors.searchTooLong(PEOPLE_SEARCH_MAX);
    // only words with a letter or digit: punctuation alone would match everyone
    const words = search.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).slice(0, PEOPLE_SEARCH_WORDS);
    if (search && words.length === 0) return toConnection<PersonRow, Person>([], page, (r) => [r.name, r.id], Person.from);
    const rows = await this.repository.list({ words, email: query.namesOnly ? null : search || null, departmentId: query.departmentId }, page);
    return toConnection(rows, page, (r) => [r.searchName, r.id], Person.from);
  }

  /** Addresses, languages and e-mail frequencies, for the mailer (inside the caller's transaction when given one). */
  contacts(ids: readonly string[], db?: Queryable): Promise<PersonContactRow[]> {
    return this.repository.contacts(ids, db);
  }

  /** Active people who chose digests of `frequency`. */
  withEmailFrequency(frequency: EmailFrequency): Promise<string[]> {
    return this.repository.withEmailFrequency(frequency);
  }

  /** The language e-mail speaks to the person in, chosen or seen in their browser (inside the caller's write). */
  setLanguage(db: Queryable, personId: string, language: Language, chosen: boolean): Promise<void> {
    return this.repository.setLanguage(db, personId, language, chosen);
  }

  /** How often the person gets e-mail (inside the caller's write). */
  setEmailFrequency(db: Queryable, personId: string, frequency: EmailFrequency): Promise<void> {
    return this.repository.setEmailFrequency(db, personId, frequency);
  }

  /** Every active admin (e.g. to hear of a disabled webhook endpoint). */
  activeAdminIds(): Promise<string[]> {
    return this.repository.activeAdminIds();
  }

  /** Refuses a person who does not exist or has left (e.g. as a co-author to invite). */
  async requireActive(db: Queryable, personId: string, field = 'personId'): Promise<void> {
    if (!(await this.repository.isActive(db, personId))) throw PeopleErrors.personNotFound(personId, field);
  }
}
