import { EngagementService } from '@kindling/api/engagement';
import { GraphService } from '@kindling/api/graph';
import type { DemoContext } from './demo-extras';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Edits, each by an author, as many days after posting as `after` says. */
const EDITS: Array<{ ideaKey: string; authorKey: string; after: number; title?: string; body?: string; tags?: string[] }> = [
  {
    ideaKey: 'winter-jackets-for-drivers',
    authorKey: 'olga-kovalenko',
    after: 2,
    body: "Our driver jacket is the same as the warehouse jacket, made for indoors. At 07:00 in January on a tail lift it isn't enough. We need an insulated, waterproof jacket and gloves you can still grip an appliance with. Stefan found a supplier that does both for about €140 per person, and they can deliver before the end of January.",
  },
  {
    ideaKey: 'winter-jackets-for-drivers',
    authorKey: 'thijs-brouwer',
    after: 5,
    title: 'Proper winter jackets, gloves and hats for drivers',
    body: "Our driver jacket is the same as the warehouse jacket, made for indoors. At 07:00 in January on a tail lift it isn't enough. We need an insulated, waterproof jacket, a hat and gloves you can still grip an appliance with. Stefan found a supplier that does all three for about €150 per person, and they can deliver before the end of January.",
    tags: ['fleet', 'wellbeing', 'safety'],
  },
  {
    ideaKey: 'gladheid-laadperrons',
    authorKey: 'erik-postma',
    after: 1,
    body: 'De strooidienst komt om 7:00, maar de eerste chauffeurs lopen om 5:30 al over de perrons. Vorige week gleed een collega uit bij dock 3 in Tilburg. Voorstel: op dagen met vorst strooit de nachtploeg om 5:00 zelf de looproutes, met een strooiwagen en een bak zout bij de dockdeuren en bij de personeelsingang.',
  },
  {
    ideaKey: 'scanner-holster',
    authorKey: 'emre-kaya',
    after: 1,
    body: 'During an installation the scanner is in the way, so it goes on the worktop or the floor. Last month we left two scanners behind at customers and one got water damage under a sink. A simple belt holster costs about €25. Can we try ten in the Tilburg installation team for a month, and count the forgotten scanners?',
    tags: ['tooling', 'installation', 'field-service'],
  },
];

/**
 * The demo's authoring: ideas improved over two or three revisions, an idea its author withdrew once a better
 * version existed (it stays in that version's lineage), an edited comment and a removed one whose reply stays.
 * Loaded through the services, then dated after the ideas' posting dates.
 */
export async function loadDemoAuthoring(context: DemoContext): Promise<void> {
  const { db, app, now, person, ideaId } = context;
  const graph = app.get(GraphService);
  const engagement = app.get(EngagementService);
  const postedAt = async (id: string): Promise<number> => (await db.query(`SELECT created_at FROM ideas WHERE id = $1`, [id]))[0].created_at.getTime();

  for (const edit of EDITS) {
    const id = ideaId(edit.ideaKey);
    const revision = await graph.editIdea(person(edit.authorKey), { ideaId: id, title: edit.title ?? null, body: edit.body ?? null, tags: edit.tags ?? null });
    await db.query(`UPDATE idea_revisions SET edited_at = $3 WHERE idea_id = $1 AND number = $2`, [id, revision, new Date(Math.min((await postedAt(id)) + edit.after * DAY, now - HOUR))]);
  }

  const leaderboard = ideaId('individual-pick-rate-leaderboard');
  await graph.withdrawIdea(person('marco-rossi'), {
    ideaId: leaderboard,
    reason: 'Replaced by my team progress screen idea: the comments convinced me that ranking individual pickers would mostly shame the people working the heavy aisles.',
  });
  await db.query(`UPDATE idea_withdrawals SET withdrawn_at = $2 WHERE idea_id = $1`, [leaderboard, new Date((await postedAt(ideaId('team-progress-screen'))) + 2 * HOUR)]);

  const jackets = ideaId('winter-jackets-for-drivers');
  const jacketsPosted = await postedAt(jackets);
  const edited = await engagement.comment(person('stefan-wagner'), { ideaId: jackets, body: 'The supplier is Texwear in Eindhoven, they also did the jackets for the HSQ team.', replyToId: null });
  await engagement.editComment(person('stefan-wagner'), {
    commentId: edited,
    body: 'The supplier is Texwear in Eindhoven; they also did the high-visibility vests for the HSQ team. Sizes can be tried on at the Tilburg workshop.',
  });
  const removed = await engagement.comment(person('bart-jacobs'), { ideaId: jackets, body: 'Can we not just order from the webshop of the leasing company?', replyToId: null });
  const reply = await engagement.comment(person('olga-kovalenko'), {
    ideaId: jackets,
    body: 'We asked: the leasing company only has the indoor jacket. That is how we ended up with Texwear.',
    replyToId: removed,
  });
  await engagement.removeComment(person('bart-jacobs'), removed);
  const at = (days: number) => new Date(Math.min(jacketsPosted + days * DAY, now - HOUR));
  await db.query(`UPDATE comments SET created_at = $2, edited_at = $3 WHERE id = $1`, [edited, at(1), at(1.2)]);
  await db.query(`UPDATE comments SET created_at = $2, removed_at = $3 WHERE id = $1`, [removed, at(3), at(3.5)]);
  await db.query(`UPDATE comments SET created_at = $2 WHERE id = $1`, [reply, at(3.2)]);
}
