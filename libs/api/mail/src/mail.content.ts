import type { Language, NotificationData, NotificationKind } from '@kindling/shared/rules';

/** A notification as the mailer renders it: the idea's title is already masked for the reader. */
export interface MailNotification {
  kind: NotificationKind;
  data: Record<string, unknown>;
  /** Null for notifications about no idea (a webhook endpoint). */
  idea: { title: string; url: string } | null;
  /** The other idea the notification names (the idea merged into, the build-on, the cause), masked too. */
  otherIdea: { title: string; url: string } | null;
  actorNames: string[];
  /** Whether the reader is an author of the idea ("Your idea …"). */
  readerIsAuthor: boolean;
  /** Where the mail's main link goes. */
  url: string;
}

export interface MailLinks {
  preferencesUrl: string;
  unsubscribeUrl: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

type Words = Record<Language, string>;

const STATUS_PHRASES: Record<string, Words> = {
  NEW: { en: 'is new again', nl: 'is weer nieuw' },
  UNDER_REVIEW: { en: 'is under review', nl: 'wordt beoordeeld' },
  ACCEPTED: { en: 'was accepted', nl: 'is aangenomen' },
  IN_PROGRESS: { en: 'is in progress', nl: 'is in uitvoering' },
  IMPLEMENTED: { en: 'was implemented', nl: 'is uitgevoerd' },
  DECLINED: { en: 'was declined', nl: 'is afgewezen' },
  MERGED: { en: 'was merged', nl: 'is samengevoegd' },
};

const KIND_LABELS: Record<NotificationKind, Words> = {
  STATUS_CHANGED: { en: 'status changes', nl: 'statuswijzigingen' },
  MERGED: { en: 'merges', nl: 'samenvoegingen' },
  RETENTION_CHANGED: { en: 'originality (retention) changes', nl: 'wijzigingen in originaliteit (retentie)' },
  MODERATED: { en: 'moderation', nl: 'moderatie' },
  BUILT_ON: { en: 'build-ons of your ideas', nl: 'voortbouwen op je ideeën' },
  COMMENTED: { en: 'comments', nl: 'reacties' },
  REPLIED: { en: 'replies to your comments', nl: 'antwoorden op je reacties' },
  COAUTHOR_INVITED: { en: 'co-author invitations', nl: 'uitnodigingen voor mede-auteurschap' },
  COAUTHOR_ANSWERED: { en: 'answers to your co-author invitations', nl: 'antwoorden op je uitnodigingen voor mede-auteurschap' },
  ENDORSED: { en: 'endorsements', nl: 'steunbetuigingen' },
  CREDIT_CHANGED: { en: 'changes in your credit', nl: 'wijzigingen in je krediet' },
  WEBHOOK_DISABLED: { en: 'disabled webhooks', nl: 'uitgeschakelde webhooks' },
  AUTHOR_SPLIT_PROPOSED: { en: 'proposed changes to the authors’ split', nl: 'voorstellen om de verdeling tussen de auteurs te wijzigen' },
  AUTHOR_SPLIT_DECIDED: { en: 'decisions on proposed splits', nl: 'besluiten over voorgestelde verdelingen' },
  AUTHOR_LEFT: { en: 'co-authors who leave your ideas', nl: 'mede-auteurs die je ideeën verlaten' },
};

const COMMON = {
  hello: { en: 'Hello {name},', nl: 'Hallo {name},' },
  open: { en: 'Open in Kindling', nl: 'Openen in Kindling' },
  share: { en: 'You hold {share} of this idea.', nl: 'Je hebt {share} van dit idee.' },
  response: { en: 'The response:', nl: 'De reactie:' },
  reason: { en: 'Reason:', nl: 'Reden:' },
  whyKind: {
    en: 'You get this e-mail because e-mail is on for {kind} in your Kindling preferences.',
    nl: 'Je krijgt deze e-mail omdat e-mail aan staat voor {kind} in je Kindling-voorkeuren.',
  },
  whyDigest: {
    en: 'You get this e-mail because you chose a {frequency} digest in your Kindling preferences.',
    nl: 'Je krijgt deze e-mail omdat je in je Kindling-voorkeuren een {frequency} overzicht koos.',
  },
  daily: { en: 'daily', nl: 'dagelijks' },
  weekly: { en: 'weekly', nl: 'wekelijks' },
  preferences: { en: 'Notification preferences', nl: 'Meldingsvoorkeuren' },
  unsubscribeKind: { en: 'Unsubscribe from e-mail about {kind}', nl: 'Geen e-mail meer over {kind}' },
  unsubscribeDigest: { en: 'Unsubscribe from the digest', nl: 'Afmelden voor het overzicht' },
  digestSubject: { en: 'Your Kindling digest: {count} notifications', nl: 'Je Kindling-overzicht: {count} meldingen' },
  digestSubjectOne: { en: 'Your Kindling digest: 1 notification', nl: 'Je Kindling-overzicht: 1 melding' },
  digestLead: { en: 'What happened since your last digest:', nl: 'Wat er gebeurde sinds je vorige overzicht:' },
  other: { en: 'Other', nl: 'Overig' },
  colleague: { en: 'A colleague', nl: 'Een collega' },
} satisfies Record<string, Words>;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ''));
}

