import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { renderWithProviders } from '@kindling/web/data-access/testing';
import { ComposePage, buildOnMutation, composeParentsQuery, postIdeaMutation } from './compose-page';
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

const noSearchResults = {
  request: { query: ideaSearchQuery, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { ideas: { __typename: 'IdeaConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
};

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('ComposePage', () => {
  it('refuses to post without a title and a description', async () => {
    renderWithProviders(page, { route: '/compose', mocks: [noSearchResults] });
    fireEvent.click(screen.getByRole('button', { name: 'Post idea' }));
    expect(await screen.findByText('Give the idea a title.')).toBeTruthy();
    expect(screen.getByText('Describe the idea.')).toBeTruthy();
  });

  it('posts an original idea with tags and opens it', async () => {
    let sent: unknown = null;
    const mocks = [
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
});
