import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createI18n } from '@kindling/web/util';
import { describeError, isNotFound, retryFor } from './describe-error';
import { readRefusal } from './errors';

const refused = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'An English explanation from the server.', extensions }] });
const nl = createI18n('nl');

describe('API errors in the reader’s language', () => {
  it('reads the code, the reason and the field of the first error', () => {
    expect(readRefusal(refused({ code: 'CONFLICT', reason: 'ALREADY_AUTHOR', field: 'personId' }))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_AUTHOR', field: 'personId' });
  });

  it('words a refusal by its reason, with the limits in the language’s number format, never with the server’s text', () => {
    expect(describeError(nl.t, refused({ code: 'CONFLICT', reason: 'ALREADY_AUTHOR', field: 'personId' }))).toBe('Die persoon is al auteur van dit idee, of is al uitgenodigd.');
    expect(describeError(nl.t, refused({ code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LONG', field: 'body' }))).toBe('Een beschrijving heeft hoogstens 20.000 tekens.');
    expect(describeError(createI18n('en').t, refused({ code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LONG', field: 'body' }))).toBe('A description has at most 20,000 characters.');
  });

  it('falls back to the transport code when there is no reason it knows', () => {
    expect(describeError(nl.t, refused({ code: 'BAD_USER_INPUT' }))).toBe('Controleer je invoer.');
    expect(describeError(nl.t, refused({ code: 'CONFLICT', reason: 'A_REASON_FROM_A_NEWER_SERVER' }))).toBe('Dat botst met de huidige stand van zaken.');
    expect(describeError(nl.t, refused({ code: 'RATE_LIMITED' }))).toBe('Te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.');
    expect(describeError(nl.t, refused({ code: 'INTERNAL_SERVER_ERROR' }))).toBe('De server kon dat niet uitvoeren. Probeer het later opnieuw.');
  });

  it('says so when the server was not reached', () => {
    expect(readRefusal(new TypeError('Failed to fetch'))).toEqual({ code: 'network', reason: null, field: null });
    expect(describeError(nl.t, new TypeError('Failed to fetch'))).toBe('De server is niet bereikbaar. Controleer je verbinding.');
  });

  it('tells a page id that names nothing (malformed, another type, unknown) from a failure a retry can help', () => {
    for (const extensions of [{ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' }, { code: 'BAD_USER_INPUT', reason: 'WRONG_ID_TYPE' }, { code: 'NOT_FOUND' }]) {
      expect(isNotFound(refused(extensions))).toBe(true);
      expect(retryFor(refused(extensions), () => undefined)).toBeUndefined();
    }
    expect(isNotFound(refused({ code: 'BAD_USER_INPUT', reason: 'TITLE_TOO_LONG' }))).toBe(false);
    let retried = 0;
    for (const error of [new TypeError('Failed to fetch'), refused({ code: 'RATE_LIMITED' }), refused({ code: 'BAD_USER_INPUT', reason: 'REQUEST_TOO_SLOW' }), refused({ code: 'INTERNAL_SERVER_ERROR' })]) {
      expect(isNotFound(error)).toBe(false);
      retryFor(error, () => retried++)?.();
    }
    expect(retried).toBe(4);
    expect(retryFor(refused({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' }), () => undefined)).toBeUndefined();
  });
});