/** Parts per million as a percentage with one decimal, in the reader's notation: 4.2 % / 4,2 %. */
export function percent(ppm: number, lang: Language): string {
  const value = (ppm / 10_000).toFixed(1);
  return `${lang === 'nl' ? value.replace('.', ',') : value} %`;
}

const quote = (title: string) => `“${title}”`;

function names(actors: string[], lang: Language): string {
  if (actors.length === 0) return COMMON.colleague[lang];
  if (actors.length === 1) return actors[0];
  const and = lang === 'nl' ? 'en' : 'and';
  return `${actors.slice(0, -1).join(', ')} ${and} ${actors[actors.length - 1]}`;
}

/** What happened, in one sentence (the subject), and the lines that follow it. */
export function describe(n: MailNotification, lang: Language): { headline: string; details: string[] } {
  const t = quote(n.idea?.title ?? '');
  const other = quote(n.otherIdea?.title ?? '');
  const who = names(n.actorNames, lang);
  const nl = lang === 'nl';
  const share = (d: { sharePpm?: number | null }) => (d.sharePpm != null ? [fill(COMMON.share[lang], { share: percent(d.sharePpm, lang) })] : []);
  switch (n.kind) {
    case 'STATUS_CHANGED': {
      const d = n.data as unknown as NotificationData['STATUS_CHANGED'];
      const phrase = STATUS_PHRASES[d.to]?.[lang] ?? d.to;
      const headline = n.readerIsAuthor ? `${nl ? 'Je idee' : 'Your idea'} ${t} ${phrase}` : `${t} ${phrase}`;
      return { headline, details: [...(d.response ? [COMMON.response[lang], d.response] : []), ...share(d)] };
    }
    case 'MERGED': {
      const d = n.data as unknown as NotificationData['MERGED'];
      return { headline: nl ? `${t} is samengevoegd met ${other}` : `${t} was merged into ${other}`, details: share(d) };
    }
    case 'RETENTION_CHANGED': {
      const d = n.data as unknown as NotificationData['RETENTION_CHANGED'];
      const retention = percent(Math.round(d.retention * 1_000_000), lang);
      return {
        headline: nl ? `Een beoordelaar zette de originaliteit van ${t} op ${retention}` : `A reviewer set the originality of ${t} to ${retention}`,
        details: [...(d.reason ? [`${COMMON.reason[lang]} ${d.reason}`] : []), ...share(d)],
      };
    }
    case 'MODERATED': {
      const d = n.data as unknown as NotificationData['MODERATED'];
      const hidden = d.action === 'HIDDEN';
      const headline = d.commentId
        ? hidden
          ? nl ? `Een moderator verborg een reactie bij ${t}` : `A moderator hid a comment on ${t}`
          : nl ? `Een reactie bij ${t} is weer zichtbaar` : `A comment on ${t} is visible again`
        : hidden
          ? nl ? `Een moderator verborg ${t}` : `A moderator hid ${t}`
          : nl ? `${t} is weer zichtbaar` : `${t} is visible again`;
      return { headline, details: [...(d.reason ? [`${COMMON.reason[lang]} ${d.reason}`] : []), ...share(d)] };
    }
    case 'BUILT_ON':
      return { headline: nl ? `${who} bouwde voort op je idee ${t}: ${other}` : `${who} built on your idea ${t}: ${other}`, details: [] };
    case 'COMMENTED':
      return { headline: nl ? `${who} reageerde op ${t}` : `${who} commented on ${t}`, details: [] };
    case 'REPLIED':
      return { headline: nl ? `${who} antwoordde op je reactie bij ${t}` : `${who} replied to your comment on ${t}`, details: [] };
    case 'COAUTHOR_INVITED':
      return { headline: nl ? `${who} nodigt je uit als mede-auteur van ${t}` : `${who} invited you to co-author ${t}`, details: [] };
    case 'COAUTHOR_ANSWERED': {
      const d = n.data as unknown as NotificationData['COAUTHOR_ANSWERED'];
      const headline = d.accepted
        ? nl ? `${who} is nu mede-auteur van ${t}` : `${who} accepted your invitation to co-author ${t}`
        : nl ? `${who} sloeg je uitnodiging voor mede-auteurschap van ${t} af` : `${who} declined your invitation to co-author ${t}`;
      return { headline, details: [] };
    }
    case 'ENDORSED': {
      const count = n.actorNames.length;
      const headline = count > 1 ? (nl ? `${count} collega's steunen ${t}` : `${count} colleagues endorsed ${t}`) : nl ? `${who} steunt ${t}` : `${who} endorsed ${t}`;
      return { headline, details: count > 1 ? [names(n.actorNames, lang)] : [] };
    }
    case 'CREDIT_CHANGED': {
      const d = n.data as unknown as NotificationData['CREDIT_CHANGED'];
      const rose = d.toPpm >= d.fromPpm;
      const from = percent(d.fromPpm, lang);
      const to = percent(d.toPpm, lang);
      const headline = nl
        ? `Je aandeel in ${t} ${rose ? 'steeg' : 'daalde'} van ${from} naar ${to}`
        : `Your share of ${t} ${rose ? 'rose' : 'fell'} from ${from} to ${to}`;
      return { headline, details: n.otherIdea ? [nl ? `Door ${other}.` : `Because of ${other}.`] : [] };
    }
    case 'AUTHOR_SPLIT_PROPOSED': {
      const d = n.data as unknown as NotificationData['AUTHOR_SPLIT_PROPOSED'];
      const from = percent(d.splitFromPpm, lang);
      const to = percent(d.splitToPpm, lang);
      return {
        headline: nl ? `${who} stelt een nieuwe verdeling tussen de auteurs van ${t} voor` : `${who} proposed a new split between the authors of ${t}`,
        details: [
          nl ? `Jouw deel van de verdeling: nu ${from}, met het voorstel ${to}.` : `Your part of the split: ${from} now, ${to} under the proposal.`,
          nl ? 'Het voorstel wacht op jouw antwoord: het gaat pas in als alle auteurs instemmen.' : 'It waits for your answer: it applies only once every author consented.',
        ],
      };
    }
    case 'AUTHOR_SPLIT_DECIDED': {
      const d = n.data as unknown as NotificationData['AUTHOR_SPLIT_DECIDED'];
      const headlines: Record<string, Words> = {
        applied: { en: `The new split between the authors of ${t} applies: every author consented`, nl: `De nieuwe verdeling tussen de auteurs van ${t} geldt: alle auteurs stemden in` },
        declined: { en: `${who} declined the proposed split of ${t}; the split stays as it was`, nl: `${who} wees de voorgestelde verdeling van ${t} af; de verdeling blijft zoals ze was` },
        withdrawn: { en: `${who} withdrew the proposed split of ${t}; the split stays as it was`, nl: `${who} trok de voorgestelde verdeling van ${t} in; de verdeling blijft zoals ze was` },
        outdated: { en: `The proposed split of ${t} was closed because the authors changed; the split stays as it was`, nl: `De voorgestelde verdeling van ${t} is gesloten omdat de auteurs veranderden; de verdeling blijft zoals ze was` },
      };
      const mine = d.splitToPpm != null ? [nl ? `Jouw deel van de verdeling is nu ${percent(d.splitToPpm, lang)}.` : `Your part of the split is now ${percent(d.splitToPpm, lang)}.`] : [];
      return { headline: (headlines[d.outcome] ?? headlines.outdated)[lang], details: mine };
    }
    case 'AUTHOR_LEFT': {
      const d = n.data as unknown as NotificationData['AUTHOR_LEFT'];
      const mine = d.splitToPpm != null ? percent(d.splitToPpm, lang) : null;
      const detail = d.gaveShare
        ? nl ? `Hun deel ging naar de auteurs die blijven${mine ? `: jouw deel van de verdeling is nu ${mine}` : ''}.` : `Their share went to the authors who stay${mine ? `: your part of the split is now ${mine}` : ''}.`
        : nl ? `Ze houden hun deel; jouw deel van de verdeling blijft${mine ? ` ${mine}` : ' gelijk'}.` : `They keep their share; your part of the split stays${mine ? ` ${mine}` : ' the same'}.`;
      return { headline: nl ? `${who} is geen auteur meer van ${t}` : `${who} left ${t} as an author`, details: [detail] };
    }
    case 'WEBHOOK_DISABLED': {
      const d = n.data as unknown as NotificationData['WEBHOOK_DISABLED'];
      return {
        headline: nl ? `Een webhook-eindpunt is uitgeschakeld: ${d.url}` : `A webhook endpoint was disabled: ${d.url}`,
        details: d.reason ? [`${COMMON.reason[lang]} ${d.reason}`] : [],
      };
    }
  }
}

