export * from './mail.module';
export * from './mail.settings';
export * from './mail.service';
export * from './mail.relay';
export * from './unsubscribe.routes';
export * from './models/language.model';
