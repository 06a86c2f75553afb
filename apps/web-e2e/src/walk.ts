import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, gql, openPage } from './support';

/** The main pages a person (here the demo admin, who may see every one) walks through, by path. */
export interface WalkPage {
  name: string;
  path: string;
  /** A selector that is visible once the page has its content. */
  ready: string;
}

export const ADMIN = 'Joost Hoekstra';

/** A context signed in through the sign-in page, then showing `locale` (the switch's own storage, as a person's choice would). */
export async function signedIn(browser: Browser, name: string, locale: 'en' | 'nl', viewport = { width: 1440, height: 900 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: locale === 'nl' ? 'nl-NL' : 'en-GB' });
  context.setDefaultTimeout(20_000);
  await context.addInitScript((value) => localStorage.setItem('kindling.locale', value), locale);
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl()}/`);
  await page.locator('#signin-search').first().fill(name.split(' ')[0]);
  await page.getByRole('button', { name: new RegExp(`${name}`) }).first().click();
  await page.locator('nav.k-nav').waitFor();
  return { context, page, errors };
}

/** The pages walked, in order (tests are named by them before the demo data's ids are known). */
export const WALK = ['feed', 'idea', 'compose', 'build-on', 'board', 'dashboard', 'campaigns', 'campaign', 'person', 'notifications', 'notification-settings', 'tokens', 'review', 'moderation', 'criteria', 'deliveries', 'webhooks', 'idea-not-found', 'person-not-found', 'campaign-not-found', 'page-not-found'] as const;

/** Every main page, with ids of real demo data: an idea with a lineage and credit, a campaign, a person. */
export async function walkPages(page: Page): Promise<Record<(typeof WALK)[number], WalkPage>> {
  const data = await gql<{
    viewer: { id: string };
    ideas: { edges: { node: { id: string } }[] };
    campaigns: { edges: { node: { id: string } }[] };
    closed: { edges: { node: { id: string } }[] };
  }>(
    page,
    `query { viewer { id } ideas(first: 1, orderBy: MOST_BUILT_ON) { edges { node { id } } }
      campaigns(first: 1) { edges { node { id } } } closed: campaigns(first: 1, state: CLOSED) { edges { node { id } } } }`,
  );
  const idea = data.ideas.edges[0].node.id;
  const campaign = (data.campaigns.edges[0] ?? data.closed.edges[0]).node.id;
  const main = 'main h1';
  const pages: WalkPage[] = [
    { name: 'feed', path: '/', ready: '[role=feed] article' },
    { name: 'idea', path: `/ideas/${encodeURIComponent(idea)}`, ready: '[data-testid=credit-total]' },
    { name: 'compose', path: '/compose', ready: main },
    { name: 'build-on', path: `/compose?parent=${encodeURIComponent(idea)}`, ready: main },
    { name: 'board', path: '/board', ready: '.k-board .k-board__title' },
    { name: 'dashboard', path: '/dashboard', ready: main },
    { name: 'campaigns', path: '/campaigns', ready: main },
    { name: 'campaign', path: `/campaigns/${encodeURIComponent(campaign)}`, ready: main },
    { name: 'person', path: `/people/${encodeURIComponent(data.viewer.id)}`, ready: main },
    { name: 'notifications', path: '/notifications', ready: main },
    { name: 'notification-settings', path: '/settings/notifications', ready: main },
    { name: 'tokens', path: '/settings/tokens', ready: main },
    { name: 'review', path: '/review', ready: main },
    { name: 'moderation', path: '/moderation', ready: main },
    { name: 'criteria', path: '/admin/criteria', ready: main },
    { name: 'deliveries', path: '/admin/deliveries', ready: main },
    { name: 'webhooks', path: '/admin/webhooks', ready: main },
    { name: 'idea-not-found', path: '/ideas/doesnotexist', ready: '[data-testid=not-found]' },
    { name: 'person-not-found', path: '/people/nobody', ready: '[data-testid=not-found]' },
    { name: 'campaign-not-found', path: '/campaigns/nothing', ready: '[data-testid=not-found]' },
    { name: 'page-not-found', path: '/no/such/page', ready: '[data-testid=not-found]' },
  ];
  return Object.fromEntries(pages.map((p) => [p.name, p])) as Record<(typeof WALK)[number], WalkPage>;
}

/** Opens a page by its path and waits until it shows its content (no loading skeleton left). */
export async function visit(page: Page, target: WalkPage): Promise<void> {
  await page.goto(`${baseUrl()}${target.path}`);
  await page.locator(target.ready).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.k-skeleton, [aria-busy=true]'));
}
