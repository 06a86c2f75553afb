import { useQuery } from '@apollo/client/react';
import { graphql } from '@kindling/web/data-access';
import { Field, Select } from '@kindling/web/ui';
import { useI18n } from '@kindling/web/util';

export const openCampaignsQuery = graphql(`
  query ComposeOpenCampaigns {
    campaigns(state: OPEN, first: 100) {
      edges {
        cursor
        node {
          id
          question
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The compose form's choice of an open campaign the idea answers ('' for none); `?campaign=<id>` preselects one. */
export function CampaignChoice({ value, onChange, error }: { value: string; onChange: (campaignId: string) => void; error: string | null }) {
  const { t } = useI18n();
  const { data } = useQuery(openCampaignsQuery);
  const campaigns = data?.campaigns.edges.map((e) => e.node) ?? [];
  // a preselected campaign that is no longer open still shows, so the refusal is explained rather than hidden
  const known = !value || campaigns.some((c) => c.id === value);
  return (
    <Field id="compose-campaign" label={t('campaigns.compose')} help={t('campaigns.composeHelp')} error={error}>
      <Select
        id="compose-campaign"
        value={value}
        aria-invalid={!!error}
        aria-describedby={error ? 'compose-campaign-error' : 'compose-campaign-help'}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('campaigns.composeNone')}</option>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.question}
          </option>
        ))}
        {!known && <option value={value}>{value}</option>}
      </Select>
    </Field>
  );
}
