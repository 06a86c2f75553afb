export * from './models/idea.model';
export * from './models/payloads.model';
export * from './dto/graph.inputs';
export * from './graph.commands';
export * from './graph.events';
export * from './graph.loaders';
export * from './graph.service';
export * from './graph.module';
export type { LineageEdgeRow } from './graph.repository';
