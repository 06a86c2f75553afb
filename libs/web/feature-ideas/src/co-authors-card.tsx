import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Check, LogOut, Scale, UserPlus, Users, X } from 'lucide-react';
import { graphql, describeError, getFragmentData, useViewer, type FragmentType } from '@kindling/web/data-access';
import { Button, Card, CardTitle, Notice, PersonChip } from '@kindling/web/ui';
import { useI18n } from '@kindling/web/util';
import { PersonPicker } from './person-picker';
import { SplitEditor, SplitPreview, type SplitValue, ppmPercent, splitFromTexts, textsOf } from './co-author-split';

export const CoAuthorsFragment = graphql(`
  fragment CoAuthors_idea on Idea {
    id
    viewerIsAuthor
    status
    authors {
      id
      name
      title
      department {
        id
        name
      }
    }
    authorSplit {
      ppm
      left
      person {
        id
        name
      }
    }
    coAuthorInvitations {
      invitedAt
      person {
        id
        name
      }
      invitedBy {
        id
        name
      }
    }
    authorSplitProposal {
      id
      proposedBy {
        id
        name
      }
      split {
        ppm
        person {
          id
          name
        }
      }
      waitingFor {
        id
        name
      }
      viewerMustAnswer
    }
    ...CreditPanel_idea
  }
`);

export const coAuthorPreviewQuery = graphql(`
  query CoAuthorPreview($ideaId: ID!, $personId: ID, $split: [AuthorShareInput!]) {
    coAuthorPreview(ideaId: $ideaId, personId: $personId, split: $split) {
      split {
        ppm
        person {
          id
          name
        }
      }
      shares {
        ppm
        currentPpm
        person {
          id
          name
        }
      }
    }
  }
`);

export const inviteCoAuthorMutation = graphql(`
  mutation InviteCoAuthor($input: InviteCoAuthorInput!) {
    inviteCoAuthor(input: $input) {
      idea {
        ...CoAuthors_idea
      }
    }
  }
`);

export const acceptCoAuthorshipMutation = graphql(`
  mutation AcceptCoAuthorship($input: IdeaRefInput!) {
    acceptCoAuthorship(input: $input) {
      idea {
        viewerIsAuthor
        ...CoAuthors_idea
      }
    }
  }
`);

export const declineCoAuthorshipMutation = graphql(`
  mutation DeclineCoAuthorship($input: IdeaRefInput!) {
    declineCoAuthorship(input: $input) {
      idea {
        ...CoAuthors_idea
      }
    }
  }
`);

export const proposeAuthorSplitMutation = graphql(`
  mutation ProposeAuthorSplit($input: ProposeAuthorSplitInput!) {
    proposeAuthorSplit(input: $input) {
      idea {
        ...CoAuthors_idea
      }
    }
  }
`);

export const respondToAuthorSplitMutation = graphql(`
  mutation RespondToAuthorSplit($input: RespondToAuthorSplitInput!) {
    respondToAuthorSplit(input: $input) {
      idea {
        ...CoAuthors_idea
      }
    }
  }
`);

export const leaveIdeaMutation = graphql(`
  mutation LeaveIdea($input: LeaveIdeaInput!) {
    leaveIdea(input: $input) {
      idea {
        viewerIsAuthor
        ...CoAuthors_idea
      }
    }
  }
`);

type Split = Array<{ personId: string; ppm: number }>;

/** The engine's preview of a split (coAuthorPreview), keeping the last answer on screen while the next one comes. */
function usePreview(ideaId: string, personId: string | null, split: Split | null, skip = false) {
  const { data, previousData } = useQuery(coAuthorPreviewQuery, {
    variables: { ideaId, personId, split },
    fetchPolicy: 'network-only',
    skip,
  });
  return (data ?? previousData)?.coAuthorPreview ?? null;
}

