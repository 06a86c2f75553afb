import { useEffect, useRef, useState } from 'react';
import { Check, Link2 } from 'lucide-react';
import { Button } from './components';

export interface CopyLinkButtonProps {
  /** A path on this site, e.g. `/ideas/SWRlYTox`; the link is `location.origin + path`. */
  path: string;
  label: string;
  copiedLabel: string;
  /** Shown with the link in a selected read-only field when the clipboard refuses (e.g. no permission). */
  failedLabel: string;
}

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

/**
 * Copies a link to the page of an idea, a person, a trail … to the clipboard and says so in a polite live
 * region; where the clipboard is refused, shows the link selected in a read-only field to copy by hand.
 */
export function CopyLinkButton({ path, label, copiedLabel, failedLabel }: CopyLinkButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.kind === 'failed') field.current?.select();
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const url = `${window.location.origin}${path}`;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'failed', url });
    }
  };

  return (
    <span className="k-copy-link">
      <Button variant="ghost" icon={state.kind === 'copied' ? <Check size={16} aria-hidden /> : <Link2 size={16} aria-hidden />} onClick={() => void copy()}>
        {label}
      </Button>
      {state.kind === 'failed' && (
        <label className="k-copy-link__fallback">
          <span className="k-meta">{failedLabel}</span>
          <input ref={field} className="k-input" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <span className="k-sr-only" role="status" aria-live="polite">
        {state.kind === 'copied' ? copiedLabel : ''}
      </span>
      {state.kind === 'copied' && (
        <span className="k-meta" aria-hidden>
          {copiedLabel}
        </span>
      )}
    </span>
  );
}
