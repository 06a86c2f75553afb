import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the element the URL's #fragment names (a notification's `#authors-title` or `#comment-…`) into view and
 * moves focus to it once the page has rendered it: the page renders after its data arrives, so the browser's own
 * jump to the fragment finds nothing.
 */
export function useHashTarget(rendered: boolean): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!rendered || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'center' }); // clear of the sticky header
    if (!target.matches('a, button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [rendered, hash, key]);
}
