import type { IdeaStatusValue } from '@kindling/api/graph';
import { ReviewService } from '@kindling/api/review';
import { DEMO_IDEAS, DEMO_PEOPLE, type DemoIdea } from './demo-data';
import type { DemoContext } from './demo-extras';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Who answers the ideas of each department: the department's own reviewer, else the closest one. */
const REVIEWER_OF: Record<string, string> = {
  'customer-service': 'femke-bakker',
  warehouse: 'gerrit-mulder',
  facilities: 'gerrit-mulder',
  hsq: 'gerrit-mulder',
  'transport-planning': 'paul-scholten',
  'field-service': 'paul-scholten',
  'sales-marketing': 'paul-scholten',
  finance: 'robert-vanderlinden',
  legal: 'robert-vanderlinden',
  hr: 'margriet-vos',
  it: 'joost-hoekstra',
};

/** What the decisive answer says about a particular idea (the rest get the reviewer's general words). */
const NOTES: Record<string, string> = {
  'hear-back-on-what-we-report':
    'You are right, and it is the reason this platform now has a review workflow: every idea gets a written answer from a reviewer, and the review queue shows us which ideas have waited longest. We promise a first answer within two weeks.',
  'single-driver-light-items':
    'We looked at the 18% of light two-man deliveries. Most of them still need two people at the door (stairs, old appliance to carry out), and the insurer does not cover single-driver handling of connected appliances. The narrower version without installation is still open for review.',
  'sunday-phone-line':
    'The Sunday calls are real but few: about 40 per weekend for both retailers together. A staffed line would cost two agents every Sunday; instead the live ETA link and the FAQ on the delivery page now answer most of these questions. We will look again if a tender asks for it.',
  'drone-stock-count':
    'Cycle counting has already replaced the two-day count, so the weekend problem is solved. The drone suppliers could not read our labels in the top two levels of the high-bay racking during the demo, and the system costs more than the count ever did.',
  'website-chatbot':
    'We tried two chatbot products on last month’s questions. Both answered “when is my delivery?” worse than the live ETA link already does, and customers who did not get an answer called anyway. The FAQ on the delivery page is the better fix, and it is live.',
  'individual-pick-rate-leaderboard':
    'A public ranking of individual pickers would push people to skip safety steps and would upset the works council, who we asked. The team progress screen (orders left, time to truck departure) gives the same energy without naming anyone, and it is being built.',
  'draadloze-headsets': 'De proef met tien draadloze headsets was duidelijk: minder kabelbreuk en agenten kunnen opstaan tijdens een lang gesprek. We bestellen ze voor het hele team.',
  'warm-eten-nachtploeg': 'We starten in Tilburg met een warme maaltijd op dinsdag en donderdag; de cateraar levert om 23:30. Na drie maanden kijken we of het vaker kan.',
  'live-eta-link': 'The ETA link is now sent at 07:00 on the day of delivery and follows the truck’s real position. Calls asking “when are you coming?” dropped by a third in the first month.',
  'cycle-counting': 'Cycle counting runs daily in both DCs since the spring. The yearly two-day count is gone and the stock accuracy is better than it ever was.',
  'shift-swap-board': 'The swap board is live in the rooster app, with the qualifications check, and the WhatsApp group is archived.',
  'wifi-survey-all-sites': 'We have asked two suppliers for a survey of Tilburg, Venlo and Zaltbommel; the scanner dropouts in the back of hall 3 are the first thing they will measure.',
  'electric-stair-climbers': 'Two stair climbers are ordered for the Tilburg crews; the back injury reports of last winter made the case. Venlo follows when we know how they hold up.',
  'winter-jackets-for-drivers': 'We are comparing three jackets with the workwear supplier; drivers from both sites will try them in January before we order.',
  'solar-roof-venlo': 'The Venlo roof needs a structural check before panels can go on it. Facilities has asked for a quote; we expect it within a month.',
  'training-budget-for-everyone': 'HR is working out what a personal budget of €500 a year would cost for 700 people, and how to keep it simple to spend.',
  'ziekmelden-via-app': 'De rooster-app kan het technisch; we bespreken met de ondernemingsraad hoe de leidinggevende toch nog contact houdt met wie zich ziek meldt.',
  'badge-login-on-scanners': 'IT is testing badge login on ten scanners in Venlo; the question is whether the older scanners can read our badges.',
  'api-status-updates-for-retailers': 'Two retailers have asked for it too. We are checking whether the WMS events are reliable enough to push instead of the nightly CSV.',
  'clause-library-for-sales': 'Legal is collecting the twenty clauses that come back in almost every contract; sales will review the first version in two weeks.',
  'photo-before-unboxing': 'Drivers now take the photo in the scanner app before unboxing, and customer service sees it in the complaint ticket.',
  'carrier-invoices-ocr': 'Carrier invoices are read automatically since March; the team checks only the lines that differ from the trip price.',
  'declaraties-via-app': 'Declareren gaat nu via de app met een foto van de bon; de uitbetaling volgt met het eerstvolgende salaris.',
};

