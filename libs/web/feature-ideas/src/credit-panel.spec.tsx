import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { FragmentType } from '@kindling/web/data-access';
import { renderWithProviders } from '@kindling/web/data-access/testing';
import { CreditPanel, type CreditPanelFragment } from './credit-panel';
import { creditTrailQuery } from './trail-drill';

const person = (id: string, name: string, department: string) => ({ __typename: 'Person' as const, id, name, department: { __typename: 'Department' as const, id: `d-${department}`, name: department } });
const ann = person('P1', 'Ann de Wit', 'Planning');
const bob = person('P2', 'Bob Jansen', 'Finance');
const cem = person('P3', 'Cem Yilmaz', 'IT');

const idea = {
  __typename: 'Idea',
  id: 'I1',
  title: 'Night-shift hot meals',
  credit: {
    __typename: 'IdeaCredit',
    extenderPool: 0.15,
    shares: [
      { __typename: 'CreditShare', ppm: 600_000, percent: 60, person: ann },
      { __typename: 'CreditShare', ppm: 250_000, percent: 25, person: bob },
      { __typename: 'CreditShare', ppm: 150_000, percent: 15, person: cem },
    ],
  },
} as unknown as FragmentType<typeof CreditPanelFragment>;

describe('CreditPanel', () => {
  it('shows every share and a total of exactly 100 %', () => {
    renderWithProviders(<CreditPanel idea={idea} />);
    const list = screen.getByRole('list');
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0].textContent).toContain('Ann de Wit');
    expect(rows[0].textContent).toContain('60.00 %');
    expect(rows[1].textContent).toContain('25.00 %');
    expect(rows[2].textContent).toContain('15.00 %');
    expect(screen.getByTestId('credit-total').textContent).toBe('100.00 %');
    expect(screen.getByText(/15\.0 % went to people who built on it/)).toBeTruthy();
  });

  it('opens the trail of the chosen person', async () => {
    const mocks = [
      {
        request: { query: creditTrailQuery, variables: { ideaId: 'I1', personId: 'P2', upstream: false } },
        result: {
          data: {
            node: {
              __typename: 'Idea',
              id: 'I1',
              title: 'Night-shift hot meals',
              credit: {
                __typename: 'IdeaCredit',
                trail: {
                  __typename: 'CreditTrail',
                  ppm: 250_000,
                  percent: 25,
                  person: { __typename: 'Person', id: 'P2', name: 'Bob Jansen' },
                  terms: [{ __typename: 'CreditTrailTerm', kind: 'AUTHOR', ppm: 250_000, percent: 25, via: null }],
                },
              },
            },
          },
        },
      },
    ];
    renderWithProviders(<CreditPanel idea={idea} />, { mocks });
    const why = screen.getByRole('button', { name: /Show how Bob Jansen earned this share/ });
    fireEvent.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText('Author of this idea')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Credit trail of Bob Jansen' })).toBeTruthy();
    expect(screen.getByText(/Terms add up to 25\.00 %/)).toBeTruthy();
  });

  it('folds a long tail of small shares into one row that unfolds', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ __typename: 'CreditShare', ppm: i === 0 ? 890_000 : 10_000, percent: i === 0 ? 89 : 1, person: person(`Q${i}`, `Person ${i}`, 'Ops') }));
    const big = { __typename: 'Idea', id: 'I2', title: 'Big', credit: { __typename: 'IdeaCredit', extenderPool: 0, shares: many } } as unknown as FragmentType<typeof CreditPanelFragment>;
    renderWithProviders(<CreditPanel idea={big} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    const more = screen.getByRole('button', { name: '3 more contributors' });
    expect(more.closest('li')?.textContent).toContain('3.00 %');
    fireEvent.click(more);
    expect(screen.getAllByRole('listitem')).toHaveLength(12);
    expect(screen.getByTestId('credit-total').textContent).toBe('100.00 %');
  });

  it('says so when nobody holds credit yet', () => {
    const empty = { __typename: 'Idea', id: 'I9', title: 'Fresh', credit: { __typename: 'IdeaCredit', extenderPool: 0, shares: [] } } as unknown as FragmentType<typeof CreditPanelFragment>;
    renderWithProviders(<CreditPanel idea={empty} />);
    expect(screen.getByText('No credit recorded yet.')).toBeTruthy();
  });
});
