import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, expectAccessible, gql, launch, openPage, screenshot } from './support';

const POST = `mutation($i: PostIdeaInput!) { postIdea(input: $i) { idea { id } } }`;
const BUILD_ON = `mutation($i: BuildOnInput!) { buildOn(input: $i) { idea { id } } }`;

/** A browser context signed in as a demo person through the sign-in page. */
async function signedIn(browser: Browser, name: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', ...options });
  context.setDefaultTimeout(15_000);
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl()}/`);
  await page.getByLabel('Search people by name').fill(name.split(' ')[0]);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return { context, page, errors };
}


async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

describe('finding people and the missing gestures: directory, ideas by, copy link, link a parent', () => {
  let browser: Browser;
  let desktop: { context: BrowserContext; page: Page; errors: string[] };
  let phone: { context: BrowserContext; page: Page; errors: string[] };
  const stamp = Date.now().toString(36);
  const rootTitle = `Pallet labels in two languages ${stamp}`;
  const childTitle = `Pallet labels with QR codes ${stamp}`;
  const otherTitle = `Label printers per dock ${stamp}`;
  let root = '';

  beforeAll(async () => {
    browser = await launch();
    desktop = await signedIn(browser, 'Femke Bakker');
    await desktop.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    phone = await signedIn(browser, 'Dennis Hendriks', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    root = (await gql<{ postIdea: { idea: { id: string } } }>(desktop.page, POST, { i: { title: rootTitle, body: 'Dutch and English on every pallet label.' } })).postIdea.idea.id;
    await gql(desktop.page, BUILD_ON, { i: { parentIds: [root], title: childTitle, body: 'And a QR code to the order.' } });
    await gql(phone.page, POST, { i: { title: otherTitle, body: 'One label printer at each dock door.' } });
  });

  afterAll(async () => {
    expect([...desktop.errors, ...phone.errors]).toEqual([]);
    await browser?.close();
  });

  it('finds María García in the directory by “maria garcia”, filters by department, links to her page', async () => {
    const { page } = desktop;
    await page.getByRole('contentinfo').getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByLabel('Search people').fill('maria garcia');
    await page.waitForURL(/q=maria/);
    await page.locator('.k-people-card').filter({ hasText: 'María García' }).waitFor();
    await expect(page.locator('.k-people-card').count()).resolves.toBe(1);
    const card = page.locator('.k-people-card').first();
    await expect(card.textContent()).resolves.toMatch(/Integration Developer.*IT.*\d+ idea/);
    await page.getByLabel('Department').selectOption({ label: 'IT' });
    await page.waitForURL(/dept=/);
    await page.getByText('1 person').waitFor();
    await screenshot(page, 'find-people');
    await expectAccessible(page, 'people');
    await page.getByLabel('Department').selectOption({ label: 'Finance' });
    await page.getByText('Nobody matches.').waitFor();
    await page.getByLabel('Department').selectOption({ value: '' });
    await page.getByRole('link', { name: 'María García' }).click();
    await page.getByRole('heading', { level: 1, name: 'María García' }).waitFor();
  });

  it('copies a link to a person and to an idea (read back from the clipboard)', async () => {
    const { page } = desktop;
    const personPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${baseUrl()}${personPath}`);
    await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(root)}`);
    await page.getByRole('heading', { level: 1, name: rootTitle }).waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${baseUrl()}/ideas/${encodeURIComponent(root)}`);
  });

  it('finds her in the co-author picker with the same search', async () => {
    const { page } = desktop;
    await page.getByRole('combobox', { name: 'Invite a co-author' }).fill('Maria Garcia');
    await page.getByRole('option', { name: /María García/ }).waitFor();
    await page.getByRole('combobox', { name: 'Invite a co-author' }).fill('kasia wis');
    await page.getByRole('option', { name: /Kasia Wiśniewska/ }).waitFor();
    await page.getByRole('combobox', { name: 'Invite a co-author' }).fill('');
  });

  it('links the idea to another parent, explaining the refusal of a cycle first', async () => {
    const { page } = desktop;
    await page.getByRole('button', { name: 'Build on another idea too' }).click();
    await page.getByRole('combobox', { name: 'Idea this one also builds on' }).fill(childTitle);
    await page.getByRole('option', { name: new RegExp(childTitle) }).click();
    await page.getByRole('button', { name: `Link “${childTitle}”` }).click();
    const refusal = page.getByText('That would make the lineage circular: an idea cannot build on one of its own build-ons.');
    await refusal.waitFor();
    // focus moved to the outcome, so a screen reader hears it
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain('circular');
    await screenshot(page, 'find-link-parent-cycle');
    await expectAccessible(page, 'link-parent-refused');
    await page.getByRole('button', { name: 'Pick another' }).click();
    await page.getByRole('combobox', { name: 'Idea this one also builds on' }).fill(otherTitle);
    await page.getByRole('option', { name: new RegExp(otherTitle) }).click();
    await page.getByRole('button', { name: `Link “${otherTitle}”` }).click();
    await page.getByText(`This idea now also builds on “${otherTitle}”.`).waitFor();
    await page.locator('.k-idea__parents').getByRole('link', { name: otherTitle }).waitFor();
    await screenshot(page, 'find-link-parent-done');
  });

  it('offers “Ideas by …” in the feed’s search and filters the feed by that author', async () => {
    const { page } = desktop;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ideas' }).click();
    await page.getByLabel('Search ideas').fill('kasia wis');
    await page.getByRole('button', { name: 'Ideas by Kasia Wiśniewska' }).click();
    await page.waitForURL(/by=/);
    await page.getByText('Ideas by Kasia Wiśniewska').first().waitFor();
    await expect(page.getByLabel('Search ideas').inputValue()).resolves.toBe('');
    await page.locator('[role=feed] article').first().waitFor();
    // the feed shows exactly her ideas (co-authored ones too), newest first, as the API lists them by author
    const kasia = new URL(page.url()).searchParams.get('by');
    const theirs = await gql<{ ideas: { edges: { node: { title: string } }[] } }>(page, `query($a: ID!) { ideas(filter: { authorId: $a }, first: 20) { edges { node { title } } } }`, { a: kasia });
    const expected = theirs.ideas.edges.map((e) => e.node.title);
    expect(expected.length).toBeGreaterThan(0);
    const shown = await page.locator('[role=feed] article h2').allTextContents();
    expect(shown.slice(0, expected.length)).toEqual(expected);
    await screenshot(page, 'find-ideas-by', false);
    await expectAccessible(page, 'feed-ideas-by');
    await page.getByRole('button', { name: 'Show ideas by everyone' }).click();
    await page.waitForURL((url) => !url.search.includes('by='));
  });

  it('searches the feed ignoring accents', async () => {
    const { page } = desktop;
    await gql(desktop.page, POST, { i: { title: `Crème brûlée Friday in the canteen ${stamp}`, body: 'Café-style desserts.' } });
    await page.getByLabel('Search ideas').fill(`creme brulee ${stamp}`);
    await page.locator('[role=feed] article').filter({ hasText: `Crème brûlée Friday in the canteen ${stamp}` }).waitFor();
  });

  it('works in Dutch on a 360 px phone: directory, ideas by, copy link, no link-parent for a non-author', async () => {
    const { page } = phone;
    await page.getByRole('button', { name: /Nederlands/ }).click();
    await page.goto(`${baseUrl()}/people`);
    await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
    await page.getByLabel('Zoek mensen').fill('kasia wis');
    await page.locator('.k-people-card').filter({ hasText: 'Kasia Wiśniewska' }).waitFor();
    await page.getByText(/\d+ ideeën?/).first().waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'find-people-phone-nl');
    await expectAccessible(page, 'people-phone-nl');

    await page.goto(`${baseUrl()}/`);
    await page.getByLabel('Ideeën zoeken').fill('garcia maria');
    await page.getByRole('button', { name: 'Ideeën van María García' }).click();
    await page.waitForURL(/by=/);
    await page.locator('.k-author-filter').filter({ hasText: 'Ideeën van María García' }).waitFor();
    await page.locator('[role=feed] article').first().waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'find-ideas-by-phone-nl', false);
    await expectAccessible(page, 'feed-ideas-by-phone-nl');

    await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(root)}`);
    await page.getByRole('heading', { level: 1, name: rootTitle }).waitFor();
    // only authors link their idea to another parent
    await expect(page.getByRole('button', { name: 'Bouw ook voort op een ander idee' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Link kopiëren' }).click();
    // without clipboard permission the browser may refuse: then the link is shown selected to copy by hand
    const url = `${baseUrl()}/ideas/${encodeURIComponent(root)}`;
    await page.locator('.k-copy-link__fallback input, .k-copy-link [role=status]:not(:empty)').first().waitFor();
    const fallback = page.locator('.k-copy-link__fallback input');
    if (await fallback.count()) await expect(fallback.inputValue()).resolves.toBe(url);
    else await page.getByRole('status').filter({ hasText: 'Link gekopieerd' }).waitFor();
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'find-idea-phone-nl', false);
  });
});
