import { Module, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@kindling/api/core';
import { PeopleLoaders } from './people.loaders';
import { PeopleRepository } from './people.repository';
import { DepartmentResolver, PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  providers: [PeopleRepository, PeopleService, PeopleLoaders, PeopleResolver, DepartmentResolver],
  exports: [PeopleService, PeopleLoaders],
})
export class PeopleModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly loaders: PeopleLoaders,
  ) {}

  onModuleInit() {
    this.nodes.register('Person', (ctx, ids) => this.loaders.for(ctx).person.loadMany(ids) as Promise<Array<object | null>>);
    this.nodes.register('Department', (ctx, ids) => this.loaders.for(ctx).department.loadMany(ids) as Promise<Array<object | null>>);
  }
}
