import { describe, expect, it } from '@jest/globals';
import type { FragmentType } from '@kindling/web/data-access';
import { renderWithProviders } from '@kindling/web/data-access/testing';
import { NotificationText, type notificationTextFragment } from './notification-text';

const share = (percent: number) => ({ __typename: 'NotificationShare', percent });

/** A notification as the centre reads it: only what the kind carries, every other field null. */
function notification(kind: string, fields: Record<string, unknown>) {
  return {
    __typename: 'Notification',
    id: 'N1',
    kind,
    actorCount: 1,
    actors: [{ __typename: 'Person', id: 'P1', name: 'Ana Silva' }],
    share: null,
    toStatus: null,
    retention: null,
    reason: null,
    moderationAction: null,
    accepted: null,
    creditFrom: null,
    creditTo: null,
    cause: null,
    webhookUrl: null,
    splitFrom: null,
    splitTo: null,
    splitOutcome: null,
    leaverGaveShare: null,
    awaitsYourAnswer: null,
    idea: { __typename: 'Idea', id: 'I1', title: 'Night-shift hot meals' },
    childIdea: null,
    intoIdea: null,
    ...fields,
  } as unknown as FragmentType<typeof notificationTextFragment>;
}

const text = (n: FragmentType<typeof notificationTextFragment>, locale: 'en' | 'nl' = 'en') =>
  renderWithProviders(<NotificationText notification={n} />, { locale }).container.textContent;

describe('the texts of notifications about the authors', () => {
  it('tells an author what a proposed split does to their part, and that it waits for their answer while it does', () => {
    const proposed = { splitFrom: share(50), splitTo: share(40) };
    expect(text(notification('AUTHOR_SPLIT_PROPOSED', { ...proposed, awaitsYourAnswer: true }))).toBe(
      'Ana Silva proposed a new split between the authors of Night-shift hot meals: your part would go from 50.0 % to 40.0 % — it waits for your answer',
    );
    expect(text(notification('AUTHOR_SPLIT_PROPOSED', { ...proposed, awaitsYourAnswer: false }))).toBe(
      'Ana Silva proposed a new split between the authors of Night-shift hot meals: your part would go from 50.0 % to 40.0 %',
    );
    expect(text(notification('AUTHOR_SPLIT_PROPOSED', { ...proposed, awaitsYourAnswer: true }), 'nl')).toBe(
      'Ana Silva stelt een nieuwe verdeling tussen de auteurs van Night-shift hot meals voor: jouw deel gaat van 50,0 % naar 40,0 % — het wacht op jouw antwoord',
    );
  });

  it('tells how a proposal ended', () => {
    expect(text(notification('AUTHOR_SPLIT_DECIDED', { splitOutcome: 'APPLIED', splitTo: share(40) }))).toBe(
      'The new split between the authors of Night-shift hot meals applies: every author consented; your part is 40.0 %',
    );
    expect(text(notification('AUTHOR_SPLIT_DECIDED', { splitOutcome: 'DECLINED' }))).toBe('Ana Silva declined the proposed split of Night-shift hot meals; the split stays as it was');
    expect(text(notification('AUTHOR_SPLIT_DECIDED', { splitOutcome: 'WITHDRAWN' }), 'nl')).toBe(
      'Ana Silva trok de voorgestelde verdeling van Night-shift hot meals in; de verdeling blijft zoals ze was',
    );
    expect(text(notification('AUTHOR_SPLIT_DECIDED', { splitOutcome: 'OUTDATED' }))).toBe(
      'The proposed split of Night-shift hot meals was closed because the authors changed; the split stays as it was',
    );
  });

  it('tells whether a leaver’s share went to the authors who stay or stays theirs', () => {
    expect(text(notification('AUTHOR_LEFT', { leaverGaveShare: true, splitTo: share(100) }))).toBe(
      'Ana Silva left Night-shift hot meals and gave their share to the authors who stay: your part is now 100.0 %',
    );
    expect(text(notification('AUTHOR_LEFT', { leaverGaveShare: false, splitTo: share(50) }), 'nl')).toBe(
      'Ana Silva verliet Night-shift hot meals en houdt hun deel; jouw deel blijft 50,0 %',
    );
  });
});
