import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, expectAccessible, gql, launch, openPage, screenshot, SIGN_IN, signIn } from './support';

interface Candidate {
  id: string;
  title: string;
  retention: number;
  buildOnCount: number;
  authors: { id: string; name: string }[];
  parents: { split: number; idea: { id: string; title: string; postedBy: { id: string; name: string } } }[];
  credit: { extenderPool: number; shares: { ppm: number; person: { id: string; name: string } }[] };
}




/** A shown percentage ("24.10 %", "24,10 %") in 0.01 % units. */
function units(text: string | null): number {
  const match = /(\d+)[.,](\d{2})\s%/.exec(text ?? '');
  if (!match) throw new Error(`not a percentage: ${text}`);
  return Number(match[1]) * 100 + Number(match[2]);
}

/** The credit panel's rows (visible ones and the folded rest) and its total, in 0.01 % units. */
async function panelFigures(page: Page) {
  const panel = page.getByRole('region', { name: /^(Credit|Erkenning)$/ }).last();
  const rows = await panel.locator('.k-sharelist > li .k-num').allTextContents();
  const total = await panel.getByTestId('credit-total').textContent();
  return { rows: rows.map(units), total: units(total) };
}

/** Waits (bounded) until the element has focus and is in view, not covered by the sticky header. */
async function waitInViewAndFocused(page: Page, selector: string) {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    if (!el || document.activeElement !== el) return false;
    const box = el.getBoundingClientRect();
    const seen = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
    return box.top >= 0 && box.bottom <= window.innerHeight && !!seen && el.contains(seen);
  }, selector);
}

