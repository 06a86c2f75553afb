import { randomBytes } from 'node:crypto';
import { fromGlobalId, toGlobalId } from '@kindling/api/core';
import { MailRelay, digestPeriod } from '@kindling/api/mail';
import { aDepartment, aPerson, eventually } from '@kindling/api/testing';
import { POST_IDEA } from './operations';
import { type TestApp, startTestApp } from './test-app';
import { MailSink, headerLine } from './mail-sink';

const PUBLIC_URL = 'http://kindling.test:8080';

/**
 * Fixture standing in for the notifications domain (merged separately): a notification row as the contract of
 * migration 1764900000100 says, with the outbox row its event_seq references, and the NOTIFY that domain sends.
 */
async function aNotificationFixture(
  t: TestApp,
  n: { personId: string; kind: string; ideaId?: string | null; actorIds?: string[]; data?: object; updatedAt?: Date },
): Promise<string> {
  return t.db.transaction(async (m) => {
    const [event] = await m.query(`INSERT INTO outbox_events (type, actor_id, payload) VALUES ('TEST_FIXTURE', NULL, '{}') RETURNING seq::text AS seq`);
    const [row] = await m.query(
      `INSERT INTO notifications (person_id, kind, coalesce_key, idea_id, actor_ids, event_seq, data, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5::bigint[], $6, $7, coalesce($8, now()), coalesce($8, now())) RETURNING id::text AS id`,
      [n.personId, n.kind, `fixture:${randomBytes(6).toString('hex')}`, n.ideaId ?? null, n.actorIds ?? [], event.seq, JSON.stringify(n.data ?? {}), n.updatedAt ?? null],
    );
    await m.query(`SELECT pg_notify('kindling_notification', $1)`, [`${n.personId}:${row.id}`]);
    return row.id as string;
  });
}

/** Waits until the mail job of a notification has run to its end (sent or deliberately not). */
async function mailJobDone(t: TestApp, notificationId: string): Promise<void> {
  await eventually(async () => {
    const [job] = await t.db.query(`SELECT state FROM pgboss.job WHERE name = 'mail.send' AND data->>'notificationId' = $1`, [notificationId]);
    expect(job?.state).toBe('completed');
  });
}

async function emailOf(t: TestApp, personId: string): Promise<string> {
  const [row] = await t.db.query(`SELECT email FROM people WHERE id = $1`, [personId]);
  return row.email;
}

