import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type Connection, type PageArgs, type RequestContext, perRequest, pageRequest, toConnection } from '@kindling/api/core';
import type { PersonEntity } from './entities/person.entity';
import { Department, Person } from './models/person.model';

const PERSON_COLUMNS = `p.id::text AS id, p.name, p.email, p.title, p.department_id::text AS "departmentId", p.role, p.active`;

/**
 * A person (table alias `p`) with their department's name (alias `d`): one statement fills both loaders,
 * so `Person.department` needs no query of its own. Read such rows into a request with `remember`.
 */
export const PERSON_WITH_DEPARTMENT = `${PERSON_COLUMNS}, d.name AS "departmentName"`;

export type PersonWithDepartmentRow = Pick<PersonEntity, 'id' | 'name' | 'email' | 'title' | 'departmentId' | 'role' | 'active'> & { departmentName: string };

@Injectable()
export class PeopleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** This request's loaders: people and departments by id, batched. Loading a person also loads their department. */
  loaders(ctx: RequestContext) {
    return perRequest(ctx, this, () => {
      const department = new DataLoader<string, Department | null>(async (ids) => {
        const rows = await this.db.query(`SELECT id::text AS id, name FROM departments WHERE id = ANY($1::bigint[])`, [ids]);
        const byId = new Map<string, Department>(rows.map((r: { id: string; name: string }) => [r.id, Department.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      const person = new DataLoader<string, Person | null>(async (ids) => {
        const rows: PersonWithDepartmentRow[] = await this.db.query(
          `SELECT ${PERSON_WITH_DEPARTMENT} FROM people p JOIN departments d ON d.id = p.department_id WHERE p.id = ANY($1::bigint[])`,
          [ids],
        );
        const byId = new Map(rows.map((r) => [r.id, withDepartment(r, department)]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      return { person, department };
    });
  }

  /** People read by another statement with PERSON_WITH_DEPARTMENT (e.g. an idea's authors): primes this request's loaders with them. */
  remember(ctx: RequestContext, rows: readonly PersonWithDepartmentRow[]): Person[] {
    const { person, department } = this.loaders(ctx);
    return rows.map((r) => {
      const p = withDepartment(r, department);
      person.prime(p.localId, p);
      return p;
    });
  }

  async departments(): Promise<Department[]> {
    const rows = await this.db.query(`SELECT id::text AS id, name FROM departments ORDER BY departments.name, departments.id`);
    return rows.map(Department.from);
  }

  /** People by name (or e-mail), alphabetically; `departmentId` narrows to one department. */
  async list(args: PageArgs & { search?: string | null; departmentId?: string | null }): Promise<Connection<Person>> {
    const page = pageRequest(args);
    const params: unknown[] = [];
    const where: string[] = ['active'];
    if (args.search?.trim()) {
      params.push(`%${args.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(name ILIKE $${params.length} OR email ILIKE $${params.length})`);
    }
    if (args.departmentId) {
      params.push(args.departmentId);
      where.push(`department_id = $${params.length}`);
    }
    if (page.cursor) {
      params.push(page.cursor[0], page.cursor[1]);
      where.push(`(name, id) ${page.backward ? '<' : '>'} ($${params.length - 1}::text, $${params.length}::bigint)`);
    }
    params.push(page.limit + 1);
    const dir = page.backward ? 'DESC' : 'ASC';
    const rows = await this.db.query(
      `SELECT ${PERSON_COLUMNS} FROM people p WHERE ${where.join(' AND ')} ORDER BY p.name ${dir}, p.id ${dir} LIMIT $${params.length}`,
      params,
    );
    return toConnection(rows, page, (r: { name: string; id: string }) => [r.name, r.id], (r) => Person.from(r as never));
  }
}

/** The person of a row, after priming the department loader with the row's department. */
function withDepartment(row: PersonWithDepartmentRow, department: DataLoader<string, Department | null>): Person {
  department.prime(row.departmentId, Department.from({ id: row.departmentId, name: row.departmentName }));
  return Person.from(row);
}
