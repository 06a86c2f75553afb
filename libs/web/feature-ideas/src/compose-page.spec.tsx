import { beforeEach, describe, expect, it } from '@jest/globals';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { renderWithProviders, testViewer } from '@kindling/web/data-access/testing';
import { composeCreditModelQuery } from './compose-credit-preview';
import { readDraft } from './compose-draft';
import { similarIdeasQuery } from './compose-similar';
import { ComposePage, buildOnMutation, composeParentsQuery, postIdeaMutation } from './compose-page';
import { openCampaignsQuery } from './campaign-choice';
import { ideaSearchQuery } from './idea-picker';

// a loaded machine (CI shares its cores) may take longer than the default second to answer a mocked query
configure({ asyncUtilTimeout: 10_000 });

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

const creditModel = {
  request: { query: composeCreditModelQuery },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { creditModel: { __typename: 'CreditModel', defaultRetention: 0.6, beta: 0.25 } } },
};

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('ComposePage', () => {
  // drafts are kept per person in localStorage: every test starts without one
  beforeEach(() => localStorage.clear());

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
      creditModel,
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

    expect(screen.getAllByTestId('split-share').map((s) => s.textContent)).toEqual(['50 %', '50 %']);
    expect((await screen.findByTestId('credit-preview')).textContent).toBe('You keep 60 %; 40 % goes to the ideas you build on: Shift swap board 20 %, Paper rota 20 %.');

    // the slider edits the share itself; the other one makes room, so the labels are the split sent
    fireEvent.change(screen.getByLabelText('Share for Shift swap board'), { target: { value: '75' } });
    expect(screen.getAllByTestId('split-share').map((s) => s.textContent)).toEqual(['75 %', '25 %']);
    expect((screen.getByLabelText('Share for Paper rota') as HTMLInputElement).value).toBe('25');
    expect(screen.getByTestId('credit-preview').textContent).toBe('You keep 60 %; 40 % goes to the ideas you build on: Shift swap board 30 %, Paper rota 10 %.');

    fill('Relation', 'REFINES');
    fill('Title', 'Rota app');
    fill('Description', 'One app for swaps and the rota.');
    fireEvent.click(screen.getByRole('button', { name: 'Post build-on' }));
    expect(await screen.findByText('Opened NEW2')).toBeTruthy();
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toEqual({ input: { title: 'Rota app', body: 'One app for swaps and the rota.', tags: [], parentIds: ['A', 'B'], relation: 'REFINES', split: [75, 25] } });
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

  it('moves the focus to the first field that needs attention', () => {
    renderWithProviders(page, { route: '/compose', mocks: [noSearchResults, noOpenCampaigns] });
    fireEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    expect(document.activeElement?.id).toBe('compose-title');
    fill('Title', 'Hot meals on night shift');
    fireEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    expect(document.activeElement?.id).toBe('compose-body');
    expect(screen.getByLabelText('Description').getAttribute('aria-describedby')).toBe('compose-body-error');
    expect(document.getElementById('compose-body-error')?.textContent).toBe('Describe the idea.');
  });

  it('keeps a draft for its writer when they leave, restores it with a notice, and discards it on request', async () => {
    const first = renderWithProviders(page, { route: '/compose', mocks: [noSearchResults, noOpenCampaigns] });
    fill('Title', 'Hot meals on night shift');
    fill('Description', 'A warm meal at 02:00.');
    fill('Tags', 'wellbeing');
    first.unmount();
    expect(readDraft(testViewer.id)?.title).toBe('Hot meals on night shift');
    expect(readDraft('UGVyc29uOjI')).toBeNull();

    renderWithProviders(page, { route: '/compose', mocks: [noSearchResults, noOpenCampaigns] });
    expect(screen.getByText('Draft restored')).toBeTruthy();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Hot meals on night shift');
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toBe('A warm meal at 02:00.');
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('wellbeing');
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText('Draft restored')).toBeNull();
    expect(document.activeElement?.id).toBe('compose-title');
    expect(readDraft(testViewer.id)).toBeNull();
  });

  it('forgets the draft once it is posted', async () => {
    const posted = {
      request: { query: postIdeaMutation, variables: () => true },
      result: { data: { postIdea: { __typename: 'PostIdeaPayload', idea: { __typename: 'Idea', id: 'NEW3', title: 'Hot meals' } } } },
    };
    renderWithProviders(page, { route: '/compose', mocks: [noSearchResults, noOpenCampaigns, posted] });
    fill('Title', 'Hot meals on night shift');
    fill('Description', 'A warm meal at 02:00.');
    fireEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    expect(await screen.findByText('Opened NEW3')).toBeTruthy();
    expect(readDraft(testViewer.id)).toBeNull();
  });

  it('builds on a similar idea instead, keeping what was typed', async () => {
    const similar = {
      request: { query: similarIdeasQuery, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: { data: { similarIdeas: [{ __typename: 'SimilarIdea', idea: { __typename: 'Idea', id: 'S1', title: 'Warm food at night', authors: [{ __typename: 'Person', id: 'P2', name: 'Sam Okafor' }] } }] } },
    };
    renderWithProviders(page, { route: '/compose', mocks: [noSearchResults, noOpenCampaigns, similar, creditModel] });
    fill('Title', 'Hot meals on night shift');
    fill('Description', 'A warm meal at 02:00.');
    fireEvent.click(await screen.findByRole('button', { name: 'Build on this instead: Warm food at night' }));
    expect(screen.getByRole('heading', { name: 'Build on ideas' })).toBeTruthy();
    expect(screen.getAllByTestId('split-share').map((s) => s.textContent)).toEqual(['100 %']);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Hot meals on night shift');
    expect(document.activeElement?.id).toBe('parents-title');
    expect(screen.queryByRole('button', { name: 'Build on this instead: Warm food at night' })).toBeNull();
    expect((await screen.findByTestId('credit-preview')).textContent).toBe('You keep 60 %; 40 % goes to the idea you build on: Warm food at night 40 %.');
  });
});
