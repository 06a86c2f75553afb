import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot } from './support';
import { ADMIN, signedIn, visit, walkPages } from './walk';

/** The catalogues' entries, read from their source: `'key': 'text',` lines of the English and the Dutch tables. */
function catalogues(): { en: Map<string, string>; nl: Map<string, string> } {
  const source = readFileSync(path.resolve(import.meta.dirname, '../../../libs/web/util/src/messages.ts'), 'utf8');
  const tables = { en: new Map<string, string>(), nl: new Map<string, string>() };
  let current: Map<string, string> | null = null;
  for (const line of source.split('\n')) {
    if (/^(const enRefusals|export const en )/.test(line)) current = tables.en;
    else if (/^(const nlRefusals|export const nl)/.test(line)) current = tables.nl;
    const entry = line.match(/^\s+'([\w.-]+)':\s*(['"])((?:\\.|(?!\2).)*)\2,?$/);
    if (current && entry) current.set(entry[1], entry[3].replace(/\\(.)/g, '$1'));
  }
  return tables;
}

/** Words of third-party widgets that are English unless the app gives them its own labels. */
const WIDGET_ENGLISH = ['Zoom In', 'Zoom Out', 'Fit View', 'Toggle Interactivity', 'Control Panel', 'Edge from', 'Press enter', 'Mini Map', 'React Flow'];

/** English texts a Dutch reader must never see: each English entry (each plural form) that the Dutch table words differently. */
function englishOnly(): { exact: Set<string>; templates: RegExp[] } {
  const { en, nl } = catalogues();
  const dutch = new Set([...nl.values()].flatMap((v) => v.split('|')));
  const exact = new Set<string>();
  const templates: RegExp[] = [];
  for (const [key, value] of en) {
    if (nl.get(key) === value) continue;
    for (const form of value.split('|')) {
      if (dutch.has(form) || form.replace(/\{\w+\}/g, '').trim().length < 3) continue;
      if (!form.includes('{')) exact.add(form);
      else {
        const literal = form.replace(/\{\w+\}/g, '').replace(/[\s\p{P}]/gu, '');
        if (literal.length < 6) continue; // "{count} ×" and the like say nothing about the language
        const pattern = form.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?');
        templates.push(new RegExp(`^${pattern}$`, 's'));
      }
    }
  }
  return { exact, templates };
}

/** Every text a reader or a screen reader meets: text nodes (screen-reader-only ones too), placeholders, labels, titles, alt texts. */
async function textsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template, .k-markdown')) continue;
      if (!parent.checkVisibility() && !parent.closest('.k-sr-only')) continue;
      const text = node.textContent?.trim().replace(/\s+/g, ' ');
      if (text) texts.push(text);
    }
    for (const el of Array.from(document.body.querySelectorAll('[placeholder], [aria-label], [title], [alt], [aria-roledescription]'))) {
      for (const name of ['placeholder', 'aria-label', 'title', 'alt', 'aria-roledescription']) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return [...new Set(texts)];
  });
}

describe('the Dutch walk: no English on any page in Dutch', () => {
  let browser: Browser;
  const english = englishOnly();

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The English strings among a page's texts. */
  function englishIn(texts: string[]): string[] {
    return texts.filter(
      (text) =>
        english.exact.has(text) ||
        english.templates.some((pattern) => pattern.test(text)) ||
        WIDGET_ENGLISH.some((word) => text.toLowerCase().includes(word.toLowerCase())),
    );
  }

  it('reads the catalogue it checks against', () => {
    const { en, nl } = catalogues();
    expect(en.size).toBeGreaterThan(1000);
    expect(nl.size).toBe(en.size);
    expect(english.exact.has('Try again')).toBe(true);
    expect(englishIn(['Opnieuw proberen', 'Try again', 'Zoom In'])).toEqual(['Try again', 'Zoom In']);
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 360, height: 740 },
  ]) {
    it(`shows every page in Dutch at ${viewport.width} px`, async () => {
      const { context, page, errors } = await signedIn(browser, ADMIN, 'nl', viewport);
      const found: Record<string, string[]> = {};
      const record = async (name: string) => {
        const leftovers = englishIn(await textsOf(page));
        if (leftovers.length) found[name] = leftovers;
      };
      const pages = await walkPages(page);
      for (const target of Object.values(pages)) {
        await visit(page, target);
        await record(target.name);
      }

      // an idea with its lineage and an opened trail
      await visit(page, pages.idea);
      await page.locator('.k-sharelist button').first().click();
      await page.locator('.k-trail__term').first().waitFor();
      await record('idea-trail');
      await screenshot(page, `dutch-${viewport.width}-idea-trail`);

      // the board with a card or row opened
      await visit(page, pages.board);
      await page.locator('[aria-controls^=credit-]').first().click();
      await page.locator('[id^=credit-] [data-testid=credit-total]').first().waitFor();
      await record('board-open');

      // the feed with a filter that matches nothing, and a form's errors
      await visit(page, { name: 'feed-empty', path: '/?q=zzzzqqqq', ready: 'main h1' });
      await record('feed-empty');
      await visit(page, pages.compose);
      await page.locator('main form button[type=submit]').first().click();
      await page.locator('[role=alert]').first().waitFor();
      await record('compose-errors');

      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await context.close();
    }, 900_000);
  }
});
