import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { FragmentType } from '@kindling/web/data-access';
import { renderWithProviders, testViewer } from '@kindling/web/data-access/testing';
import { CreditPanel, type CreditPanelFragment } from './credit-panel';
import { creditTrailQuery } from './trail-drill';

const person = (id: string, name: string, department: string) => ({ __typename: 'Person' as const, id, name, department: { __typename: 'Department' as const, id: `d-${department}`, name: department } });
const ann = person('P1', 'Ann de Wit', 'Planning');
const bob = person('P2', 'Bob Jansen', 'Finance');
const cem = person('P3', 'Cem Yilmaz', 'IT');
const share = (ppm: number, p: ReturnType<typeof person>) => ({ __typename: 'CreditShare', ppm, person: p });
const ideaWith = (shares: unknown[], extenderPool = 0) =>
  ({ __typename: 'Idea', id: 'I1', title: 'Night-shift hot meals', credit: { __typename: 'IdeaCredit', extenderPool, shares } }) as unknown as FragmentType<typeof CreditPanelFragment>;

const idea = ideaWith([share(600_000, ann), share(250_000, bob), share(150_000, cem)], 0.15);
const shownPercents = () => within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.querySelector('.k-num')?.textContent);
const sumOf = (percents: (string | null | undefined)[]) => percents.reduce((sum, p) => sum + Math.round(Number.parseFloat(String(p).replace(',', '.')) * 100), 0);

describe('CreditPanel', () => {
  it('shows every share and a total of exactly 100 %', () => {
    renderWithProviders(<CreditPanel idea={idea} />);
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0].textContent).toContain('Ann de Wit');
    expect(shownPercents()).toEqual(['60.00 %', '25.00 %', '15.00 %']);
    expect(screen.getByTestId('credit-total').textContent).toBe('100.00 %');
    expect(screen.getByText(/15\.0 % went to people who built on it/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'How is this computed?' }).getAttribute('href')).toBe('/about?idea=I1');
  });

  it.each([
    // each row rounded on its own: 33.33 + 33.33 + 33.33 = 99.99 %
    ['99.99', [333_334, 333_333, 333_333], ['33.34 %', '33.33 %', '33.33 %']],
    // each row rounded on its own: 33.51 + 33.51 + 32.99 = 100.01 %
    ['100.01', [335_060, 335_060, 329_880], ['33.51 %', '33.50 %', '32.99 %']],
  ])('shows rows that add up to exactly the total where rounding each gave %s %', (_, ppms, expected) => {
    renderWithProviders(<CreditPanel idea={ideaWith(ppms.map((ppm, i) => share(ppm, [ann, bob, cem][i])))} />);
    expect(shownPercents()).toEqual(expected);
    expect(sumOf(shownPercents())).toBe(10_000);
    expect(screen.getByTestId('credit-total').textContent).toBe('100.00 %');
  });

  it('calls the viewer “You” and gives neighbours different colours', () => {
    const viewer = { ...ann, id: testViewer.id };
    renderWithProviders(<CreditPanel idea={ideaWith([share(500_000, viewer), share(300_000, bob), share(200_000, cem)])} />, { locale: 'nl' });
    expect(screen.getByRole('link', { name: 'Jij' }).getAttribute('href')).toBe(`/people/${testViewer.id}`);
    const swatches = [...document.querySelectorAll<HTMLElement>('.k-swatch')].map((s) => s.style.background);
    expect(new Set(swatches).size).toBe(3);
    const parts = [...document.querySelectorAll<HTMLElement>('.k-sharebar__part')];
    expect(parts.map((p) => p.title)).toEqual(['Jij: 50,00 %', 'Bob Jansen: 30,00 %', 'Cem Yilmaz: 20,00 %']);
  });

  it('opens the trail of the chosen person and gives focus back to “Why?” when it closes', async () => {
    Element.prototype.scrollIntoView = () => undefined;
    const mocks = [
      {
        request: { query: creditTrailQuery, variables: { ideaId: 'I1', personId: 'P2', upstream: false } },
        result: {
          data: {
            node: {
              __typename: 'Idea',
              id: 'I1',
              title: 'Night-shift hot meals',
              postedBy: { __typename: 'Person', id: 'P1' },
              parents: [],
              credit: {
                __typename: 'IdeaCredit',
                trail: {
                  __typename: 'CreditTrail',
                  ppm: 250_000,
                  person: { __typename: 'Person', id: 'P2', name: 'Bob Jansen' },
                  terms: [{ __typename: 'CreditTrailTerm', kind: 'AUTHOR', ppm: 250_000, via: null }],
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
    expect(await screen.findByText('Bob Jansen co-wrote this idea')).toBeTruthy();
    const heading = screen.getByRole('heading', { name: 'Why Bob Jansen holds this share' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByTestId('trail-total').textContent).toBe('Bob Jansen holds 25.00 % of this idea.');
    fireEvent.keyDown(heading, { key: 'Escape' });
    expect(screen.queryByRole('heading', { name: 'Why Bob Jansen holds this share' })).toBeNull();
    expect(document.activeElement).toBe(why);
  });

  it('folds a long tail of small shares into one row that unfolds, the rows still adding up to the total', () => {
    // twelve shares of 8.3333… % each: every row rounds to 8.33 %, twelve of them would show 99.96 %
    const many = Array.from({ length: 12 }, (_, i) => share(i < 4 ? 83_334 : 83_333, person(`Q${i}`, `Person ${i}`, 'Ops')));
    renderWithProviders(<CreditPanel idea={ideaWith(many)} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    const more = screen.getByRole('button', { name: '3 more contributors' });
    expect(more.closest('li')?.textContent).toContain('25.00 %');
    expect(sumOf(shownPercents())).toBe(10_000);
    fireEvent.click(more);
    expect(screen.getAllByRole('listitem')).toHaveLength(12);
    expect(sumOf(shownPercents())).toBe(10_000);
    expect(screen.getByTestId('credit-total').textContent).toBe('100.00 %');
  });

  it('says so when nobody holds credit yet', () => {
    renderWithProviders(<CreditPanel idea={ideaWith([])} />);
    expect(screen.getByText('No credit recorded yet.')).toBeTruthy();
  });
});
