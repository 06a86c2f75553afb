import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders, testViewer } from '@kindling/web/data-access/testing';
import { TrailDrill, creditTrailQuery } from './trail-drill';

const ann = { __typename: 'Person', id: 'P1', name: 'Ann de Wit' };
const me = { __typename: 'Person', id: testViewer.id, name: testViewer.name };
const ref = (id: string, title: string, endorsementCount = 0) => ({ __typename: 'Idea', id, title, endorsementCount, withdrawal: null });
const term = (kind: string, ppm: number, via: { id: string; title: string; endorsements?: number } | null) => ({ __typename: 'CreditTrailTerm', kind, ppm, via: via && ref(via.id, via.title, via.endorsements) });
const trail = (person: unknown, ppm: number, terms: unknown[]) => ({ __typename: 'CreditTrail', ppm, person, terms });
const node = (id: string, title: string, postedBy: string, parents: { id: string; split: number }[]) => ({
  __typename: 'Idea',
  id,
  title,
  postedBy: { __typename: 'Person', id: postedBy },
  parents: parents.map((p) => ({ __typename: 'IdeaLink', split: p.split, idea: { __typename: 'Idea', id: p.id } })),
});

const root = { id: 'I3', title: 'Combined rota app' };
const parent = { id: 'I2', title: 'Shift swap board' };
const other = { id: 'I5', title: 'Driver handbook' };
const grandparent = { id: 'I1', title: 'Paper rota on the wall' };
const builder = { id: 'I4', title: 'Rota app for drivers', endorsements: 2 };

const rootTrail = [
  term('AUTHOR', 516_000, null),
  term('INHERITED', 241_000, parent),
  term('POOL', 141_000, builder),
];
const mocks = (personId: string, person: unknown) => [
  {
    request: { query: creditTrailQuery, variables: { ideaId: root.id, personId, upstream: false } },
    result: { data: { node: { ...node(root.id, root.title, personId, [{ id: parent.id, split: 0.7 }, { id: other.id, split: 0.3 }]), credit: { __typename: 'IdeaCredit', trail: trail(person, 898_000, rootTrail) } } } },
  },
  {
    request: { query: creditTrailQuery, variables: { ideaId: parent.id, personId, upstream: true } },
    result: { data: { node: { ...node(parent.id, parent.title, 'P9', [{ id: grandparent.id, split: 1 }]), upstreamCredit: { __typename: 'UpstreamCredit', trail: trail(person, 700_000, [term('AUTHOR', 400_000, null), term('INHERITED', 300_000, grandparent)]) } } } },
  },
  {
    request: { query: creditTrailQuery, variables: { ideaId: grandparent.id, personId, upstream: true } },
    result: { data: { node: { ...node(grandparent.id, grandparent.title, personId, []), upstreamCredit: { __typename: 'UpstreamCredit', trail: trail(person, 1_000_000, [term('AUTHOR', 1_000_000, null)]) } } } },
  },
];

const texts = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('k-trail__term')).map((li) => li.textContent);

