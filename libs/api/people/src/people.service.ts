import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { type Connection, type PageArgs, type RequestContext, perRequest, pageRequest, toConnection } from '@kindling/api/core';
import { Department, Person } from './models/person.model';

const PERSON_COLUMNS = `id::text AS id, name, email, title, department_id::text AS "departmentId", role, active`;

@Injectable()
export class PeopleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** This request's loaders: people and departments by id, batched. */
  loaders(ctx: RequestContext) {
    return perRequest(ctx, this, () => ({
      person: new DataLoader<string, Person | null>(async (ids) => {
        const rows = await this.db.query(`SELECT ${PERSON_COLUMNS} FROM people WHERE id = ANY($1::bigint[])`, [ids]);
        const byId = new Map<string, Person>(rows.map((r: Person) => [r.id, Person.from(r as never)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      department: new DataLoader<string, Department | null>(async (ids) => {
        const rows = await this.db.query(`SELECT id::text AS id, name FROM departments WHERE id = ANY($1::bigint[])`, [ids]);
        const byId = new Map<string, Department>(rows.map((r: { id: string; name: string }) => [r.id, Department.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    }));
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
      `SELECT ${PERSON_COLUMNS} FROM people WHERE ${where.join(' AND ')} ORDER BY people.name ${dir}, people.id ${dir} LIMIT $${params.length}`,
      params,
    );
    return toConnection(rows, page, (r: { name: string; id: string }) => [r.name, r.id], (r) => Person.from(r as never));
  }
}
