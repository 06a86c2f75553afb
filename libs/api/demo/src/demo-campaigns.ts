import { CampaignsService } from '@kindling/api/campaigns';
import type { DemoContext } from './demo-extras';

const DAY = 86_400_000;

interface DemoCampaign {
  openerKey: string;
  question: string;
  description: string;
  openedDaysAgo: number;
  /** Days from now; negative: the deadline has passed. */
  deadlineInDays: number;
  departmentKeys: string[];
  /** Existing demo ideas that answer it (demo-data.ts keys). */
  ideaKeys: string[];
}

const CAMPAIGNS: DemoCampaign[] = [
  {
    openerKey: 'paul-scholten',
    question: 'How do we get the drivers and the night shift safely through the winter?',
    description:
      'Ice on the loading docks, dark mornings, fewer people on the night shift when the flu comes round.\n\n' +
      'What would make **your** winter safer? Small things count: a better glove, a gritting round, who to call.',
    openedDaysAgo: 50,
    deadlineInDays: 10,
    departmentKeys: ['field-service', 'warehouse'],
    ideaKeys: ['winter-jackets-for-drivers', 'emergency-exits-during-peak', 'gladheid-laadperrons', 'night-shift-first-aider'],
  },
  {
    openerKey: 'margriet-vos',
    question: 'What would make new colleagues stay past their first three months?',
    description: 'One in three temps leaves within three months. Tell us what would have made you stay — or what made you stay.',
    openedDaysAgo: 245,
    deadlineInDays: -190,
    departmentKeys: [],
    ideaKeys: [
      'first-week-buddy',
      'buddy-hour-on-roster',
      'shift-swap-board',
      'referral-bonus-warehouse',
      'picture-first-day-guide',
      'individual-pick-rate-leaderboard',
      'warm-eten-nachtploeg',
      'diensten-ruilen-chauffeurs',
    ],
  },
];

/**
 * An open campaign asking two departments and a closed one whose ideas have a spread of statuses. Opened
 * through the service, then dated with SQL like the rest of the demo; the existing demo ideas that answer them
 * are attached at the time they were posted (answers are otherwise only recorded when an idea is posted).
 */
export async function loadDemoCampaigns(context: DemoContext): Promise<void> {
  const campaigns = context.app.get(CampaignsService);
  for (const c of CAMPAIGNS) {
    const id = await campaigns.open(context.person(c.openerKey), {
      question: c.question,
      description: c.description,
      deadline: new Date(context.now + Math.max(c.deadlineInDays, 1) * DAY),
      departmentIds: c.departmentKeys.map((key) => context.departmentId(key)),
    });
    await context.db.query(`UPDATE campaigns SET opened_at = $2, deadline = $3 WHERE id = $1`, [
      id,
      new Date(context.now - c.openedDaysAgo * DAY),
      new Date(context.now + c.deadlineInDays * DAY),
    ]);
    await context.db.query(`INSERT INTO campaign_ideas (campaign_id, idea_id, answered_at) SELECT $1, i.id, i.created_at FROM ideas i WHERE i.id = ANY($2::bigint[])`, [
      id,
      c.ideaKeys.map((key) => context.ideaId(key)),
    ]);
  }
}
