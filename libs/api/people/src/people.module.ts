import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@kindling/api/core';
import { PeopleService } from './people.service';
import { DepartmentResolver, PeopleResolver } from './people.resolver';

@Module({
  providers: [PeopleService, PeopleResolver, DepartmentResolver],
  exports: [PeopleService],
})
export class PeopleModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly people: PeopleService,
  ) {}

  onModuleInit() {
    this.nodes.register('Person', (ctx, ids) => this.people.loaders(ctx).person.loadMany(ids) as Promise<Array<object | null>>);
    this.nodes.register('Department', (ctx, ids) => this.people.loaders(ctx).department.loadMany(ids) as Promise<Array<object | null>>);
  }
}
