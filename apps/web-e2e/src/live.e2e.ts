import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl, expectAccessible, gql, launch, openPage, screenshot } from './support';

const READER = 'Pieter de Graaf';
const REVIEWER = 'Paul Scholten';

async function signedIn(browser: Browser, name: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', ...options });
  context.setDefaultTimeout(15_000);
  const opened = await openPage(context);
  await opened.page.goto(`${baseUrl()}/`);
  await opened.page.getByLabel('Search people by name').fill(name.split(' ')[0]);
  await opened.page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
  await opened.page.getByRole('navigation', { name: 'Main' }).waitFor();
  return opened;
}


/** The idea page's polite live region (what a screen reader announces). */
const announced = (page: Page) => page.getByRole('status', { name: /Live updates of this idea|Live-updates van dit idee/ });

describe('the idea page, live', () => {
  let browser: Browser;
  let reader: { page: Page; errors: string[] };
  let reviewer: { page: Page; errors: string[] };
  let ideaPath = '';
  let ideaId = '';

  beforeAll(async () => {
    browser = await launch();
    reader = await signedIn(browser, READER);
    reviewer = await signedIn(browser, REVIEWER);
    const posted = await gql<{ postIdea: { idea: { id: string } } }>(
      reader.page,
      `mutation { postIdea(input: { title: "Live departure board at the gate", body: "Drivers see their loading dock as soon as it is assigned." }) { idea { id } } }`,
    );
    ideaId = posted.postIdea.idea.id;
    ideaPath = `/ideas/${encodeURIComponent(ideaId)}`;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows another person’s comment and endorsement without reloading, and keeps a half-written comment', async () => {
    const { page } = reader;
    await page.goto(`${baseUrl()}${ideaPath}`);
    await page.getByRole('heading', { level: 1, name: 'Live departure board at the gate' }).waitFor();
    await page.getByLabel('Your comment').fill('Half-written thought about the');
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    // the reviewer opens the same idea in their own browser and comments and endorses through the page
    await reviewer.page.goto(`${baseUrl()}${ideaPath}`);
    await reviewer.page.getByLabel('Your comment').fill('The gate screens can show this too.');
    await reviewer.page.getByRole('button', { name: 'Comment', exact: true }).click();
    await page.getByText('The gate screens can show this too.').waitFor();
    await announced(page).getByText(`New comment by ${REVIEWER}`).waitFor();

    await reviewer.page.getByRole('button', { name: /^Endorse · 0/ }).click();
    await page.getByText(/Endorse · 1|Endorsed · 1/).first().waitFor();
    await announced(page).getByText('Now 1 endorsement').waitFor();

    expect(navigations).toEqual([]);
    await expect(page.getByLabel('Your comment').inputValue()).resolves.toBe('Half-written thought about the');
    await screenshot(page, 'live-idea-comment');
  });

  it('shows a reviewer’s status change without reloading, and passes axe with the live parts', async () => {
    const { page } = reader;
    await gql(reviewer.page, `mutation($id: ID!) { changeIdeaStatus(input: { ideaId: $id, status: UNDER_REVIEW, response: "We are checking the dock planning system." }) { idea { id } } }`, {
      id: ideaId,
    });
    await announced(page).getByText('Status changed to Under review').waitFor();
    await page.locator('article.k-idea').getByText('Under review').first().waitFor();
    await page.getByText('We are checking the dock planning system.').first().waitFor();
    await screenshot(page, 'live-idea-status');
    await expectAccessible(page, 'live-idea');
    expect(reader.errors).toEqual([]);
    expect(reviewer.errors).toEqual([]);
  });

  it('works in Dutch on a 360 px phone', async () => {
    const phone = await signedIn(browser, READER, { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await phone.page.getByRole('button', { name: /Nederlands/ }).click();
    await phone.page.goto(`${baseUrl()}${ideaPath}`);
    await phone.page.getByRole('heading', { level: 1, name: 'Live departure board at the gate' }).waitFor();
    await phone.page.getByText('The gate screens can show this too.').waitFor();
    await gql(reviewer.page, `mutation($id: ID!) { comment(input: { ideaId: $id, body: "Ook op de telefoon te zien." }) { comment { id } } }`, { id: ideaId });
    await phone.page.getByText('Ook op de telefoon te zien.').waitFor();
    await announced(phone.page).getByText(`Nieuwe reactie van ${REVIEWER}`).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(phone.page, 'live-idea-phone-nl');
    await expectAccessible(phone.page, 'live-idea-phone-nl');
    expect(phone.errors).toEqual([]);
  });
});