describe('TrailDrill', () => {
  it('says in plain words where each part of someone’s share comes from', async () => {
    renderWithProviders(<TrailDrill root={root} person={{ id: 'P1', name: 'Ann de Wit' }} />, { mocks: mocks('P1', ann) });
    expect(await screen.findByText('Ann de Wit posted this idea')).toBeTruthy();
    expect(texts()).toEqual([
      'Ann de Wit posted this idea51.60 %',
      `Through ${parent.title}, which this idea builds on for 70 %24.10 %`,
      `For building on it in ${builder.title}, endorsed by 2 colleagues14.10 %`,
    ]);
    expect(screen.getByRole('heading', { name: 'Why Ann de Wit holds this share' })).toBeTruthy();
    expect(screen.getByTestId('trail-total').textContent).toBe('Ann de Wit holds 89.80 % of this idea.');
    expect(screen.queryByText(/Terms add up to/)).toBeNull();
    // the ideas it came through are links; only inherited terms drill down
    expect(screen.getByRole('link', { name: parent.title }).getAttribute('href')).toBe(`/ideas/${parent.id}`);
    expect(screen.getByRole('link', { name: builder.title }).getAttribute('href')).toBe(`/ideas/${builder.id}`);
    expect(screen.getAllByRole('button', { name: /^Open the trail in/ })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'How is this computed?' }).getAttribute('href')).toBe(`/about?idea=${root.id}&person=P1`);
  });

  it('says “You” for the viewer’s own trail, in Dutch too', async () => {
    renderWithProviders(<TrailDrill root={root} person={{ id: me.id, name: me.name }} />, { mocks: mocks(me.id, me), locale: 'nl' });
    expect(await screen.findByText('Jij plaatste dit idee')).toBeTruthy();
    expect(texts()).toEqual([
      'Jij plaatste dit idee51,60 %',
      `Via ${parent.title}, waarop dit idee voor 70 % voortbouwt24,10 %`,
      `Voor het voortbouwen erop in ${builder.title}, onderschreven door 2 collega’s14,10 %`,
    ]);
    expect(screen.getByRole('heading', { name: 'Waarom jij dit aandeel hebt' })).toBeTruthy();
    expect(screen.getByTestId('trail-total').textContent).toBe('Jij hebt 89,80 % van dit idee.');
    expect(screen.getByRole('link', { name: 'Hoe wordt dit berekend?' })).toBeTruthy();
  });

  it('shows the terms rounded so they add up to the share shown in the panel', async () => {
    // 516,049 + 241,049 + 141,049 = 898,147 ppm: each term rounds down, the panel showed 89.82 %
    const odd = [term('AUTHOR', 516_049, null), term('INHERITED', 241_049, parent), term('POOL', 141_049, builder)];
    const oddMocks = [{ ...mocks('P1', ann)[0], result: { data: { node: { ...node(root.id, root.title, 'P1', [{ id: parent.id, split: 0.7 }]), credit: { __typename: 'IdeaCredit', trail: trail(ann, 898_147, odd) } } } } }];
    renderWithProviders(<TrailDrill root={root} person={{ id: 'P1', name: 'Ann de Wit' }} shownUnits={8982} />, { mocks: oddMocks });
    await screen.findByText('Ann de Wit posted this idea');
    expect(texts().map((s) => s?.match(/[\d.]+ %$/)?.[0])).toEqual(['51.61 %', '24.11 %', '14.10 %']);
    expect(screen.getByTestId('trail-total').textContent).toBe('Ann de Wit holds 89.82 % of this idea.');
  });

  it('drills into inherited credit recursively and back up through the breadcrumb', async () => {
    renderWithProviders(<TrailDrill root={root} person={{ id: 'P1', name: 'Ann de Wit' }} />, { mocks: mocks('P1', ann) });
    fireEvent.click(await screen.findByRole('button', { name: `Open the trail in ${parent.title}` }));
    expect(await screen.findByText('Ann de Wit holds 70.00 % of this idea.')).toBeTruthy();
    expect(screen.getByText(`This is what ${parent.title} passes on to the ideas built on it: the part of its authors and of what it built on. People who built on ${parent.title} are left out here.`)).toBeTruthy();
    expect(screen.getByText('Ann de Wit co-wrote this idea')).toBeTruthy();
    expect(screen.getByText(/which this idea builds on for 100 %/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `Open the trail in ${grandparent.title}` }));
    expect(await screen.findByText('Ann de Wit holds 100.00 % of this idea.')).toBeTruthy();

    const crumbs = within(screen.getByRole('navigation', { name: 'Trail path' }));
    expect(crumbs.getAllByRole('listitem').map((li) => li.textContent)).toEqual([root.title, parent.title, grandparent.title]);
    expect(crumbs.getByText(grandparent.title).getAttribute('aria-current')).toBe('step');

    fireEvent.click(crumbs.getByRole('button', { name: root.title }));
    expect(await screen.findByText('Ann de Wit holds 89.80 % of this idea.')).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Trail path' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('scrolls into view and takes focus when opened, and closes on Escape', () => {
    const scrolled: Element[] = [];
    // jsdom does no layout: record the call instead
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    let closed = 0;
    renderWithProviders(<TrailDrill root={root} person={{ id: 'P1', name: 'Ann de Wit' }} onClose={() => closed++} focusOnOpen />, { mocks: mocks('P1', ann) });
    const heading = screen.getByRole('heading', { name: 'Why Ann de Wit holds this share' });
    expect(document.activeElement).toBe(heading);
    expect(scrolled).toEqual([heading]);
    fireEvent.keyDown(heading, { key: 'Escape' });
    expect(closed).toBe(1);
  });
});