describe('e-mail', () => {
  const sink = new MailSink();
  let t: TestApp;
  let ann: string; // English, author
  let bob: string; // Dutch, holds credit
  let carol: string; // e-mail off for status changes
  let dave: string; // daily digest
  let erin: string; // daily digest, nothing to report
  let ideaId: string; // local id, posted by Ann
  const title = 'Bike <b>sheds</b> & showers';

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_FROM: 'Kindling <kindling@example.test>', KINDLING_PUBLIC_URL: PUBLIC_URL });
    const department = await aDepartment(t.db);
    [ann, bob, carol, dave, erin] = [
      await aPerson(t.db, department, 'Ann Admiraal'),
      await aPerson(t.db, department, 'Bob de Boer'),
      await aPerson(t.db, department, 'Carol Claes'),
      await aPerson(t.db, department, 'Dave Dekker'),
      await aPerson(t.db, department, 'Erin Eng'),
    ];
    const [annClient, bobClient] = await t.signedIn([ann, bob]);
    const posted = await annClient.ok(POST_IDEA, { input: { title, body: 'Covered parking for bikes.' } });
    ideaId = fromGlobalId(posted.postIdea.idea.id).id;
    await bobClient.ok(`mutation { updateViewerLanguage(input: { language: NL }) { viewer { id language } } }`);
    await t.db.query(`INSERT INTO notification_preferences (person_id, kind, in_app, email) VALUES ($1, 'STATUS_CHANGED', true, false)`, [carol]);
    await t.db.query(`UPDATE people SET email_frequency = 'DAILY' WHERE id = ANY($1::bigint[])`, [[dave, erin]]);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await sink.stop();
  });

  it('stores the language from the switch, shows it only to its owner', async () => {
    const [bobClient, annClient] = await t.signedIn([bob, ann]);
    expect((await bobClient.ok(`{ viewer { language } }`)).viewer.language).toBe('NL');
    const other = await annClient.ok(`query($id: ID!) { viewer { language } node(id: $id) { ... on Person { language } } }`, { id: toGlobalId('Person', bob) });
    expect(other).toEqual({ viewer: { language: 'EN' }, node: { language: null } });
    const bad = await annClient.request(`mutation { updateViewerLanguage(input: { language: DE }) { viewer { id } } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const signedOut = await t.client().request(`mutation { updateViewerLanguage(input: { language: NL }) { viewer { id } } }`);
    expect(signedOut.status).toBe(401);
  });

  it('keeps a language seen in a browser apart from a choice: only a choice is shown as chosen, and a seen one never replaces it', async () => {
    const [annClient, bobClient] = await t.signedIn([ann, bob]);
    const LANG = `{ viewer { language languageChosen } }`;
    const set = (client: typeof annClient, language: string, chosen: boolean) =>
      client.ok(`mutation($input: UpdateViewerLanguageInput!) { updateViewerLanguage(input: $input) { viewer { id } } }`, { input: { language, chosen } });
    expect((await annClient.ok(LANG)).viewer).toEqual({ language: 'EN', languageChosen: false });
    // Ann reads in a Dutch browser without touching the switch: her e-mail follows it, but it is no choice
    await set(annClient, 'NL', false);
    expect((await annClient.ok(LANG)).viewer).toEqual({ language: 'NL', languageChosen: false });
    await set(annClient, 'EN', false);
    // Bob chose Dutch with the switch: an English browser elsewhere does not undo that
    expect((await bobClient.ok(LANG)).viewer).toEqual({ language: 'NL', languageChosen: true });
    await set(bobClient, 'EN', false);
    expect((await bobClient.ok(LANG)).viewer).toEqual({ language: 'NL', languageChosen: true });
  });

  it('mails a notification at once, in English to an English reader: subject, HTML and text, links, List-Unsubscribe', async () => {
    const id = await aNotificationFixture(t, { personId: ann, kind: 'STATUS_CHANGED', ideaId, data: { from: 'NEW', to: 'ACCEPTED', response: 'We will build it <now>.', sharePpm: 600_000 } });
    const annEmail = await emailOf(t, ann);
    const [mail] = await eventually(() => {
      const mails = sink.to(annEmail);
      expect(mails).toHaveLength(1);
      return mails;
    });
    await mailJobDone(t, id);
    expect(mail.subject).toBe(`Your idea “${title}” was accepted`);
    expect(mail.from?.value).toEqual([{ name: 'Kindling', address: 'kindling@example.test' }]);
    expect(mail.text).toContain('We will build it <now>.');
    expect(mail.text).toContain('You hold 60.0 % of this idea.');
    const ideaUrl = `${PUBLIC_URL}/ideas/${encodeURIComponent(toGlobalId('Idea', ideaId))}`;
    expect(mail.text).toContain(ideaUrl);
    const html = String(mail.html);
    // user text is escaped, never markup
    expect(html).toContain('Bike &lt;b&gt;sheds&lt;/b&gt; &amp; showers');
    expect(html).not.toContain('<b>sheds');
    expect(html).toContain('We will build it &lt;now&gt;.');
    expect(html).toContain(`href="${ideaUrl}"`);
    expect(html).toContain(`href="${PUBLIC_URL}/settings/notifications"`);
    expect(html).toContain('because e-mail is on for status changes');
    const unsubscribe = headerLine(mail, 'List-Unsubscribe');
    expect(unsubscribe).toMatch(new RegExp(`^<${PUBLIC_URL.replace(/\./g, '\\.')}/unsubscribe/[A-Za-z0-9_-]{43}>$`));
    expect(headerLine(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(html).toContain(`href="${unsubscribe!.slice(1, -1)}"`);
  });

  it('mails a Dutch reader in Dutch, with their share, and withholds a hidden idea’s title from a non-author', async () => {
    await aNotificationFixture(t, { personId: bob, kind: 'STATUS_CHANGED', ideaId, data: { from: 'NEW', to: 'ACCEPTED', response: 'Goed plan.', sharePpm: 42_000 } });
    const bobEmail = await emailOf(t, bob);
    const [mail] = await eventually(() => {
      const mails = sink.to(bobEmail);
      expect(mails).toHaveLength(1);
      return mails;
    });
    expect(mail.subject).toBe(`“${title}” is aangenomen`);
    expect(mail.text).toContain('Je hebt 4,2 % van dit idee.');
    expect(mail.text).toContain('Hallo Bob de Boer,');
    expect(String(mail.html)).toContain('<html lang="nl">');
    expect(String(mail.html)).toContain('Meldingsvoorkeuren');

    await t.db.query(`UPDATE ideas SET hidden_at = now(), hidden_reason = 'fixture', hidden_by = $2 WHERE id = $1`, [ideaId, ann]);
    try {
      await aNotificationFixture(t, { personId: bob, kind: 'MODERATED', ideaId, data: { action: 'HIDDEN', reason: 'Personal data', commentId: null, sharePpm: 42_000 } });
      const annId = await aNotificationFixture(t, { personId: ann, kind: 'MODERATED', ideaId, data: { action: 'HIDDEN', reason: 'Personal data', commentId: null, sharePpm: 600_000 } });
      const [hidden] = await eventually(() => {
        const mails = sink.to(bobEmail).filter((m) => m.subject?.includes('moderator'));
        expect(mails).toHaveLength(1);
        return mails;
      });
      expect(hidden.subject).toBe('Een moderator verborg “Verborgen door een moderator”');
      expect(`${hidden.text}${String(hidden.html)}`).not.toContain('Bike');
      await mailJobDone(t, annId);
      const annEmail = await emailOf(t, ann);
      // the author still reads the title
      expect(sink.to(annEmail).map((m) => m.subject)).toContain(`A moderator hid “${title}”`);
    } finally {
      await t.db.query(`UPDATE ideas SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL WHERE id = $1`, [ideaId]);
    }
  });

  it('respects preferences: no mail for a kind with e-mail off, none at once for a daily-digest reader, one per coalesced notification', async () => {
    const carolId = await aNotificationFixture(t, { personId: carol, kind: 'STATUS_CHANGED', ideaId, data: { from: 'NEW', to: 'DECLINED', response: 'No.', sharePpm: null } });
    const daveId = await aNotificationFixture(t, { personId: dave, kind: 'STATUS_CHANGED', ideaId, data: { from: 'NEW', to: 'DECLINED', response: 'No.', sharePpm: null } });
    // endorsements are not mailed by default; Carol turned them on
    await t.db.query(`INSERT INTO notification_preferences (person_id, kind, in_app, email) VALUES ($1, 'ENDORSED', true, true)`, [carol]);
    const endorsedId = await aNotificationFixture(t, { personId: carol, kind: 'ENDORSED', ideaId, actorIds: [ann] });
    await Promise.all([mailJobDone(t, carolId), mailJobDone(t, daveId), mailJobDone(t, endorsedId)]);
    const carolEmail = await emailOf(t, carol);
    expect(sink.to(carolEmail).map((m) => m.subject)).toEqual([`Ann Admiraal endorsed “${title}”`]);
    expect(sink.to(await emailOf(t, dave))).toHaveLength(0);

    // the coalesced row grows (Bob endorses too): the same notification, no second mail
    await t.db.transaction(async (m) => {
      await m.query(`UPDATE notifications SET actor_ids = actor_ids || $2::bigint, updated_at = now() WHERE id = $1`, [endorsedId, bob]);
      await m.query(`SELECT pg_notify('kindling_notification', $1)`, [`${carol}:${endorsedId}`]);
    });
    const sentinel = await aNotificationFixture(t, { personId: carol, kind: 'BUILT_ON', ideaId, actorIds: [bob], data: { childIdeaId: ideaId } });
    await mailJobDone(t, sentinel);
    expect(sink.to(carolEmail).map((m) => m.subject)).toEqual([`Ann Admiraal endorsed “${title}”`, `Bob de Boer built on your idea “${title}”: “${title}”`]);
  });

  it('unsubscribes with one click, without signing in: GET asks and changes nothing, POST turns that kind off; a bad token is a 404', async () => {
    const annEmail = await emailOf(t, ann);
    const mail = sink.to(annEmail).find((m) => m.subject?.startsWith('Your idea'))!;
    const link = headerLine(mail, 'List-Unsubscribe')!.slice(1, -1).replace(PUBLIC_URL, t.url);
    const preferences = () => t.db.query(`SELECT kind, in_app AS "inApp", email FROM notification_preferences WHERE person_id = $1`, [ann]);

    const asked = await fetch(link);
    expect(asked.status).toBe(200);
    const askPage = await asked.text();
    expect(askPage).toContain('Stop e-mail about status changes?');
    expect(askPage).toContain('<form method="post">');
    expect(askPage).not.toContain('<script');
    expect(asked.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await preferences()).toEqual([]);

    // RFC 8058: the mail client POSTs List-Unsubscribe=One-Click, no cookie
    const done = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(done.status).toBe(200);
    const donePage = await done.text();
    expect(donePage).toContain('Done: you get no more e-mail about status changes.');
    expect(donePage).toContain(`href="${PUBLIC_URL}/settings/notifications"`);
    expect(await preferences()).toEqual([{ kind: 'STATUS_CHANGED', inApp: true, email: false }]);

    const after = await aNotificationFixture(t, { personId: ann, kind: 'STATUS_CHANGED', ideaId, data: { from: 'ACCEPTED', to: 'IN_PROGRESS', response: 'Started.', sharePpm: null } });
    await mailJobDone(t, after);
    expect(sink.to(annEmail).filter((m) => m.subject?.includes('in progress'))).toHaveLength(0);

    // the page speaks the token owner's language
    const bobMail = sink.to(await emailOf(t, bob))[0];
    const dutch = await (await fetch(headerLine(bobMail, 'List-Unsubscribe')!.slice(1, -1).replace(PUBLIC_URL, t.url))).text();
    expect(dutch).toContain('<html lang="nl">');
    expect(dutch).toContain('Geen e-mail meer over statuswijzigingen?');

    for (const bad of ['nonsense', randomBytes(32).toString('base64url')]) {
      for (const method of ['GET', 'POST']) {
        const response = await fetch(`${t.url}/unsubscribe/${bad}`, { method });
        expect(response.status).toBe(404);
        expect(await response.text()).toContain('This unsubscribe link is not valid. Nothing was changed.');
      }
    }
    expect(await preferences()).toEqual([{ kind: 'STATUS_CHANGED', inApp: true, email: false }]);
  });

  it('sends a daily digest grouped by idea, only what has e-mail on, once per day, nothing when there is nothing', async () => {
    const [daveClient] = await t.signedIn([dave]);
    const other = fromGlobalId((await daveClient.ok(POST_IDEA, { input: { title: 'Standing desks', body: 'For everyone.' } })).postIdea.idea.id).id;
    const hourAgo = new Date(Date.now() - 3_600_000);
    await aNotificationFixture(t, { personId: dave, kind: 'BUILT_ON', ideaId: other, actorIds: [bob], data: { childIdeaId: ideaId }, updatedAt: hourAgo });
    await aNotificationFixture(t, { personId: dave, kind: 'COMMENTED', ideaId: other, actorIds: [bob], data: { commentId: '1' }, updatedAt: hourAgo });
    await aNotificationFixture(t, { personId: dave, kind: 'COAUTHOR_INVITED', ideaId: other, actorIds: [carol], updatedAt: hourAgo });
    const relay = t.app.get(MailRelay);
    const now = new Date();
    expect(await relay.runDigests('DAILY', now)).toBe(2); // Dave and Erin
    const daveEmail = await emailOf(t, dave);
    const [digest] = await eventually(() => {
      const mails = sink.to(daveEmail);
      expect(mails).toHaveLength(1);
      return mails;
    });
    // the status change of the earlier test (DAILY: not sent at once) is in it too
    expect(digest.subject).toBe('Your Kindling digest: 3 notifications');
    const text = digest.text!;
    expect(text).toContain(`Bob de Boer built on your idea “Standing desks”: “${title}”`);
    expect(text).toContain('Carol Claes invited you to co-author “Standing desks”');
    expect(text).toContain(`“${title}” was declined`);
    expect(text).not.toContain('commented'); // comments are not e-mailed by default
    // grouped: each idea's title once as a heading, its lines under it
    expect(text.indexOf('Standing desks <')).toBeLessThan(text.indexOf('Carol Claes invited'));
    expect(String(digest.html)).toContain('you chose a daily digest');
    expect(headerLine(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // a second run for the same day sends nothing more
    expect(await relay.runDigests('DAILY', now)).toBe(2);
    await eventually(async () => {
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.digest' AND state = 'completed'`);
      expect(row.n).toBe(4);
    });
    expect(sink.to(daveEmail)).toHaveLength(1);
    expect(sink.to(await emailOf(t, erin))).toHaveLength(0);

    // the digest's unsubscribe link turns e-mail off altogether
    const link = headerLine(digest, 'List-Unsubscribe')!.slice(1, -1).replace(PUBLIC_URL, t.url);
    expect((await fetch(link, { method: 'POST' })).status).toBe(200);
    const [person] = await t.db.query(`SELECT email_frequency AS f FROM people WHERE id = $1`, [dave]);
    expect(person.f).toBe('OFF');
  });

  it('delivers a mail once the SMTP server is back after being down, exactly once', async () => {
    const port = sink.port;
    await sink.stop();
    const erinEmail = await emailOf(t, erin);
    await t.db.query(`UPDATE people SET email_frequency = 'IMMEDIATELY' WHERE id = $1`, [erin]);
    const id = await aNotificationFixture(t, { personId: erin, kind: 'COAUTHOR_INVITED', ideaId, actorIds: [ann] });
    await eventually(async () => {
      const [job] = await t.db.query(`SELECT state, retry_count AS n FROM pgboss.job WHERE name = 'mail.send' AND data->>'notificationId' = $1`, [id]);
      expect(job?.state === 'retry' || job?.n >= 1).toBe(true);
    });
    await sink.start(port);
    await mailJobDone(t, id);
    expect(sink.to(erinEmail).map((m) => m.subject)).toEqual([`Ann Admiraal invited you to co-author “${title}”`]);
    const [log] = await t.db.query(`SELECT count(*)::int AS n FROM mail_log WHERE notification_id = $1`, [id]);
    expect(log.n).toBe(1);
  }, 60_000);
});

