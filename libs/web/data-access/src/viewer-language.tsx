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
 * The language of a signed-in person: on a device where nobody chose one, the language they chose with the switch
 * on another device applies; without such a choice the browser's language stays and is stored (not as a choice)
 * so that e-mail speaks it too. Choosing one with the switch stores it as a choice. Returns the switch's setter.
 */
export function useViewerLanguage(viewer: Viewer): (locale: Locale) => void {
  const { locale, setLocale } = useI18n();
  const [update] = useMutation(updateViewerLanguageMutation);
  const stored = viewer.language === 'NL' ? 'nl' : viewer.language === 'EN' ? 'en' : null;
  const store = useCallback(
    (next: Locale, chosen: boolean) =>
      // the switch works the same if storing fails (offline): the next choice stores it
      void update({ variables: { input: { language: next === 'nl' ? 'NL' : 'EN', chosen } } }).catch(() => undefined),
    [update],
  );
  useEffect(() => {
    if (hasLocalLocale() || !stored || stored === locale) return;
    if (viewer.languageChosen) setLocale(stored);
    else store(locale, false);
    // only when the person (or their stored language) changes, not on every switch
  }, [viewer.id, stored]);
  return useCallback(
    (next: Locale) => {
      setLocale(next);
      store(next, true);
    },
    [setLocale, store],
  );
}
