import { DeliveryReason } from '@kindling/shared/errors';
import { KindlingError } from '@kindling/api/core';

/** The ways a dead-letter request is refused. */
export const DeliveryErrors = {
  invalidId: (field: string) => new KindlingError(DeliveryReason.JOB_ID_INVALID, 'Not a job id (a UUID).', field),
  notFound: (count: number) =>
    new KindlingError(DeliveryReason.FAILED_JOB_NOT_FOUND, `${count} of these jobs do not exist or are not failed (any more); nothing was retried.`, 'ids'),
  target: (message: string) => new KindlingError(DeliveryReason.RETRY_TARGET, message, 'ids'),
};