describe('digest schedule', () => {
  it('runs daily and on Mondays at the digest hour in the configured time zone; periods are local days and weeks', async () => {
    const t = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:9', MAIL_FROM: 'kindling@example.test', KINDLING_DIGEST_HOUR: '7', KINDLING_TIME_ZONE: 'America/New_York' });
    try {
      const rows = await t.db.query(`SELECT name, cron, timezone FROM pgboss.schedule WHERE name LIKE 'mail.%' ORDER BY name`);
      expect(rows).toEqual([
        { name: 'mail.digests.daily', cron: '0 7 * * *', timezone: 'America/New_York' },
        { name: 'mail.digests.weekly', cron: '0 7 * * 1', timezone: 'America/New_York' },
      ]);
    } finally {
      await t.close();
    }
    // 23:30 UTC on Sunday 6 December 2026 is already Monday in Amsterdam
    const lateSunday = new Date('2026-12-06T23:30:00Z');
    expect(digestPeriod(lateSunday, 'DAILY', 'Europe/Amsterdam')).toBe('2026-12-07');
    expect(digestPeriod(lateSunday, 'DAILY', 'UTC')).toBe('2026-12-06');
    expect(digestPeriod(lateSunday, 'WEEKLY', 'Europe/Amsterdam')).toBe('2026-12-07');
    expect(digestPeriod(lateSunday, 'WEEKLY', 'UTC')).toBe('2026-11-30');
  });
});

