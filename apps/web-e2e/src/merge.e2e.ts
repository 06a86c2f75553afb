import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, gql, launch, openPage, screenshot, seriousA11yViolations } from './support';

const stamp = Date.now().toString(36);
const keptTitle = `Visitor parking calendar ${stamp}`;
const duplicateTitle = `Shared parking calendar for visitors ${stamp}`;
const buildOnTitle = `Parking calendar with visitor badges ${stamp}`;
const reason = 'Both ask for one calendar of visitor parking spots.';

/** Signs the page's context in as a demo person (the dev sign-in, by name). */
async function signInAs(page: Page, name: string): Promise<void> {
  const { devSignInPeople } = await gql<{ devSignInPeople: { edges: Array<{ node: { id: string } }> } }>(
    page,
    `query($name: String!) { devSignInPeople(first: 1, search: $name) { edges { node { id } } } }`,
    { name },
  );
  await gql(page, `mutation($id: ID!) { devSignIn(input: { personId: $id }) { viewer { id } } }`, { id: devSignInPeople.edges[0].node.id });
}

async function post(page: Page, title: string, parentId?: string): Promise<string> {
  if (parentId) {
    const { buildOn } = await gql<{ buildOn: { idea: { id: string } } }>(page, `mutation($input: BuildOnInput!) { buildOn(input: $input) { idea { id } } }`, {
      input: { title, body: `${title}.`, parentIds: [parentId] },
    });
    return buildOn.idea.id;
  }
  const { postIdea } = await gql<{ postIdea: { idea: { id: string } } }>(page, `mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } } }`, {
    input: { title, body: `${title}.` },
  });
  return postIdea.idea.id;
}

