import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, gql, launch, openPage, screenshot, seriousA11yViolations } from './support';

const stamp = Date.now().toString(36);
const question = `Which paperwork can we drop before the summer? ${stamp}`;
const answerTitle = `Stop printing the daily dock sheet ${stamp}`;

describe('campaigns in a real browser: opened by a reviewer, answered by a member, closed with an outcome', () => {
  let browser: Browser;
  let reviewerContext: BrowserContext;
  let memberContext: BrowserContext;
  let reviewer: Page;
  let member: Page;
  const errors: string[][] = [];
  let campaignUrl = '';

  async function signIn(page: Page, name: string) {
    await page.goto(`${baseUrl()}/campaigns`);
    await page.getByLabel('Search people by name').fill(name.split(' ')[0]);
    await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  async function expectAccessible(page: Page, name: string) {
    expect({ page: name, violations: await seriousA11yViolations(page) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    browser = await launch();
    reviewerContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    memberContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    for (const context of [reviewerContext, memberContext]) context.setDefaultTimeout(15_000);
    const opened = [await openPage(reviewerContext), await openPage(memberContext)];
    [reviewer, member] = opened.map((o) => o.page);
    errors.push(...opened.map((o) => o.errors));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the demo campaigns, open and closed, and lets a reviewer open a new one', async () => {
    await signIn(reviewer, 'Paul Scholten');
    await reviewer.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    await reviewer.getByRole('heading', { level: 3, name: /safely through the winter/ }).waitFor();
    await reviewer.getByRole('heading', { level: 3, name: /stay past their first three months/ }).waitFor();
    await screenshot(reviewer, 'campaigns');
    await expectAccessible(reviewer, 'campaigns');

    await reviewer.getByRole('link', { name: 'Open a campaign' }).click();
    await reviewer.getByRole('heading', { level: 1, name: 'Open a campaign' }).waitFor();
    await reviewer.getByLabel('Question').fill(question);
    await reviewer.getByLabel('Description').fill('Tell us which **forms** nobody reads.');
    await reviewer.getByRole('checkbox', { name: 'Warehouse & Logistics' }).check();
    await reviewer.getByRole('checkbox', { name: 'Customer Service' }).check();
    await screenshot(reviewer, 'campaign-new');
    await expectAccessible(reviewer, 'campaign-new');
    await reviewer.getByRole('button', { name: 'Open campaign' }).click();
    await reviewer.getByRole('heading', { level: 1, name: question }).waitFor();
    campaignUrl = reviewer.url();
    expect(campaignUrl).toMatch(/\/campaigns\/[^/]+$/);
    await expect(reviewer.locator('.k-page-header, main').first().textContent()).resolves.toContain('Asks: Customer Service, Warehouse & Logistics');
    await reviewer.locator('.k-markdown strong', { hasText: 'forms' }).waitFor();
  });

  it('lets a member answer it from the campaign page, and shows the idea in the ranking', async () => {
    await signIn(member, 'Sanne de Vries');
    await member.goto(campaignUrl);
    await member.getByRole('heading', { level: 1, name: question }).waitFor();
    await expect(member.getByRole('button', { name: 'Close now' }).count()).resolves.toBe(0);
    await member.getByRole('link', { name: 'Answer this campaign' }).click();
    await member.getByRole('heading', { name: 'Post an idea' }).waitFor();
    const choice = member.getByLabel('Answers a campaign');
    await expect(choice.locator('option:checked').textContent()).resolves.toBe(question);
    await member.getByLabel('Title').fill(answerTitle);
    await member.getByLabel('Description', { exact: true }).fill('We print it, sign it and file it. Nobody ever looks it up.');
    await member.getByRole('button', { name: 'Post idea' }).click();
    await member.getByRole('heading', { level: 1, name: answerTitle }).waitFor();
    await member.getByRole('link', { name: `Answers: ${question}` }).click();
    await member.getByRole('heading', { level: 1, name: question }).waitFor();
    const ranking = member.getByTestId('campaign-ranking');
    await ranking.getByRole('link', { name: answerTitle }).waitFor();
    await expect(ranking.locator(':scope > li').count()).resolves.toBe(1);
    await expect(ranking.textContent()).resolves.toContain('Sanne de Vries');
    await screenshot(member, 'campaign');
    await expectAccessible(member, 'campaign');
  });

  it('lets the reviewer close it; the outcome shows the answered idea by status and who holds its credit', async () => {
    await reviewer.reload();
    await reviewer.getByTestId('campaign-ranking').getByRole('link', { name: answerTitle }).waitFor();
    await reviewer.getByRole('button', { name: 'Close now' }).click();
    await reviewer.getByRole('heading', { name: 'Outcome' }).waitFor();
    await expect(reviewer.getByRole('link', { name: 'Answer this campaign' }).count()).resolves.toBe(0);
    await expect(reviewer.getByTestId('outcome-statuses').textContent()).resolves.toMatch(/New\s*1/);
    const holders = reviewer.getByTestId('outcome-holders');
    await holders.getByRole('link', { name: 'Sanne de Vries' }).waitFor();
    await expect(holders.textContent()).resolves.toContain('100.00 %');
    await screenshot(reviewer, 'campaign-closed');
    await expectAccessible(reviewer, 'campaign-closed');

    // Dutch
    await reviewer.getByRole('button', { name: /Nederlands/ }).click();
    await reviewer.getByRole('heading', { name: 'Resultaat' }).waitFor();
    await screenshot(reviewer, 'campaign-closed-nl');
    await expectAccessible(reviewer, 'campaign-closed-nl');
    await reviewer.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Campagnes' }).click();
    await reviewer.getByRole('heading', { level: 1, name: 'Campagnes' }).waitFor();
    await screenshot(reviewer, 'campaigns-nl');
    await reviewer.getByRole('button', { name: /English/ }).click();
  });

  it('refuses an answer to the closed campaign', async () => {
    const campaignId = decodeURIComponent(campaignUrl.split('/campaigns/')[1]);
    const refused = gql(member, `mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } } }`, { input: { title: 'Too late', body: 'b', campaignId } });
    await expect(refused).rejects.toThrow(/CAMPAIGN_CLOSED/);
  });

  it('works on a 360 px phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' });
    try {
      const { page, errors: phoneErrors } = await openPage(phone);
      await signIn(page, 'Sanne de Vries');
      await page.getByRole('heading', { level: 3, name: /safely through the winter/ }).waitFor();
      await screenshot(page, 'campaigns-phone');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.goto(campaignUrl);
      await page.getByRole('heading', { name: 'Outcome' }).waitFor();
      await screenshot(page, 'campaign-phone');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(phoneErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('threw no error in the page', () => {
    expect(errors).toEqual([[], []]);
  });
});
