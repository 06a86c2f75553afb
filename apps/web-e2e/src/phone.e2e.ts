import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, openPage, screenshot, seriousA11yViolations } from './support';
import { ADMIN, WALK, signedIn, visit, walkPages } from './walk';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1440, height: 900 };

interface Measured {
  /** How far the document scrolls sideways beyond the screen (0: not at all). */
  overflow: number;
  /** Visible elements whose right edge is beyond the screen (outside containers meant to scroll). */
  beyond: string[];
  /** Visible buttons, links and fields less than 44 px tall without a 44 px hit area. */
  small: string[];
}

/** What a phone user would hit: sideways scrolling, cut-off content, targets too small for a finger. */
async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const describe = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${cls} "${text}"`;
    };
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && !el.closest('.k-sr-only, [aria-hidden=true]');
    };
    /** Inside an ancestor that scrolls or clips sideways: that ancestor is measured instead. */
    const contained = (el: Element) => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const beyond: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (!visible(el) || contained(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.right > width + 0.5 + window.scrollX) beyond.push(`${describe(el)} right=${Math.round(rect.right)}`);
    }
    const small: string[] = [];
    const targets = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=tab], summary');
    for (const el of Array.from(targets)) {
      if (!visible(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.bottom + window.scrollY <= 0) continue; // the skip link, until it is focused
      if (rect.height >= 43.5) continue;
      // a check box or radio button is hit through its label
      const label = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? el.closest('label') : null;
      if (label && label.getBoundingClientRect().height >= 43.5) continue;
      // a link inside a sentence is exempt (WCAG 2.5.8's inline exception)
      if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') {
        // the sentence is the text of the nearest block around the link, through inline wrappers
        let block = el.parentElement;
        while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
        const sentence = block?.textContent?.trim() ?? '';
        if (sentence.length > (el.textContent?.trim().length ?? 0) + 2) continue;
      }
      small.push(`${describe(el)} h=${Math.round(rect.height)}`);
    }
    const overflow = document.documentElement.scrollWidth - width;
    // the document scrolls sideways through something positioned out of a clipping container: name it
    if (overflow > 0 && !beyond.length)
      for (const el of Array.from(document.body.querySelectorAll('*')))
        if (el.getBoundingClientRect().right > width + 0.5 + window.scrollX && beyond.length < 6) beyond.push(`${describe(el)} right=${Math.round(el.getBoundingClientRect().right)} (positioned)`);
    return { overflow, beyond: beyond.slice(0, 12), small: [...new Set(small)].slice(0, 12) };
  });
}

describe('every page on a 360 px phone and a desktop, in English and Dutch', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ['en', 'nl'] as const) {
    describe(`in ${locale === 'en' ? 'English' : 'Dutch'}`, () => {
      let session: Awaited<ReturnType<typeof signedIn>>;
      let pages: Awaited<ReturnType<typeof walkPages>>;

      beforeAll(async () => {
        session = await signedIn(browser, ADMIN, locale);
        pages = await walkPages(session.page);
      }, 120_000);

      afterAll(async () => {
        expect(session.errors).toEqual([]);
        await session?.context.close();
      });

      /** What fails on the page now: at a phone's width also the measures, at both widths axe. */
      const check = async (phone: boolean) => {
        const { page } = session;
        const found: Partial<Measured> & { axe?: string[] } = {};
        if (phone) {
          const m = await measure(page);
          if (m.overflow > 0) found.overflow = m.overflow;
          if (m.beyond.length) found.beyond = m.beyond;
          if (m.small.length) found.small = m.small;
        }
        const axe = await seriousA11yViolations(page);
        if (axe.length) found.axe = axe;
        return found;
      };

      for (const name of WALK) {
        it(`${name}: fits a 360 px screen with 44 px targets; no serious axe violation at 1440 px or 360 px`, async () => {
          const { page } = session;
          await page.setViewportSize(DESKTOP);
          await visit(page, pages[name]);
          const desktop = await check(false);
          await page.setViewportSize(PHONE);
          await visit(page, pages[name]);
          const phone = await check(true);
          await screenshot(page, `phone-${locale}-${name}`, false);
          expect({ desktop, phone }).toEqual({ desktop: {}, phone: {} });
        }, 150_000);
      }

      it('opens a board card with its shares and a trail, all on the screen', async () => {
        const { page } = session;
        await page.setViewportSize(PHONE);
        await visit(page, pages.board);
        await expect(page.locator('[data-testid=board-card]').count()).resolves.toBeGreaterThan(0);
        await page.locator('.k-board-card__toggle').first().click();
        await page.locator('.k-board-card__detail [data-testid=credit-total]').waitFor();
        await page.locator('.k-board-card__detail .k-sharelist button').first().click();
        await page.locator('.k-board-card__detail .k-trail__term').first().waitFor();
        await page.locator('.k-board-card--open').first().scrollIntoViewIfNeeded();
        await screenshot(page, `phone-${locale}-board-open`, false);
        expect(await check(true)).toEqual({});
      }, 150_000);

      it('folds the main menu behind one button, which opens, closes by Escape and by choosing a page', async () => {
        const { page } = session;
        await page.setViewportSize(PHONE);
        await visit(page, pages.feed);
        const nav = page.getByRole('navigation', { name: locale === 'nl' ? 'Hoofdmenu' : 'Main' });
        const toggle = nav.getByRole('button', { name: 'Menu' });
        // brand and menu on one row, the tools on a second: the admin's eight pages take no room until asked for
        expect(await page.locator('.k-header').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(130);
        await expect(nav.getByRole('link').count()).resolves.toBe(0);
        await toggle.focus();
        await page.keyboard.press('Enter');
        await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
        await expect(nav.getByRole('link').count()).resolves.toBe(8);
        await screenshot(page, `phone-${locale}-menu`, false);
        expect(await check(true)).toEqual({});
        await page.keyboard.press('Tab');
        await page.keyboard.press('Escape');
        await expect(nav.getByRole('link').count()).resolves.toBe(0);
        await expect(toggle.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
        await toggle.click();
        await nav.getByRole('link', { name: locale === 'nl' ? 'Directiebord' : 'Leadership board' }).click();
        await page.waitForURL(/\/board$/);
        await expect(nav.getByRole('link').count()).resolves.toBe(0);
        // on a desktop the menu is always there and the button is not
        await page.setViewportSize(DESKTOP);
        await expect(nav.getByRole('link').count()).resolves.toBe(8);
        await expect(toggle.isVisible()).resolves.toBe(false);
      }, 150_000);

      it('wraps the feed’s and the profile’s tabs: every tab is on the screen', async () => {
        const { page } = session;
        await page.setViewportSize(PHONE);
        for (const name of ['feed', 'person'] as const) {
          await visit(page, pages[name]);
          const edges = await page.locator('.k-tabs a, .k-tabs [role=tab]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
          expect(edges.length).toBeGreaterThan(2);
          expect({ name, beyond: edges.filter((right) => right > PHONE.width) }).toEqual({ name, beyond: [] });
        }
      }, 150_000);
    });
  }

  it('shows the sign-in page within a phone screen', async () => {
    for (const locale of ['en', 'nl'] as const) {
      const context = await browser.newContext({ viewport: PHONE, locale: locale === 'nl' ? 'nl-NL' : 'en-GB' });
      await context.addInitScript((value) => localStorage.setItem('kindling.locale', value), locale);
      const { page, errors } = await openPage(context);
      await page.goto(`${baseUrl()}/`);
      await page.locator('#signin-search').waitFor();
      await page.locator('.k-signin button').first().waitFor();
      const m = await measure(page);
      expect({ locale, ...m, axe: await seriousA11yViolations(page) }).toEqual({ locale, overflow: 0, beyond: [], small: [], axe: [] });
      await screenshot(page, `phone-${locale}-sign-in`, false);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 150_000);

  it('answers an unknown or malformed id with a not-found page in the reader’s language, without “Try again”', async () => {
    const { context, page } = await signedIn(browser, ADMIN, 'nl', PHONE);
    for (const [path, title] of [
      ['/ideas/doesnotexist', 'Dit idee bestaat niet of is verwijderd'],
      ['/people/nobody', 'Deze persoon bestaat niet of is verwijderd'],
      ['/campaigns/nothing', 'Deze campagne bestaat niet of is verwijderd'],
    ]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expect(page.getByRole('button', { name: 'Opnieuw proberen' }).count()).resolves.toBe(0);
      await expect(page.locator('main').textContent()).resolves.not.toMatch(/valid id|Something went wrong|Try again/);
    }
    // a way back: the search finds ideas in the feed
    await page.getByRole('searchbox', { name: 'Ideeën zoeken' }).fill('ETA');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(/\/\?q=ETA/);
    await page.locator('[role=feed] article').first().waitFor();
    await context.close();
  }, 150_000);

  it('shows a clear focus ring on fields, buttons and tabs reached by keyboard', async () => {
    const { context, page } = await signedIn(browser, ADMIN, 'en');
    await page.goto(`${baseUrl()}/`);
    await page.locator('[role=feed] article').first().waitFor();
    const rings: Record<string, string> = {};
    for (const selector of ['#feed-search', '.k-tabs a', '.k-page-header .k-btn', 'select']) {
      await page.locator(selector).first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      rings[selector] = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return `${style.outlineStyle} ${Number.parseFloat(style.outlineWidth) >= 2 ? 'wide' : 'thin'} ${style.outlineColor}`;
      });
    }
    for (const ring of Object.values(rings)) expect(ring).toBe('solid wide rgb(37, 99, 235)');
    await context.close();
  }, 150_000);
});
