import { Injectable } from '@nestjs/common';
import { CURSOR_KEYS, type Connection, type PageArgs, type Queryable, RequestErrors, isKeysetCursor, pageRequest, toConnection } from '@kindling/api/core';
import { PeopleErrors } from './people.errors';
import { Department, Person } from './models/person.model';
import { PeopleRepository } from './people.repository';

@Injectable()
export class PeopleService {
  constructor(private readonly repository: PeopleRepository) {}

  async departments(): Promise<Department[]> {
    return (await this.repository.allDepartments()).map(Department.from);
  }

  /** People by name (or e-mail, unless `namesOnly`), alphabetically; `departmentId` narrows to one department. */
  async list(query: { page: PageArgs; search: string | null; departmentId: string | null; namesOnly?: boolean }): Promise<Connection<Person>> {
    const page = pageRequest(query.page);
    if (page.cursor && !isKeysetCursor(page.cursor, CURSOR_KEYS.text)) throw RequestErrors.invalidCursor('cursor', String(query.page.after ?? query.page.before));
    const rows = await this.repository.list({ search: query.search?.trim() || null, departmentId: query.departmentId, namesOnly: query.namesOnly ?? false }, page);
    return toConnection(rows, page, (r) => [r.name, r.id], Person.from);
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
