import { beforeEach, describe, expect, it } from '@jest/globals';
import { configure, fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { normaliseTags, normaliseText, normaliseTitle } from '@kindling/shared/rules';
import { renderWithProviders } from '@kindling/web/data-access/testing';
import { createI18n, describeReason } from '@kindling/web/util';
// The table the API is tested on too. By path until the workspace has a test-only alias for it.
import { DRAFT_CASES } from '@kindling/shared/rules/cases';
import { openCampaignsQuery } from './campaign-choice';
import { ComposePage, postIdeaMutation } from './compose-page';

// a loaded machine (CI shares its cores) may take longer than the default second to answer a mocked query
configure({ asyncUtilTimeout: 10_000 });

const { t } = createI18n('en');
const LABELS: Record<string, string> = { title: 'Title', body: 'Description', tags: 'Tags' };

const page = (
  <Routes>
    <Route path="/compose" element={<ComposePage />} />
    <Route path="/ideas/:id" element={<p>Posted</p>} />
  </Routes>
);

const noOpenCampaigns = {
  request: { query: openCampaignsQuery },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { campaigns: { __typename: 'CampaignConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
};

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('the compose form judges a draft as the API does', () => {
  // a draft left by the case before would be restored: every case starts without one
  beforeEach(() => localStorage.clear());

  it.each(DRAFT_CASES)('$name', async ({ draft, violation }) => {
    let sent: unknown = null;
    const posted = {
      request: { query: postIdeaMutation, variables: () => true },
      result: (variables: Record<string, unknown>) => {
        sent = variables;
        return { data: { postIdea: { __typename: 'PostIdeaPayload', idea: { __typename: 'Idea', id: 'NEW', title: 'Posted' } } } };
      },
    };
    renderWithProviders(page, { route: '/compose', mocks: [posted, noOpenCampaigns] });
    fill('Title', draft.title);
    fill('Description', draft.body);
    fill('Tags', draft.tags.join(', '));
    fireEvent.click(screen.getByRole('button', { name: 'Post idea' }));

    if (violation) {
      const message = describeReason(t, violation.reason);
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([message]);
      const input = screen.getByLabelText(LABELS[violation.field]);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe(message);
      // nothing was sent: the button would read "Posting…"
      expect(screen.getByRole('button', { name: 'Post idea' })).toBeTruthy();
    } else {
      expect(screen.queryAllByRole('alert')).toEqual([]);
      expect(await screen.findByText('Posted')).toBeTruthy();
      expect(sent).toEqual({ input: { title: normaliseTitle(draft.title), body: normaliseText(draft.body), tags: normaliseTags(draft.tags) } });
    }
  });
});
