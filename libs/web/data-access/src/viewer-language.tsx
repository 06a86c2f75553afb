import { useCallback, useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { hasLocalLocale, useI18n, type Locale } from '@kindling/web/util';
import { graphql } from './generated';
import type { Viewer } from './viewer';

export const updateViewerLanguageMutation = graphql(`
  mutation UpdateViewerLanguage($input: UpdateViewerLanguageInput!) {
    updateViewerLanguage(input: $input) {
      viewer {
        id
        language
      }
    }
  }
`);

/**
 * The language of a signed-in person: on a device where nobody chose one, their stored language (e-mail's too)
 * applies; choosing one with the switch stores it for them. Returns the switch's setter.
 */
export function useViewerLanguage(viewer: Viewer): (locale: Locale) => void {
  const { locale, setLocale } = useI18n();
  const [update] = useMutation(updateViewerLanguageMutation);
  const stored = viewer.language === 'NL' ? 'nl' : viewer.language === 'EN' ? 'en' : null;
  useEffect(() => {
    if (stored && stored !== locale && !hasLocalLocale()) setLocale(stored);
    // only when the person (or their stored language) changes, not on every switch
  }, [viewer.id, stored]);
  return useCallback(
    (next: Locale) => {
      setLocale(next);
      // the switch works the same if storing fails (offline): the next choice stores it
      void update({ variables: { input: { language: next === 'nl' ? 'NL' : 'EN' } } }).catch(() => undefined);
    },
    [setLocale, update],
  );
}
