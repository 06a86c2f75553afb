import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@kindling/web/data-access/testing';
import { TrailDrill, creditTrailQuery } from './trail-drill';

const ann = { __typename: 'Person', id: 'P1', name: 'Ann de Wit' };
const ref = (id: string, title: string) => ({ __typename: 'Idea', id, title });
const term = (kind: string, ppm: number, via: { id: string; title: string } | null) => ({ __typename: 'CreditTrailTerm', kind, ppm, percent: ppm / 10_000, via: via && { ...ref(via.id, via.title), withdrawal: null } });
const trail = (ppm: number, terms: unknown[]) => ({ __typename: 'CreditTrail', ppm, percent: ppm / 10_000, person: ann, terms });

const root = { id: 'I3', title: 'Combined rota app' };
const parent = { id: 'I2', title: 'Shift swap board' };
const grandparent = { id: 'I1', title: 'Paper rota on the wall' };
const builder = { id: 'I4', title: 'Rota app for drivers' };

const mocks = [
  {
    request: { query: creditTrailQuery, variables: { ideaId: root.id, personId: 'P1', upstream: false } },
    result: { data: { node: { ...ref(root.id, root.title), credit: { __typename: 'IdeaCredit', trail: trail(420_000, [term('AUTHOR', 150_000, null), term('INHERITED', 250_000, parent), term('POOL', 20_000, builder)]) } } } },
  },
  {
    request: { query: creditTrailQuery, variables: { ideaId: parent.id, personId: 'P1', upstream: true } },
    result: { data: { node: { ...ref(parent.id, parent.title), upstreamCredit: { __typename: 'UpstreamCredit', trail: trail(700_000, [term('AUTHOR', 400_000, null), term('INHERITED', 300_000, grandparent)]) } } } },
  },
  {
    request: { query: creditTrailQuery, variables: { ideaId: grandparent.id, personId: 'P1', upstream: true } },
    result: { data: { node: { ...ref(grandparent.id, grandparent.title), upstreamCredit: { __typename: 'UpstreamCredit', trail: trail(1_000_000, [term('AUTHOR', 1_000_000, null)]) } } } },
  },
];

describe('TrailDrill', () => {
  it('lists the terms of a trail, adding up to the share', async () => {
    renderWithProviders(<TrailDrill root={root} person={{ id: 'P1', name: 'Ann de Wit' }} />, { mocks });
    expect(await screen.findByText('Author of this idea')).toBeTruthy();
    expect(screen.getByText('Inherited through')).toBeTruthy();
    expect(screen.getByText('Built on it with')).toBeTruthy();
    expect(screen.getByRole('link', { name: builder.title })).toBeTruthy();
    expect(screen.getByText(/Terms add up to 42\.00 %/)).toBeTruthy();
    // Only inherited terms drill down.
    expect(screen.getAllByRole('button', { name: /^Open the trail in/ })).toHaveLength(1);
  });

  it('drills into inherited credit recursively and back up through the breadcrumb', async () => {
    renderWithProviders(<TrailDrill root={root} person={{ id: 'P1', name: 'Ann de Wit' }} />, { mocks });
    fireEvent.click(await screen.findByRole('button', { name: `Open the trail in ${parent.title}` }));
    expect(await screen.findByText(/Terms add up to 70\.00 %/)).toBeTruthy();
    expect(screen.getByText('Upstream credit of this idea (without its own build-ons).')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `Open the trail in ${grandparent.title}` }));
    expect(await screen.findByText(/Terms add up to 100\.00 %/)).toBeTruthy();

    const crumbs = within(screen.getByRole('navigation', { name: 'Trail path' }));
    expect(crumbs.getAllByRole('listitem').map((li) => li.textContent)).toEqual([root.title, parent.title, grandparent.title]);
    expect(crumbs.getByText(grandparent.title).getAttribute('aria-current')).toBe('step');

    fireEvent.click(crumbs.getByRole('button', { name: root.title }));
    expect(await screen.findByText(/Terms add up to 42\.00 %/)).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Trail path' })).getAllByRole('listitem')).toHaveLength(1);
  });
});
