import { PeopleReason } from '@kindling/shared/errors';
import { KindlingError } from '@kindling/api/core';

export const PeopleErrors = {
  personNotFound: (id: string, field = 'personId') => new KindlingError(PeopleReason.PERSON_NOT_FOUND, `Person ${id} does not exist or has left.`, field),
  departmentNotFound: (id: string, field = 'departmentId') => new KindlingError(PeopleReason.DEPARTMENT_NOT_FOUND, `Department ${id} does not exist.`, field),
  searchTooLong: (max: number, field = 'search') => new KindlingError(PeopleReason.SEARCH_TOO_LONG, `A search may be at most ${max} characters long.`, field),
};
