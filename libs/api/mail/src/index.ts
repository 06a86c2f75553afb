export * from './mail.module';