describe('e-mail off', () => {
  it('sends nothing and queues nothing when SMTP_URL is unset', async () => {
    const t = await startTestApp({});
    try {
      const department = await aDepartment(t.db);
      const person = await aPerson(t.db, department);
      await aNotificationFixture(t, { personId: person, kind: 'COAUTHOR_INVITED' });
      const [cursors] = await t.db.query(`SELECT count(*)::int AS n FROM mail_cursors`);
      const [queues] = await t.db.query(`SELECT count(*)::int AS n FROM pgboss.queue WHERE name LIKE 'mail.%'`);
      expect([cursors.n, queues.n]).toEqual([0, 0]);
    } finally {
      await t.close();
    }
  });

  it('refuses SMTP_URL without MAIL_FROM, and a bad time zone or digest hour', async () => {
    const { loadConfig } = await import('../src/config');
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:25' })).toThrow(/MAIL_FROM is required/);
    expect(() => loadConfig({ KINDLING_TIME_ZONE: 'Mars/Olympus' })).toThrow(/IANA time zone/);
    expect(() => loadConfig({ KINDLING_DIGEST_HOUR: '24' })).toThrow(/KINDLING_DIGEST_HOUR/);
    expect(loadConfig({}).mail).toEqual({ smtpUrl: null, from: '', publicUrl: 'http://localhost:3000', digestHour: 8, timeZone: 'Europe/Amsterdam' });
  });
});
