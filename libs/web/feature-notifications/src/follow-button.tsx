import { useMutation } from '@apollo/client/react';
import { BellOff, BellPlus } from 'lucide-react';
import { type FragmentType, getFragmentData, graphql } from '@kindling/web/data-access';
import { Button } from '@kindling/web/ui';
import { useI18n } from '@kindling/web/util';

export const followButtonFragment = graphql(`
  fragment FollowButton on Idea {
    id
    viewerFollows
  }
`);

const followMutation = graphql(`
  mutation FollowIdea($input: FollowIdeaInput!) {
    followIdea(input: $input) {
      idea {
        id
        viewerFollows
      }
    }
  }
`);

const unfollowMutation = graphql(`
  mutation UnfollowIdea($input: FollowIdeaInput!) {
    unfollowIdea(input: $input) {
      idea {
        id
        viewerFollows
      }
    }
  }
`);

/** Follow / Unfollow on the idea page: followers hear of its status, comments and build-ons. */
export function FollowButton(props: { idea: FragmentType<typeof followButtonFragment> }) {
  const idea = getFragmentData(followButtonFragment, props.idea);
  const { t } = useI18n();
  const [follow, following] = useMutation(followMutation);
  const [unfollow, unfollowing] = useMutation(unfollowMutation);
  const input = { ideaId: idea.id };
  return idea.viewerFollows ? (
    <Button icon={<BellOff size={16} aria-hidden />} busy={unfollowing.loading} onClick={() => void unfollow({ variables: { input } }).catch(() => undefined)}>
      {t('notifications.unfollow')}
    </Button>
  ) : (
    <Button icon={<BellPlus size={16} aria-hidden />} busy={following.loading} onClick={() => void follow({ variables: { input } }).catch(() => undefined)}>
      {t('notifications.follow')}
    </Button>
  );
}
