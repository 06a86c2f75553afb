import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, expectAccessible, gql, launch, openPage, screenshot } from './support';

const RESPONSE = 'Accepted: HR will send the reminder **8 weeks before expiry** to the employee and the shift lead, starting next month.';

async function signInAs(page: Page, name: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByLabel('Search people by name').fill(name.split(' ')[0]);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Kindling' }).waitFor();
}


describe('the review workflow in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let ideaPath = '';
  let author = '';

  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    context.setDefaultTimeout(15_000);
    ({ page, errors } = await openPage(context));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a reviewer take the oldest overdue idea from the queue, claim it and accept it with a written response', async () => {
    await signInAs(page, 'Gerrit Mulder');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    await page.getByText(/ideas await a first response/).waitFor();
    await screenshot(page, 'review-queue');
    await expectAccessible(page, 'review-queue');

    // the filter lives in the address (a navigation), so the box shows checked once the page has followed it
    await page.getByLabel('Overdue only').click();
    await page.waitForURL(/overdue=1/);
    await expect(page.getByLabel('Overdue only').isChecked()).resolves.toBe(true);
    const items = page.getByRole('list', { name: 'Review queue' }).getByRole('listitem');
    await items.first().waitFor();
    // every item listed is overdue, the oldest first
    const overdueFlags = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('.k-badge--overdue') !== null));
    expect(overdueFlags.every(Boolean)).toBe(true);
    const oldest = items.first();
    const title = (await oldest.getByRole('heading').textContent())!;
    await screenshot(page, 'review-queue-overdue');

    await oldest.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    ideaPath = new URL(page.url()).pathname;
    const review = page.getByRole('region', { name: 'Review' });
    await review.getByRole('button', { name: 'Claim' }).click();
    await review.getByText(/You have claimed this idea until/).waitFor();

    // the form offers only the legal moves from NEW, and needs a response
    await expect(review.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value))).resolves.toEqual(['UNDER_REVIEW', 'ACCEPTED', 'DECLINED']);
    await review.getByRole('radio', { name: 'Accepted' }).check();
    await review.getByRole('button', { name: 'Save status and response' }).click();
    await review.getByText('Write a response: it is the official answer the author reads.').waitFor();
    await review.getByLabel('Response').focus();
    await page.keyboard.type(RESPONSE);
    await review.getByRole('button', { name: 'Save status and response' }).press('Enter');
    await review.getByText('Moved to “Accepted”.', { exact: false }).waitFor();
    const answer = page.getByRole('region', { name: /Official response/ });
    await answer.getByText('8 weeks before expiry').first().waitFor();
    await expect(review.getByText('Nobody has claimed this idea.').count()).resolves.toBe(1);
    await screenshot(page, 'review-idea-reviewer');

    const { node } = await gql<{ node: { postedBy: { name: string } } }>(page, `query($id: ID!) { node(id: $id) { ... on Idea { postedBy { name } } } }`, {
      id: decodeURIComponent(ideaPath.split('/').pop()!),
    });
    author = node.postedBy.name;
    await signOut(page);
  });

  it('shows the author the answer, who gave it and when, and no reviewer controls or queue', async () => {
    await signInAs(page, author);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }).count()).resolves.toBe(0);
    await page.goto(`${baseUrl()}${ideaPath}`);
    const answer = page.getByRole('region', { name: /Official response/ });
    await answer.getByText('8 weeks before expiry').first().waitFor();
    await expect(answer.locator('.k-badge').first().textContent()).resolves.toBe('Accepted');
    await expect(answer.getByRole('link', { name: /Gerrit Mulder/ }).count()).resolves.toBe(1);
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date());
    await expect(answer.textContent()).resolves.toContain(today);
    await expect(page.getByRole('region', { name: 'Review' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Claim' }).count()).resolves.toBe(0);

    await answer.getByText('Status history (1)').click();
    await answer.getByText('New → Accepted').waitFor();
    await screenshot(page, 'review-idea-author');
    await expectAccessible(page, 'review-idea-author');

    await page.goto(`${baseUrl()}/review`);
    await page.getByRole('heading', { name: 'This page does not exist' }).waitFor();

    await page.goto(`${baseUrl()}${ideaPath}`);
    await page.getByRole('button', { name: /Nederlands/ }).click();
    const antwoord = page.getByRole('region', { name: /Officieel antwoord/ });
    await antwoord.getByText('8 weeks before expiry').first().waitFor();
    await expect(antwoord.locator('.k-badge').first().textContent()).resolves.toBe('Aangenomen');
    await screenshot(page, 'review-idea-author-nl');
    await page.getByRole('button', { name: /English/ }).click();
    await signOut(page);
    expect(errors).toEqual([]);
  });

  it('fits the queue and an answered idea on a 360 px phone, in Dutch', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' });
    phone.setDefaultTimeout(15_000);
    const { page: small, errors: smallErrors } = await openPage(phone);
    await signInAs(small, 'Femke Bakker');
    await small.getByRole('button', { name: /Nederlands/ }).click();
    await small.goto(`${baseUrl()}/review`);
    await small.getByRole('heading', { level: 1, name: 'Beoordelingswachtrij' }).waitFor();
    await small.getByRole('list', { name: 'Beoordelingswachtrij' }).getByRole('listitem').first().waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(small, 'review-queue-phone-nl', false);
    await expectAccessible(small, 'review-queue-phone-nl');

    await small.goto(`${baseUrl()}${ideaPath}`);
    await small.getByRole('region', { name: /Officieel antwoord/ }).waitFor();
    await small.getByRole('region', { name: 'Beoordelen' }).waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await small.getByRole('region', { name: /Officieel antwoord/ }).scrollIntoViewIfNeeded();
    await screenshot(small, 'review-idea-phone-nl', false);
    await small.getByRole('button', { name: /English/ }).click();
    await phone.close();
    expect(smallErrors).toEqual([]);
  });
});
