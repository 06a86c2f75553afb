import { type OutboxEvent, toGlobalId } from '@kindling/api/core';
import { NotificationsConsumer } from '@kindling/api/notifications';
import { type GraphQLClient, aDepartment, aPerson, errorReasons, eventually } from '@kindling/api/testing';
import { MailSink } from './mail-sink';
import { POST_IDEA } from './operations';
import { type TestApp, startTestApp } from './test-app';

const PUBLIC_URL = 'http://kindling.test:8080';
const INVITE = `mutation($ideaId: ID!, $personId: ID!) { inviteCoAuthor(input: { ideaId: $ideaId, personId: $personId }) { idea { id } } }`;
const ACCEPT = `mutation($ideaId: ID!) { acceptCoAuthorship(input: { ideaId: $ideaId }) { idea { id } } }`;
const PROPOSE = `mutation($ideaId: ID!, $split: [AuthorShareInput!]!) { proposeAuthorSplit(input: { ideaId: $ideaId, split: $split }) { idea { id } } }`;
const RESPOND = `mutation($ideaId: ID!, $accept: Boolean!) { respondToAuthorSplit(input: { ideaId: $ideaId, accept: $accept }) { idea { id } } }`;
const LEAVE = `mutation($ideaId: ID!, $give: ShareRecipient) { leaveIdea(input: { ideaId: $ideaId, giveShareTo: $give }) { idea { id } } }`;
const FOLLOW = `mutation($id: ID!) { followIdea(input: { ideaId: $id }) { idea { id } } }`;
const SPLIT = `query($id: ID!) { node(id: $id) { ... on Idea { authors { id } authorSplit { ppm left person { id } } } } }`;
const PREFS = `{ notificationPreferences { kinds { kind inApp email } } }`;
const LIST = `{ notifications(first: 100) { edges { node { id kind path actors { id } splitFrom { ppm } splitTo { ppm } splitOutcome leaverGaveShare
  awaitsYourAnswer cause idea { id } } } } }`;

interface Shown {
  id: string;
  kind: string;
  path: string;
  actors: Array<{ id: string }>;
  splitFrom: { ppm: number } | null;
  splitTo: { ppm: number } | null;
  splitOutcome: string | null;
  leaverGaveShare: boolean | null;
  awaitsYourAnswer: boolean | null;
  cause: string | null;
  idea: { id: string } | null;
}

const AUTHOR_KINDS = ['AUTHOR_SPLIT_PROPOSED', 'AUTHOR_SPLIT_DECIDED', 'AUTHOR_LEFT'];

