export * from './auth.options';
export * from './auth.service';
export * from './auth.module';
