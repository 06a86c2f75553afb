import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Megaphone } from 'lucide-react';
import { describeError, graphql, readRefusal, useViewer } from '@kindling/web/data-access';
import { CAMPAIGN_LIMITS, type CampaignViolation, campaignDraftViolations, normaliseText, normaliseTitle } from '@kindling/shared/rules';
import { Button, ButtonLink, Card, EmptyState, Field, Notice, PageHeader, TextArea, TextInput, useFocusFirstError } from '@kindling/web/ui';
import { describeReason, useDocumentTitle, useI18n } from '@kindling/web/util';

export const openCampaignMutation = graphql(`
  mutation OpenCampaign($input: OpenCampaignInput!) {
    openCampaign(input: $input) {
      campaign {
        id
      }
    }
  }
`);

const campaignDepartmentsQuery = graphql(`
  query CampaignDepartments {
    departments {
      id
      name
    }
  }
`);

/** A datetime-local value (local time, minutes) `days` from now at 17:00. */
function defaultDeadline(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setHours(17, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** /campaigns/new: a reviewer asks a question with a deadline, optionally of some departments. */
export function OpenCampaignPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const navigate = useNavigate();
  useDocumentTitle(t('campaigns.new'));
  const departments = useQuery(campaignDepartmentsQuery);
  const [question, setQuestion] = useState('');
  const [description, setDescription] = useState('');
  const [deadline, setDeadline] = useState(() => defaultDeadline(14));
  const [asked, setAsked] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [open, openState] = useMutation(openCampaignMutation, { refetchQueries: ['Campaigns'] });

  if (viewer?.role !== 'REVIEWER' && viewer?.role !== 'ADMIN')
    return (
      <Card>
        <EmptyState title={t('campaigns.reviewersOnly')} action={<ButtonLink to="/campaigns">{t('campaigns.back')}</ButtonLink>} />
      </Card>
    );

  const draft = { question: normaliseTitle(question), description: normaliseText(description), deadline: new Date(deadline) };
  const violations = campaignDraftViolations(draft, new Date());
  const refusal = openState.error ? readRefusal(openState.error) : null;
  const errorOf = (field: string): string | undefined => {
    const own: CampaignViolation | undefined = submitted ? violations.find((v) => v.field === field) : undefined;
    if (own) return describeReason(t, own.reason);
    return refusal?.field === field ? describeError(t, openState.error) : undefined;
  };
  const errors = { question: errorOf('question'), description: errorOf('description'), deadline: errorOf('deadline') };

  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = async () => {
    setSubmitted(true);
    if (violations.length) return focusFirstError();
    try {
      const result = await open({ variables: { input: { ...draft, deadline: draft.deadline.toISOString(), departmentIds: asked } } });
      const id = result.data?.openCampaign.campaign.id;
      if (id) void navigate(`/campaigns/${encodeURIComponent(id)}`);
    } catch {
      focusFirstError(); // the refusal is shown through the mutation's error
    }
  };

  return (
    <div>
      <PageHeader title={t('campaigns.new')} lead={t('campaigns.newLead')} />
      <Card>
        <form
          ref={formRef}
          className="k-stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Field id="campaign-question" label={t('campaigns.question')} help={t('campaigns.questionHelp', { min: CAMPAIGN_LIMITS.questionMin, max: CAMPAIGN_LIMITS.questionMax })} error={errors.question}>
            <TextInput
              id="campaign-question"
              value={question}
              aria-invalid={!!errors.question}
              aria-describedby={errors.question ? 'campaign-question-error' : 'campaign-question-help'}
              onChange={(e) => setQuestion(e.target.value)}
            />
          </Field>
          <Field id="campaign-description" label={t('campaigns.description')} help={t('campaigns.descriptionHelp')} error={errors.description}>
            <TextArea
              id="campaign-description"
              rows={8}
              value={description}
              aria-invalid={!!errors.description}
              aria-describedby={errors.description ? 'campaign-description-error' : 'campaign-description-help'}
              onChange={(e) => setDescription(e.target.value)}
            />
          </Field>
          <Field id="campaign-deadline" label={t('campaigns.deadlineLabel')} help={t('campaigns.deadlineHelp')} error={errors.deadline}>
            <TextInput
              id="campaign-deadline"
              type="datetime-local"
              value={deadline}
              aria-invalid={!!errors.deadline}
              aria-describedby={errors.deadline ? 'campaign-deadline-error' : 'campaign-deadline-help'}
              onChange={(e) => setDeadline(e.target.value)}
            />
          </Field>
          <fieldset className="k-campaign-departments">
            <legend className="k-field__label">{t('campaigns.departments')}</legend>
            <p className="k-field__help">{t('campaigns.departmentsHelp')}</p>
            <ul className="k-plainlist k-campaign-departments__list">
              {departments.data?.departments.map((d) => (
                <li key={d.id}>
                  <label className="k-row" style={{ gap: 6, flexWrap: 'nowrap' }}>
                    <input
                      type="checkbox"
                      checked={asked.includes(d.id)}
                      onChange={(e) => setAsked(e.target.checked ? [...asked, d.id] : asked.filter((x) => x !== d.id))}
                    />
                    {d.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {openState.error && !refusal?.field && <Notice tone="error">{describeError(t, openState.error)}</Notice>}
          <div className="k-row">
            <Button type="submit" variant="primary" icon={<Megaphone size={16} aria-hidden />} busy={openState.loading}>
              {t('campaigns.openSubmit')}
            </Button>
            <ButtonLink to="/campaigns">{t('common.cancel')}</ButtonLink>
          </div>
        </form>
      </Card>
    </div>
  );
}
