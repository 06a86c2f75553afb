import { errorCode, errorMessage } from './errors';

type Translate = (key: 'error.UNAUTHENTICATED' | 'error.FORBIDDEN' | 'error.NOT_FOUND' | 'error.CONFLICT' | 'error.BAD_USER_INPUT' | 'error.network') => string;

/**
 * An error in the reader's language: the stable code picks the sentence; for input and conflict
 * errors the server's own explanation (specific to what was sent) follows.
 */
export function describeError(t: Translate, error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'network':
      return t(`error.${code}`);
    case 'CONFLICT':
    case 'BAD_USER_INPUT':
      return `${t(`error.${code}`)} ${errorMessage(error)}`;
    default:
      return errorMessage(error);
  }
}
