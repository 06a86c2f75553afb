import { CalendarClock, Users } from 'lucide-react';
import { useI18n } from '@kindling/web/util';

/** A campaign's deadline (relative and absolute) and whom it asks, as one line of meta text (phrasing content, so it fits in a paragraph). */
export function CampaignMeta({ deadline, isOpen, closedAt, departments }: { deadline: string; isOpen: boolean; closedAt?: string | null; departments: ReadonlyArray<{ id: string; name: string }> }) {
  const { t, formatDate, formatRelative } = useI18n();
  // far from now, the relative form is the date itself
  const when = (value: string) => (formatRelative(value) === formatDate(value) ? formatDate(value) : `${formatRelative(value)} (${formatDate(value)})`);
  return (
    <span className="k-meta k-row" style={{ gap: 12, marginBottom: 4 }}>
      <span>
        <CalendarClock size={14} aria-hidden />{' '}
        {isOpen
          ? t('campaigns.deadline', { when: when(deadline) })
          : t('campaigns.ended', { when: when(closedAt ?? deadline) })}
      </span>
      <span>
        <Users size={14} aria-hidden /> {departments.length ? t('campaigns.asks', { departments: departments.map((d) => d.name).join(', ') }) : t('campaigns.asksEveryone')}
      </span>
    </span>
  );
}
