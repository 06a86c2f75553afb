import { LANGUAGES, NOTIFICATION_KINDS, type NotificationData, type NotificationKind } from '@kindling/shared/rules';
import { type MailNotification, escapeHtml, percent, renderDigestMail, renderNotificationMail } from './mail.content';

const DATA: { [K in NotificationKind]: NotificationData[K] } = {
  STATUS_CHANGED: { from: 'NEW', to: 'ACCEPTED', response: 'Yes <please>', sharePpm: 42_000 },
  MERGED: { intoIdeaId: '2', sharePpm: 10_000 },
  RETENTION_CHANGED: { retention: 0.6, reason: 'Mostly new', sharePpm: null },
  MODERATED: { action: 'HIDDEN', reason: 'Personal data', commentId: null, sharePpm: null },
  BUILT_ON: { childIdeaId: '2' },
  COMMENTED: { commentId: '5' },
  REPLIED: { commentId: '6' },
  COAUTHOR_INVITED: {},
  COAUTHOR_ANSWERED: { accepted: false },
  ENDORSED: {},
  CREDIT_CHANGED: { fromPpm: 31_000, toPpm: 40_000, causeIdeaId: '2', cause: 'BUILT_ON' },
  WEBHOOK_DISABLED: { endpointId: '1', url: 'https://intranet.example/hook', reason: '410 Gone' },
  AUTHOR_SPLIT_PROPOSED: { proposalId: '3', splitFromPpm: 500_000, splitToPpm: 400_000 },
  AUTHOR_SPLIT_DECIDED: { proposalId: '3', outcome: 'declined', splitToPpm: null },
  AUTHOR_LEFT: { gaveShare: true, splitToPpm: 1_000_000 },
};

const links = { preferencesUrl: 'https://k.example/settings/notifications', unsubscribeUrl: 'https://k.example/unsubscribe/abc' };

function item(kind: NotificationKind, title = 'Bike sheds'): MailNotification {
  return {
    kind,
    data: DATA[kind] as Record<string, unknown>,
    idea: { title, url: 'https://k.example/ideas/1' },
    otherIdea: { title: 'Showers', url: 'https://k.example/ideas/2' },
    actorNames: ['Ann', 'Bob'],
    readerIsAuthor: true,
    url: 'https://k.example/ideas/1',
  };
}

describe('mail content', () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const)))('renders %s in %s with every placeholder filled', (kind, language) => {
    const mail = renderNotificationMail(item(kind), { name: 'Carol', language }, links);
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/\{\w+\}|undefined|null|NaN/);
    }
    expect(mail.subject.length).toBeGreaterThan(10);
    expect(mail.text).toContain(links.unsubscribeUrl);
    expect(mail.html).toContain(`href="${links.preferencesUrl}"`);
  });

  it('says what happened in words, with the share in the reader’s notation', () => {
    expect(renderNotificationMail(item('STATUS_CHANGED'), { name: 'Carol', language: 'en' }, links).subject).toBe('Your idea “Bike sheds” was accepted');
    expect(renderNotificationMail(item('CREDIT_CHANGED'), { name: 'Carol', language: 'nl' }, links).subject).toBe('Je aandeel in “Bike sheds” steeg van 3,1 % naar 4,0 %');
    expect(renderNotificationMail(item('ENDORSED'), { name: 'Carol', language: 'en' }, links).subject).toBe('2 colleagues endorsed “Bike sheds”');
    expect(percent(42_000, 'en')).toBe('4.2 %');
    expect(percent(42_000, 'nl')).toBe('4,2 %');
  });

  it('never lets user text become markup', () => {
    const hostile = '<img src=x onerror=alert(1)> & "quotes"';
    const mail = renderNotificationMail(item('STATUS_CHANGED', hostile), { name: '<b>Carol</b>', language: 'en' }, links);
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>Carol');
    expect(mail.html).toContain(escapeHtml(hostile));
    expect(mail.html).toContain('Yes &lt;please&gt;');
  });

  it('groups a digest by idea', () => {
    const a = item('BUILT_ON', 'Idea A');
    const b = { ...item('COMMENTED', 'Idea B'), idea: { title: 'Idea B', url: 'https://k.example/ideas/9' } };
    const mail = renderDigestMail([a, item('REPLIED', 'Idea A'), b], 'WEEKLY', { name: 'Carol', language: 'nl' }, links);
    expect(mail.subject).toBe('Je Kindling-overzicht: 3 meldingen');
    expect(mail.text.match(/Idea A </g)).toHaveLength(1);
    expect(mail.text.indexOf('Idea A <')).toBeLessThan(mail.text.indexOf('Idea B <'));
    expect(mail.text).toContain('wekelijks overzicht');
  });

  it('tells an author what a proposed split does to them and that it waits for their answer, and how proposals and leavers end', () => {
    const en = renderNotificationMail(item('AUTHOR_SPLIT_PROPOSED'), { name: 'Carol', language: 'en' }, links);
    expect(en.subject).toBe('Ann and Bob proposed a new split between the authors of “Bike sheds”');
    expect(en.text).toContain('Your part of the split: 50.0 % now, 40.0 % under the proposal.');
    expect(en.text).toContain('It waits for your answer');
    const nl = renderNotificationMail(item('AUTHOR_SPLIT_PROPOSED'), { name: 'Carol', language: 'nl' }, links);
    expect(nl.text).toContain('Jouw deel van de verdeling: nu 50,0 %, met het voorstel 40,0 %.');
    expect(nl.text).toContain('wacht op jouw antwoord');
    const decided = (outcome: string, splitToPpm: number | null) => ({ ...item('AUTHOR_SPLIT_DECIDED'), actorNames: ['Ann'], data: { proposalId: '3', outcome, splitToPpm } });
    expect(renderNotificationMail(decided('applied', 600_000), { name: 'Carol', language: 'en' }, links).text).toContain('Your part of the split is now 60.0 %.');
    expect(renderNotificationMail(decided('declined', null), { name: 'Carol', language: 'en' }, links).subject).toBe('Ann declined the proposed split of “Bike sheds”; the split stays as it was');
    expect(renderNotificationMail(decided('withdrawn', null), { name: 'Carol', language: 'nl' }, links).subject).toBe('Ann trok de voorgestelde verdeling van “Bike sheds” in; de verdeling blijft zoals ze was');
    const kept = { ...item('AUTHOR_LEFT'), actorNames: ['Ann'], data: { gaveShare: false, splitToPpm: 500_000 } };
    expect(renderNotificationMail(kept, { name: 'Carol', language: 'en' }, links).text).toContain('They keep their share; your part of the split stays 50.0 %.');
    expect(renderNotificationMail(item('AUTHOR_LEFT'), { name: 'Carol', language: 'en' }, links).text).toContain('Their share went to the authors who stay: your part of the split is now 100.0 %.');
  });
});
