export * from './models/person.model';
export * from './people.loaders';
export * from './people.service';
export * from './people.module';
export * from './people.errors';
