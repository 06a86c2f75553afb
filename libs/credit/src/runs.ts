/** Runs of (person rank, value) live in plain arrays (computeAllUpstream) or typed arrays (computeUpstreamColumns). */
type Readable = { readonly [index: number]: number };
type Writable = { [index: number]: number };

/**
 * Writes acc ⊕ coef·parent at out[outFrom..], merging two runs sorted by person rank, and returns the end
 * of the written run. A person in both gets acc + coef·u_p(x); one only in the parent gets coef·u_p(x)
 * (the same float as 0 + coef·u_p(x)). `out` may be the arena the parent run is read from: the run is
 * written after everything already there.
 */
export function mergeRuns(
  accP: Readable,
  accV: Readable,
  accLen: number,
  parP: Readable,
  parV: Readable,
  parFrom: number,
  parTo: number,
  coef: number,
  outP: Writable,
  outV: Writable,
  outFrom: number,
): number {
  let a = 0;
  let b = parFrom;
  let o = outFrom;
  while (a < accLen && b < parTo) {
    const x = accP[a];
    const y = parP[b];
    if (x < y) {
      outP[o] = x;
      outV[o++] = accV[a++];
    } else if (y < x) {
      outP[o] = y;
      outV[o++] = coef * parV[b++];
    } else {
      outP[o] = x;
      outV[o++] = accV[a++] + coef * parV[b++];
    }
  }
  while (a < accLen) {
    outP[o] = accP[a];
    outV[o++] = accV[a++];
  }
  while (b < parTo) {
    outP[o] = parP[b];
    outV[o++] = coef * parV[b++];
  }
  return o;
}
