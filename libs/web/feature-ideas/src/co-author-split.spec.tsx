import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@kindling/web/data-access/testing';
import { SplitPreview, percentToPpm, splitFromTexts, textsOf } from './co-author-split';

const ana = { id: 'P1', name: 'Ana Silva' };
const ben = { id: 'P2', name: 'Ben Okafor' };
const cleo = { id: 'P3', name: 'Cleo Park' };
// what coAuthorPreview answers when Ben is invited with 80/20 to Ana's build-on of Cleo's idea
const shares = [
  { person: ana, currentPpm: 600_000, ppm: 480_000 },
  { person: cleo, currentPpm: 400_000, ppm: 400_000 },
  { person: ben, currentPpm: 0, ppm: 120_000 },
];

describe('the split preview', () => {
  it('tells the invitee, before they accept, their share and what every author keeps', () => {
    renderWithProviders(<SplitPreview shares={shares} viewerId={ben.id} invitee authorIds={[ana.id]} />);
    const preview = screen.getByRole('region', { name: 'What each person’s share of this idea becomes' });
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Accepting gives you 12.0 % of this idea (now 0.0 %).',
      'Ana Silva keeps 48.0 % (now 60.0 %).',
    ]);
  });

  it('shows the inviter their own share first, and anyone else whose share moves', () => {
    const moved = [...shares.slice(0, 2).map((s) => (s.person === cleo ? { ...s, ppm: 380_000 } : s)), { person: ben, currentPpm: 0, ppm: 140_000 }];
    renderWithProviders(<SplitPreview shares={moved} viewerId={ana.id} invitee={false} authorIds={[ana.id]} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'You: 48.0 % of this idea (now 60.0 %).',
      'Cleo Park: 38.0 % (now 40.0 %).',
      'Ben Okafor: 14.0 % (now 0.0 %).',
    ]);
  });

  it('speaks Dutch to a Dutch reader', () => {
    renderWithProviders(<SplitPreview shares={shares} viewerId={ben.id} invitee authorIds={[ana.id]} />, { locale: 'nl' });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Als je accepteert krijg je 12,0 % van dit idee (nu 0,0 %).',
      'Ana Silva houdt 48,0 % (nu 60,0 %).',
    ]);
  });
});

describe('the split form', () => {
  const value = [
    { personId: ana.id, name: ana.name, ppm: 333_334 },
    { personId: ben.id, name: ben.name, ppm: 333_333 },
    { personId: cleo.id, name: cleo.name, ppm: 333_333 },
  ];

  it('sends exactly the ppm it shows, and nothing until the shares add up to 100 %', () => {
    const texts = textsOf(value);
    expect(texts).toEqual({ P1: '33.3334', P2: '33.3333', P3: '33.3333' });
    expect(splitFromTexts(value, texts)).toEqual(value.map(({ personId, ppm }) => ({ personId, ppm })));
    expect(splitFromTexts(value, { P1: '50', P2: '30', P3: '20' })).toEqual([
      { personId: 'P1', ppm: 500_000 },
      { personId: 'P2', ppm: 300_000 },
      { personId: 'P3', ppm: 200_000 },
    ]);
    expect(splitFromTexts(value, { P1: '50', P2: '30', P3: '19,9' })).toBeNull();
    expect(splitFromTexts(value, { P1: '70', P2: '30', P3: '0' })).toBeNull();
    expect(percentToPpm('12,5')).toBe(125_000);
    expect(percentToPpm('')).toBeNaN();
  });
});
