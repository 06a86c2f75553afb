export * from './insights.module';
