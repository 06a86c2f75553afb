import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Save } from 'lucide-react';
import { type EmailFrequency, type NotificationKind, describeError, retryFor, graphql } from '@kindling/web/data-access';
import { Button, Card, CardTitle, ErrorState, LoadingState, Notice, PageHeader } from '@kindling/web/ui';
import { type MessageKey, useDocumentTitle, useI18n } from '@kindling/web/util';

export const notificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      emailFrequency
      kinds {
        kind
        inApp
        email
      }
    }
  }
`);

export const updateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      notificationPreferences {
        emailFrequency
        kinds {
          kind
          inApp
          email
        }
      }
    }
  }
`);

const FREQUENCIES: EmailFrequency[] = ['IMMEDIATELY' as EmailFrequency, 'DAILY' as EmailFrequency, 'WEEKLY' as EmailFrequency, 'OFF' as EmailFrequency];
type Choice = { kind: NotificationKind; inApp: boolean; email: boolean };

/** /settings/notifications: per kind, in the app and by e-mail; how often e-mail comes. */
export function NotificationSettingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notifications.settingsTitle'));
  const { data, loading, error, refetch } = useQuery(notificationPreferencesQuery);
  const [save, saving] = useMutation(updateNotificationPreferencesMutation, { refetchQueries: ['NotificationBell'] });
  const [kinds, setKinds] = useState<Choice[]>([]);
  const [frequency, setFrequency] = useState<EmailFrequency | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!data) return;
    setKinds(data.notificationPreferences.kinds.map((k) => ({ kind: k.kind, inApp: k.inApp, email: k.email })));
    setFrequency(data.notificationPreferences.emailFrequency);
  }, [data]);
  const change = (kind: NotificationKind, channel: 'inApp' | 'email', value: boolean) => {
    setSaved(false);
    setKinds((all) => all.map((k) => (k.kind === kind ? { ...k, [channel]: value } : k)));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save({ variables: { input: { emailFrequency: frequency, kinds } } }).catch(() => undefined);
    setSaved(true);
  };
  if (error && !data) return <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />;
  if (!data && loading) return <LoadingState lines={6} />;
  return (
    <div className="k-stack">
      <PageHeader title={t('notifications.settingsTitle')} lead={t('notifications.settingsLead')} />
      <form onSubmit={submit} className="k-stack" noValidate>
        <Card aria-labelledby="prefs-kinds">
          <CardTitle id="prefs-kinds">{t('notifications.kindsTitle')}</CardTitle>
          <ul className="k-plainlist k-prefs">
            {kinds.map((k) => {
              const name = t(`notifications.kind.${k.kind}` as MessageKey);
              return (
                <li key={k.kind} className="k-prefs__row">
                  <span className="k-prefs__name" id={`kind-${k.kind}`}>
                    {name}
                  </span>
                  <label className="k-check">
                    <input type="checkbox" checked={k.inApp} onChange={(e) => change(k.kind, 'inApp', e.target.checked)} aria-label={t('notifications.inAppFor', { kind: name })} />
                    <span aria-hidden>{t('notifications.inApp')}</span>
                  </label>
                  <label className="k-check">
                    <input type="checkbox" checked={k.email} onChange={(e) => change(k.kind, 'email', e.target.checked)} aria-label={t('notifications.emailFor', { kind: name })} />
                    <span aria-hidden>{t('notifications.email')}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </Card>
        <Card aria-labelledby="prefs-frequency">
          <CardTitle id="prefs-frequency">{t('notifications.frequencyTitle')}</CardTitle>
          <fieldset className="k-prefs__frequency">
            <legend className="k-sr-only">{t('notifications.frequencyTitle')}</legend>
            {FREQUENCIES.map((f) => (
              <label key={f} className="k-check">
                <input
                  type="radio"
                  name="email-frequency"
                  value={f}
                  checked={frequency === f}
                  onChange={() => {
                    setSaved(false);
                    setFrequency(f);
                  }}
                />
                <span>{t(`notifications.frequency.${f}` as MessageKey)}</span>
              </label>
            ))}
          </fieldset>
        </Card>
        <div className="k-row">
          <Button type="submit" variant="primary" icon={<Save size={16} aria-hidden />} busy={saving.loading}>
            {t('notifications.save')}
          </Button>
          <span role="status">{saved && !saving.error ? <Notice tone="ok">{t('notifications.saved')}</Notice> : null}</span>
          {saving.error && <Notice tone="error">{describeError(t, saving.error)}</Notice>}
        </div>
      </form>
    </div>
  );
}