/** The moves that lead to each demo status (the workflow's, from NEW). */
function pathTo(status: IdeaStatusValue, index: number): IdeaStatusValue[] {
  // some ideas were clear enough to accept on the first answer
  const review: IdeaStatusValue[] = index % 4 === 0 ? [] : ['UNDER_REVIEW'];
  switch (status) {
    case 'UNDER_REVIEW':
      return ['UNDER_REVIEW'];
    case 'ACCEPTED':
      return [...review, 'ACCEPTED'];
    case 'IMPLEMENTED':
      return [...review, 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED'];
    case 'DECLINED':
      return ['UNDER_REVIEW', 'DECLINED'];
    default:
      return [];
  }
}

/** Dutch titles get Dutch answers. */
function isDutch(idea: DemoIdea): boolean {
  return /\b(de|het|een|voor|van|met|niet|bij|ook|naar|laat|zelf)\b/i.test(idea.title) && !/\b(the|and|for|with)\b/i.test(idea.title);
}

function response(idea: DemoIdea, to: IdeaStatusValue, final: boolean, owner: string): string {
  const note = final ? NOTES[idea.key] : undefined;
  if (isDutch(idea)) {
    switch (to) {
      case 'UNDER_REVIEW':
        return note ?? `Dank je! We bekijken “${idea.title}” samen met ${owner}: wat het kost, wie het moet doen en wat het oplevert. We melden ons hier weer.`;
      case 'ACCEPTED':
        return note ?? `Aangenomen. “${idea.title}” past bij wat we dit jaar willen bereiken; ${owner} maakt een plan en zet de voortgang hier.`;
      case 'IN_PROGRESS':
        return `We zijn begonnen: eerst op één locatie, zodat we kunnen bijsturen voordat het overal gaat gelden.`;
      case 'IMPLEMENTED':
        return note ?? `Klaar: “${idea.title}” is ingevoerd. Dank aan iedereen die hierop heeft voortgebouwd — laat het hier weten als iets niet werkt zoals bedoeld.`;
      default:
        return note ?? `We doen dit nu niet. Dank voor het idee; we leggen hier uit waarom zodra we alles op een rij hebben.`;
    }
  }
  switch (to) {
    case 'UNDER_REVIEW':
      return note ?? `Thanks for this. We are looking into “${idea.title}” with ${owner}: what it costs, who would do it and what it saves. We will answer here.`;
    case 'ACCEPTED':
      return note ?? `Accepted. “${idea.title}” fits what we want to improve this year; ${owner} will plan it and post the progress here.`;
    case 'IN_PROGRESS':
      return `Work has started, at one site first so that we can adjust before it applies everywhere.`;
    case 'IMPLEMENTED':
      return note ?? `Done: “${idea.title}” is in place. Thank you to everyone who built on it — tell us here if something does not work as intended.`;
    default:
      return note ?? `We will not do this now. Thank you for the idea.`;
  }
}

/**
 * Every demo status that is not NEW, reached through the review workflow by the demo reviewers with a written
 * response per move, then backdated: the first answer a few days to a few weeks after posting (some past the
 * 14-day promise), later moves spread over the months since. Most NEW ideas older than the promise got a first
 * answer too (so they are under review now); the others, and the recent ones, wait in the queue — a few of them
 * overdue — and two recent ones are claimed.
 */
const PROMISE_DAYS = 14;
export async function loadDemoReviews(context: DemoContext): Promise<void> {
  const review = context.app.get(ReviewService);
  const departmentOf = new Map(DEMO_PEOPLE.map((p) => [p.key, p.departmentKey]));
  const nameOf = new Map(DEMO_PEOPLE.map((p) => [p.key, p.name]));
  for (const [index, idea] of DEMO_IDEAS.entries()) {
    // most NEW ideas past the promise got a first answer ("we are looking into it"); a few wait, overdue
    const answeredLate = idea.status === 'NEW' && idea.daysAgo > PROMISE_DAYS && index % 7 !== 0;
    const path = answeredLate ? (['UNDER_REVIEW'] as IdeaStatusValue[]) : pathTo(idea.status, index);
    if (path.length === 0) continue;
    const reviewerKey = REVIEWER_OF[departmentOf.get(idea.authorKey)!];
    const reviewer = context.person(reviewerKey);
    const ideaId = context.ideaId(idea.key);
    const postedAt = context.now - idea.daysAgo * DAY;
    // first answer after 2–10 days, every fifth idea after 15–29 days (past the promise)
    const firstAfter = (index % 5 === 0 ? 15 + (index % 15) : 2 + (index % 9)) * DAY;
    // the moves share the time since posting, and the last one is at least a day old
    const span = Math.max(DAY, idea.daysAgo * DAY - firstAfter - DAY);
    for (const [step, to] of path.entries()) {
      const changeId = await review.changeStatus(reviewer, {
        ideaId,
        status: to,
        response: response(idea, to, step === path.length - 1, nameOf.get(reviewerKey)!),
      });
      const at = postedAt + Math.min(firstAfter, (idea.daysAgo - 1) * DAY) + (path.length > 1 ? (span * step) / path.length : 0) + (index % 7) * HOUR;
      await context.db.query(`UPDATE idea_status_changes SET changed_at = $2 WHERE id = $1`, [changeId, new Date(at)]);
    }
  }
  // two recent ideas taken by their reviewers this morning
  for (const [ideaKey, reviewerKey, hoursAgo] of [
    ['night-shift-first-aider', 'gerrit-mulder', 3],
    ['crew-first-names-on-eta-page', 'femke-bakker', 5],
  ] as const) {
    const ideaId = context.ideaId(ideaKey);
    await review.claim(context.person(reviewerKey), ideaId);
    await context.db.query(
      `UPDATE review_claims SET claimed_at = claimed_at - make_interval(hours => $2), expires_at = expires_at - make_interval(hours => $2) WHERE idea_id = $1`,
      [ideaId, hoursAgo],
    );
  }
}
