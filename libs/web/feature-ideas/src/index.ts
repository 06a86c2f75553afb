import { lazy } from 'react';
export { FeedPage } from './feed-page';
export { DepartmentFilter, StatusFilter } from './idea-filters';
export { IdeaPage } from './idea-page';
export { ComposePage } from './compose-page';
export { CreditPanel, CreditPanelFragment } from './credit-panel';
export { TrailDrill } from './trail-drill';
export { HowCreditWorksPage } from './how-credit-works-page';
export { howCreditWorksPath, TRAIL_PARAM } from './credit-links';
export { IdeaCard, IdeaCardFragment } from './idea-card';

/** /lab/lineage?n=1000: the lineage graph on synthetic data (loaded on demand with React Flow). */
export const LineageLabPage = lazy(() => import('./lineage-lab'));
