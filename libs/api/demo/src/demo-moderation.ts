import { EngagementService } from '@kindling/api/engagement';
import { GraphService } from '@kindling/api/graph';
import { ModerationService } from '@kindling/api/moderation';
import type { DemoContext } from './demo-extras';

const DAY = 86_400_000;
const ADMIN = 'joost-hoekstra';

/**
 * Moderation in the demo: a junk test post reported twice and hidden with a reason (it stays, hidden), a
 * comment with a phone number reported and awaiting an admin, and a sharp but fair comment whose report was
 * dismissed. Loaded through the services, then dated.
 */
export async function loadDemoModeration({ app, db, now, person, ideaId }: DemoContext): Promise<void> {
  const graph = app.get(GraphService);
  const engagement = app.get(EngagementService);
  const moderation = app.get(ModerationService);
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);

  // 1. a test post: reported twice, hidden
  const junk = await graph.postIdea(person('bas-verhoeven'), { title: 'x', body: 'test test', tags: [] });
  await db.query(`UPDATE ideas SET created_at = $2 WHERE id = $1`, [junk, at(12)]);
  await moderation.flag(person('ruben-smits'), { target: { ideaId: junk, commentId: null }, reason: 'SPAM', note: '' });
  await moderation.flag(person('kasia-wisniewska'), { target: { ideaId: junk, commentId: null }, reason: 'OTHER', note: 'Looks like someone tried out the form.' });
  await moderation.hide(person(ADMIN), {
    target: { ideaId: junk, commentId: null },
    reason: 'A test post without an idea in it. Nothing is deleted: it is only hidden from colleagues. Post your idea again with a title and a description.',
  });
  await db.query(`UPDATE flags SET created_at = $2, resolved_at = $3 WHERE idea_id = $1`, [junk, at(11), at(10)]);
  await db.query(`UPDATE moderation_actions SET acted_at = $2 WHERE idea_id = $1`, [junk, at(10)]);
  await db.query(`UPDATE ideas SET hidden_at = $2 WHERE id = $1`, [junk, at(10)]);

  // 2. a private phone number in a comment: reported, waiting for an admin
  const phone = await engagement.comment(person('tomasz-nowak'), {
    ideaId: ideaId('meeloopdag-andere-afdeling'),
    body: 'Goed idee! Bel mijn zus Agnieszka even op 06-41 22 87 09, zij regelt dit bij haar werkgever ook.',
    replyToId: null,
  });
  await db.query(`UPDATE comments SET created_at = $2 WHERE id = $1`, [phone, at(3)]);
  await moderation.flag(person('lotte-jansen'), { target: { ideaId: null, commentId: phone }, reason: 'PERSONAL_DATA', note: 'A phone number of someone who does not work here.' });
  await db.query(`UPDATE flags SET created_at = $2 WHERE comment_id = $1`, [phone, at(2)]);

  // 3. a sharp but fair comment: reported as offensive, dismissed
  const [sharp] = await db.query(`SELECT id::text AS id FROM comments WHERE idea_id = $1 AND body LIKE 'Please no.%'`, [ideaId('individual-pick-rate-leaderboard')]);
  await moderation.flag(person('martijn-kuipers'), { target: { ideaId: null, commentId: sharp.id }, reason: 'OFFENSIVE', note: '' });
  await moderation.dismiss(person(ADMIN), {
    target: { ideaId: null, commentId: sharp.id },
    reason: 'Disagreeing is not offensive: the comment argues about the idea, not about a person.',
  });
  await db.query(`UPDATE flags SET created_at = $2, resolved_at = $3 WHERE comment_id = $1`, [sharp.id, at(190), at(189)]);
  await db.query(`UPDATE moderation_actions SET acted_at = $2 WHERE comment_id = $1`, [sharp.id, at(189)]);
}
