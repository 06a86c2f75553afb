import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, expectAccessible, gql, launch, openPage, screenshot } from './support';

const stamp = Date.now().toString(36);
const note = `Private reviewer note ${stamp}`;

/** A signed-in page of its own (own cookies) for one demo person. */
async function signedIn(browser: Browser, name: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  context.setDefaultTimeout(15_000);
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl()}/`);
  await page.getByLabel('Search people by name').fill(name);
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${name}`) }).click();
  await page.getByRole('navigation', { name: /^(Main|Hoofdmenu)$/ }).waitFor();
  return { context, page, errors };
}


async function expectNoHorizontalOverflow(page: Page) {
  const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

describe('scorecards in a real browser', () => {
  let browser: Browser;
  let ideaId = '';
  let ideaTitle = '';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets an admin add a criterion and retire another on the criteria page', async () => {
    const { context, page, errors } = await signedIn(browser, 'Lisa Huisman');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Criteria' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scorecard criteria' }).waitFor();
    const active = page.getByRole('region', { name: 'Active' });
    await active.getByRole('heading', { name: /^Impact/ }).waitFor();
    await expect(page.getByRole('region', { name: 'Retired' }).getByRole('heading', { name: /^Strategic fit/ }).count()).resolves.toBe(1);

    // the form checks the shared rules before sending
    const form = page.getByRole('region', { name: 'New criterion' });
    await form.getByRole('button', { name: 'Add criterion' }).click();
    await form.getByText('Give a name of 1 to 80 characters.').first().waitFor();
    await form.getByLabel('Name in English').fill(`Safety ${stamp}`);
    await form.getByLabel('Name in Dutch').fill(`Veiligheid ${stamp}`);
    await form.getByLabel('Description in English').fill('Does it make work on the floor or the road safer?');
    await form.getByLabel('Description in Dutch').fill('Wordt het werk op de vloer of op de weg er veiliger door?');
    await form.getByLabel('Weight').fill('1,5');
    await form.getByRole('button', { name: 'Add criterion' }).click();
    await page.getByText(`Added “Safety ${stamp}”.`).waitFor();
    await active.getByRole('heading', { name: new RegExp(`^Safety ${stamp}`) }).waitFor();
    await expect(active.getByText('Weight 1.5').count()).resolves.toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Retire Reach' }).click();
    await page.getByText('Retire “Reach”? Reviewers can no longer score by it; its past scores keep counting.').waitFor();
    await page.getByRole('button', { name: 'Yes, retire it' }).click();
    await page.getByText('Retired “Reach”.').waitFor();
    await page.getByRole('region', { name: 'Retired' }).getByRole('heading', { name: /^Reach/ }).waitFor();
    await expect(active.getByRole('heading', { name: /^Reach/ }).count()).resolves.toBe(0);
    await screenshot(page, 'criteria');
    await expectAccessible(page, 'criteria');

    await page.getByRole('button', { name: /Nederlands/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Criteria voor de scorekaart' }).waitFor();
    await page.getByRole('region', { name: 'In gebruik' }).getByRole('heading', { name: /^Haalbaarheid/ }).waitFor();
    await screenshot(page, 'criteria-nl');
    await expectAccessible(page, 'criteria-nl');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a reviewer score an idea by keyboard and mouse, and the board ranked by score shows it first', async () => {
    const { context, page, errors } = await signedIn(browser, 'Paul Scholten');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Criteria' }).count()).resolves.toBe(0);
    const { ideas } = await gql<{ ideas: { edges: Array<{ node: { id: string; title: string; score: { weighted: number } | null } }> } }>(
      page,
      `{ ideas(first: 50, orderBy: MOST_ENDORSED) { edges { node { id title score { weighted } } } } }`,
    );
    const unscored = ideas.edges.map((e) => e.node).find((i) => i.score === null)!;
    ({ id: ideaId, title: ideaTitle } = unscored);
    await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(ideaId)}`);
    const card = page.getByRole('region', { name: 'Scorecard' });
    await card.getByRole('group', { name: 'Impact' }).waitFor();
    await card.getByText('How much better work gets for customers or colleagues once this is done.').waitFor();
    await expect(card.getByRole('group', { name: 'Reach' }).count()).resolves.toBe(0);

    // saving with a criterion left open is pointed out, not sent
    await card.getByRole('button', { name: 'Save scorecard' }).click();
    await card.getByText('Give every criterion a score first.').waitFor();

    // keyboard: the arrow keys move along the scale
    await card.getByRole('group', { name: 'Impact' }).getByRole('radio', { name: '4 of 5' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(card.getByRole('group', { name: 'Impact' }).getByRole('radio', { name: '5 of 5' }).isChecked()).resolves.toBe(true);
    for (const name of ['Feasibility', 'Cost', `Safety ${stamp}`]) await card.getByRole('group', { name }).getByRole('radio', { name: '5 of 5' }).check();
    await card.getByLabel('Note (optional, markdown)').fill(note);
    await card.getByRole('button', { name: 'Save scorecard' }).click();
    await card.getByText('Your scorecard is saved.').waitFor();
    await card.getByRole('heading', { name: '5.0 / 5 from 1 reviewer' }).waitFor();
    await card.locator('.k-scorecard__card').getByText(note).waitFor();
    await page.locator('.k-idea').getByText('5.0 / 5 from 1 reviewer').waitFor();
    await screenshot(page, 'idea-scorecard');
    await expectAccessible(page, 'idea-scorecard');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leadership board' }).click();
    await page.getByLabel('Rank by').selectOption('SCORE');
    await page.waitForURL(/order=SCORE/);
    const first = page.locator('.k-board__row').first();
    await first.getByRole('link', { name: ideaTitle }).waitFor();
    await expect(first.locator('td').nth(4).textContent()).resolves.toBe('5.0');
    await first.getByRole('button', { name: `Show credit for ${ideaTitle}` }).click();
    await page.locator('.k-board__detail').getByText('Scored by 1 reviewer.').waitFor();
    await screenshot(page, 'board-by-score', false);
    await expectAccessible(page, 'board-by-score');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a reviewer the scorecard on a phone and in Dutch', async () => {
    const { context, page, errors } = await signedIn(browser, 'Margriet Vos', { width: 360, height: 780 });
    await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(ideaId)}`);
    const card = page.getByRole('region', { name: 'Scorecard' });
    await card.locator('.k-scorecard__card').getByText(note).waitFor();
    await card.getByRole('group', { name: 'Feasibility' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'idea-scorecard-phone');
    await page.getByRole('button', { name: /Nederlands/ }).click();
    const kaart = page.getByRole('region', { name: 'Scorekaart' });
    await kaart.getByRole('group', { name: 'Haalbaarheid' }).waitFor();
    await kaart.getByRole('heading', { name: '5,0 / 5 van 1 beoordelaar' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'idea-scorecard-nl');
    await expectAccessible(page, 'idea-scorecard-nl');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a member the aggregate but no scorecard, scores or notes', async () => {
    const { context, page, errors } = await signedIn(browser, 'Sanne de Vries');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Criteria' }).count()).resolves.toBe(0);
    await page.goto(`${baseUrl()}/ideas/${encodeURIComponent(ideaId)}`);
    await page.getByRole('heading', { level: 1, name: ideaTitle }).waitFor();
    await page.locator('.k-idea').getByText('5.0 / 5 from 1 reviewer').waitFor();
    await page.getByRole('heading', { name: 'Credit' }).waitFor();
    await expect(page.getByRole('region', { name: 'Scorecard' }).count()).resolves.toBe(0);
    await expect(page.getByText(note).count()).resolves.toBe(0);
    const { node } = await gql<{ node: { scorecards: unknown[]; viewerScorecard: unknown } }>(page, `query($id: ID!) { node(id: $id) { ... on Idea { scorecards { note } viewerScorecard { note } } } }`, {
      id: ideaId,
    });
    expect(node).toEqual({ scorecards: [], viewerScorecard: null });
    await page.goto(`${baseUrl()}/admin/criteria`);
    await page.getByText('Only admins manage the scorecard criteria.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
