import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { FragmentType } from '@kindling/web/data-access';
import { renderWithProviders } from '@kindling/web/data-access/testing';
import { IdeaRevisions, type IdeaRevisionsFragment } from './idea-revisions';

const ann = { __typename: 'Person', id: 'P1', name: 'Ann de Wit' };
const revision = (number: number, title: string, body: string, tags: string[]) => ({
  __typename: 'IdeaRevision',
  number,
  title,
  body,
  tags,
  editedAt: `2026-11-0${number}T10:00:00Z`,
  editedBy: ann,
});
const idea = (revisions: unknown[]) =>
  ({ __typename: 'Idea', id: 'I1', editedAt: null, revisions }) as unknown as FragmentType<typeof IdeaRevisionsFragment>;

describe('the revision history', () => {
  it('marks added and removed words between consecutive revisions, in text as well as in style', () => {
    renderWithProviders(
      <IdeaRevisions
        idea={idea([
          revision(1, 'Night bus', 'A bus after the late shift.', ['commuting']),
          revision(2, 'Late night bus', 'A bus after the late shift.', ['commuting']),
          revision(3, 'Late night bus', 'A bus after the late shift at 23:30.', ['commuting', 'safety']),
        ])}
      />,
    );
    const history = screen.getByRole('region', { name: /Revisions/ });
    expect(within(history).getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(within(history).getAllByRole('button', { name: 'Show changes' })[0]);
    const changes = screen.getByRole('group', { name: 'Changes from revision 1 to 2' });
    expect([...changes.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['[removed: Night]']);
    expect([...changes.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['[added: Late night]']);
    expect(within(changes).getAllByText('No change')).toHaveLength(2);

    fireEvent.click(within(history).getByRole('button', { name: 'Show changes' }));
    const next = screen.getByRole('group', { name: 'Changes from revision 2 to 3' });
    expect([...next.querySelectorAll('ins')].map((d) => d.textContent?.replace(/\s+/g, ' '))).toEqual(['[added: at 23:30]', '[added: , safety]']);
  });

  it('shows nothing for an idea that was never edited', () => {
    const { container } = renderWithProviders(<IdeaRevisions idea={idea([revision(1, 'Night bus', 'A bus.', [])])} />);
    expect(container.textContent).toBe('');
  });
});
