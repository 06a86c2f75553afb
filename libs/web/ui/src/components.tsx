import { forwardRef, useEffect, useId, useRef, useState, type RefObject, type ButtonHTMLAttributes, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { Link, useNavigate, type LinkProps } from 'react-router';
import { AlertTriangle, Inbox, Loader2, RefreshCw, Search, SearchX } from 'lucide-react';
import { renderMarkdown, useI18n, type MessageKey } from '@kindling/web/util';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'active';
type Size = 'md' | 'sm';

function buttonClass(variant: Variant, size: Size, iconOnly: boolean, extra?: string): string {
  return ['k-btn', `k-btn--${variant}`, size === 'sm' && 'k-btn--sm', iconOnly && 'k-btn--icon', extra].filter(Boolean).join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: Size;
  icon?: ReactNode;
  busy?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'md', icon, busy, children, className, type = 'button', disabled, ...rest },
  ref,
) {
  return (
    <button ref={ref} type={type} className={buttonClass(variant, size, !children, className)} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy ? <Loader2 size={16} className="k-spinner" aria-hidden /> : icon}
      {children}
    </button>
  );
});

export function ButtonLink({ variant = 'secondary', size = 'md', icon, children, className, ...rest }: LinkProps & { variant?: Variant; size?: Size; icon?: ReactNode }) {
  return (
    <Link className={buttonClass(variant, size, !children, className)} {...rest}>
      {icon}
      {children}
    </Link>
  );
}

export function Card({ children, className, flush, as: Tag = 'section', ...rest }: { children: ReactNode; className?: string; flush?: boolean; as?: 'section' | 'div' | 'article' | 'aside'; 'aria-labelledby'?: string; id?: string }) {
  return (
    <Tag className={['k-card', flush && 'k-card--flush', className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </Tag>
  );
}

export function CardTitle({ icon, children, id, level = 2 }: { icon?: ReactNode; children: ReactNode; id?: string; level?: 2 | 3 }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag className="k-card__title" id={id}>
      {icon}
      {children}
    </Tag>
  );
}

export function PageHeader({ title, lead, actions }: { title: ReactNode; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="k-page-header">
      <div>
        <h1>{title}</h1>
        {lead && <p>{lead}</p>}
      </div>
      {actions && <div className="k-row">{actions}</div>}
    </header>
  );
}

/* ---------- form fields ---------- */
export function Field({ label, help, error, children, id, hideLabel }: { label: ReactNode; help?: ReactNode; error?: ReactNode; id: string; children: ReactNode; hideLabel?: boolean }) {
  return (
    <div className="k-field">
      <label className={hideLabel ? 'k-sr-only' : 'k-field__label'} htmlFor={id}>
        {label}
      </label>
      {children}
      {help && !error && (
        <span className="k-field__help" id={`${id}-help`}>
          {help}
        </span>
      )}
      {error && (
        <span className="k-field__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export const TextInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement> & { icon?: ReactNode }>(function TextInput({ icon, className, ...rest }, ref) {
  const input = <input ref={ref} className={['k-input', className].filter(Boolean).join(' ')} {...rest} />;
  return icon ? (
    <span className="k-input-icon">
      {icon}
      {input}
    </span>
  ) : (
    input
  );
});

export function Select({ className, children, ...rest }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select className={['k-select', className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </select>
  );
}

export const TextArea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextArea({ className, ...rest }, ref) {
  return <textarea ref={ref} className={['k-textarea', className].filter(Boolean).join(' ')} {...rest} />;
});

/* ---------- small display pieces ---------- */
const PALETTE = ['#c2410c', '#0f766e', '#1d4ed8', '#7c3aed', '#be185d', '#15803d', '#a16207', '#0e7490', '#4338ca', '#b91c1c', '#4d7c0f', '#9d174d'];

/**
 * Colours for the parts of a share bar, by rank: the Okabe–Ito colour-blind-safe palette, ordered so that
 * neighbours alternate dark and light (the bar also separates them with a gap), and so that two people
 * on one bar get the same colour only 8 ranks apart.
 */
export const SHARE_PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#4d4d4d', '#f0e442'] as const;

/** The colour of the share ranked `rank` (0 = largest) on a share bar. */
export function shareColor(rank: number): string {
  return SHARE_PALETTE[rank % SHARE_PALETTE.length];
}

/** The neutral colour of a bar's folded rest ("n more contributors"). */
export const SHARE_REST_COLOR = '#a3a3a3';

/** A stable colour for a person's avatar or a department (by id), from a palette that keeps white text readable. */
export function colorFor(key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter((p) => /^\p{Lu}/u.test(p));
  const picked = parts.length >= 2 ? [parts[0], parts[parts.length - 1]] : name.trim().split(/\s+/).slice(0, 2);
  return picked.map((p) => p[0]?.toUpperCase() ?? '').join('');
}

export function Avatar({ id, name, size = 32 }: { id: string; name: string; size?: number }) {
  return (
    <span className="k-avatar" aria-hidden style={{ width: size, height: size, fontSize: size * 0.38, background: colorFor(id) }}>
      {initials(name)}
    </span>
  );
}

export function PersonChip({ person, meta, size = 28, link = true }: { person: { id: string; name: string }; meta?: ReactNode; size?: number; link?: boolean }) {
  const inner = (
    <>
      <Avatar id={person.id} name={person.name} size={size} />
      <span style={{ minWidth: 0 }}>
        <span className="k-person__name">{person.name}</span>
        {meta && <span className="k-person__meta">{meta}</span>}
      </span>
    </>
  );
  return link ? (
    <Link className="k-person" to={`/people/${encodeURIComponent(person.id)}`}>
      {inner}
    </Link>
  ) : (
    <span className="k-person">{inner}</span>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`k-badge k-badge--${status}`}>{t(`status.${status}` as MessageKey)}</span>;
}

export function Tag({ tag, to }: { tag: string; to?: string }) {
  return to ? (
    <Link className="k-tag" to={to}>
      #{tag}
    </Link>
  ) : (
    <span className="k-tag">#{tag}</span>
  );
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  // the one place markdown reaches the DOM: renderMarkdown sanitises it with the shared allow-list first
  // eslint-disable-next-line no-restricted-syntax -- sanitised by renderMarkdown
  return <div className={['k-markdown', className].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}

export function Skeleton({ width = '100%', height = 16 }: { width?: number | string; height?: number }) {
  return <span className="k-skeleton" style={{ display: 'block', width, height }} aria-hidden />;
}

/* ---------- states ---------- */
export function LoadingState({ label, lines = 3 }: { label?: string; lines?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="k-stack" style={{ padding: '8px 0' }}>
      <span className="k-row k-meta">
        <Loader2 size={16} className="k-spinner" aria-hidden /> {label ?? t('common.loading')}
      </span>
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} height={i === 0 ? 22 : 14} width={i === 0 ? '60%' : `${90 - i * 12}%`} />
      ))}
    </div>
  );
}

