import { useRef, useState, type ReactNode } from 'react';
import { Check, Copy, KeyRound, ShieldAlert } from 'lucide-react';
import { useI18n } from '@kindling/web/util';
import { Button, Card, CardTitle, Field, Notice, TextInput, useFieldId } from './components';

export interface SecretOnceProps {
  /** Id of the card's title (the card is labelled by it). */
  titleId: string;
  title: ReactNode;
  /** Why it is shown only now. */
  warning: string;
  secretLabel: string;
  secret: string;
  testId: string;
  onDone: () => void;
}

/** A secret shown this once (an API token, a webhook's signing secret): a read-only field to select, a copy button and the warning. */
export function SecretOnce({ titleId, title, warning, secretLabel, secret, testId, onDone }: SecretOnceProps) {
  const { t } = useI18n();
  const secretId = useFieldId(testId);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    input.current?.select();
    const done = await navigator.clipboard?.writeText(secret).then(
      () => true,
      () => false,
    );
    setCopied(done ? 'yes' : 'failed');
  };
  return (
    <Card aria-labelledby={titleId}>
      <CardTitle id={titleId} icon={<KeyRound size={18} aria-hidden />}>
        {title}
      </CardTitle>
      <Notice tone="warn" icon={<ShieldAlert size={18} aria-hidden />}>
        {warning}
      </Notice>
      <div className="k-tokens__secret">
        <Field id={secretId} label={secretLabel}>
          <TextInput id={secretId} ref={input} readOnly value={secret} data-testid={testId} onFocus={(e) => e.target.select()} spellCheck={false} autoFocus />
        </Field>
        <Button icon={copied === 'yes' ? <Check size={16} aria-hidden /> : <Copy size={16} aria-hidden />} onClick={() => void copy()}>
          {copied === 'yes' ? t('tokens.copied') : t('tokens.copy')}
        </Button>
      </div>
      {copied === 'failed' && <Notice tone="error">{t('tokens.copyFailed')}</Notice>}
      <div style={{ marginTop: 12 }}>
        <Button variant="primary" onClick={onDone}>
          {t('tokens.done')}
        </Button>
      </div>
    </Card>
  );
}
