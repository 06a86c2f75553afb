export * from './live.module';
