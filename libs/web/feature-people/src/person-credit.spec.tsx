import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { FragmentType } from '@kindling/web/data-access';
import { renderWithProviders } from '@kindling/web/data-access/testing';
import { BuildOnTies, type BuildOnTiesFragment } from './build-on-ties';
import { CreditHistoryCard, creditHistoryQuery } from './credit-history';

const point = (start: string, authored: number, inherited: number, pool: number, ideas: number) => ({
  __typename: 'CreditHistoryPoint',
  start,
  end: start,
  authored,
  inherited,
  pool,
  total: authored + inherited + pool,
  ideas,
});
const history = (interval: string, periods: number, points: unknown[]) => ({
  request: { query: creditHistoryQuery, variables: { id: 'P1', interval, periods } },
  result: { data: { node: { __typename: 'Person', id: 'P1', creditHistory: points } } },
});

describe('CreditHistoryCard', () => {
  it('shows what the person holds now, the change, and each period split by where it comes from', async () => {
    const months = [point('2026-09-01T00:00:00.000Z', 0, 0, 0, 0), point('2026-10-01T00:00:00.000Z', 1, 0, 0, 1), point('2026-11-01T00:00:00.000Z', 0.9, 0.25, 0.1, 3)];
    renderWithProviders(<CreditHistoryCard personId="P1" />, { mocks: [history('MONTH', 12, months)] });
    expect((await screen.findByTestId('credit-history-now')).textContent).toBe('1.25');
    expect(screen.getByText(/held in 3 ideas/).textContent).toContain('+0.25 since the previous period');
    const figure = screen.getByTestId('credit-history');
    for (const label of ['Own ideas', 'Built on by others', 'Building on others']) expect(within(figure).getAllByText(label).length).toBeGreaterThan(0);
    // the table behind the chart: one row per month with each source and the total
    const rows = within(figure).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[2].textContent).toContain('0.90');
    expect(rows[2].textContent).toContain('0.25');
    expect(rows[2].textContent).toContain('1.25');
  });

  it('switches to weeks and quarters, asking for the matching number of periods', async () => {
    const mocks = [
      history('MONTH', 12, [point('2026-11-01T00:00:00.000Z', 1, 0, 0, 1)]),
      history('WEEK', 13, [point('2026-11-16T00:00:00.000Z', 1, 0, 0, 1), point('2026-11-23T00:00:00.000Z', 0.5, 0, 0, 1)]),
    ];
    renderWithProviders(<CreditHistoryCard personId="P1" />, { mocks });
    expect((await screen.findByTestId('credit-history-now')).textContent).toBe('1.00');
    fireEvent.click(screen.getByRole('button', { name: 'Weeks' }));
    expect(await screen.findByText(/−0\.50 since the previous period/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Weeks' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when the person has never held credit', async () => {
    renderWithProviders(<CreditHistoryCard personId="P1" />, { mocks: [history('MONTH', 12, [point('2026-11-01T00:00:00.000Z', 0, 0, 0, 0)])] });
    expect(await screen.findByText('Holds no credit yet.')).toBeTruthy();
  });
});

describe('BuildOnTies', () => {
  const person = (id: string, name: string, department: string) => ({ __typename: 'Person', id, name, department: { __typename: 'Department', id: `D-${department}`, name: department } });
  const tie = (p: unknown, buildOns: number) => ({ node: { __typename: 'BuildOnTie', buildOns, lastBuiltAt: '2026-10-05T12:00:00.000Z', person: p } });
  const ties = {
    __typename: 'Person',
    peopleBuiltOn: { __typename: 'BuildOnTieConnection', totalCount: 3, edges: [tie(person('P2', 'Bob Jansen', 'Finance'), 3), tie(person('P3', 'Cem Yilmaz', 'IT'), 2), tie(person('P4', 'Dirk Smit', 'Finance'), 1)] },
    builtOnBy: { __typename: 'BuildOnTieConnection', totalCount: 0, edges: [] },
  } as unknown as FragmentType<typeof BuildOnTiesFragment>;

  it('lists colleagues on both sides with their departments, and sums build-ons per department', () => {
    renderWithProviders(<BuildOnTies person={ties} />);
    const builtOn = within(screen.getByTestId('built-on'));
    expect(builtOn.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Bob Jansen'),
      expect.stringContaining('Cem Yilmaz'),
      expect.stringContaining('Dirk Smit'),
    ]);
    expect(builtOn.getAllByRole('listitem')[0].textContent).toContain('Finance');
    expect(builtOn.getAllByRole('listitem')[0].textContent).toContain('3 build-ons');
    expect(screen.getByTestId('built-on-departments').textContent).toBe('Across 2 departments: Finance (4), IT (2)');
    expect(builtOn.getAllByRole('listitem')[2].textContent).toContain('1 build-on');
    expect(builtOn.getAllByRole('listitem')[2].textContent).not.toContain('1 build-ons');
    expect(screen.getByText('Nobody has built on these ideas yet.')).toBeTruthy();
  });
});