describe('credit explains itself in its own numbers', () => {
  let browser: Browser;
  let idea: Candidate;
  // a person who holds a share of the idea through a parent: the poster of its first parent
  let holder: { id: string; name: string };

  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    try {
      const { page } = await openPage(context);
      await signIn(page, 'Sanne de Vries');
      const data = await gql<{ ideas: { edges: { node: Candidate }[] } }>(
        page,
        `{ ideas(first: 50, orderBy: MOST_BUILT_ON) { edges { node { id title retention buildOnCount authors { id name }
            parents { split idea { id title postedBy { id name } } }
            credit { extenderPool shares { ppm person { id name } } } } } } }`,
      );
      const candidates = data.ideas.edges
        .map((e) => e.node)
        .filter((n) => n.parents.length > 0 && n.buildOnCount > 0 && n.credit.extenderPool > 0)
        .filter((n) => !n.authors.some((a) => a.id === n.parents[0].idea.postedBy.id));
      expect(candidates.length).toBeGreaterThan(0);
      idea = candidates[0];
      holder = idea.parents[0].idea.postedBy;
    } finally {
      await context.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe.each([
    { language: 'English', locale: 'en-GB', labels: SIGN_IN.en, viewport: { width: 1440, height: 900 }, size: 'desktop', why: 'Show how you earned this share', heading: 'Why you hold this share', through: 'Through', buildsOn: 'which this idea builds on for', about: 'How credit works', yourShare: 'Why you hold' },
    { language: 'Dutch', locale: 'nl-NL', labels: SIGN_IN.nl, viewport: { width: 360, height: 740 }, size: 'phone', why: 'Laat zien hoe jij dit aandeel verdiende', heading: 'Waarom jij dit aandeel hebt', through: 'Via', buildsOn: 'waarop dit idee voor', about: 'Zo werkt erkenning', yourShare: 'Waarom jij' },
  ])('in $language on a $size', (c) => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];
    const shot = (name: string) => screenshot(page, `credit-${name}-${c.size}-${c.locale.slice(0, 2)}`);

    beforeAll(async () => {
      context = await browser.newContext({ viewport: c.viewport, locale: c.locale, ...(c.size === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) });
      context.setDefaultTimeout(20_000);
      ({ page, errors } = await openPage(context));
      await signIn(page, holder.name, c.labels);
      // the language follows the person's stored choice: choose it here
      await page.getByRole('button', { name: c.locale === 'nl-NL' ? /^NL/ : /^EN/ }).click();
      await page.getByRole('navigation', { name: c.locale === 'nl-NL' ? 'Hoofdmenu' : 'Main' }).waitFor();
    });

    afterAll(async () => {
      await context?.close();
    });

    it('shows rows that add up exactly to the total, the viewer as “You”', async () => {
      await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(idea.id)}`);
      await page.getByRole('heading', { level: 1, name: idea.title }).waitFor();
      await page.getByRole('button', { name: c.why }).waitFor();
      const { rows, total } = await panelFigures(page);
      expect(rows.reduce((a, b) => a + b, 0)).toBe(total);
      expect(total).toBe(10_000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(c.viewport.width);
    });

    it('“Why?” brings the trail into view, focuses it, says where the share comes from; Escape gives focus back', async () => {
      const why = page.getByRole('button', { name: c.why });
      await why.click();
      const trail = page.locator('.k-trail');
      await trail.getByRole('heading', { name: c.heading }).waitFor();
      await trail.getByText(new RegExp(`^${c.through}`)).first().waitFor();
      await waitInViewAndFocused(page, '#trail-title');
      await page.waitForURL(new RegExp(`[?&]trail=${encodeURIComponent(holder.id)}`));
      const inherited = await trail.locator('.k-trail__term--INHERITED').first().textContent();
      expect(inherited).toContain(idea.parents[0].idea.title);
      expect(inherited).toContain(c.buildsOn);
      expect(await trail.getByRole('link', { name: idea.parents[0].idea.title }).count()).toBeGreaterThan(0);
      // the terms add up to the share the panel shows for the viewer
      const terms = (await trail.locator('.k-trail__term .k-num').allTextContents()).map(units);
      const myRow = units(await page.locator('.k-sharelist > li', { has: why }).locator('.k-num').textContent());
      expect(terms.reduce((a, b) => a + b, 0)).toBe(myRow);
      expect(units(await trail.getByTestId('trail-total').textContent())).toBe(myRow);
      await shot('trail');
      await screenshot(page, `credit-trail-in-view-${c.size}-${c.locale.slice(0, 2)}`, false);
      await expectAccessible(page, `trail-${c.size}`);
      await page.keyboard.press('Escape');
      await trail.waitFor({ state: 'detached' });
      await page.waitForFunction((el) => el === document.activeElement, await why.elementHandle());
      await page.waitForURL((url) => !url.searchParams.has('trail'));
    });

    it('opens and focuses the trail given in the URL', async () => {
      await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(idea.id)}?trail=${encodeURIComponent(holder.id)}`);
      await page.locator('.k-trail').getByRole('heading', { name: c.heading }).waitFor();
      await page.locator('.k-trail .k-trail__term').first().waitFor();
      await waitInViewAndFocused(page, '#trail-title');
    });

    it('walks through this idea’s own figures on “How credit works”', async () => {
      await page.locator('.k-trail').getByRole('link', { name: /How is this computed\?|Hoe wordt dit berekend\?/ }).click();
      await page.getByRole('heading', { level: 1, name: c.about }).waitFor();
      expect(new URL(page.url()).searchParams.get('idea')).toBe(idea.id);
      const percent = (share: number) => `${new Intl.NumberFormat(c.locale, { maximumFractionDigits: 2 }).format(share * 100)} %`;
      await expect(page.getByTestId('about-keep').textContent()).resolves.toContain(percent(idea.retention));
      const flow = await page.getByTestId('about-flow').textContent();
      for (const p of idea.parents) {
        expect(flow).toContain(p.idea.title);
        expect(flow).toContain(percent(p.split * (1 - idea.retention)));
      }
      await expect(page.getByTestId('about-pool').textContent()).resolves.toContain(percent(idea.credit.extenderPool));
      // "Why you hold X %": the same X as the viewer's row on the idea page, and the terms add up to it
      const mine = idea.credit.shares.find((s) => s.person.id === holder.id);
      expect(mine).toBeDefined();
      const heading = await page.getByRole('heading', { name: new RegExp(`^${c.yourShare}`) }).textContent();
      const terms = (await page.locator('[data-testid=about-terms] > li strong').allTextContents()).map(units);
      expect(terms.reduce((a, b) => a + b, 0)).toBe(units(heading));
      expect(Math.abs(units(heading) - mine!.ppm / 100)).toBeLessThanOrEqual(1);
      await page.getByTestId('about-example').waitFor();
      await shot('about-idea');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(c.viewport.width);
      await expectAccessible(page, `about-idea-${c.size}`);
    });

    it('explains the model on an example at /about and /help', async () => {
      for (const route of ['/about', '/help']) {
        await page.goto(`${baseUrl()}${route}`);
        await page.getByRole('heading', { level: 1, name: c.about }).waitFor();
        await page.getByTestId('about-example').waitFor();
      }
      await shot('about');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(c.viewport.width);
      await expectAccessible(page, `about-${c.size}`);
      expect(errors).toEqual([]);
    });
  });
});