/** Text as HTML: every character that means something in HTML escaped; user text is never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const paragraph = (text: string) => `<p style="margin:0 0 12px;white-space:pre-wrap">${escapeHtml(text)}</p>`;
const link = (url: string, text: string) => `<a href="${escapeHtml(url)}" style="color:#b4461a">${escapeHtml(text)}</a>`;

function layout(lang: Language, subject: string, bodyHtml: string, footer: { why: string; links: MailLinks; unsubscribe: string }): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f6f3ee">
<div style="max-width:560px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222;background:#ffffff">
${bodyHtml}
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 12px">
<p style="margin:0 0 8px;font-size:13px;color:#555">${escapeHtml(footer.why)}</p>
<p style="margin:0;font-size:13px;color:#555">${link(footer.links.preferencesUrl, COMMON.preferences[lang])} · ${link(footer.links.unsubscribeUrl, footer.unsubscribe)}</p>
</div>
</body></html>`;
}

function textFooter(why: string, links: MailLinks, lang: Language, unsubscribe: string): string {
  return `\n-- \n${why}\n${COMMON.preferences[lang]}: ${links.preferencesUrl}\n${unsubscribe}: ${links.unsubscribeUrl}\n`;
}

/** One notification's mail, in the reader's language. */
export function renderNotificationMail(n: MailNotification, reader: { name: string; language: Language }, links: MailLinks): RenderedMail {
  const lang = reader.language;
  const { headline, details } = describe(n, lang);
  const why = fill(COMMON.whyKind[lang], { kind: KIND_LABELS[n.kind][lang] });
  const unsubscribe = fill(COMMON.unsubscribeKind[lang], { kind: KIND_LABELS[n.kind][lang] });
  const hello = fill(COMMON.hello[lang], { name: reader.name });
  const html = layout(
    lang,
    headline,
    [paragraph(hello), `<p style="margin:0 0 12px;font-size:17px;font-weight:bold">${escapeHtml(headline)}</p>`, ...details.map(paragraph), `<p style="margin:16px 0">${link(n.url, COMMON.open[lang])}</p>`].join('\n'),
    { why, links, unsubscribe },
  );
  const text = [hello, '', headline, ...details.flatMap((d) => ['', d]), '', `${COMMON.open[lang]}: ${n.url}`].join('\n') + textFooter(why, links, lang, unsubscribe);
  return { subject: headline, html, text };
}