/** Waits until the consumer has handled every committed event. */
async function settled(t: TestApp): Promise<void> {
  await eventually(async () => {
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM outbox_events o WHERE NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = 'outbox.notifications' AND (j.data->>'seq')::bigint = o.seq AND j.state = 'completed')`,
    );
    expect(row.n).toBe(0);
  });
}

describe('authors hear of proposed splits, their outcome and co-authors who leave', () => {
  const sink = new MailSink();
  let t: TestApp;
  let department: string;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_FROM: 'Kindling <kindling@example.test>', KINDLING_PUBLIC_URL: PUBLIC_URL });
    department = await aDepartment(t.db);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await sink.stop();
  });

  /** People by name, signed in; `idea` is posted by the first, the others invited and accepted (an equal split). */
  async function authors(...names: string[]) {
    const ids = await Promise.all(names.map((n) => aPerson(t.db, department, n)));
    const clients = await t.signedIn(ids);
    const idea: string = (await clients[0].ok(POST_IDEA, { input: { title: `Shared shuttle of ${names.join(', ')}`, body: 'Together' } })).postIdea.idea.id;
    for (const [i, client] of clients.entries()) {
      if (i === 0) continue;
      await clients[0].ok(INVITE, { ideaId: idea, personId: toGlobalId('Person', ids[i]) });
      await client.ok(ACCEPT, { ideaId: idea });
    }
    return { ids, clients, idea, gid: (i: number) => toGlobalId('Person', ids[i]) };
  }

  const heard = async (client: GraphQLClient, kinds = AUTHOR_KINDS): Promise<Shown[]> =>
    (await client.ok(LIST)).notifications.edges.map((e: { node: Shown }) => e.node).filter((n: Shown) => kinds.includes(n.kind));
  const splitOf = async (client: GraphQLClient, idea: string): Promise<Record<string, number>> =>
    Object.fromEntries((await client.ok(SPLIT, { id: idea })).node.authorSplit.map((s: { ppm: number; person: { id: string } }) => [s.person.id, s.ppm]));

  it('asks every other author for consent with their part before and after, until they answered; tells them when it applies', async () => {
    const { clients: [ann, ben, cat], idea, gid } = await authors('Ann', 'Ben', 'Cat');
    const [dan] = await t.signedIn([await aPerson(t.db, department, 'Dan follows')]);
    await dan.ok(FOLLOW, { id: idea });
    const before = await splitOf(ann, idea);
    await ann.ok(PROPOSE, { ideaId: idea, split: [{ personId: gid(0), ppm: 500_000 }, { personId: gid(1), ppm: 300_000 }, { personId: gid(2), ppm: 200_000 }] });
    await settled(t);

    const authorsCard = `/ideas/${encodeURIComponent(idea)}#authors-title`;
    for (const [client, i, to] of [[ben, 1, 300_000], [cat, 2, 200_000]] as const) {
      expect(await heard(client)).toEqual([
        expect.objectContaining({ kind: 'AUTHOR_SPLIT_PROPOSED', path: authorsCard, actors: [{ id: gid(0) }], splitFrom: { ppm: before[gid(i)] }, splitTo: { ppm: to }, awaitsYourAnswer: true, idea: { id: idea } }),
      ]);
    }
    // the proposer and a follower hear nothing of it
    expect(await heard(ann)).toEqual([]);
    expect(await heard(dan)).toEqual([]);

    // Ben consents: his no longer waits, Cat's still does; a consent that leaves the proposal open tells nobody
    await ben.ok(RESPOND, { ideaId: idea, accept: true });
    await settled(t);
    expect((await heard(ben)).map((n) => [n.kind, n.awaitsYourAnswer])).toEqual([['AUTHOR_SPLIT_PROPOSED', false]]);
    expect((await heard(cat)).map((n) => [n.kind, n.awaitsYourAnswer])).toEqual([['AUTHOR_SPLIT_PROPOSED', true]]);
    expect(await heard(ann)).toEqual([]);

    // Cat's consent applies it: Ann and Ben hear it with their part now, Cat (whose consent decided it) does not
    await cat.ok(RESPOND, { ideaId: idea, accept: true });
    await settled(t);
    for (const [client, ppm] of [[ann, 500_000], [ben, 300_000]] as const) {
      const [decided] = await heard(client, ['AUTHOR_SPLIT_DECIDED']);
      expect(decided).toMatchObject({ splitOutcome: 'APPLIED', splitTo: { ppm }, actors: [{ id: gid(2) }], path: authorsCard });
    }
    expect(await heard(cat, ['AUTHOR_SPLIT_DECIDED'])).toEqual([]);
    expect((await heard(cat)).map((n) => n.awaitsYourAnswer)).toEqual([false]);
    // and their share of the idea's credit moved with it
    expect((await heard(ann, ['CREDIT_CHANGED'])).map((n) => n.cause)).toEqual(['AUTHOR_SPLIT_CHANGED']);
  });

  it('tells the other authors when a proposal is declined or withdrawn, never the one who decided it', async () => {
    const { clients: [ann, ben, cat], idea, gid } = await authors('Ana', 'Bas', 'Cor');
    const proposal = [{ personId: gid(0), ppm: 400_000 }, { personId: gid(1), ppm: 400_000 }, { personId: gid(2), ppm: 200_000 }];
    await ben.ok(PROPOSE, { ideaId: idea, split: proposal });
    await cat.ok(RESPOND, { ideaId: idea, accept: false });
    await settled(t);
    for (const client of [ann, ben]) {
      expect((await heard(client, ['AUTHOR_SPLIT_DECIDED'])).map((n) => [n.splitOutcome, n.actors[0].id, n.splitTo])).toEqual([['DECLINED', gid(2), null]]);
    }
    expect(await heard(cat, ['AUTHOR_SPLIT_DECIDED'])).toEqual([]);
    // a closed proposal waits for nobody
    expect((await heard(ann, ['AUTHOR_SPLIT_PROPOSED'])).map((n) => n.awaitsYourAnswer)).toEqual([false]);

    await ann.ok(PROPOSE, { ideaId: idea, split: proposal });
    await ann.ok(RESPOND, { ideaId: idea, accept: false });
    await settled(t);
    for (const client of [ben, cat]) expect((await heard(client, ['AUTHOR_SPLIT_DECIDED'])).map((n) => n.splitOutcome)).toEqual(['WITHDRAWN', ...(client === ben ? ['DECLINED'] : [])]);
    expect((await heard(ann, ['AUTHOR_SPLIT_DECIDED'])).map((n) => n.splitOutcome)).toEqual(['DECLINED']);
  });

  it('tells the authors who stay that a co-author left, whether their share stayed theirs, and that an open proposal closed', async () => {
    const { clients: [ann, ben, cat], idea, gid } = await authors('Aad', 'Bea', 'Cas');
    await ann.ok(PROPOSE, { ideaId: idea, split: [{ personId: gid(0), ppm: 500_000 }, { personId: gid(1), ppm: 300_000 }, { personId: gid(2), ppm: 200_000 }] });
    const kept = await splitOf(ann, idea);
    await settled(t);
    await cat.ok(LEAVE, { ideaId: idea });
    await settled(t);
    for (const [client, i] of [[ann, 0], [ben, 1]] as const) {
      const [left] = await heard(client, ['AUTHOR_LEFT']);
      expect(left).toMatchObject({ leaverGaveShare: false, splitTo: { ppm: kept[gid(i)] }, actors: [{ id: gid(2) }] });
      expect((await heard(client, ['AUTHOR_SPLIT_DECIDED'])).map((n) => n.splitOutcome)).toEqual(['OUTDATED']);
    }
    // Cas hears nothing of his own leaving; the proposal he was asked about no longer waits for him
    expect((await heard(cat)).map((n) => [n.kind, n.awaitsYourAnswer])).toEqual([['AUTHOR_SPLIT_PROPOSED', false]]);

    // Bea leaves giving her share to Aad, the one author who stays
    await ben.ok(LEAVE, { ideaId: idea, give: 'REMAINING_AUTHORS' });
    await settled(t);
    const [gave] = await heard(ann, ['AUTHOR_LEFT']);
    expect(gave).toMatchObject({ leaverGaveShare: true, actors: [{ id: gid(1) }] });
    // Aad's part is his share of the split as it is now (Bea's weight renormalised away)
    const now = await splitOf(ann, idea);
    expect(gave.splitTo!.ppm).toBe(now[gid(0)]);
    expect(now[gid(0)]).toBeGreaterThan(kept[gid(0)]);
    expect(await heard(cat, ['AUTHOR_LEFT'])).toEqual([]);
  });

  it('tells the part a proposal replaces even when it applied before the notification was written', async () => {
    const { clients: [ann, ben], idea, gid } = await authors('Ada', 'Bob');
    await ann.ok(PROPOSE, { ideaId: idea, split: [{ personId: gid(0), ppm: 600_000 }, { personId: gid(1), ppm: 400_000 }] });
    await ben.ok(RESPOND, { ideaId: idea, accept: true });
    await settled(t);
    expect((await heard(ben, ['AUTHOR_SPLIT_PROPOSED'])).map((n) => [n.splitFrom, n.splitTo, n.awaitsYourAnswer])).toEqual([[{ ppm: 500_000 }, { ppm: 400_000 }, false]]);
    expect((await heard(ann, ['AUTHOR_SPLIT_DECIDED'])).map((n) => [n.splitOutcome, n.splitTo])).toEqual([['APPLIED', { ppm: 600_000 }]]);
  });

  it('makes nothing twice when the consumer handles the events again', async () => {
    await settled(t);
    const rows = () => t.db.query(`SELECT id, person_id::text, kind, data FROM notifications ORDER BY id`);
    const before = await rows();
    const events: OutboxEvent[] = await t.db.query(
      `SELECT seq::text AS seq, occurred_at AS "occurredAt", type, actor_id::text AS "actorId", payload FROM outbox_events WHERE type LIKE 'AUTHOR_%' ORDER BY seq`,
    );
    expect(events.length).toBeGreaterThan(5);
    const consumer = t.app.get(NotificationsConsumer);
    for (const event of events) await consumer.handle(event);
    expect(await rows()).toEqual(before);
  });

  it('mails a proposal to a Dutch author in Dutch, linking to the authors card; decisions stay in the app unless chosen', async () => {
    const { ids, clients: [ann, bob], idea, gid } = await authors('Ann Admiraal', 'Bob de Boer');
    await bob.ok(`mutation { updateViewerLanguage(input: { language: NL }) { viewer { id } } }`);
    const prefs = (await bob.ok(PREFS)).notificationPreferences.kinds.filter((k: { kind: string }) => AUTHOR_KINDS.includes(k.kind));
    expect(prefs).toEqual([
      { kind: 'AUTHOR_SPLIT_PROPOSED', inApp: true, email: true },
      { kind: 'AUTHOR_SPLIT_DECIDED', inApp: true, email: false },
      { kind: 'AUTHOR_LEFT', inApp: true, email: false },
    ]);
    await ann.ok(PROPOSE, { ideaId: idea, split: [{ personId: gid(0), ppm: 700_000 }, { personId: gid(1), ppm: 300_000 }] });
    const [{ email }] = await t.db.query(`SELECT email FROM people WHERE id = $1`, [ids[1]]);
    const proposalMail = (address: string) => sink.to(address).filter((m) => m.subject?.includes('nieuwe verdeling'));
    const [mail] = await eventually(() => {
      const mails = proposalMail(email);
      expect(mails).toHaveLength(1);
      return mails;
    });
    expect(mail.subject).toBe(`Ann Admiraal stelt een nieuwe verdeling tussen de auteurs van “Shared shuttle of Ann Admiraal, Bob de Boer” voor`);
    expect(mail.text).toContain('Jouw deel van de verdeling: nu 50,0 %, met het voorstel 30,0 %.');
    expect(mail.text).toContain('Het voorstel wacht op jouw antwoord');
    const authorsCard = `${PUBLIC_URL}/ideas/${encodeURIComponent(idea)}#authors-title`;
    expect(mail.text).toContain(authorsCard);
    expect(String(mail.html)).toContain(`href="${authorsCard}"`);
    expect(String(mail.html)).toContain('voorstellen om de verdeling tussen de auteurs te wijzigen');

    // Bob declines: Ann hears it in the app, and its mail job decides not to mail her
    await bob.ok(RESPOND, { ideaId: idea, accept: false });
    await settled(t);
    const [decided] = await heard(ann, ['AUTHOR_SPLIT_DECIDED']);
    expect(decided.splitOutcome).toBe('DECLINED');
    const [{ id: notificationId }] = await t.db.query(`SELECT id::text AS id FROM notifications WHERE person_id = $1 AND kind = 'AUTHOR_SPLIT_DECIDED'`, [ids[0]]);
    await eventually(async () => {
      const [job] = await t.db.query(`SELECT state FROM pgboss.job WHERE name = 'mail.send' AND data->>'notificationId' = $1`, [notificationId]);
      expect(job?.state).toBe('completed');
    });
    const [{ email: annEmail }] = await t.db.query(`SELECT email FROM people WHERE id = $1`, [ids[0]]);
    expect(sink.to(annEmail).map((m) => m.subject)).toEqual([`Bob de Boer accepted your invitation to co-author “Shared shuttle of Ann Admiraal, Bob de Boer”`]);
  });

  it('invites back a co-author who left giving their share away; refuses one who kept theirs as ALREADY_AUTHOR', async () => {
    const { clients: [ann, ben, cat], idea, gid } = await authors('Alma', 'Bram', 'Cleo');
    await ben.ok(LEAVE, { ideaId: idea, give: 'REMAINING_AUTHORS' });
    await cat.ok(LEAVE, { ideaId: idea });
    // Cleo kept her share, so she is still in the split: inviting her is refused
    expect(errorReasons(await ann.request(INVITE, { ideaId: idea, personId: gid(2) }))).toEqual(['ALREADY_AUTHOR']);
    // Bram gave his away: he is invited as anyone else and is an author again once he accepts
    await ann.ok(INVITE, { ideaId: idea, personId: gid(1) });
    await ben.ok(ACCEPT, { ideaId: idea });
    expect((await ann.ok(SPLIT, { id: idea })).node.authors.map((a: { id: string }) => a.id)).toEqual([gid(0), gid(1)]);
  });
});
