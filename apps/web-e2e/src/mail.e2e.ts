import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { baseUrl, gql, launch, openPage, screenshot, seriousA11yViolations } from './support';

/** A demo person no other browser test signs in as: their stored language is this file's to change. */
const PERSON = 'Hanneke de Jong';

describe('language for e-mail, and the unsubscribe page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('stores the language switch for the person; a new device without a local choice starts in it', async () => {
    const first = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    first.setDefaultTimeout(15_000);
    const { page, errors } = await openPage(first);
    await page.goto(`${baseUrl()}/`);
    await page.getByLabel('Search people by name').fill('Hanneke');
    await page.getByRole('button', { name: new RegExp(`^Sign in as ${PERSON}`) }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /Nederlands/ }).click();
    await page.locator('html[lang=nl]').waitFor({ state: 'attached' });
    // the choice reaches the server (e-mail follows it)
    let stored = '';
    for (let i = 0; i < 100 && stored !== 'NL'; i++) {
      stored = (await gql<{ viewer: { language: string } }>(page, `{ viewer { language } }`)).viewer.language;
      if (stored !== 'NL') await page.waitForTimeout(100);
    }
    expect(stored).toBe('NL');
    expect(errors).toEqual([]);
    await first.close();

    // another device (nothing chosen locally, an English browser): Dutch after sign-in
    const second = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-GB' });
    second.setDefaultTimeout(15_000);
    const other = await openPage(second, { localChoice: false });
    await other.page.goto(`${baseUrl()}/`);
    await other.page.getByLabel('Search people by name').fill('Hanneke');
    await other.page.getByRole('button', { name: new RegExp(`^Sign in as ${PERSON}`) }).click();
    await other.page.locator('html[lang=nl]').waitFor({ state: 'attached' });
    await other.page.getByRole('group', { name: 'Taal' }).waitFor();
    await screenshot(other.page, 'mail-language-nl-phone', false);
    // back to English for the next run, through the switch
    await other.page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: /English/ }).click();
    await other.page.locator('html[lang=en]').waitFor({ state: 'attached' });
    expect(other.errors).toEqual([]);
    await second.close();
  });

  it('shows a clear page for an unsubscribe link that is not valid, on a phone, accessible', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'nl-NL' });
    const { page, errors } = await openPage(context);
    const response = await page.goto(`${baseUrl()}/unsubscribe/${'A'.repeat(43)}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Unsubscribe / Afmelden' }).waitFor();
    await expect(page.locator('body').textContent()).resolves.toContain('Deze afmeldlink is niet geldig. Er is niets gewijzigd.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'mail-unsubscribe-unknown-phone');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
