import { useRef, useState } from 'react';
import { Check, Copy, KeyRound, ShieldAlert } from 'lucide-react';
import { Button, Card, CardTitle, Field, Notice, TextInput, useFieldId } from '@kindling/web/ui';
import { useI18n } from '@kindling/web/util';

/** A signing secret shown this once: a read-only field to select, a copy button and the warning. */
export function SecretOnce({ title, warning, secret, onDone }: { title: string; warning: string; secret: string; onDone: () => void }) {
  const { t } = useI18n();
  const secretId = useFieldId('webhook-secret');
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
    <Card aria-labelledby="webhook-secret-title">
      <CardTitle id="webhook-secret-title" icon={<KeyRound size={18} aria-hidden />}>
        <span className="k-webhooks__url">{title}</span>
      </CardTitle>
      <Notice tone="warn" icon={<ShieldAlert size={18} aria-hidden />}>
        {warning}
      </Notice>
      <div className="k-tokens__secret">
        <Field id={secretId} label={t('webhooks.secret')}>
          <TextInput id={secretId} ref={input} readOnly value={secret} data-testid="webhook-secret" onFocus={(e) => e.target.select()} spellCheck={false} autoFocus />
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
