import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, expectAccessible, gql, launch, openPage, screenshot, signIn } from './support';

const stamp = Date.now().toString(36);
const title = `Night bus from the Venlo site ${stamp}`;



describe('authors keep their ideas tidy', () => {
  let browser: Browser;
  let authorContext: BrowserContext;
  let author: Page;
  let authorErrors: string[];
  let ideaUrl = '';
  let ideaId = '';

  beforeAll(async () => {
    browser = await launch();
    authorContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    authorContext.setDefaultTimeout(15_000);
    ({ page: author, errors: authorErrors } = await openPage(authorContext));
    await signIn(author, 'Kevin van Dam');
    const posted = await gql<{ postIdea: { idea: { id: string } } }>(author, `mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } } }`, {
      input: { title, body: 'A bus after the late shift, so nobody has to cycle home in the dark.', tags: ['commuting'] },
    });
    ideaId = posted.postIdea.idea.id;
    ideaUrl = `${baseUrl()}/ideas/${encodeURIComponent(ideaId)}`;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets an author edit an idea twice and shows the revisions with a readable diff', async () => {
    await author.goto(ideaUrl);
    await author.getByRole('heading', { level: 1, name: title }).waitFor();
    const article = author.locator('article.k-idea');

    await article.getByRole('button', { name: 'Edit', exact: true }).click();
    const titleField = author.getByLabel('Title', { exact: true });
    await expect(titleField.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // the form's own rules, before anything is sent: focus goes to the first problem
    await titleField.fill('  ');
    await author.getByRole('button', { name: 'Save changes' }).click();
    await author.getByText('Give the idea a title.').waitFor();
    await expect(titleField.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await titleField.fill(`Late night bus from the Venlo site ${stamp}`);
    await screenshot(author, 'authoring-edit');
    await expectAccessible(author, 'authoring-edit');
    await author.getByRole('button', { name: 'Save changes' }).click();
    await author.getByRole('heading', { level: 1, name: `Late night bus from the Venlo site ${stamp}` }).waitFor();

    await article.getByRole('button', { name: 'Edit', exact: true }).click();
    await author.getByLabel('Description', { exact: true }).fill('A bus after the late shift at 23:30, so nobody has to cycle home in the dark.');
    await author.getByRole('button', { name: 'Save changes' }).click();
    await article.getByRole('paragraph').filter({ hasText: 'at 23:30' }).waitFor();
    await article.getByText(/edited/).waitFor();

    const revisions = author.getByRole('region', { name: /Revisions/ });
    await expect(revisions.locator('li.k-revision').count()).resolves.toBe(3);
    await revisions.getByRole('button', { name: 'Show changes' }).last().click();
    const changes = revisions.getByRole('definition').nth(1);
    await expect(changes.locator('ins').allTextContents()).resolves.toEqual([expect.stringContaining('at 23:30')]);
    await revisions.getByRole('button', { name: 'Show changes' }).first().click();
    await expect(revisions.locator('del').first().textContent()).resolves.toContain('Night');
    await expect(revisions.locator('ins').first().textContent()).resolves.toContain('Late night');
    await screenshot(author, 'authoring-revisions');
    await expectAccessible(author, 'authoring-revisions');
  });

  it('edits and removes a comment in place; the reply stays with the placeholder', async () => {
    const comment = await gql<{ comment: { comment: { id: string } } }>(author, `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`, {
      input: { ideaId, body: 'Ask the bus company for a quote first.' },
    });
    const colleague = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      const { page: other } = await openPage(colleague);
      await signIn(other, 'Dennis Hendriks');
      await gql(other, `mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }`, {
        input: { ideaId, body: 'Arriva did one for the Tilburg site.', replyToId: comment.comment.comment.id },
      });
    } finally {
      await colleague.close();
    }
    await author.reload();
    const comments = author.getByRole('region', { name: /Comments/ });
    const mine = comments.locator('li.k-comment').first();
    await mine.getByRole('button', { name: 'Edit', exact: true }).first().click();
    await mine.getByLabel('Edit your comment').fill('Ask two bus companies for a quote first.');
    await mine.getByRole('button', { name: 'Save', exact: true }).click();
    await mine.getByRole('paragraph').filter({ hasText: 'Ask two bus companies' }).waitFor();
    await mine.getByText('edited', { exact: false }).first().waitFor();

    await mine.getByRole('button', { name: 'Remove', exact: true }).first().click();
    await mine.getByText('Remove this comment?').waitFor();
    await screenshot(author, 'authoring-comment-remove');
    await expectAccessible(author, 'authoring-comment-remove');
    await mine.getByRole('button', { name: 'Remove comment' }).click();
    await mine.getByText('This comment was removed by its author.').waitFor();
    expect(await mine.getByText('Ask two bus companies').count()).toBe(0);
    await mine.getByText('Arriva did one for the Tilburg site.').waitFor();
  });

  it('withdraws the idea with a reason: another person sees the banner and no endorse or build-on (English, Dutch, 360 px)', async () => {
    const withdrawButton = author.locator('article.k-idea').getByRole('button', { name: 'Withdraw', exact: true });
    const dialog = author.getByRole('dialog', { name: 'Withdraw this idea?' });
    // by keyboard: the dialog opens with the reason focused and Escape closes it, nothing withdrawn
    await withdrawButton.focus();
    await author.keyboard.press('Enter');
    await dialog.waitFor();
    await expect(dialog.getByLabel('Why do you withdraw it?').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await author.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await withdrawButton.click();
    await dialog.waitFor();
    await dialog.getByText(/stays in every lineage and credit trail/).waitFor();
    await dialog.getByRole('button', { name: 'Withdraw the idea' }).click();
    await dialog.getByText('Say why you withdraw the idea.').waitFor();
    await screenshot(author, 'authoring-withdraw-dialog');
    await expectAccessible(author, 'authoring-withdraw-dialog');
    await dialog.getByLabel('Why do you withdraw it?').fill('The municipality starts a night line past the site in March.');
    await dialog.getByRole('button', { name: 'Withdraw the idea' }).click();
    await author.getByRole('region', { name: 'Withdrawn' }).getByText('The municipality starts a night line').waitFor();
    await author.waitForFunction(() => document.activeElement?.id === 'withdrawn-banner');
    expect(await author.locator('article.k-idea').getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);

    const colleague = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    try {
      const { page: other, errors } = await openPage(colleague);
      await signIn(other, 'Dennis Hendriks');
      await other.goto(ideaUrl);
      await other.getByRole('heading', { level: 1, name: `Late night bus from the Venlo site ${stamp}` }).waitFor();
      await other.getByRole('region', { name: 'Withdrawn' }).getByText('Withdrawn by Kevin van Dam').waitFor();
      expect(await other.getByRole('button', { name: /^Endorse/ }).count()).toBe(0);
      expect(await other.getByRole('link', { name: 'Build on this' }).count()).toBe(0);
      await screenshot(other, 'authoring-withdrawn');
      await expectAccessible(other, 'authoring-withdrawn');
      expect(errors).toEqual([]);
    } finally {
      await colleague.close();
    }

    const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'nl-NL' });
    try {
      const { page: mobile, errors } = await openPage(phone);
      await signIn(mobile, 'Dennis Hendriks', { search: 'Zoek mensen op naam', signInAs: 'Aanmelden als' });
      await mobile.goto(ideaUrl);
      await mobile.getByRole('region', { name: 'Ingetrokken' }).getByText('Ingetrokken door Kevin van Dam').waitFor();
      const revisions = mobile.getByRole('region', { name: /Versies/ });
      await revisions.getByRole('button', { name: 'Wijzigingen tonen' }).last().click();
      await revisions.locator('ins').first().waitFor();
      await mobile.getByText('Deze reactie is door de schrijver verwijderd.').waitFor();
      expect(await mobile.getByRole('button', { name: /^Steunen/ }).count()).toBe(0);
      await screenshot(mobile, 'authoring-withdrawn-phone-nl');
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectAccessible(mobile, 'authoring-withdrawn-phone-nl');
      expect(errors).toEqual([]);
    } finally {
      await phone.close();
    }
    expect(authorErrors).toEqual([]);
  });
});
