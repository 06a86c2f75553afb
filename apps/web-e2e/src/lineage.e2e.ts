import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl, gql, launch, openPage, screenshot, seriousA11yViolations } from './support';

const stamp = Date.now().toString(36);
const BUILD_ON = `mutation($i: BuildOnInput!) { buildOn(input: $i) { idea { id } } }`;
const POST = `mutation($i: PostIdeaInput!) { postIdea(input: $i) { idea { id } } }`;

async function signIn(browser: Browser, options: Parameters<Browser['newContext']>[0]): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', ...options });
  context.setDefaultTimeout(45_000);
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl()}/`);
  const nl = options?.locale === 'nl-NL';
  await page.getByLabel(nl ? 'Zoek mensen op naam' : 'Search people by name').fill('Sanne');
  await page.getByRole('button', { name: nl ? /^Aanmelden als Sanne de Vries/ : /^Sign in as Sanne de Vries/ }).click();
  // the language is the person's own choice, kept by the server: each test sets the one it reads
  await page.locator('nav[aria-label="Main"], nav[aria-label="Hoofdmenu"]').first().waitFor();
  await page.getByRole('button', { name: nl ? /Nederlands/ : /English/ }).click();
  await page.getByRole('navigation', { name: nl ? 'Hoofdmenu' : 'Main' }).waitFor();
  return { context, page, errors };
}

/** The scale of React Flow's viewport transform. */
async function zoomOf(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);
}

/** The smallest on-screen font size of the node titles drawn: computed font size × the viewport's scale. */
async function smallestTitlePx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scale = Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]);
    const sizes = Array.from(document.querySelectorAll('.k-lnode__title'), (el) => {
      const line = parseFloat(getComputedStyle(el).fontSize) * scale;
      // the drawn glyph box agrees: a title's rendered height is at least one line of that size
      const drawn = el.getBoundingClientRect().height;
      return drawn >= line ? line : 0;
    });
    return sizes.length ? Math.min(...sizes) : 0;
  });
}

/** Whether a node's card lies whole inside the canvas. */
async function inCanvas(page: Page, node: Locator): Promise<boolean> {
  const canvas = (await page.locator('.k-lineage__canvas').boundingBox())!;
  const box = await node.boundingBox();
  return !!box && box.x >= canvas.x - 1 && box.y >= canvas.y - 1 && box.x + box.width <= canvas.x + canvas.width + 1 && box.y + box.height <= canvas.y + canvas.height + 1;
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

describe('the lineage, readable at any size', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const ids: Record<string, string> = {};
  const titles = {
    grand: `Dock rota on paper ${stamp}`,
    parent: `Shared dock rota in the planning tool ${stamp}`,
    current: `Dock rota with live ETA from the carriers ${stamp}`,
    k1: `ETA screen at the gate ${stamp}`,
    k2: `ETA texts to drivers ${stamp}`,
    k3: `Weekly rota review ${stamp}`,
    l1: `Gate screen in Dutch and Polish ${stamp}`,
    m1: `Mañana board for late trucks ${stamp}`,
    m2: `Polish glossary for gate staff ${stamp}`,
    m3: `Gate screen brightness at night ${stamp}`,
  };

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await signIn(browser, {}));
    const post = async (key: keyof typeof titles, parents: (keyof typeof titles)[]) => {
      const i = { title: titles[key], body: `About ${titles[key]}.`, tags: ['dock'] };
      ids[key] = parents.length
        ? (await gql<{ buildOn: { idea: { id: string } } }>(page, BUILD_ON, { i: { ...i, parentIds: parents.map((p) => ids[p]) } })).buildOn.idea.id
        : (await gql<{ postIdea: { idea: { id: string } } }>(page, POST, { i })).postIdea.idea.id;
    };
    await post('grand', []);
    await post('parent', ['grand']);
    await post('current', ['parent']);
    for (const k of ['k1', 'k2', 'k3'] as const) await post(k, ['current']);
    await post('l1', ['k1']);
    for (const m of ['m1', 'm2', 'm3'] as const) await post(m, ['l1']);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function expectAccessible(p: Page, name: string) {
    expect({ page: name, violations: await seriousA11yViolations(p) }).toEqual({ page: name, violations: [] });
  }

  it('opens at a readable zoom on the idea with its parents and build-ons whole in view', async () => {
    await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(ids.current)}`);
    await node(page, ids.current).waitFor();
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.75);
    expect(await smallestTitlePx(page)).toBeGreaterThanOrEqual(12);
    for (const key of ['current', 'parent', 'k1', 'k2', 'k3'] as const) expect({ key, whole: await inCanvas(page, node(page, ids[key])) }).toEqual({ key, whole: true });
    // titles wrap instead of being cut
    const title = node(page, ids.current).locator('.k-lnode__title');
    expect(await title.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await expect(node(page, ids.current).locator('.k-badge').first().textContent()).resolves.toBe('New');
    await expect(node(page, ids.current).locator('.k-lnode__meta').textContent()).resolves.toContain('Sanne de Vries');
    await page.locator('.k-lineage').scrollIntoViewIfNeeded();
    await screenshot(page, 'lineage-idea', false);
    await expectAccessible(page, 'lineage-idea');
  });

  it('lets the wheel scroll the page until the graph has focus, then zooms', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.k-lineage').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
    await page.getByText('The wheel scrolls the page').waitFor();
    const canvas = (await page.locator('.k-lineage__canvas').boundingBox())!;
    const zoom = await zoomOf(page);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.move(canvas.x + 20, canvas.y + 20);
    await page.mouse.wheel(0, 200);
    await page.waitForFunction((y) => window.scrollY > y, scrolled);
    expect(await zoomOf(page)).toBe(zoom);
    // focused (a click on the pane), the wheel zooms the graph instead
    const now = (await page.locator('.k-lineage__canvas').boundingBox())!;
    await page.mouse.click(now.x + 8, now.y + now.height - 8);
    await expect(page.locator('.k-lineage__canvas').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForFunction((z) => Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]) !== z, zoom);
  });

  it('moves between ideas with the arrow keys, shows the focus card and opens one with Enter', async () => {
    await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(ids.current)}`);
    await node(page, ids.current).waitFor();
    // one tab stop: Tab from the last lineage control lands on the graph
    await page.locator('.k-lineage__branches button').last().focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.k-lineage__canvas').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await node(page, ids.current).locator('.k-lnode--active').waitFor();
    const card = page.getByRole('tooltip');
    await card.getByText(/^Posted /).waitFor();
    await card.getByText('Sanne de Vries').waitFor();
    await page.keyboard.press('ArrowDown');
    const child = page.locator('.k-lnode--active');
    await expect(child.locator('.k-lnode__title').textContent()).resolves.toMatch(new RegExp(`${titles.k1}|${titles.k2}|${titles.k3}`));
    await page.keyboard.press('ArrowUp');
    await node(page, ids.current).locator('.k-lnode--active').waitFor();
    await page.keyboard.press('ArrowUp');
    await node(page, ids.parent).locator('.k-lnode--active').waitFor();
    await expect(page.locator('.k-lineage__canvas [aria-live]').textContent()).resolves.toContain(titles.parent);
    await screenshot(page, 'lineage-keyboard-card', false);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: titles.parent }).waitFor();
  });

  it('collapses and expands a branch, with the count of what it hides', async () => {
    await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(ids.current)}`);
    await node(page, ids.l1).waitFor();
    await node(page, ids.k1).getByRole('button', { name: 'Hide build-ons' }).click();
    await node(page, ids.l1).waitFor({ state: 'detached' });
    await node(page, ids.m1).waitFor({ state: 'detached' });
    await node(page, ids.k1).getByRole('button', { name: '+4 build-ons' }).click();
    await node(page, ids.m2).waitFor();
    await node(page, ids.l1).waitFor();
  });

  it('finds an idea in the lineage without accents, highlights and centres it', async () => {
    await page.getByLabel('Find in this lineage').fill('manana board');
    await page.getByText('Match 1 of 1').waitFor();
    await node(page, ids.m1).locator('.k-lnode--match').waitFor();
    await page.waitForFunction(
      (id) => {
        const n = document.querySelector(`.react-flow__node[data-id="${id}"]`)!.getBoundingClientRect();
        const c = document.querySelector('.k-lineage__canvas')!.getBoundingClientRect();
        return Math.abs(n.x + n.width / 2 - (c.x + c.width / 2)) < 4 && Math.abs(n.y + n.height / 2 - (c.y + c.height / 2)) < 4;
      },
      ids.m1,
    );
    await page.getByLabel('Find in this lineage').fill('');
  });

  it('fits the family at a readable size', async () => {
    await page.getByRole('button', { name: 'Show the whole family (at a readable size)' }).click();
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.75);
    expect(await smallestTitlePx(page)).toBeGreaterThanOrEqual(12);
  });

  it('shows the same family as a list', async () => {
    await page.getByRole('group', { name: 'Show the lineage as' }).getByRole('button', { name: 'List' }).click();
    const list = page.locator('.k-ltree-wrap');
    await list.getByRole('link', { name: titles.parent }).waitFor();
    await list.getByRole('link', { name: titles.grand }).waitFor();
    await list.getByRole('link', { name: titles.m3 }).waitFor();
    await list.getByText('Extends · 100 %').first().waitFor();
    await list.getByRole('button', { name: `Hide build-ons: ${titles.l1}` }).click();
    await list.getByRole('button', { name: `+3 build-ons: ${titles.l1}` }).waitFor();
    expect(await list.getByRole('link', { name: titles.m3 }).count()).toBe(0);
    await screenshot(page, 'lineage-list', false);
    await expectAccessible(page, 'lineage-list');
    await page.getByRole('group', { name: 'Show the lineage as' }).getByRole('button', { name: 'Graph' }).click();
  });

  it('reads 200 ideas without zooming in, collapses a big family and finds inside collapsed branches', async () => {
    await page.goto(`${baseUrl()}/lab/lineage?n=200`);
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.75);
    const smallest = await smallestTitlePx(page);
    console.log(`200-idea lineage: smallest node title on screen ${smallest.toFixed(1)} px`);
    expect(smallest).toBeGreaterThanOrEqual(12);
    // the whole family does not fit at a readable size: fit view says so and offers the list
    await page.getByRole('button', { name: 'Show the whole family (at a readable size)' }).click();
    await page.getByText('The whole family does not fit at a readable size.').waitFor();
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.75);
    await screenshot(page, 'lineage-200', false);

    await page.goto(`${baseUrl()}/lab/lineage?n=200&collapsed=1`);
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
    const collapsedCount = await page.locator('.react-flow__node').count();
    expect(collapsedCount).toBeLessThan(60);
    const more = page.locator('.k-lnode__toggle', { hasText: /^\+\d+ build-ons$/ }).first();
    const hidden = Number(((await more.textContent()) ?? '').replace(/\D/g, ''));
    expect(hidden).toBeGreaterThan(1);
    // the branch's card lies below the canvas's edge here: its button is pressed without scrolling the graph
    await more.dispatchEvent('click');
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length > n, collapsedCount);
    await page.getByLabel('Find in this lineage').fill('Idea 187:');
    await page.getByText('Match 1 of 1').waitFor();
    await node(page, 'lab-186').locator('.k-lnode--match').waitFor();
    expect(await inCanvas(page, node(page, 'lab-186'))).toBe(true);
    await screenshot(page, 'lineage-200-collapsed-search', false);
    await expectAccessible(page, 'lineage-lab');
  });

  it('speaks Dutch: controls, edges and nodes by title, never by id', async () => {
    const nl = await signIn(browser, { locale: 'nl-NL' });
    try {
      await nl.page.goto(`${baseUrl()}/ideas/${encodeURIComponent(ids.current)}`);
      await node(nl.page, ids.current).waitFor();
      await nl.page.getByRole('button', { name: 'Inzoomen' }).waitFor();
      await nl.page.getByRole('button', { name: 'Uitzoomen' }).waitFor();
      await nl.page.getByRole('button', { name: 'Toon de hele familie (op leesbare grootte)' }).waitFor();
      await expect(nl.page.locator('.react-flow__controls').getAttribute('aria-label')).resolves.toBe('Zoomknoppen');
      const labels = await nl.page.locator('.react-flow [aria-label]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')!));
      expect(labels).toContain(`${titles.k1} bouwt voort op ${titles.current}`);
      expect(labels.filter((l) => /Edge from|Zoom In|Zoom Out|Fit View|Control Panel|Mini Map|SWRl/.test(l))).toEqual([]);
      const text = await nl.page.locator('.k-lineage').innerText();
      expect(text).toContain('Het muiswiel scrolt de pagina');
      expect(text).toContain('Nieuw');
      await nl.page.locator('.k-lineage').scrollIntoViewIfNeeded();
      await screenshot(nl.page, 'lineage-idea-nl', false);
      await expectAccessible(nl.page, 'lineage-idea-nl');
      expect(nl.errors).toEqual([]);
    } finally {
      await nl.context.close();
    }
  });

  for (const locale of ['en-GB', 'nl-NL'] as const) {
    it(`opens as a list on a 360 px phone (${locale}), with 44 px targets and nothing wider than the screen`, async () => {
      const phone = await signIn(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale });
      const nl = locale === 'nl-NL';
      try {
        await phone.page.goto(`${baseUrl()}/ideas/${encodeURIComponent(ids.current)}`);
        const list = phone.page.locator('.k-ltree-wrap');
        await list.getByRole('link', { name: titles.k1 }).waitFor();
        expect(await phone.page.locator('.react-flow__node').count()).toBe(0);
        await expect(phone.page.getByRole('button', { name: nl ? 'Lijst' : 'List', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
        expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        const small = await phone.page.locator('.k-lineage button, .k-ltree__title').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).filter((r) => r.height < 44).length);
        expect(small).toBe(0);
        await phone.page.locator('.k-lineage').scrollIntoViewIfNeeded();
        await screenshot(phone.page, `lineage-phone-list-${locale}`, false);
        await expectAccessible(phone.page, `lineage-phone-list-${locale}`);
        // the graph on a phone: big zoom buttons, no overview map over the ideas
        await phone.page.getByRole('button', { name: nl ? 'Grafiek' : 'Graph', exact: true }).click();
        await node(phone.page, ids.current).waitFor();
        const zoomIn = (await phone.page.getByRole('button', { name: nl ? 'Inzoomen' : 'Zoom in' }).boundingBox())!;
        expect(Math.min(zoomIn.width, zoomIn.height)).toBeGreaterThanOrEqual(44);
        expect(await phone.page.locator('.react-flow__minimap:visible').count()).toBe(0);
        expect(await zoomOf(phone.page)).toBeGreaterThanOrEqual(0.75);
        expect(await inCanvas(phone.page, node(phone.page, ids.current))).toBe(true);
        expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await phone.page.locator('.k-lineage').scrollIntoViewIfNeeded();
        await screenshot(phone.page, `lineage-phone-graph-${locale}`, false);
        expect(phone.errors).toEqual([]);
      } finally {
        await phone.context.close();
      }
    });
  }

  it('threw no error in the page', () => {
    expect(errors).toEqual([]);
  });
});