/** An author's form: the split once the picked colleague accepts, with the engine's preview, then send. */
function InviteForm({ ideaId, invitee, authorIds, onDone }: { ideaId: string; invitee: { id: string; name: string }; authorIds: string[]; onDone: (sent: boolean) => void }) {
  const { t } = useI18n();
  const viewer = useViewer();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const defaults = usePreview(ideaId, invitee.id, null);
  const [texts, setTexts] = useState<Record<string, string> | null>(null);
  const [invite, { loading, error }] = useMutation(inviteCoAuthorMutation);
  useEffect(() => headingRef.current?.focus(), []);
  const value: SplitValue[] = defaults?.split.map((s) => ({ personId: s.person.id, name: s.person.name, ppm: s.ppm })) ?? [];
  const shownTexts = texts ?? textsOf(value);
  const split = texts ? splitFromTexts(value, texts) : null;
  const preview = usePreview(ideaId, invitee.id, split, !!texts && !split);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (texts && !split) return;
    const done = await invite({ variables: { input: { ideaId, personId: invitee.id, split } } }).catch(() => null);
    if (done?.data) onDone(true);
  };
  return (
    <form className="k-stack k-coauthor-form" onSubmit={submit} noValidate aria-labelledby="invite-form-title">
      <h3 id="invite-form-title" ref={headingRef} tabIndex={-1} className="k-split-preview__title">
        {t('coauthor.inviteTitle', { name: invitee.name })}
      </h3>
      <p className="k-meta">{t('coauthor.inviteLead', { name: invitee.name })}</p>
      {defaults && <SplitEditor idPrefix="invite-split" value={value} texts={shownTexts} onChange={setTexts} />}
      <SplitPreview shares={preview?.shares ?? null} viewerId={viewer?.id ?? null} invitee={false} authorIds={authorIds} />
      {error && <Notice tone="error">{describeError(t, error)}</Notice>}
      <div className="k-row">
        <Button type="submit" variant="primary" icon={<UserPlus size={16} aria-hidden />} busy={loading} disabled={!defaults || (!!texts && !split)}>
          {t('coauthor.inviteWith', { name: invitee.name })}
        </Button>
        <Button variant="ghost" onClick={() => onDone(false)}>
          {t('coauthor.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The invitee's answer, after seeing what accepting does to everyone's share. */
function InvitationAnswer({ ideaId, invitedBy, authorIds }: { ideaId: string; invitedBy: string; authorIds: string[] }) {
  const { t } = useI18n();
  const viewer = useViewer();
  const preview = usePreview(ideaId, viewer?.id ?? null, null, !viewer);
  const [accept, acceptState] = useMutation(acceptCoAuthorshipMutation);
  const [decline, declineState] = useMutation(declineCoAuthorshipMutation);
  const { formatPercent } = useI18n();
  const error = acceptState.error ?? declineState.error;
  return (
    <div className="k-invite-banner k-stack" role="region" aria-label={t('idea.invitations')}>
      <p style={{ margin: 0 }}>{t('coauthor.acceptLead', { name: invitedBy })}</p>
      {preview && (
        <ul className="k-plainlist k-split-list">
          {preview.split.map((s) => (
            <li key={s.person.id}>
              {s.person.name}: {ppmPercent(formatPercent, s.ppm)}
            </li>
          ))}
        </ul>
      )}
      <SplitPreview shares={preview?.shares ?? null} viewerId={viewer?.id ?? null} invitee authorIds={authorIds} />
      {error && <Notice tone="error">{describeError(t, error)}</Notice>}
      <div className="k-row">
        <Button variant="primary" icon={<Check size={16} aria-hidden />} busy={acceptState.loading} disabled={!preview} onClick={() => void accept({ variables: { input: { ideaId } } }).catch(() => undefined)}>
          {t('idea.accept')}
        </Button>
        <Button icon={<X size={16} aria-hidden />} busy={declineState.loading} onClick={() => void decline({ variables: { input: { ideaId } } }).catch(() => undefined)}>
          {t('idea.decline')}
        </Button>
      </div>
    </div>
  );
}

/** A proposal of a new split: its split, who it waits for, and the viewer's answer. */
function ProposalBox({ ideaId, proposal, isProposer }: { ideaId: string; proposal: NonNullable<ReturnType<typeof useCoAuthors>['authorSplitProposal']>; isProposer: boolean }) {
  const { t, formatPercent } = useI18n();
  const [respond, { loading, error }] = useMutation(respondToAuthorSplitMutation);
  const answer = (accept: boolean) => void respond({ variables: { input: { ideaId, accept } } }).catch(() => undefined);
  return (
    <div className="k-invite-banner k-stack" role="region" aria-labelledby="split-proposal-title">
      <h3 id="split-proposal-title" className="k-split-preview__title">
        {t('coauthor.proposalTitle', { name: proposal.proposedBy.name })}
      </h3>
      <ul className="k-plainlist k-split-list">
        {proposal.split.map((s) => (
          <li key={s.person.id}>
            {s.person.name}: {ppmPercent(formatPercent, s.ppm)}
          </li>
        ))}
      </ul>
      <p className="k-meta" style={{ margin: 0 }}>
        {t('coauthor.proposalWaiting', { names: proposal.waitingFor.map((p) => p.name).join(', ') })}
      </p>
      {error && <Notice tone="error">{describeError(t, error)}</Notice>}
      <div className="k-row">
        {proposal.viewerMustAnswer && (
          <>
            <Button variant="primary" icon={<Check size={16} aria-hidden />} busy={loading} onClick={() => answer(true)}>
              {t('coauthor.agree')}
            </Button>
            <Button icon={<X size={16} aria-hidden />} busy={loading} onClick={() => answer(false)}>
              {t('coauthor.refuse')}
            </Button>
          </>
        )}
        {isProposer && (
          <Button variant="ghost" icon={<X size={16} aria-hidden />} busy={loading} onClick={() => answer(false)}>
            {t('coauthor.withdrawProposal')}
          </Button>
        )}
      </div>
    </div>
  );
}

/** An author proposes a new split, seeing what it does first. */
function ProposeForm({ ideaId, current, authorIds, onDone }: { ideaId: string; current: SplitValue[]; authorIds: string[]; onDone: () => void }) {
  const { t } = useI18n();
  const viewer = useViewer();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [texts, setTexts] = useState(() => textsOf(current));
  const split = splitFromTexts(current, texts);
  const preview = usePreview(ideaId, null, split, !split);
  const [propose, { loading, error }] = useMutation(proposeAuthorSplitMutation);
  useEffect(() => headingRef.current?.focus(), []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!split) return;
    const done = await propose({ variables: { input: { ideaId, split } } }).catch(() => null);
    if (done?.data) onDone();
  };
  return (
    <form className="k-stack k-coauthor-form" onSubmit={submit} noValidate aria-labelledby="propose-form-title">
      <h3 id="propose-form-title" ref={headingRef} tabIndex={-1} className="k-split-preview__title">
        {t('coauthor.proposeTitle')}
      </h3>
      <p className="k-meta">{t('coauthor.proposeLead')}</p>
      <SplitEditor idPrefix="propose-split" value={current} texts={texts} onChange={setTexts} />
      <SplitPreview shares={preview?.shares ?? null} viewerId={viewer?.id ?? null} invitee={false} authorIds={authorIds} />
      {error && <Notice tone="error">{describeError(t, error)}</Notice>}
      <div className="k-row">
        <Button type="submit" variant="primary" icon={<Scale size={16} aria-hidden />} busy={loading} disabled={!split}>
          {t('coauthor.propose')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('coauthor.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Leaving: keep one's share (the default) or give it to the authors who stay. */
function LeaveDialog({ ideaId, onClose }: { ideaId: string; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [give, setGive] = useState(false);
  const [leave, { loading, error }] = useMutation(leaveIdeaMutation);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await leave({ variables: { input: { ideaId, giveShareTo: give ? 'REMAINING_AUTHORS' : null } } }).catch(() => null);
    if (!done?.data) return;
    onClose();
    requestAnimationFrame(() => document.getElementById('authors-title')?.focus());
  };
  return (
    <dialog ref={ref} className="k-dialog" aria-labelledby="leave-title" aria-describedby="leave-explain" onClose={onClose}>
      <form onSubmit={submit} className="k-stack">
        <h2 id="leave-title" className="k-card__title">
          <LogOut size={18} aria-hidden /> {t('coauthor.leaveTitle')}
        </h2>
        <fieldset className="k-stack k-leave-choice">
          <legend id="leave-explain">{t('coauthor.leaveLead')}</legend>
          <label className="k-choice">
            <input type="radio" name="leave-share" checked={!give} onChange={() => setGive(false)} autoFocus /> {t('coauthor.leaveKeep')}
          </label>
          <label className="k-choice">
            <input type="radio" name="leave-share" checked={give} onChange={() => setGive(true)} /> {t('coauthor.leaveGive')}
          </label>
        </fieldset>
        {error && <Notice tone="error">{describeError(t, error)}</Notice>}
        <div className="k-row">
          <Button type="submit" variant="danger" icon={<LogOut size={16} aria-hidden />} busy={loading}>
            {t('coauthor.leaveConfirm')}
          </Button>
          <Button variant="ghost" onClick={() => ref.current?.close()}>
            {t('coauthor.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}

function useCoAuthors(idea: FragmentType<typeof CoAuthorsFragment>) {
  return getFragmentData(CoAuthorsFragment, idea);
}

/**
 * The idea's authors and how they share it; for an invitee, what accepting does before they answer; for its
 * authors (only them), inviting with a split, changing the split with everyone's consent, and leaving.
 */
export function CoAuthorsCard(props: { idea: FragmentType<typeof CoAuthorsFragment> }) {
  const idea = useCoAuthors(props.idea);
  const { t, formatPercent } = useI18n();
  const viewer = useViewer();
  const [invitee, setInvitee] = useState<{ id: string; name: string } | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [proposing, setProposing] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const mine = idea.coAuthorInvitations.find((i) => i.person.id === viewer?.id);
  const authorIds = idea.authors.map((a) => a.id);
  const share = new Map(idea.authorSplit.map((s) => [s.person.id, s.ppm]));
  const split: SplitValue[] = idea.authorSplit.map((s) => ({ personId: s.person.id, name: s.person.name, ppm: s.ppm }));
  const open = idea.status !== 'MERGED';
  return (
    <Card aria-labelledby="authors-title">
      <CardTitle id="authors-title" icon={<Users size={18} aria-hidden />}>
        {t('idea.authors')}
      </CardTitle>
      {mine && !idea.viewerIsAuthor && <InvitationAnswer ideaId={idea.id} invitedBy={mine.invitedBy?.name ?? '—'} authorIds={authorIds} />}
      {split.length > 1 && <p className="k-meta" style={{ margin: '0 0 8px' }}>{t('coauthor.splitLead')}</p>}
      <ul className="k-plainlist">
        {idea.authors.map((a) => (
          <li key={a.id} className="k-row k-author-row">
            <PersonChip person={a} meta={`${a.title} · ${a.department.name}`} size={32} />
            {split.length > 1 && <span className="k-badge k-author-row__share">{ppmPercent(formatPercent, share.get(a.id) ?? 0)}</span>}
          </li>
        ))}
        {idea.authorSplit
          .filter((s) => s.left)
          .map((s) => (
            <li key={`left-${s.person.id}`} className="k-row k-author-row k-meta">
              {t('coauthor.leftNote', { name: s.person.name })}
              <span className="k-badge k-author-row__share">{ppmPercent(formatPercent, s.ppm)}</span>
            </li>
          ))}
        {idea.coAuthorInvitations.map((i) => (
          <li key={`inv-${i.person.id}`} className="k-row">
            <PersonChip person={i.person} meta={i.invitedBy ? t('idea.invitedBy', { name: i.invitedBy.name }) : undefined} size={32} />
            <span className="k-badge">{t('idea.pending')}</span>
          </li>
        ))}
      </ul>
      {idea.authorSplitProposal && <ProposalBox ideaId={idea.id} proposal={idea.authorSplitProposal} isProposer={idea.authorSplitProposal.proposedBy.id === viewer?.id} />}
      {idea.viewerIsAuthor && open && (
        <div className="k-stack" style={{ marginTop: 12 }}>
          {invitee ? (
            <InviteForm
              key={invitee.id}
              ideaId={idea.id}
              invitee={invitee}
              authorIds={authorIds}
              onDone={(done) => {
                setSent(done ? invitee.name : null);
                setInvitee(null);
              }}
            />
          ) : (
            <PersonPicker
              label={t('idea.invite')}
              placeholder={t('idea.invitePlaceholder')}
              exclude={[...split.map((s) => s.personId), ...idea.coAuthorInvitations.map((i) => i.person.id)]}
              onPick={(p) => {
                setSent(null);
                setInvitee({ id: p.id, name: p.name });
              }}
            />
          )}
          {sent && (
            <Notice tone="ok" icon={<UserPlus size={16} aria-hidden />}>
              {t('idea.inviteSent', { name: sent })}
            </Notice>
          )}
          {proposing ? (
            <ProposeForm ideaId={idea.id} current={split} authorIds={authorIds} onDone={() => setProposing(false)} />
          ) : (
            <div className="k-row">
              {authorIds.length > 1 && !idea.authorSplitProposal && (
                <Button icon={<Scale size={16} aria-hidden />} onClick={() => setProposing(true)}>
                  {t('coauthor.changeSplit')}
                </Button>
              )}
              {authorIds.length > 1 && (
                <Button variant="ghost" icon={<LogOut size={16} aria-hidden />} aria-haspopup="dialog" onClick={() => setLeaving(true)}>
                  {t('coauthor.leave')}
                </Button>
              )}
            </div>
          )}
          {leaving && <LeaveDialog ideaId={idea.id} onClose={() => setLeaving(false)} />}
        </div>
      )}
    </Card>
  );
}
