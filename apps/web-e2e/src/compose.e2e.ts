import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, expectAccessible, gql, launch, openPage, screenshot, SIGN_IN, signIn } from './support';

const stamp = Date.now().toString(36);
const parentA = `Shared bikes between the depots ${stamp}`;
const parentB = `A bike repair corner in the canteen ${stamp}`;




async function post(page: Page, title: string): Promise<string> {
  const posted = await gql<{ postIdea: { idea: { id: string } } }>(page, `mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } } }`, {
    input: { title, body: 'Fewer cars between the sites, and a bike is always at hand.', tags: ['commuting'] },
  });
  return posted.postIdea.idea.id;
}

/** The shares the page shows beside each parent, as numbers. */
async function shownShares(page: Page): Promise<number[]> {
  const texts = await page.getByTestId('split-share').allTextContents();
  return texts.map((text) => Number(text.replace(/[^\d]/g, '')));
}

const isFocused = (page: Page, id: string) => page.evaluate((wanted) => document.activeElement?.id === wanted, id);

/** Nothing sticks out sideways: the page is no wider than the screen. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('compose says what will happen', () => {
  let browser: Browser;
  let desktop: BrowserContext;
  let page: Page;
  let errors: string[];
  let idA = '';
  let idB = '';
  let retention = 0;

  beforeAll(async () => {
    browser = await launch();
    desktop = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    desktop.setDefaultTimeout(15_000);
    ({ page, errors } = await openPage(desktop));
    await signIn(page, 'Ioana Popescu');
    idA = await post(page, parentA);
    idB = await post(page, parentB);
    retention = (await gql<{ creditModel: { defaultRetention: number } }>(page, '{ creditModel { defaultRetention } }')).creditModel.defaultRetention;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('moves the focus to the title when an empty idea is posted', async () => {
    await page.goto(`${baseUrl()}/compose`);
    await page.getByRole('heading', { level: 1, name: 'Post an idea' }).waitFor();
    await page.getByRole('button', { name: 'Post idea' }).click();
    await page.getByText('Give the idea a title.').waitFor();
    await expect(isFocused(page, 'compose-title')).resolves.toBe(true);
    await expect(page.getByLabel('Title', { exact: true }).getAttribute('aria-describedby')).resolves.toBe('compose-title-error');
    await expect(page.getByLabel('Title', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'compose-empty-post');
    await expectAccessible(page, 'compose-empty-post');
  });

  it('labels the split with the shares it stores, previews the credit, keeps the draft across a visit elsewhere and forgets it once posted', async () => {
    await page.goto(`${baseUrl()}/compose?parent=${encodeURIComponent(idA)}&parent=${encodeURIComponent(idB)}`);
    await page.getByRole('heading', { level: 1, name: 'Build on ideas' }).waitFor();
    await expect(shownShares(page)).resolves.toEqual([50, 50]);

    // by keyboard: the first slider to 70; the other makes room
    const slider = page.getByLabel(`Share for ${parentA}`);
    await slider.focus();
    for (let i = 0; i < 20; i++) await slider.press('ArrowRight');
    await expect(shownShares(page)).resolves.toEqual([70, 30]);
    await expect(page.getByLabel(`Share for ${parentB}`).inputValue()).resolves.toBe('30');

    const keep = Math.round(retention * 100);
    const flow = 100 - keep;
    const fmt = (tenths: number) => `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} %`;
    const toA = Math.round(flow * 7);
    await expect(page.getByTestId('credit-preview').textContent()).resolves.toBe(
      `You keep ${keep} %; ${flow} % goes to the ideas you build on: ${parentA} ${fmt(toA)}, ${parentB} ${fmt(flow * 10 - toA)}.`,
    );

    const title = `Bikes and a repair corner ${stamp}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Description', { exact: true }).fill('Shared bikes, and a corner in the canteen to fix them.');
    await page.getByLabel('Tags', { exact: true }).fill('commuting');
    await screenshot(page, 'compose-split-preview');
    await expectAccessible(page, 'compose-split-preview');

    // away and back: nothing is lost
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/compose'));
    await page.goto(`${baseUrl()}/compose`);
    await page.getByText('Draft restored').waitFor();
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(title);
    await expect(page.getByLabel('Tags', { exact: true }).inputValue()).resolves.toBe('commuting');
    await expect(shownShares(page)).resolves.toEqual([70, 30]);
    await screenshot(page, 'compose-draft-restored');
    await expectAccessible(page, 'compose-draft-restored');

    await page.getByRole('button', { name: 'Post build-on' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const ideaId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const stored = await gql<{ node: { parents: Array<{ split: number; idea: { id: string } }> } }>(page, 'query($id: ID!) { node(id: $id) { ... on Idea { parents { split idea { id } } } } }', { id: ideaId });
    const splits = Object.fromEntries(stored.node.parents.map((p) => [p.idea.id, Math.round(p.split * 1000) / 10]));
    // the labels were the split stored
    expect(splits).toEqual({ [idA]: 70, [idB]: 30 });

    await page.goto(`${baseUrl()}/compose`);
    await page.getByRole('heading', { level: 1, name: 'Post an idea' }).waitFor();
    await expect(page.getByText('Draft restored').count()).resolves.toBe(0);
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
  });

  it('keeps one person’s draft from another who signs in on the same browser', async () => {
    await page.goto(`${baseUrl()}/compose`);
    await page.getByLabel('Title', { exact: true }).fill(`Ioana’s half-written idea ${stamp}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/compose'));
    await gql(page, 'mutation { signOut { __typename } }');
    await signIn(page, 'Gerrit Mulder');
    await page.goto(`${baseUrl()}/compose`);
    await page.getByRole('heading', { level: 1, name: 'Post an idea' }).waitFor();
    await expect(page.getByText('Draft restored').count()).resolves.toBe(0);
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('');
  });

  it('on a phone in Dutch: the similar ideas right below the title, building on one instead, nothing wider than the screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'nl-NL' });
    phone.setDefaultTimeout(15_000);
    try {
      const { page: mobile, errors: mobileErrors } = await openPage(phone);
      await signIn(mobile, 'Esther Vermeulen', SIGN_IN.nl);
      // her stored language is English, which the app follows after signing in: the switch makes (and stores) it Dutch
      await mobile.getByRole('button', { name: /Nederlands/ }).click();
      await mobile.goto(`${baseUrl()}/compose`);
      await mobile.getByRole('heading', { level: 1, name: 'Een idee plaatsen' }).waitFor();

      await mobile.getByRole('button', { name: 'Idee plaatsen' }).click();
      await mobile.getByText('Geef het idee een titel.').waitFor();
      await expect(isFocused(mobile, 'compose-title')).resolves.toBe(true);

      const titleField = mobile.getByLabel('Titel', { exact: true });
      await titleField.fill(`Shared bikes between the depots ${stamp}`);
      const similar = mobile.getByTestId('similar-idea').filter({ hasText: parentA });
      await similar.waitFor();
      const titleBox = await titleField.boundingBox();
      const panelBox = await mobile.locator('#compose-similar').boundingBox();
      expect(titleBox && panelBox).toBeTruthy();
      if (!titleBox || !panelBox) return;
      const gap = panelBox.y - (titleBox.y + titleBox.height);
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThanOrEqual(200);

      const instead = similar.getByRole('button', { name: new RegExp(`^Bouw hier liever op voort`) });
      const target = await instead.boundingBox();
      expect(target?.height).toBeGreaterThanOrEqual(44);
      await screenshot(mobile, 'compose-phone-similar');
      await expectAccessible(mobile, 'compose-phone-similar');

      await instead.click();
      await mobile.getByRole('heading', { level: 1, name: 'Voortbouwen op ideeën' }).waitFor();
      await expect(titleField.inputValue()).resolves.toBe(`Shared bikes between the depots ${stamp}`);
      await expect(shownShares(mobile)).resolves.toEqual([100]);
      const keep = Math.round(retention * 100);
      await expect(mobile.getByTestId('credit-preview').textContent()).resolves.toBe(`Je houdt ${keep} %; ${100 - keep} % gaat naar het idee waarop je voortbouwt: ${parentA} ${100 - keep} %.`);

      // the similar ideas fold away for more room
      await mobile.getByRole('button', { name: /Vergelijkbare ideeën/ }).click();
      await expect(mobile.locator('#similar-list').isHidden()).resolves.toBe(true);
      await expect(overflow(mobile)).resolves.toBeLessThanOrEqual(0);
      await screenshot(mobile, 'compose-phone-build-on');
      await expectAccessible(mobile, 'compose-phone-build-on');
      expect(mobileErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
