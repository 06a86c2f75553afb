import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PieChart } from 'lucide-react';
import { apportion } from '@kindling/credit';
import { graphql } from '@kindling/web/data-access';
import { Card, CardTitle } from '@kindling/web/ui';
import { useI18n, type I18n } from '@kindling/web/util';

/** The model's constants, so the preview says what the engine will do (never a number of the web app's own). */
export const composeCreditModelQuery = graphql(`
  query ComposeCreditModel {
    creditModel {
      defaultRetention
      beta
    }
  }
`);

export interface PreviewParent {
  title: string;
  /** Its whole-percent share of the split (the shares add up to 100). */
  share: number;
}

export interface CreditPreviewInput {
  /** ρ of a new build-on (`creditModel.defaultRetention`); an idea that builds on nothing keeps everything. */
  retention: number;
  /** β: the most those who build on an idea later hold of it together. */
  beta: number;
  parents: readonly PreviewParent[];
  /** The co-authors to invite; with the poster they share the authors' part equally once they accept. */
  coAuthorNames: readonly string[];
}

/** A percentage in tenths, with a decimal only when it has one ("28 %", "13,2 %"). */
const tenths = (format: I18n['formatPercent'], value: number) => format(value / 10, value % 10 === 0 ? 0 : 1);

/**
 * The new idea's upstream credit in words: u_v = ρ·a_v + (1 − ρ)·Σ w(v,p)·u_p, its first level. The parts are
 * apportioned in tenths of a percent (largest remainder), so the figures shown add up to exactly 100 %.
 */
export function creditPreview({ t, formatPercent, intlLocale }: Pick<I18n, 't' | 'formatPercent' | 'intlLocale'>, input: CreditPreviewInput): { sentence: string; why: string } {
  const { parents, coAuthorNames } = input;
  const keep = parents.length ? input.retention : 1;
  const [own = 0, ...toParents] = apportion(1000, [keep, ...parents.map((p) => ((1 - keep) * p.share) / 100)]);
  const values = {
    own: tenths(formatPercent, own),
    flow: tenths(formatPercent, 1000 - own),
    list: parents.map((p, i) => `${p.title} ${tenths(formatPercent, toParents[i] ?? 0)}`).join(', '),
    names: new Intl.ListFormat(intlLocale, { type: 'conjunction' }).format(coAuthorNames),
    each: formatPercent(own / 10 / (coAuthorNames.length + 1), Number.isInteger(own / (coAuthorNames.length + 1) / 10) ? 0 : 1),
    count: parents.length,
    beta: formatPercent(input.beta * 100, 0),
    keep: formatPercent(input.retention * 100, 0),
  };
  const withCoAuthors = coAuthorNames.length > 0;
  if (!parents.length) {
    return { sentence: t(withCoAuthors ? 'compose.creditRootWith' : 'compose.creditRoot', values), why: t('compose.creditWhyRoot', values) };
  }
  return { sentence: t(withCoAuthors ? 'compose.creditSplitWith' : 'compose.creditSplit', values), why: t('compose.creditWhy', values) };
}

/** What will happen to the new idea's credit, live as the parents, split and co-authors change. */
export function ComposeCreditPreview({ parents, coAuthorNames }: { parents: readonly PreviewParent[]; coAuthorNames: readonly string[] }) {
  const i18n = useI18n();
  const { data } = useQuery(composeCreditModelQuery);
  if (!data) return null;
  const { sentence, why } = creditPreview(i18n, { retention: data.creditModel.defaultRetention, beta: data.creditModel.beta, parents, coAuthorNames });
  return (
    <Card aria-labelledby="compose-credit-title" className="k-compose-credit">
      <CardTitle id="compose-credit-title" icon={<PieChart size={18} aria-hidden />}>
        {i18n.t('compose.creditTitle')}
      </CardTitle>
      <p className="k-compose-credit__sentence" data-testid="credit-preview" aria-live="polite">
        {sentence}
      </p>
      <p className="k-meta">
        {why} <Link to="/about">{i18n.t('compose.creditHow')}</Link>
      </p>
    </Card>
  );
}
