import { useId } from 'react';
import { Field, Notice, TextInput } from '@kindling/web/ui';
import { type MessageKey, useI18n } from '@kindling/web/util';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** One person's share of the idea's credit now and with the previewed split (the API's ppm, never re-rounded). */
export interface PreviewShare {
  ppm: number;
  currentPpm: number;
  person: { id: string; name: string };
}

/** A split as the form edits it: each person's part of the authors' share in ppm. */
export interface SplitValue {
  personId: string;
  name: string;
  ppm: number;
}

/** ppm as a percentage with one decimal, in the reader's language (200,000 ppm → "20.0 %"). */
export const ppmPercent = (formatPercent: (percent: number, digits?: number) => string, ppm: number) => formatPercent(ppm / 10_000, 1);

/**
 * The sentences that say what a split does, the viewer first: "Accepting gives you 20.0 % of this idea (now
 * 0.0 %)." for an invitee, "You: …" for an author, then "Ana keeps 40.0 % (now 60.0 %)." for every other author
 * and "Ben: …" for everyone else whose share moves.
 */
export function previewSentences(
  t: Translate,
  formatPercent: (percent: number, digits?: number) => string,
  shares: readonly PreviewShare[],
  options: { viewerId: string | null; invitee: boolean; authorIds: readonly string[] },
): string[] {
  const pct = (ppm: number) => ppmPercent(formatPercent, ppm);
  const viewer = shares.find((s) => s.person.id === options.viewerId);
  const others = shares.filter((s) => s.person.id !== options.viewerId && (options.authorIds.includes(s.person.id) || s.ppm !== s.currentPpm));
  const lines = viewer ? [t(options.invitee ? 'coauthor.acceptGivesYou' : 'coauthor.youWouldHold', { share: pct(viewer.ppm), now: pct(viewer.currentPpm) })] : [];
  for (const s of others) {
    const key = options.authorIds.includes(s.person.id) ? 'coauthor.theyKeep' : 'coauthor.theyWouldHold';
    lines.push(t(key, { name: s.person.name, share: pct(s.ppm), now: pct(s.currentPpm) }));
  }
  return lines;
}

/** What a split would make of everyone's share of the idea, as the credit engine computed it (coAuthorPreview). */
export function SplitPreview(props: { shares: readonly PreviewShare[] | null; viewerId: string | null; invitee: boolean; authorIds: readonly string[] }) {
  const { t, formatPercent } = useI18n();
  const headingId = useId();
  return (
    <section className="k-split-preview" aria-labelledby={headingId} aria-live="polite">
      <h3 id={headingId} className="k-split-preview__title">
        {t('coauthor.previewTitle')}
      </h3>
      {props.shares ? (
        <ul className="k-plainlist k-split-preview__list">
          {previewSentences(t, formatPercent, props.shares, props).map((line, i) => (
            <li key={i} className={i === 0 && props.viewerId && props.shares!.some((s) => s.person.id === props.viewerId) ? 'k-split-preview__you' : undefined}>
              {line}
            </li>
          ))}
        </ul>
      ) : (
        <p className="k-meta">{t('coauthor.previewLoading')}</p>
      )}
      <p className="k-meta k-split-preview__lead">{t('coauthor.previewLead')}</p>
    </section>
  );
}

/** Whole ppm from a percentage typed with at most four decimals ("33.3" → 333,000); NaN when it is not a number. */
export const percentToPpm = (text: string) => {
  const value = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? Number.NaN : Math.round(value * 10_000);
};

/** One percentage field per author (and invitee); says when they do not add up to exactly 100 %. */
export function SplitEditor(props: { value: readonly SplitValue[]; texts: Record<string, string>; onChange: (texts: Record<string, string>) => void; idPrefix: string }) {
  const { t, formatPercent } = useI18n();
  const ppm = props.value.map((v) => percentToPpm(props.texts[v.personId] ?? ''));
  const sum = ppm.reduce((a, b) => a + (Number.isNaN(b) ? 0 : b), 0);
  return (
    <div className="k-split-editor">
      {props.value.map((v) => (
        <Field key={v.personId} id={`${props.idPrefix}-${v.personId}`} label={t('coauthor.splitFor', { name: v.name })}>
          <TextInput
            id={`${props.idPrefix}-${v.personId}`}
            inputMode="decimal"
            value={props.texts[v.personId] ?? ''}
            onChange={(e) => props.onChange({ ...props.texts, [v.personId]: e.target.value })}
          />
        </Field>
      ))}
      <p className="k-meta" aria-live="polite">
        {t('coauthor.splitSum', { sum: ppmPercent(formatPercent, sum) })}
      </p>
      {sum !== 1_000_000 && <Notice tone="warn">{t('coauthor.splitMustSum')}</Notice>}
    </div>
  );
}

/** The typed percentages as a split the API takes, or null while they are not whole ppm above 0 adding up to 100 %. */
export function splitFromTexts(value: readonly SplitValue[], texts: Record<string, string>): Array<{ personId: string; ppm: number }> | null {
  const split = value.map((v) => ({ personId: v.personId, ppm: percentToPpm(texts[v.personId] ?? '') }));
  if (split.some((s) => !(s.ppm > 0))) return null;
  return split.reduce((a, s) => a + s.ppm, 0) === 1_000_000 ? split : null;
}

/** The form's texts for a split in ppm ("20" for 200,000; "33.3333" for 333,333). */
export const textsOf = (split: readonly SplitValue[]) => Object.fromEntries(split.map((s) => [s.personId, String(s.ppm / 10_000)]));
