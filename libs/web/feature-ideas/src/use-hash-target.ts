import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** How long the target is kept in view while parts of the page that load their own data still grow above it. */
const SETTLE_MS = 4_000;
const READER_ACTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Brings the element the URL's #fragment names (a notification's `#authors-title` or `#comment-…`) into view and
 * moves focus to it once the page has rendered it: the page renders after its data arrives, so the browser's own
 * jump to the fragment finds nothing. Cards that load afterwards may push it down, so it is kept in view until
 * the page settles or the reader scrolls or acts.
 */
export function useHashTarget(rendered: boolean): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!rendered || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    if (!target.matches('a, button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    const until = performance.now() + SETTLE_MS;
    let top = NaN;
    let frame = 0;
    const follow = () => {
      if (target.getBoundingClientRect().top !== top) {
        target.scrollIntoView({ block: 'center' }); // clear of the sticky header
        top = target.getBoundingClientRect().top;
      }
      if (performance.now() < until) frame = requestAnimationFrame(follow);
    };
    const stop = () => {
      cancelAnimationFrame(frame);
      for (const event of READER_ACTS) window.removeEventListener(event, stop);
    };
    for (const event of READER_ACTS) window.addEventListener(event, stop, { passive: true });
    follow();
    return stop;
  }, [rendered, hash, key]);
}