describe('merging duplicates and originality in a real browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let keptUrl = '';
  let duplicateUrl = '';
  let buildOnUrl = '';
  let creditBefore = '';

  const creditPanel = () => page.locator('section[aria-labelledby="credit-title"]');
  async function expectAccessible(p: Page, name: string) {
    expect({ page: name, violations: await seriousA11yViolations(p) }).toEqual({ page: name, violations: [] });
  }

  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    context.setDefaultTimeout(15_000);
    ({ page, errors } = await openPage(context));
    await page.goto(`${baseUrl()}/`);
    // two colleagues post the same idea; a third endorses both
    await signInAs(page, 'Sanne de Vries');
    const kept = await post(page, keptTitle);
    await signInAs(page, 'Koen van Rijn');
    const duplicate = await post(page, duplicateTitle);
    await signInAs(page, 'Floor Maas');
    for (const id of [kept, duplicate]) await gql(page, `mutation($id: ID!) { endorse(input: { ideaId: $id }) { idea { id } } }`, { id });
    await signInAs(page, 'Sanne de Vries');
    const buildOn = await post(page, buildOnTitle, kept);
    [keptUrl, duplicateUrl, buildOnUrl] = [kept, duplicate, buildOn].map((id) => `${baseUrl()}/ideas/${encodeURIComponent(id)}`);
    await signInAs(page, 'Femke Bakker');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a reviewer merges the duplicate: the banner links to the kept idea, whose credit lists both posters', async () => {
    await page.goto(keptUrl);
    await creditPanel().getByText('Sanne de Vries').first().waitFor();
    creditBefore = (await creditPanel().textContent()) ?? '';
    expect(creditBefore).not.toContain('Koen van Rijn');

    await page.goto(duplicateUrl);
    await page.getByRole('heading', { level: 1, name: duplicateTitle }).waitFor();
    await page.getByLabel('Merge into…').fill(keptTitle);
    await page.getByRole('option', { name: new RegExp(keptTitle) }).click();
    await page.getByText(`Merge this idea into ${keptTitle}`).waitFor();
    await page.getByRole('button', { name: 'Merge…' }).click();
    await page.getByRole('alert').first().waitFor(); // the reason is required
    await page.getByLabel('Why are these duplicates? (required)').fill(reason);
    await page.getByRole('button', { name: 'Merge…' }).click();
    await page.getByText(/The kept idea’s credit will be shared by the authors of both/).waitFor();
    await screenshot(page, 'merge-confirm');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();

    const banner = page.getByTestId('merged-banner');
    await banner.getByText(`Merged into ${keptTitle} by Femke Bakker`).waitFor();
    await expect(banner.textContent()).resolves.toContain(reason);
    await screenshot(page, 'merged-duplicate');
    await expectAccessible(page, 'merged-duplicate');

    await banner.getByRole('link', { name: 'Go to the idea kept' }).click();
    await page.getByRole('heading', { level: 1, name: keptTitle }).waitFor();
    await page.getByTestId('merged-from').getByRole('link', { name: duplicateTitle }).waitFor();
    await creditPanel().getByText('Koen van Rijn').first().waitFor();
    await expect(creditPanel().textContent()).resolves.toContain('Sanne de Vries');
    await screenshot(page, 'merged-kept');
    await expectAccessible(page, 'merged-kept');
  });

  it('shows the merged state in Dutch and on a 360 px phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'nl-NL' });
    try {
      const { page: mobile, errors: mobileErrors } = await openPage(phone);
      await mobile.goto(`${baseUrl()}/`);
      await signInAs(mobile, 'Femke Bakker');
      await mobile.goto(duplicateUrl);
      await mobile.getByTestId('merged-banner').getByText(`Samengevoegd met ${keptTitle} door Femke Bakker`).waitFor();
      await mobile.getByRole('button', { name: 'Samenvoegen ongedaan maken' }).waitFor();
      await screenshot(mobile, 'merged-duplicate-phone-nl');
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectAccessible(mobile, 'merged-duplicate-phone-nl');
      await mobile.goto(keptUrl);
      await mobile.getByText('Bevat het samengevoegde dubbele idee').waitFor();
      await screenshot(mobile, 'merged-kept-phone-nl');
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(mobileErrors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('undoes the merge: the kept idea’s credit is exactly as before', async () => {
    await page.goto(duplicateUrl);
    await page.getByRole('button', { name: 'Undo merge' }).click();
    await page.getByText('The merge was undone: everything is as it was before it.').waitFor();
    expect(await page.getByTestId('merged-banner').count()).toBe(0);
    await page.goto(keptUrl);
    await creditPanel().getByText('Sanne de Vries').first().waitFor();
    expect(await page.getByTestId('merged-from').count()).toBe(0);
    expect(await creditPanel().textContent()).toBe(creditBefore);
  });

  it('sets a build-on’s originality with a reason, and the note appears', async () => {
    await page.goto(buildOnUrl);
    await page.getByRole('heading', { level: 1, name: buildOnTitle }).waitFor();
    await page.getByLabel('Originality', { exact: true }).selectOption('0.35');
    await page.getByLabel('Why? (required, shown on the idea)').fill('Adds badges to the calendar; the calendar is the idea.');
    await page.getByRole('button', { name: 'Set originality' }).click();
    await page.getByTestId('retention-note').getByText('Marked as a small refinement by Femke Bakker: Adds badges to the calendar; the calendar is the idea.').waitFor();
    await page.getByText(/35\s?% of this idea is its own/).waitFor();
    await screenshot(page, 'retention-note');
    await expectAccessible(page, 'retention-note');
    expect(errors).toEqual([]);
  });

  it('shows the note in Dutch, and a member sees no reviewer controls', async () => {
    const dutch = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    try {
      const { page: nl } = await openPage(dutch);
      await nl.goto(`${baseUrl()}/`);
      await signInAs(nl, 'Sanne de Vries');
      await nl.goto(buildOnUrl);
      await nl.getByText('Gemarkeerd als een kleine verfijning door Femke Bakker').waitFor();
      expect(await nl.getByRole('heading', { name: 'Originaliteit en dubbele ideeën' }).count()).toBe(0);
      await screenshot(nl, 'retention-note-nl');
      await expectAccessible(nl, 'retention-note-nl');
    } finally {
      await dutch.close();
    }
  });
});
