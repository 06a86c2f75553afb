export * from './entities/idea.entity';
export * from './models/idea.model';
export * from './graph.queries';
export * from './graph-change.listeners';
export * from './ideas.service';
export * from './ideas.module';
