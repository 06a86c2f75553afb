import { NotificationReason } from '@kindling/shared/errors';
import { KindlingError } from '@kindling/api/core';

export const NotificationErrors = {
  notFound: (index: number) =>
    new KindlingError(NotificationReason.NOTIFICATION_NOT_FOUND, 'No notification of yours has this id: nothing was marked read.', `ids[${index}]`),
  idsOrAll: () => new KindlingError(NotificationReason.IDS_OR_ALL, 'Give either ids or all: true.', 'ids'),
  duplicateKind: (index: number) => new KindlingError(NotificationReason.DUPLICATE_KIND, 'Each kind may be set once.', `kinds[${index}]`),
};
