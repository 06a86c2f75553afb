/** The idea page's URL parameter that opens a person's trail (`?trail=<personId>`), so a trail can be linked. */
export const TRAIL_PARAM = 'trail';

/** Where "How is this computed?" leads: the "How credit works" page with the idea's own figures, for one person when given. */
export function howCreditWorksPath(ideaId: string, personId?: string): string {
  const query = new URLSearchParams({ idea: ideaId, ...(personId ? { person: personId } : {}) });
  return `/about?${query.toString()}`;
}
