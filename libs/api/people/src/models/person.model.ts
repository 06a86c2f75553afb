import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node, toGlobalId } from '@kindling/api/core';
import type { Role } from '@kindling/api/core';
import type { EmailFrequency, Language } from '@kindling/shared/rules';

/** A department as the repositories read it. */
export interface DepartmentRow {
  id: string;
  name: string;
}

/** A person as the repositories read it (ids as text). */
export interface PersonRow {
  id: string;
  name: string;
  email: string;
  title: string;
  departmentId: string;
  role: Role;
  active: boolean;
}

/** How to reach a person by e-mail, and in which language. */
export interface PersonContactRow {
  id: string;
  name: string;
  email: string;
  language: Language;
  /** Whether the person chose `language` with the switch (otherwise it is the one last seen in their browser). */
  languageChosen: boolean;
  emailFrequency: EmailFrequency;
  active: boolean;
}

/** A person with their department's name: what another domain's statement returns to prime the people loaders (PeopleLoaders.remember). */
export interface PersonWithDepartmentRow extends PersonRow {
  departmentName: string;
}

export enum PersonRole {
  MEMBER = 'MEMBER',
  REVIEWER = 'REVIEWER',
  ADMIN = 'ADMIN',
}
registerEnumType(PersonRole, { name: 'PersonRole', description: 'What a person may do beyond posting and building on ideas.' });

@ObjectType('Department', { implements: () => [Node] })
export class Department extends Node {
  readonly __typename = 'Department';
  localId!: string;
  @Field() name!: string;

  static from(row: DepartmentRow): Department {
    return Object.assign(new Department(), { id: toGlobalId('Department', row.id), localId: row.id, name: row.name });
  }
}

@ObjectType('Person', { implements: () => [Node], description: 'A contributor.' })
export class Person extends Node {
  readonly __typename = 'Person';
  localId!: string;
  departmentId!: string;
  @Field() name!: string;
  /** A field of PeopleResolver: only for a signed-in viewer. */
  email!: string;
  @Field() title!: string;
  /** A field of PeopleResolver: only for a signed-in viewer. */
  role!: Role;
  @Field() active!: boolean;

  static from(row: PersonRow): Person {
    return Object.assign(new Person(), {
      id: toGlobalId('Person', row.id),
      localId: String(row.id),
      departmentId: String(row.departmentId),
      name: row.name,
      email: row.email,
      title: row.title,
      role: row.role,
      active: row.active,
    });
  }
}

@ObjectType()
export class PersonConnection extends ConnectionType(Person, 'Person') {}
