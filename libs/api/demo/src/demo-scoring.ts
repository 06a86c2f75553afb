import { ScoringService } from '@kindling/api/scoring';
import type { DemoContext } from './demo-extras';

/*
 * Scorecards in the demo organisation: four active criteria, one retired criterion whose old scores still
 * count, and scorecards by the reviewers on a dozen ideas with short notes, dated in the past.
 */

const CRITERIA = [
  {
    key: 'impact',
    nameEn: 'Impact',
    nameNl: 'Impact',
    descriptionEn: 'How much better work gets for customers or colleagues once this is done.',
    descriptionNl: 'Hoeveel beter het werk wordt voor klanten of collega’s als dit er is.',
    weight: 2,
  },
  {
    key: 'feasibility',
    nameEn: 'Feasibility',
    nameNl: 'Haalbaarheid',
    descriptionEn: 'Can we do it with the people, systems and sites we have, within a few months?',
    descriptionNl: 'Kunnen we het met de mensen, systemen en locaties die we hebben, binnen een paar maanden?',
    weight: 1.5,
  },
  {
    key: 'cost',
    nameEn: 'Cost',
    nameNl: 'Kosten',
    descriptionEn: 'Low cost scores high: 5 is nearly free, 1 needs a real budget.',
    descriptionNl: 'Lage kosten scoren hoog: 5 is bijna gratis, 1 vraagt echt budget.',
    weight: 1,
  },
  {
    key: 'reach',
    nameEn: 'Reach',
    nameNl: 'Bereik',
    descriptionEn: 'How many teams, sites or customers it touches.',
    descriptionNl: 'Hoeveel teams, locaties of klanten ermee te maken krijgen.',
    weight: 1,
  },
  {
    key: 'strategic-fit',
    nameEn: 'Strategic fit',
    nameNl: 'Strategische aansluiting',
    descriptionEn: 'How well it fits this year’s plan. Retired: the plan is now part of Impact.',
    descriptionNl: 'Hoe goed het past bij het jaarplan. Buiten gebruik: het plan valt nu onder Impact.',
    weight: 1,
  },
] as const;

type CriterionKey = (typeof CRITERIA)[number]['key'];

/** Scores in the order impact, feasibility, cost, reach (and strategic fit for the old scorecards). */
interface DemoScorecard {
  idea: string;
  reviewer: string;
  daysAgo: number;
  scores: number[];
  note: string;
}

// given while "Strategic fit" was still in use; it was retired 150 days ago
const OLD_SCORECARDS: DemoScorecard[] = [
  { idea: 'solar-roof-venlo', reviewer: 'lisa-huisman', daysAgo: 200, scores: [4, 2, 1, 3, 5], note: 'Fits the sustainability plan, but the investment needs a board decision.' },
  { idea: 'solar-roof-venlo', reviewer: 'gerrit-mulder', daysAgo: 198, scores: [3, 3, 2, 2, 4], note: 'The roof in Venlo needs a structural check first.' },
  { idea: 'electric-vans-pilot', reviewer: 'robert-vanderlinden', daysAgo: 190, scores: [4, 4, 2, 3, 5], note: 'Pilot with **three vans** on the city routes; measure range in winter.' },
  { idea: 'cycle-counting', reviewer: 'gerrit-mulder', daysAgo: 210, scores: [4, 5, 4, 3, 3], note: 'Cheap and we can start next week.' },
];

const SCORECARDS: DemoScorecard[] = [
  { idea: 'solar-roof-venlo', reviewer: 'margriet-vos', daysAgo: 40, scores: [4, 2, 1, 3], note: 'Subsidy round opens in spring; worth preparing the application.' },
  { idea: 'live-eta-link', reviewer: 'paul-scholten', daysAgo: 120, scores: [5, 4, 4, 5], note: 'Customers ask for this daily. The track-and-trace data is already there.' },
  { idea: 'live-eta-link', reviewer: 'femke-bakker', daysAgo: 118, scores: [5, 3, 4, 4], note: 'Would cut “where is my delivery” calls by a third, at a guess.' },
  { idea: 'cluster-by-postcode', reviewer: 'paul-scholten', daysAgo: 30, scores: [4, 3, 5, 3], note: 'Try it for one week in Noord-Brabant and compare the kilometres.' },
  { idea: 'cluster-by-postcode', reviewer: 'robert-vanderlinden', daysAgo: 26, scores: [3, 3, 5, 2], note: 'Retailers with time windows will complain; check the contracts.' },
  { idea: 'antwoorden-op-bezorg-sms', reviewer: 'femke-bakker', daysAgo: 60, scores: [4, 4, 3, 4], note: 'Replies must land in the ticket queue, not in a separate inbox.' },
  { idea: 'driver-late-button', reviewer: 'paul-scholten', daysAgo: 55, scores: [4, 5, 5, 3], note: 'One button in the driver app; IT says two sprints.' },
  { idea: 'uk-customs-checklist', reviewer: 'margriet-vos', daysAgo: 70, scores: [3, 5, 5, 2], note: 'Legal can review the checklist in a day.' },
  { idea: 'wifi-survey-all-sites', reviewer: 'gerrit-mulder', daysAgo: 90, scores: [4, 4, 2, 4], note: 'Dead spots in aisle 30–34 cost us scanner time every shift.' },
  { idea: 'end-abusive-calls', reviewer: 'femke-bakker', daysAgo: 100, scores: [3, 5, 5, 2], note: 'Clear policy first, then the script for agents.' },
  { idea: 'chargers-at-tilburg-dock', reviewer: 'robert-vanderlinden', daysAgo: 80, scores: [3, 2, 1, 2], note: 'Only makes sense once the van pilot is extended.' },
  { idea: 'tail-lift-preventive-maintenance', reviewer: 'robert-vanderlinden', daysAgo: 150, scores: [4, 4, 3, 3], note: 'Cheaper than the breakdowns we had last winter.' },
];

const DAY = 86_400_000;

export async function loadDemoScoring(context: DemoContext): Promise<void> {
  const scoring = context.app.get(ScoringService);
  const admin = context.person('lisa-huisman');
  const ids = {} as Record<CriterionKey, string>;
  for (const c of CRITERIA) {
    const { key, ...draft } = c;
    ids[key] = await scoring.createCriterion(admin, draft);
  }

  const save = async (card: DemoScorecard, keys: readonly CriterionKey[]) => {
    const ideaId = context.ideaId(card.idea);
    const scores = keys.map((key, i) => ({ criterionId: ids[key], score: card.scores[i] }));
    const scorecardId = await scoring.scoreIdea(context.person(card.reviewer), { ideaId, scores, note: card.note });
    const at = new Date(context.now - card.daysAgo * DAY);
    await context.db.query(`UPDATE scorecards SET created_at = $2, updated_at = $2 WHERE id = $1`, [scorecardId, at]);
  };

  for (const card of OLD_SCORECARDS) await save(card, ['impact', 'feasibility', 'cost', 'reach', 'strategic-fit']);
  await scoring.retireCriterion(admin, ids['strategic-fit']);
  for (const card of SCORECARDS) await save(card, ['impact', 'feasibility', 'cost', 'reach']);

  // the criteria were defined before the first scorecard; "Strategic fit" retired 150 days ago
  await context.db.query(`UPDATE score_criteria SET created_at = $1 WHERE id = ANY($2::bigint[])`, [new Date(context.now - 215 * DAY), Object.values(ids)]);
  await context.db.query(`UPDATE score_criteria SET retired_at = $1 WHERE id = $2`, [new Date(context.now - 150 * DAY), ids['strategic-fit']]);
}
