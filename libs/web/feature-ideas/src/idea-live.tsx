import { useRef, useState } from 'react';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql, useViewer, type IdeaLiveSubscription } from '@kindling/web/data-access';
import { useI18n, type MessageKey } from '@kindling/web/util';

type Translate = ReturnType<typeof useI18n>['t'];

export const ideaLiveSubscription = graphql(`
  subscription IdeaLive($id: ID!) {
    ideaUpdated(id: $id) {
      change
      comment {
        id
        author {
          id
          name
        }
      }
      idea {
        id
        status
        endorsementCount
        buildOnCount
        updatedAt
      }
    }
  }
`);

/**
 * Keeps an open idea page live: every change of the idea (from anyone, through any API process) arrives over
 * the WebSocket; its idea fields land in the cache at once (the badge, the endorsement count), and the page's
 * own query is refetched for what the payload does not carry (comments, build-ons, credit, the review). The
 * page stays mounted meanwhile, so nothing flickers and a half-written comment keeps its text. A polite live
 * region tells screen-reader users what happened.
 */
export function IdeaLive({ ideaId }: { ideaId: string }) {
  const { t } = useI18n();
  const viewer = useViewer();
  const client = useApolloClient();
  const [announcement, setAnnouncement] = useState('');
  // a burst of events (a merge, a thread) costs one refetch in flight and at most one after it
  const refetching = useRef<Promise<unknown> | null>(null);
  const again = useRef(false);
  const refetch = () => {
    if (refetching.current) {
      again.current = true;
      return;
    }
    refetching.current = client
      .refetchQueries({ include: ['IdeaPage'] })
      .catch(() => undefined)
      .finally(() => {
        refetching.current = null;
        if (again.current) {
          again.current = false;
          refetch();
        }
      });
  };
  useSubscription(ideaLiveSubscription, {
    variables: { id: ideaId },
    onData: ({ data }) => {
      const update = data.data?.ideaUpdated;
      if (!update) return;
      refetch();
      const said = describe(update, viewer?.id ?? null, t);
      if (said) setAnnouncement(t(said.key, said.values));
    },
  });
  return (
    <div className="k-sr-only" role="status" aria-live="polite" aria-label={t('live.region')}>
      {announcement}
    </div>
  );

}

/** What a screen reader hears about an update; nothing for one's own comment. */
function describe(update: IdeaLiveSubscription['ideaUpdated'], viewerId: string | null, t: Translate): { key: MessageKey; values?: Record<string, string | number> } | null {
  switch (update.change) {
    case 'COMMENTED':
      return update.comment && update.comment.author.id !== viewerId ? { key: 'live.newComment', values: { name: update.comment.author.name } } : null;
    case 'STATUS':
      return { key: 'live.status', values: { status: t(`status.${update.idea.status}` as MessageKey) } };
    case 'ENDORSEMENTS':
      return { key: 'live.endorsements', values: { count: update.idea.endorsementCount } };
    case 'BUILT_ON':
      return { key: 'live.builtOn' };
    default:
      return { key: 'live.updated' };
  }
}
