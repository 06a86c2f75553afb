/**
 * The single tie-break used everywhere in the engine (sorting authors, parents, build-ons, people, and
 * largest-remainder rounding). Every floating-point sum is taken in an order fixed by this comparator,
 * which is what makes results bit-identical whatever order the rows arrive in.
 */

/** True when `s` is a non-empty string of ASCII digits (database ids such as "42"). */
function isDigitString(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Index of the first non-'0' character, keeping at least one digit ("000" -> "0"). */
function firstSignificant(s: string): number {
  let i = 0;
  while (i < s.length - 1 && s.charCodeAt(i) === 48) i++;
  return i;
}

/**
 * Total order on ids.
 * - Both digit strings: numeric order, computed on the text so ids beyond 2^53 stay exact
 *   (fewer significant digits = smaller, then digit by digit). Equal values written differently
 *   ("007" vs "7") fall back to plain string order so the order stays total.
 * - Otherwise: plain UTF-16 code-unit order (not locale-dependent), except that a digit string always
 *   sorts before a non-digit string. Without that exception the order would not be transitive
 *   ("9" < "10" numerically, "10" < "1a" < "9" lexicographically), and sorting would depend on input order.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const aDigits = isDigitString(a);
  const bDigits = isDigitString(b);
  if (aDigits && bDigits) {
    const ia = firstSignificant(a);
    const ib = firstSignificant(b);
    const la = a.length - ia;
    const lb = b.length - ib;
    if (la !== lb) return la < lb ? -1 : 1;
    for (let k = 0; k < la; k++) {
      const ca = a.charCodeAt(ia + k);
      const cb = b.charCodeAt(ib + k);
      if (ca !== cb) return ca < cb ? -1 : 1;
    }
    // Same number, different spelling.
    return a < b ? -1 : 1;
  }
  if (aDigits !== bDigits) return aDigits ? -1 : 1;
  return a < b ? -1 : 1;
}

/**
 * Entries of a share map as an array, for display and export.
 * `by: 'id'` (default) orders by compareIds; `by: 'share'` orders by share descending, ties by compareIds.
 */
export function sortedEntries<K extends string>(
  map: ReadonlyMap<K, number>,
  by: 'id' | 'share' = 'id',
): Array<[K, number]> {
  const entries = Array.from(map.entries());
  if (by === 'share') entries.sort((x, y) => (x[1] !== y[1] ? y[1] - x[1] : compareIds(x[0], y[0])));
  else entries.sort((x, y) => compareIds(x[0], y[0]));
  return entries;
}
