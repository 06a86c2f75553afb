export * from './models/scoring.model';
export * from './scoring.commands';
export * from './scoring.events';
export * from './scoring.service';
export * from './scoring.loaders';
export * from './scoring.module';
