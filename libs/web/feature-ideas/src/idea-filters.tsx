import { useQuery } from '@apollo/client/react';
import { type IdeaStatus, graphql } from '@kindling/web/data-access';
import { Field, Select } from '@kindling/web/ui';
import { type MessageKey, useI18n } from '@kindling/web/util';

const departmentsQuery = graphql(`
  query Departments {
    departments {
      id
      name
    }
  }
`);

const STATUSES: readonly IdeaStatus[] = ['NEW', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED', 'MERGED'];

interface FilterProps {
  id: string;
  /** '' means any. */
  value: string;
  onChange: (value: string) => void;
  hideLabel?: boolean;
}

/** Pick a department (or any): the feed's and the board's filter. */
export function DepartmentFilter({ id, value, onChange, hideLabel }: FilterProps) {
  const { t } = useI18n();
  const departments = useQuery(departmentsQuery);
  return (
    <Field id={id} label={t('feed.department')} hideLabel={hideLabel}>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('feed.anyDepartment')}</option>
        {departments.data?.departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Pick a status (or any): the feed's and the board's filter. */
export function StatusFilter({ id, value, onChange, hideLabel }: FilterProps) {
  const { t } = useI18n();
  return (
    <Field id={id} label={t('feed.status')} hideLabel={hideLabel}>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('feed.anyStatus')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}` as MessageKey)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