/** A digest: every notification since the last one, grouped by idea (in the order given). */
export function renderDigestMail(items: MailNotification[], frequency: 'DAILY' | 'WEEKLY', reader: { name: string; language: Language }, links: MailLinks): RenderedMail {
  const lang = reader.language;
  const groups = new Map<string, { title: string; url: string | null; lines: Array<{ headline: string; url: string }> }>();
  for (const item of items) {
    const key = item.idea?.url ?? '';
    const group = groups.get(key) ?? { title: item.idea?.title ?? COMMON.other[lang], url: item.idea?.url ?? null, lines: [] };
    group.lines.push({ headline: describe(item, lang).headline, url: item.url });
    groups.set(key, group);
  }
  const subject = items.length === 1 ? COMMON.digestSubjectOne[lang] : fill(COMMON.digestSubject[lang], { count: items.length });
  const why = fill(COMMON.whyDigest[lang], { frequency: (frequency === 'DAILY' ? COMMON.daily : COMMON.weekly)[lang] });
  const unsubscribe = COMMON.unsubscribeDigest[lang];
  const hello = fill(COMMON.hello[lang], { name: reader.name });
  const sections = [...groups.values()].map(
    (g) =>
      `<h2 style="margin:20px 0 8px;font-size:16px">${g.url ? link(g.url, g.title) : escapeHtml(g.title)}</h2>\n<ul style="margin:0;padding-left:20px">${g.lines
        .map((l) => `<li style="margin:0 0 6px">${link(l.url, l.headline)}</li>`)
        .join('')}</ul>`,
  );
  const html = layout(lang, subject, [paragraph(hello), paragraph(COMMON.digestLead[lang]), ...sections].join('\n'), { why, links, unsubscribe });
  const text =
    [hello, '', COMMON.digestLead[lang], ...[...groups.values()].flatMap((g) => ['', `${g.title}${g.url ? ` <${g.url}>` : ''}`, ...g.lines.map((l) => `- ${l.headline} <${l.url}>`)])].join('\n') +
    textFooter(why, links, lang, unsubscribe);
  return { subject, html, text };
}