export function EmptyState({ title, children, icon, action }: { title: ReactNode; children?: ReactNode; icon?: ReactNode; action?: ReactNode }) {
  return (
    <div className="k-state">
      {icon ?? <Inbox size={40} aria-hidden />}
      <h3>{title}</h3>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

export function ErrorState({ message, onRetry, title }: { message?: ReactNode; onRetry?: () => void; title?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="k-state k-state--error" role="alert">
      <AlertTriangle size={40} aria-hidden />
      <h3>{title ?? t('common.error')}</h3>
      {message && <p>{message}</p>}
      {onRetry && (
        <Button icon={<RefreshCw size={16} aria-hidden />} onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}

/**
 * A page whose id names nothing (malformed, another kind of item, unknown or removed): says so in the reader's
 * words and offers the ways back (the feed, a search, the list it came from); a retry could not help.
 */
export function NotFoundState({ kind = 'page', back }: { kind?: 'idea' | 'person' | 'campaign' | 'page'; back?: ReactNode }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const searchId = useFieldId('not-found-search');
  return (
    <div className="k-state k-not-found" data-testid="not-found">
      <SearchX size={40} aria-hidden />
      <h1>{t(`phone.notFound.${kind}`)}</h1>
      <p>{t('phone.notFound.text')}</p>
      <form
        className="k-not-found__search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void navigate(q.trim() ? `/?q=${encodeURIComponent(q.trim())}` : '/');
        }}
      >
        <label className="k-sr-only" htmlFor={searchId}>
          {t('phone.notFound.search')}
        </label>
        <TextInput id={searchId} type="search" icon={<Search size={16} aria-hidden />} placeholder={t('phone.notFound.search')} value={q} onChange={(e) => setQ(e.target.value)} />
        <Button type="submit">{t('common.search')}</Button>
      </form>
      <div className="k-row" style={{ justifyContent: 'center' }}>
        <ButtonLink to="/" variant="primary">
          {t('phone.notFound.feed')}
        </ButtonLink>
        {back}
      </div>
    </div>
  );
}

export function Notice({ tone = 'info', children, icon }: { tone?: 'info' | 'error' | 'ok' | 'warn'; children: ReactNode; icon?: ReactNode }) {
  return (
    <div className={`k-notice k-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {icon}
      <div>{children}</div>
    </div>
  );
}

export function useFieldId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * Moves focus to a form's first field in error after a refused submit, once the errors have rendered (the first
 * one may be off-screen on a phone). Returns the form's ref and the function a refused submit calls.
 */
export function useFocusFirstError(): [RefObject<HTMLFormElement | null>, () => void] {
  const form = useRef<HTMLFormElement | null>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (!refusals || !form.current) return;
    const first = form.current.querySelector<HTMLElement>('[aria-invalid="true"], .k-field__error');
    const target = first?.classList.contains('k-field__error') ? document.getElementById(first.id.replace(/-error$/, '')) : first;
    target?.focus();
  }, [refusals]);
  return [form, () => setRefusals((n) => n + 1)];
}
