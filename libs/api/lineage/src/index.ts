export * from './models/lineage.model';
export * from './lineage.service';
export * from './lineage.module';
