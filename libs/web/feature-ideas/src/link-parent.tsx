import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { GitMerge, Link2 } from 'lucide-react';
import { graphql, describeError, getFragmentData, type FragmentType } from '@kindling/web/data-access';
import { Button, Notice } from '@kindling/web/ui';
import { useI18n } from '@kindling/web/util';
import { IdeaPicker, type PickedIdea } from './idea-picker';

export const LinkParentFragment = graphql(`
  fragment LinkParent_idea on Idea {
    id
    status
    viewerIsAuthor
    withdrawal {
      at
    }
    parents {
      idea {
        id
      }
    }
  }
`);

const linkParentMutation = graphql(`
  mutation LinkParent($input: LinkParentInput!) {
    linkParent(input: $input) {
      idea {
        id
        parents {
          relation
          split
          idea {
            id
            title
          }
        }
      }
    }
  }
`);

/**
 * "Build on another idea too", for the idea's authors: pick an existing idea this one also builds on and link
 * it (`linkParent`). A refusal — e.g. the other idea builds on this one, which would make the lineage circular —
 * is said in the reader's words by its reason, and focus moves to the outcome.
 */
export function LinkParent(props: { idea: FragmentType<typeof LinkParentFragment> }) {
  const idea = getFragmentData(LinkParentFragment, props.idea);
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<PickedIdea | null>(null);
  const [linked, setLinked] = useState<string | null>(null);
  const [link, { loading, error, reset }] = useMutation(linkParentMutation, { refetchQueries: ['IdeaPage'], awaitRefetchQueries: true });
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error || linked) outcome.current?.focus();
  }, [error, linked]);

  if (!idea.viewerIsAuthor || idea.withdrawal || idea.status === 'MERGED') return null;
  const exclude = [idea.id, ...idea.parents.map((p) => p.idea.id)];

  return (
    <div className="k-link-parent">
      <Button variant="ghost" icon={<GitMerge size={16} aria-hidden />} aria-expanded={open} aria-controls="link-parent-panel" onClick={() => setOpen((o) => !o)}>
        {t('find.linkParent')}
      </Button>
      {open && (
        <div id="link-parent-panel" className="k-stack" style={{ marginTop: 8, gap: 8 }}>
          <p className="k-meta" style={{ margin: 0 }}>
            {t('find.linkParentLead')}
          </p>
          {picked ? (
            <div className="k-row">
              <Button
                variant="primary"
                icon={<Link2 size={16} aria-hidden />}
                busy={loading}
                onClick={() => {
                  setLinked(null);
                  void link({ variables: { input: { ideaId: idea.id, parentId: picked.id } } })
                    .then(() => {
                      setLinked(picked.title);
                      setPicked(null);
                    })
                    .catch(() => undefined);
                }}
              >
                {t('find.linkParentConfirm', { title: picked.title })}
              </Button>
              <Button
                variant="ghost"
                onClick={() => {
                  setPicked(null);
                  reset();
                }}
              >
                {t('find.linkParentChange')}
              </Button>
            </div>
          ) : (
            <IdeaPicker
              id="link-parent-search"
              label={t('find.linkParentPick')}
              exclude={exclude}
              onPick={(p) => {
                reset();
                setLinked(null);
                setPicked(p);
              }}
            />
          )}
        </div>
      )}
      <div ref={outcome} tabIndex={-1} aria-live="polite" style={{ marginTop: error || linked ? 8 : 0 }}>
        {error && <Notice tone="error">{describeError(t, error)}</Notice>}
        {linked && !error && <Notice tone="ok">{t('find.linkParentDone', { title: linked })}</Notice>}
      </div>
    </div>
  );
}
