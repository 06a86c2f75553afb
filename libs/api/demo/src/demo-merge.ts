import { EngagementService } from '@kindling/api/engagement';
import { GraphService, MergeService } from '@kindling/api/graph';
import type { DemoContext } from './demo-extras';

const DAY = 86_400_000;

/**
 * Originality and merged duplicates in the demo organisation: the promotion calendar posted a second time
 * (by someone who had not seen the first), endorsed and commented on, merged by Femke Bakker; and the
 * originality of two build-ons set by reviewers with their reasons. Loaded through the services, then dated.
 */
export async function loadDemoMerges(context: DemoContext): Promise<void> {
  const { app, db, now, person, ideaId } = context;
  const graph = app.get(GraphService);
  const merges = app.get(MergeService);
  const engagement = app.get(EngagementService);

  const duplicate = await graph.postIdea(person('koen-vanrijn'), {
    title: 'Promotion calendar for every department',
    body: 'Sales knows weeks ahead when a retailer runs a promotion, the warehouse and customer service find out when the orders and the calls come in. Could sales keep a calendar of promotions that everyone can see?',
    tags: ['planning', 'communication'],
  });
  await engagement.endorse(person('floor-maas'), duplicate);
  await engagement.endorse(person('arjun-mehta'), duplicate);
  await engagement.comment(person('floor-maas'), { ideaId: duplicate, body: 'Yes please, we had the same surprise in Tilburg last month.', replyToId: null });
  const postedAt = new Date(now - 41 * DAY);
  await db.query(`UPDATE ideas SET created_at = $2 WHERE id = $1`, [duplicate, postedAt]);
  await db.query(`UPDATE endorsements SET created_at = $2 WHERE idea_id = $1`, [duplicate, new Date(postedAt.getTime() + 2 * DAY)]);
  await db.query(`UPDATE comments SET created_at = $2 WHERE idea_id = $1`, [duplicate, new Date(postedAt.getTime() + DAY)]);
  await db.query(`UPDATE idea_authors SET invited_at = $2, responded_at = $2 WHERE idea_id = $1`, [duplicate, postedAt]);
  await db.query(`UPDATE idea_author_weights SET valid_from = $2 WHERE idea_id = $1`, [duplicate, postedAt]);

  const into = ideaId('peak-calendar-shared');
  await merges.mergeIdeas(person('femke-bakker'), {
    duplicateId: duplicate,
    intoId: into,
    reason: 'Koen asks for the same shared promotion calendar that Youssef proposed and that is live since spring. Merged so both keep their credit and the discussion stays in one place.',
  });
  const mergedAt = new Date(now - 38 * DAY);
  await db.query(`UPDATE idea_merges SET merged_at = $2 WHERE duplicate_id = $1`, [duplicate, mergedAt]);
  await db.query(`UPDATE idea_status_changes SET changed_at = $2 WHERE idea_id = $1`, [duplicate, mergedAt]);
  await db.query(`UPDATE idea_authors SET invited_at = $3, responded_at = $3 WHERE idea_id = $1 AND merged_from = $2`, [into, duplicate, mergedAt]);
  // the split the merge left (its latest entries) holds from the merge
  await db.query(`UPDATE idea_author_weights SET valid_from = $2 WHERE idea_id = $1 AND valid_from = (SELECT max(valid_from) FROM idea_author_weights WHERE idea_id = $1)`, [into, mergedAt]);

  const retentions = [
    {
      idea: 'eta-from-actual-position',
      by: 'paul-scholten',
      retention: 0.8,
      reason: 'Recalculating from the live GPS position is what made the link trustworthy: far more than a refinement of the original link.',
      daysAgo: 200,
    },
    {
      idea: 'forecast-to-shift-leads',
      by: 'gerrit-mulder',
      retention: 0.35,
      reason: 'Mostly puts the existing three-week roster and the promotion calendar together; the new part is sending the file every Monday.',
      daysAgo: 150,
    },
  ];
  for (const r of retentions) {
    await merges.setRetention(person(r.by), { ideaId: ideaId(r.idea), retention: r.retention, reason: r.reason });
    await db.query(`UPDATE idea_retention_notes SET set_at = $2 WHERE idea_id = $1`, [ideaId(r.idea), new Date(now - r.daysAgo * DAY)]);
  }
}
