import { Link } from 'react-router';
import { Megaphone } from 'lucide-react';
import { type FragmentType, getFragmentData, graphql } from '@kindling/web/data-access';
import { useI18n } from '@kindling/web/util';

export const IdeaCampaignFragment = graphql(`
  fragment IdeaCampaign_idea on Idea {
    campaign {
      id
      question
    }
  }
`);

/** "Answers: <question>" on an idea that answers a campaign, linking to it. */
export function IdeaCampaign({ idea: ref }: { idea: FragmentType<typeof IdeaCampaignFragment> }) {
  const { campaign } = getFragmentData(IdeaCampaignFragment, ref);
  const { t } = useI18n();
  if (!campaign) return null;
  return (
    <p className="k-idea__campaign k-row" style={{ gap: 6 }}>
      <Megaphone size={16} aria-hidden />
      <Link to={`/campaigns/${encodeURIComponent(campaign.id)}`}>{t('campaigns.answers', { question: campaign.question })}</Link>
    </p>
  );
}
