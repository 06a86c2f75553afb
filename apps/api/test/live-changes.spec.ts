import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ideaTouch } from '@kindling/api/live';

const LIBS = path.resolve(import.meta.dirname, '../../../libs/api');

/** Every event type the domains publish, read from their `<domain>.events.ts`. */
function publishedTypes(): string[] {
  return readdirSync(LIBS).flatMap((domain) => {
    const dir = path.join(LIBS, domain, 'src');
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.events.ts'));
    } catch {
      return [];
    }
    return files.flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/readonly type = '([A-Z_]+)'/g)].map((m) => m[1]));
  });
}

/**
 * What each event changes on an idea page, written out here rather than read from the code under test: the ideas
 * it touches for `Idea.updatedAt` and the live feed. null: nothing a reader sees (flags, claims, scores, campaigns).
 */
const EXPECTED: Record<string, { payload: Record<string, unknown>; touch: { change: string; ideaIds: string[]; commentId?: string } | null }> = {
  IDEA_POSTED: { payload: { ideaId: '1', authorId: '9' }, touch: { change: 'POSTED', ideaIds: ['1'] } },
  BUILT_ON: { payload: { ideaId: '3', parents: [{ ideaId: '1', weight: 1 }, { ideaId: '2', weight: 1 }] }, touch: { change: 'BUILT_ON', ideaIds: ['3', '1', '2'] } },
  PARENT_LINKED: { payload: { ideaId: '3', parentId: '1' }, touch: { change: 'BUILT_ON', ideaIds: ['3', '1'] } },
  CAMPAIGN_ANSWERED: { payload: { ideaId: '1', campaignId: '5' }, touch: null },
  COAUTHOR_INVITED: { payload: { ideaId: '1', personId: '9' }, touch: { change: 'AUTHORS', ideaIds: ['1'] } },
  COAUTHOR_ACCEPTED: { payload: { ideaId: '1', personId: '9' }, touch: { change: 'AUTHORS', ideaIds: ['1'] } },
  COAUTHOR_DECLINED: { payload: { ideaId: '1', personId: '9' }, touch: { change: 'AUTHORS', ideaIds: ['1'] } },
  AUTHOR_SPLIT_PROPOSED: { payload: { ideaId: '1', proposalId: '2', split: [] }, touch: { change: 'AUTHORS', ideaIds: ['1'] } },
  AUTHOR_SPLIT_CONSENTED: { payload: { ideaId: '1', proposalId: '2', personId: '9' }, touch: { change: 'AUTHORS', ideaIds: ['1'] } },
  AUTHOR_SPLIT_CHANGED: { payload: { ideaId: '1', proposalId: '2', authors: [] }, touch: { change: 'AUTHORS', ideaIds: ['1'] } },
  AUTHOR_SPLIT_CLOSED: { payload: { ideaId: '1', proposalId: '2', outcome: 'REFUSED' }, touch: { change: 'AUTHORS', ideaIds: ['1'] } },
  AUTHOR_LEFT: { payload: { ideaId: '1', personId: '9', giveShareTo: null, authors: [] }, touch: { change: 'AUTHORS', ideaIds: ['1'] } },
  RETENTION_SET: { payload: { ideaId: '1', retention: 0.5, previous: 0.7 }, touch: { change: 'RETENTION', ideaIds: ['1'] } },
  IDEAS_MERGED: { payload: { mergeId: '4', duplicateId: '2', intoId: '1' }, touch: { change: 'MERGED', ideaIds: ['1', '2'] } },
  IDEA_UNMERGED: { payload: { mergeId: '4', duplicateId: '2', intoId: '1' }, touch: { change: 'MERGED', ideaIds: ['1', '2'] } },
  ENDORSEMENTS_MOVED: { payload: { mergeId: '4', duplicateId: '2', intoId: '1' }, touch: { change: 'ENDORSEMENTS', ideaIds: ['1', '2'] } },
  IDEA_EDITED: { payload: { ideaId: '1', revision: 2 }, touch: { change: 'EDITED', ideaIds: ['1'] } },
  IDEA_WITHDRAWN: { payload: { ideaId: '1', reason: 'r' }, touch: { change: 'WITHDRAWN', ideaIds: ['1'] } },
  IDEA_STATUS_CHANGED: { payload: { ideaId: '1', from: 'NEW', to: 'ACCEPTED' }, touch: { change: 'STATUS', ideaIds: ['1'] } },
  IDEA_CLAIMED: { payload: { ideaId: '1', personId: '9' }, touch: null },
  CLAIM_RELEASED: { payload: { ideaId: '1', personId: '9' }, touch: null },
  ENDORSED: { payload: { ideaId: '1', personId: '9' }, touch: { change: 'ENDORSEMENTS', ideaIds: ['1'] } },
  UNENDORSED: { payload: { ideaId: '1', personId: '9' }, touch: { change: 'ENDORSEMENTS', ideaIds: ['1'] } },
  COMMENTED: { payload: { ideaId: '1', commentId: '7', replyToId: null }, touch: { change: 'COMMENTED', ideaIds: ['1'] } },
  COMMENT_EDITED: { payload: { ideaId: '1', commentId: '7' }, touch: { change: 'COMMENTS', ideaIds: ['1'] } },
  COMMENT_REMOVED: { payload: { ideaId: '1', commentId: '7' }, touch: { change: 'COMMENTS', ideaIds: ['1'] } },
  CONTENT_FLAGGED: { payload: { ideaId: '1', commentId: null }, touch: null },
  CONTENT_HIDDEN: { payload: { ideaId: null, commentId: '7' }, touch: { change: 'COMMENTS', ideaIds: [], commentId: '7' } },
  CONTENT_UNHIDDEN: { payload: { ideaId: '1', commentId: null }, touch: { change: 'MODERATED', ideaIds: ['1'] } },
  FLAGS_DISMISSED: { payload: { ideaId: '1', commentId: null }, touch: null },
  SCORE_CRITERION_CREATED: { payload: { criterionId: '1' }, touch: null },
  SCORE_CRITERION_UPDATED: { payload: { criterionId: '1' }, touch: null },
  SCORE_CRITERION_RETIRED: { payload: { criterionId: '1' }, touch: null },
  IDEA_SCORED: { payload: { ideaId: '1', scorecardId: '2', scores: [] }, touch: null },
  CAMPAIGN_OPENED: { payload: { campaignId: '5' }, touch: null },
  CAMPAIGN_CLOSED: { payload: { campaignId: '5' }, touch: null },
  // an admins' matter (a disabled webhook endpoint): no idea changes
  WEBHOOK_ENDPOINT_DISABLED: { payload: { endpointId: '4', url: 'https://intranet.example.com/hooks', reason: 'GONE' }, touch: null },
};

describe('which ideas an event visibly changes (Idea.updatedAt and ideaUpdated share it)', () => {
  it('has a decision for every event the domains publish', () => {
    expect([...new Set(publishedTypes())].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (type, { payload, touch }) => {
    const actual = ideaTouch(type, payload);
    expect(actual && { change: actual.change, ideaIds: actual.ideaIds, ...(actual.commentId ? { commentId: actual.commentId } : {}) }).toEqual(touch);
  });

  it('names the new comment of COMMENTED only', () => {
    expect(ideaTouch('COMMENTED', { ideaId: '1', commentId: '7' })?.newCommentId).toBe('7');
    expect(ideaTouch('COMMENT_EDITED', { ideaId: '1', commentId: '7' })?.newCommentId).toBeNull();
  });
});
