export * from './entities/department.entity';
export * from './entities/person.entity';
export * from './models/person.model';
export * from './people.service';
export * from './people.module';
