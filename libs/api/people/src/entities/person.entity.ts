import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@kindling/api/core';

@Entity('people')
export class PersonEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  email!: string;

  @Column('text')
  title!: string;

  @Column({ name: 'department_id', type: 'bigint' })
  departmentId!: string;

  @Column({ type: 'enum', enum: ['MEMBER', 'REVIEWER', 'ADMIN'], enumName: 'person_role' })
  role!: Role;

  @Column('boolean')
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
