export { NotificationBell } from './notification-bell';
export { NotificationsPage } from './notifications-page';
export { NotificationSettingsPage } from './notification-settings-page';
export { FollowButton, followButtonFragment } from './follow-button';