/** The unsubscribe pages' words (apps call them without a signed-in person, in the token owner's language). */
export const UNSUBSCRIBE_WORDS = {
  title: { en: 'Unsubscribe', nl: 'Afmelden' },
  confirmKind: { en: 'Stop e-mail about {kind}?', nl: 'Geen e-mail meer over {kind}?' },
  confirmDigest: { en: 'Stop the e-mail digest?', nl: 'Het e-mailoverzicht stopzetten?' },
  keepInApp: { en: 'You still see these notifications in Kindling.', nl: 'Je ziet deze meldingen nog steeds in Kindling.' },
  button: { en: 'Unsubscribe', nl: 'Afmelden' },
  doneKind: { en: 'Done: you get no more e-mail about {kind}.', nl: 'Klaar: je krijgt geen e-mail meer over {kind}.' },
  doneDigest: { en: 'Done: you get no more e-mail from Kindling.', nl: 'Klaar: je krijgt geen e-mail meer van Kindling.' },
  preferences: COMMON.preferences,
  unknown: {
    en: 'This unsubscribe link is not valid. Nothing was changed. You can change your e-mail settings in Kindling’s notification preferences.',
    nl: 'Deze afmeldlink is niet geldig. Er is niets gewijzigd. Je kunt je e-mailinstellingen aanpassen in de meldingsvoorkeuren van Kindling.',
  },
} satisfies Record<string, Words>;

export function kindLabel(kind: NotificationKind, lang: Language): string {
  return KIND_LABELS[kind][lang];
}

export { fill };
