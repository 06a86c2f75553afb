import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { type RequestContext, perRequest } from '@kindling/api/core';
import { Department, Person, type PersonWithDepartmentRow } from './models/person.model';
import { PeopleRepository } from './people.repository';

/** People and departments by id, batched per request. Loading a person also loads their department. */
@Injectable()
export class PeopleLoaders {
  constructor(private readonly repository: PeopleRepository) {}

  for(ctx: RequestContext) {
    return perRequest(ctx, this, () => {
      const department = new DataLoader<string, Department | null>(async (ids) => {
        const byId = new Map((await this.repository.departments(ids)).map((r) => [r.id, Department.from(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      const person = new DataLoader<string, Person | null>(async (ids) => {
        const byId = new Map((await this.repository.people(ids)).map((r) => [r.id, withDepartment(r, department)]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      return { person, department };
    });
  }

  /** People another domain's statement read with their departments (e.g. an idea's authors): primes this request's loaders. */
  remember(ctx: RequestContext, rows: readonly PersonWithDepartmentRow[]): Person[] {
    const { person, department } = this.for(ctx);
    return rows.map((r) => {
      const p = withDepartment(r, department);
      person.prime(p.localId, p);
      return p;
    });
  }
}

/** The person of a row, after priming the department loader with the row's department. */
function withDepartment(row: PersonWithDepartmentRow, department: DataLoader<string, Department | null>): Person {
  department.prime(row.departmentId, Department.from({ id: row.departmentId, name: row.departmentName }));
  return Person.from(row);
}
