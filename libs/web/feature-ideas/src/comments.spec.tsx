import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { normaliseText } from '@kindling/shared/rules';
import type { FragmentType } from '@kindling/web/data-access';
import { renderWithProviders } from '@kindling/web/data-access/testing';
import { createI18n, describeReason } from '@kindling/web/util';
// The table the API is tested on too. By path until the workspace has a test-only alias for it.
import { COMMENT_CASES } from '@kindling/shared/rules/cases';
import { Comments, commentMutation, type CommentsFragment } from './comments';

const { t } = createI18n('en');
const idea = { __typename: 'Idea', id: 'I1', commentCount: 0, comments: [] };
const ref = idea as unknown as FragmentType<typeof CommentsFragment>;

function commented(onSend: (variables: Record<string, unknown>) => void) {
  return {
    request: { query: commentMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      onSend(variables);
      return { data: { comment: { __typename: 'CommentPayload', comment: { __typename: 'Comment', id: 'C1' }, idea } } };
    },
  };
}

describe('the comment form', () => {
  it.each(COMMENT_CASES)('judges $name as the API does', async ({ body, violation }) => {
    let sent: unknown = null;
    renderWithProviders(<Comments idea={ref} />, { mocks: [commented((variables) => (sent = variables))] });
    const field = screen.getByLabelText('Your comment');
    fireEvent.change(field, { target: { value: body } });
    fireEvent.click(screen.getByRole('button', { name: 'Comment' }));

    if (violation) {
      const message = describeReason(t, violation.reason);
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([message]);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(message);
    } else {
      await waitFor(() => expect((field as HTMLTextAreaElement).value).toBe(''));
      expect(screen.queryAllByRole('alert')).toEqual([]);
      expect(sent).toEqual({ input: { ideaId: 'I1', body: normaliseText(body) } });
    }
  });

  it('keeps the text and shows the server’s refusal, in Dutch, at the field it names', async () => {
    const refused = {
      request: { query: commentMutation, variables: () => true },
      result: { errors: [{ message: 'body: at most 5000 characters.', extensions: { code: 'BAD_USER_INPUT', reason: 'COMMENT_TOO_LONG', field: 'body' } }] },
    };
    renderWithProviders(<Comments idea={ref} />, { mocks: [refused], locale: 'nl' });
    fireEvent.change(screen.getByLabelText('Je reactie'), { target: { value: 'Goed idee.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reageren' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Een reactie heeft hoogstens 5.000 tekens.');
    expect((screen.getByLabelText('Je reactie') as HTMLTextAreaElement).value).toBe('Goed idee.');
    expect(screen.queryByText(/at most/)).toBeNull();
  });
});

describe('the thread', () => {
  const comment = (id: string, author: { id: string; name: string }, body: string | null, extra: Record<string, unknown> = {}) => ({
    __typename: 'Comment',
    id,
    body,
    createdAt: '2026-11-01T10:00:00Z',
    editedAt: null,
    removedAt: null,
    author: { __typename: 'Person', ...author },
    ...extra,
  });
  const me = { id: 'UGVyc29uOjE', name: 'Ann de Wit' };
  const colleague = { id: 'P2', name: 'Dennis Hendriks' };

  it('keeps a removed comment as a placeholder with its replies, and offers edit and remove only on one’s own comments', () => {
    const thread = {
      ...idea,
      commentCount: 2,
      comments: [
        {
          ...comment('C1', colleague, null, { removedAt: '2026-11-02T10:00:00Z' }),
          replies: [{ ...comment('C2', me, 'Arriva did one for Tilburg.', { editedAt: '2026-11-03T10:00:00Z' }), replies: [] }],
        },
      ],
    };
    renderWithProviders(<Comments idea={thread as unknown as FragmentType<typeof CommentsFragment>} />);
    const [removed, reply] = screen.getAllByRole('listitem');
    expect(removed.querySelector('.k-comment__body')?.textContent).toBe('This comment was removed by its author.');
    expect(reply.textContent).toContain('Arriva did one for Tilburg.');
    expect(reply.textContent).toContain('edited');
    // replying to, editing or removing the placeholder is not offered; the reply is the viewer's own
    expect(screen.getAllByRole('button', { name: 'Reply' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Edit' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(screen.getByText(/Remove this comment\?/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove comment' })).toBeTruthy();
  });
});
