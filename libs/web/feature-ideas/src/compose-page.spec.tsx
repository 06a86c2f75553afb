import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { renderWithProviders } from '@kindling/web/data-access/testing';
import { ComposePage, buildOnMutation, composeParentsQuery, postIdeaMutation } from './compose-page';
import { openCampaignsQuery } from './campaign-choice';
import { ideaSearchQuery } from './idea-picker';

function Opened() {
  const { id } = useParams();
  return <p>Opened {id}</p>;
}

const page = (
  <Routes>
    <Route path="/compose" element={<ComposePage />} />
    <Route path="/ideas/:id" element={<Opened />} />
  </Routes>
);

/** The compose page lists the open campaigns an idea may answer. */
const openCampaigns = (edges: Array<{ id: string; question: string }> = []) => ({
  request: { query: openCampaignsQuery },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      campaigns: {
        __typename: 'CampaignConnection',
        edges: edges.map((node) => ({ __typename: 'CampaignEdge', cursor: node.id, node: { __typename: 'Campaign', ...node } })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});
const noOpenCampaigns = openCampaigns();

const noSearchResults = {
  request: { query: ideaSearchQuery, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { ideas: { __typename: 'IdeaConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
};

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('ComposePage', () => {
  it('answers the campaign named in ?campaign=, chosen in the campaign list', async () => {
    let sent: unknown = null;
    const mocks = [
      openCampaigns([{ id: 'C1', question: 'How do we get through the winter?' }]),
      noSearchResults,
      {
        request: { query: postIdeaMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          sent = variables;
          return { data: { postIdea: { __typename: 'PostIdeaPayload', idea: { __typename: 'Idea', id: 'NEW9', title: 'Grit' } } } };
        },
      },
    ];
    renderWithProviders(page, { route: '/compose?campaign=C1', mocks });
    await waitFor(() => expect((screen.getByLabelText('Answers a campaign') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('How do we get through the winter?'));
    fill('Title', 'Grit the docks at five');
    fill('Description', 'Before the early shift.');
    fireEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    expect(await screen.findByText('Opened NEW9')).toBeTruthy();
    expect(sent).toEqual({ input: { title: 'Grit the docks at five', body: 'Before the early shift.', tags: [], campaignId: 'C1' } });
  });

  it('refuses to post without a title and a description', async () => {
    renderWithProviders(page, { route: '/compose', mocks: [noSearchResults, noOpenCampaigns] });
    fireEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    expect(await screen.findByText('Give the idea a title.')).toBeTruthy();
    expect(screen.getByText('Describe the idea.')).toBeTruthy();
  });

  it('posts an original idea with tags and opens it', async () => {
    let sent: unknown = null;
    const mocks = [
      noOpenCampaigns,
      noSearchResults,
      {
        request: { query: postIdeaMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          sent = variables;
          return { data: { postIdea: { __typename: 'PostIdeaPayload', idea: { __typename: 'Idea', id: 'NEW1', title: 'Hot meals' } } } };
        },
      },
    ];
    renderWithProviders(page, { route: '/compose', mocks });
    fill('Title', 'Hot meals on night shift');
    fill('Description', 'A **warm** meal at 02:00.');
    fill('Tags', 'Wellbeing, night shift');
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByText('warm').tagName).toBe('STRONG');
    fireEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    expect(await screen.findByText('Opened NEW1')).toBeTruthy();
    expect(sent).toEqual({ input: { title: 'Hot meals on night shift', body: 'A **warm** meal at 02:00.', tags: ['wellbeing', 'night-shift'] } });
  });

  it('builds on two ideas with the chosen split and relation', async () => {
    let sent: unknown = null;
    const mocks = [
      noOpenCampaigns,
      noSearchResults,
      {
        request: { query: composeParentsQuery, variables: { ids: ['A', 'B'] } },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: { data: { nodes: [{ __typename: 'Idea', id: 'A', title: 'Shift swap board' }, { __typename: 'Idea', id: 'B', title: 'Paper rota' }] } },
      },
      {
        request: { query: buildOnMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          sent = variables;
          return { data: { buildOn: { __typename: 'BuildOnPayload', idea: { __typename: 'Idea', id: 'NEW2', title: 'Rota app' } } } };
        },
      },
    ];
    renderWithProviders(page, { route: '/compose?parent=A&parent=B', mocks });
    expect(await screen.findByRole('heading', { name: 'Build on ideas' })).toBeTruthy();
    expect(screen.getAllByTestId('split-row')).toHaveLength(2);
    expect((screen.getByLabelText('Relation') as HTMLSelectElement).value).toBe('COMBINES');

    fireEvent.change(screen.getByLabelText('Share for Shift swap board'), { target: { value: '75' } });
    const rows = screen.getAllByTestId('split-row');
    expect(rows[0].textContent).toContain('60 %');
    expect(rows[1].textContent).toContain('40 %');

    fill('Relation', 'REFINES');
    fill('Title', 'Rota app');
    fill('Description', 'One app for swaps and the rota.');
    fireEvent.click(screen.getByRole('button', { name: 'Post build-on' }));
    expect(await screen.findByText('Opened NEW2')).toBeTruthy();
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toEqual({ input: { title: 'Rota app', body: 'One app for swaps and the rota.', tags: [], parentIds: ['A', 'B'], relation: 'REFINES', split: [75, 50] } });
  });

  it('removes a parent and falls back to an original idea', async () => {
    const mocks = [
      noOpenCampaigns,
      noSearchResults,
      {
        request: { query: composeParentsQuery, variables: { ids: ['A'] } },
        result: { data: { nodes: [{ __typename: 'Idea', id: 'A', title: 'Shift swap board' }] } },
      },
    ];
    renderWithProviders(page, { route: '/compose?parent=A', mocks });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove: Shift swap board' }));
    expect(screen.getByRole('heading', { name: 'Post an idea' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Post idea' })).toBeTruthy();
  });

  it('explains in Dutch what is wrong, and which tag', () => {
    renderWithProviders(page, { route: '/compose', mocks: [noSearchResults, noOpenCampaigns], locale: 'nl' });
    fireEvent.click(screen.getByRole('button', { name: 'Idee plaatsen' }));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Geef het idee een titel.', 'Beschrijf het idee.']);
    fill('Titel', 'Warme maaltijden in de nachtdienst');
    fill('Beschrijving', 'Een warme maaltijd om 02:00.');
    fill('Labels', 'nachtdienst, geen spaties!');
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      'Labels zijn letters en cijfers, in woorden verbonden door één streepje (bijv. nachtdienst-2025), hoogstens 40 tekens per label.',
    ]);
    expect(screen.getByText('#geen-spaties!').className).toContain('k-tag--invalid');
    expect(screen.getByText('#nachtdienst').className).not.toContain('k-tag--invalid');
  });

  it('checks the relation against the parents before sending', async () => {
    const mocks = [
      noOpenCampaigns,
      noSearchResults,
      {
        request: { query: composeParentsQuery, variables: { ids: ['A'] } },
        result: { data: { nodes: [{ __typename: 'Idea', id: 'A', title: 'Shift swap board' }] } },
      },
    ];
    renderWithProviders(page, { route: '/compose?parent=A', mocks });
    expect(await screen.findByRole('heading', { name: 'Build on ideas' })).toBeTruthy();
    expect((screen.getByLabelText('Relation') as HTMLSelectElement).value).toBe('EXTENDS');
    fill('Relation', 'COMBINES');
    expect(screen.getByRole('alert').textContent).toBe('“Combines” needs at least two ideas to build on.');
    expect(screen.getByLabelText('Relation').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a refusal of the API at the input it names, in the reader’s words', async () => {
    const mocks = [
      noOpenCampaigns,
      noSearchResults,
      {
        request: { query: composeParentsQuery, variables: { ids: ['A', 'B'] } },
        result: { data: { nodes: [{ __typename: 'Idea', id: 'A', title: 'Shift swap board' }, { __typename: 'Idea', id: 'B', title: 'Paper rota' }] } },
      },
      {
        request: { query: buildOnMutation, variables: () => true },
        result: { errors: [{ message: 'Idea 2 does not exist.', extensions: { code: 'NOT_FOUND', reason: 'IDEA_NOT_FOUND', field: 'parentIds[1]' } }] },
      },
    ];
    renderWithProviders(page, { route: '/compose?parent=A&parent=B', mocks, locale: 'nl' });
    expect(await screen.findByRole('heading', { name: 'Voortbouwen op ideeën' })).toBeTruthy();
    fill('Titel', 'Rooster-app');
    fill('Beschrijving', 'Eén app voor ruilen en het rooster.');
    fireEvent.click(screen.getByRole('button', { name: 'Voortbouwing plaatsen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Dat idee bestaat niet (meer).');
    expect(alert.id).toBe('compose-parents-error');
    expect(screen.queryByText(/does not exist/)).toBeNull();
  });

  it('shows a refusal about no input of the form above the buttons', async () => {
    const mocks = [
      noOpenCampaigns,
      noSearchResults,
      {
        request: { query: postIdeaMutation, variables: () => true },
        result: { errors: [{ message: 'The write conflicted with another one; nothing was changed. Try again.', extensions: { code: 'CONFLICT', reason: 'WRITE_CONFLICT' } }] },
      },
    ];
    renderWithProviders(page, { route: '/compose', mocks });
    fill('Title', 'Hot meals on night shift');
    fill('Description', 'A warm meal at 02:00.');
    fireEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Someone changed the same thing at the same moment, so nothing was saved. Try again.');
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('false');
  });
});
