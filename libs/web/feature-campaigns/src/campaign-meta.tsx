import { CalendarClock, Users } from 'lucide-react';
import { useI18n } from '@kindling/web/util';

/** A campaign's deadline (relative and absolute) and whom it asks, as one line of meta text. */
export function CampaignMeta({ deadline, isOpen, closedAt, departments }: { deadline: string; isOpen: boolean; closedAt?: string | null; departments: ReadonlyArray<{ id: string; name: string }> }) {
  const { t, formatDate, formatRelative } = useI18n();
  const ended = closedAt ?? deadline;
  return (
    <p className="k-meta k-row" style={{ gap: 12 }}>
      <span>
        <CalendarClock size={14} aria-hidden />{' '}
        {isOpen
          ? t('campaigns.deadline', { relative: formatRelative(deadline), date: formatDate(deadline) })
          : t('campaigns.ended', { relative: formatRelative(ended), date: formatDate(ended) })}
      </span>
      <span>
        <Users size={14} aria-hidden /> {departments.length ? t('campaigns.asks', { departments: departments.map((d) => d.name).join(', ') }) : t('campaigns.asksEveryone')}
      </span>
    </p>
  );
}
