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

/**
 * Sort key for canonical digit ids ("0" or no leading zero, at most 15 digits, so exact as a double),
 * or -1. For two such ids, comparing keys is the same as compareIds, and much faster on big arrays.
 */
function numericKey(id: string): number {
  const n = id.length;
  if (n === 0 || n > 15 || (n > 1 && id.charCodeAt(0) === 48)) return -1;
  for (let i = 0; i < n; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  return Number(id);
}

/** Ids sorted by compareIds, and a lookup from id to its position in that order. */
export interface IdIndex {
  /** order[k] = position in the input of the k-th id in compareIds order. */
  order: number[];
  /** Position of `id` in compareIds order, or −1 when it is not one of the ids. */
  rankOf(id: string): number;
}

/**
 * Sorts ids (given as an array in any order) by compareIds, for computeAllUpstream.
 * When every id is a canonical digit id (the usual case: database ids), ids are sorted as numbers, which is
 * several times faster than the string comparator on a million records, and lookups are a binary search
 * over the sorted keys, so no million-entry Map has to be built. Otherwise pairs that are not both
 * canonical digit ids fall back to compareIds, and lookups to a Map. The order is compareIds order either way.
 */
export function indexIds(ids: readonly string[]): IdIndex {
  const n = ids.length;
  // Plain arrays rather than typed arrays for what outlives this call: see the note at the top of graph.ts.
  const keys: number[] = [];
  let allNumeric = true;
  let maxKey = 0;
  for (let i = 0; i < n; i++) {
    const key = numericKey(ids[i]);
    keys.push(key);
    if (key < 0) allNumeric = false;
    else if (key > maxKey) maxKey = key;
  }

  let order: number[];
  if (allNumeric && (maxKey + 1) * n < Number.MAX_SAFE_INTEGER) {
    // key·n + position is an exact double that sorts by key (then position), so a native numeric sort
    // without a comparator does the job (one short-lived 8 bytes-per-id buffer).
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = keys[i] * n + i;
    packed.sort();
    order = [];
    for (let k = 0; k < n; k++) order.push(packed[k] % n);
  } else {
    order = [];
    for (let i = 0; i < n; i++) order.push(i);
    order.sort((a, b) => {
      const ka = keys[a];
      const kb = keys[b];
      return ka >= 0 && kb >= 0 ? ka - kb : compareIds(ids[a], ids[b]);
    });
  }

  if (allNumeric) {
    const sortedKeys: number[] = [];
    for (let k = 0; k < n; k++) sortedKeys.push(keys[order[k]]);
    return {
      order,
      rankOf(id: string): number {
        const key = typeof id === 'string' ? numericKey(id) : -1;
        if (key < 0) return -1;
        let lo = 0;
        let hi = n - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          const m = sortedKeys[mid];
          if (m === key) return mid;
          if (m < key) lo = mid + 1;
          else hi = mid - 1;
        }
        return -1;
      },
    };
  }
  const rank = new Map<string, number>();
  for (let k = 0; k < n; k++) rank.set(ids[order[k]], k);
  return { order, rankOf: (id: string) => rank.get(id) ?? -1 };
}
