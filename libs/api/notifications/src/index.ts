export * from './notifications.module';
export * from './notifications.consumer';
export * from './notifications.service';
export * from './models/notification.model';
export { NOTIFICATION_CHANNEL } from './notifications.repository';
