import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { renderMarkdown } from './markdown';

const TAGS = new Set(['P', 'BR', 'STRONG', 'EM', 'DEL', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'A', 'HR', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD']);
const ATTRIBUTES = new Set(['href', 'title', 'align', 'start', 'target', 'rel']);
const SAFE_HREF_OR_EMPTY = /^(?:https?:|mailto:|\/(?![/\\])|$)/i;

/** What every rendering must satisfy, whatever the source: the allow-list holds and a second parse changes nothing. */
function expectSafe(html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  // mutation XSS shows as markup that means something else when parsed again
  expect(template.innerHTML).toBe(html);
  for (const element of template.content.querySelectorAll('*')) {
    expect(TAGS.has(element.tagName) ? element.tagName : `<${element.tagName}> in ${html}`).toBe(element.tagName);
    for (const { name, value } of element.attributes) {
      expect(ATTRIBUTES.has(name) ? name : `${name}="${value}" in ${html}`).toBe(name);
    }
    const href = element.getAttribute('href');
    if (href !== null) {
      // an empty href (`[x]()`) is this page
      expect(href.replace(/[\u0000-\u0020\u00a0]/g, '')).toMatch(SAFE_HREF_OR_EMPTY);
      expect([element.tagName, element.getAttribute('target'), element.getAttribute('rel')]).toEqual(['A', '_blank', 'noopener noreferrer']);
    }
  }
}

/** Known XSS and overlay vectors, as raw HTML and as markdown; none may keep its active part. */
const CORPUS: [name: string, source: string, forbidden: RegExp][] = [
  ['script tag', '<script>window.__xss = 1</script>hi', /script|__xss/i],
  ['script in markdown', 'Hello\n\n<script src="https://evil.example/x.js"></script>', /script|evil/i],
  ['img onerror', '<img src=x onerror="window.__xss = 1">', /img|onerror/i],
  ['markdown image with javascript', '![a](javascript:alert(1))', /javascript|img/i],
  ['svg onload', '<svg onload="window.__xss = 1"><circle r="40"/></svg>', /svg|onload|circle/i],
  ['svg script', '<svg><script>window.__xss = 1</script></svg>', /svg|script/i],
  ['iframe', '<iframe src="https://evil.example" width="2000" height="2000"></iframe>', /iframe|evil/i],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>', /iframe|srcdoc|script/i],
  ['math mXSS', '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 1">', /math|mglyph|style|img|onerror/i],
  ['math annotation mXSS', '<math><annotation-xml encoding="text/html"><img src=x onerror="window.__xss = 1"></annotation-xml></math>', /math|annotation|img|onerror/i],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">', /noscript|<img|onerror=/i],
  ['form namespace mXSS', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=window.__xss=1>', /form|math|<img|onerror=/i],
  ['template', '<template><img src=x onerror="window.__xss = 1"></template>', /template|img|onerror/i],
  ['javascript link', '<a href="javascript:window.__xss = 1">x</a>', /javascript|href/i],
  ['javascript link, upper case', '<a href="JAVASCRIPT:window.__xss = 1">x</a>', /javascript|href/i],
  ['javascript link, leading spaces', '<a href="   javascript:window.__xss = 1">x</a>', /javascript|href/i],
  ['javascript link, entity tab', '<a href="jav&#x09;ascript:window.__xss = 1">x</a>', /ascript|href/i],
  ['javascript link, entity newline', '<a href="jav&#10;ascript:window.__xss = 1">x</a>', /ascript|href/i],
  ['javascript link, entity colon', '<a href="javascript&colon;window.__xss = 1">x</a>', /javascript|href/i],
  ['javascript link, decimal entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>', /javascript|href/i],
  ['javascript link, control character', '<a href="\u0001javascript:alert(1)">x</a>', /javascript|href/i],
  ['markdown javascript link', '[x](javascript:alert(1))', /javascript|href/i],
  ['markdown javascript link, encoded', '[x](jav&#x09;ascript:alert(1))', /ascript|href/i],
  ['markdown javascript link, angle brackets', '[x](<javascript:alert(1)>)', /javascript|href/i],
  ['markdown javascript autolink', '<javascript:alert(1)>', /href/i],
  ['vbscript link', '<a href="vbscript:msgbox(1)">x</a>', /vbscript|href/i],
  ['data link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', /data:|href/i],
  ['markdown data link', '[x](data:text/html,<script>alert(1)</script>)', /data:|href|script/i],
  ['protocol-relative link', '<a href="//evil.example/">x</a>', /evil|href/i],
  ['backslash link', '<a href="/\\evil.example/">x</a>', /evil|href/i],
  ['link with overlay style', '<a href="https://evil.example/sign-in" style="position:fixed;inset:0;z-index:9999;background:white">Sign in again</a>', /style|position|fixed/i],
  ['link with its own target', '<a href="https://example.com" target="_self" rel="opener">x</a>', /_self|opener"/i],
  ['div with overlay style', '<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;background:#fff">Session expired</div>', /div|style|position/i],
  ['app class', '<p class="k-modal k-banner" id="root">x</p>', /class|id=/i],
  ['title breaking out', '<a href="https://example.com" title=\'" onmouseover="window.__xss=1\'>x</a>', /onmouseover="/i],
  ['event handler on allowed tag', '<p onclick="window.__xss = 1">x</p><strong onmouseover="window.__xss = 1">y</strong>', /onclick|onmouseover/i],
  ['form and input', '<form action="https://evil.example"><input name="password" type="password"><button>Sign in</button></form>', /form|input|button|action/i],
  ['style block', '<style>body { display: none } .k-header { position: fixed }</style>x', /style|display|position/i],
  ['base href', '<base href="https://evil.example/">', /base|evil/i],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /meta|refresh|evil/i],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">', /link|stylesheet/i],
  ['object and embed', '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">', /object|embed|evil/i],
  ['details ontoggle', '<details open ontoggle="window.__xss = 1"><summary>x</summary></details>', /details|ontoggle/i],
  ['dom clobbering', '<a id="__xss" name="__xss" href="https://example.com">x</a>', /id=|name=/i],
  ['html comment trick', '<!--<img src="--><img src=x onerror=window.__xss=1//">', /<img|onerror=/i],
  ['cdata trick', '<![CDATA[><img src=x onerror=window.__xss=1>]]>', /<img|onerror=/i],
];

describe('renderMarkdown', () => {
  it('renders ordinary markdown as before', () => {
    expect(renderMarkdown('Every dock door gets a **lantern** that shows:\n\n- which truck is next\n- how _late_ it is')).toBe(
      '<p>Every dock door gets a <strong>lantern</strong> that shows:</p>\n<ul>\n<li>which truck is next</li>\n<li>how <em>late</em> it is</li>\n</ul>\n',
    );
    expect(renderMarkdown('one\ntwo ~~three~~ `four`\n\n> quoted\n\n---')).toBe(
      '<p>one<br>two <del>three</del> <code>four</code></p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>\n',
    );
    expect(renderMarkdown('```\nconst a = 1 < 2;\n```')).toBe('<pre><code>const a = 1 &lt; 2;\n</code></pre>\n');
    expect(renderMarkdown('3. three\n4. four')).toBe('<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>\n');
  });

  it('sets rel and target on every link, and keeps http, https, mailto and paths on this server', () => {
    expect(renderMarkdown('[docs](https://example.com/a?b=1 "The docs") and <mailto:ops@example.com> and [an idea](/ideas/SWRlYTox)')).toBe(
      '<p><a href="https://example.com/a?b=1" title="The docs" target="_blank" rel="noopener noreferrer">docs</a> and ' +
        '<a href="mailto:ops@example.com" target="_blank" rel="noopener noreferrer">mailto:ops@example.com</a> and ' +
        '<a href="/ideas/SWRlYTox" target="_blank" rel="noopener noreferrer">an idea</a></p>\n',
    );
    expect(renderMarkdown('see www.example.com')).toBe('<p>see <a href="http://www.example.com" target="_blank" rel="noopener noreferrer">www.example.com</a></p>\n');
  });

  it('turns an image into a link to it, so reading an idea tells no other server', () => {
    expect(renderMarkdown('![the dock at night](https://example.com/dock.png)')).toBe(
      '<p><a href="https://example.com/dock.png" target="_blank" rel="noopener noreferrer">the dock at night</a></p>\n',
    );
    expect(renderMarkdown('![](https://example.com/pixel.gif)')).toBe(
      '<p><a href="https://example.com/pixel.gif" target="_blank" rel="noopener noreferrer">https://example.com/pixel.gif</a></p>\n',
    );
    expect(renderMarkdown('<img src="https://example.com/pixel.gif" alt="">')).toBe('');
  });

  it('renders headings below the page’s own h1 and h2', () => {
    expect(renderMarkdown('# One\n## Two\n### Three\n#### Four\n<h1>Raw</h1>')).toBe('<h3>One</h3>\n<h4>Two</h4>\n<h5>Three</h5>\n<h6>Four</h6>\nRaw');
  });

  it('keeps tables with their column alignment', () => {
    expect(renderMarkdown('| Dock | Lanterns |\n| :-- | --: |\n| A | 3 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">Dock</th>\n<th align="right">Lanterns</th>\n</tr>\n</thead>\n' +
        '<tbody><tr>\n<td align="left">A</td>\n<td align="right">3</td>\n</tr>\n</tbody></table>\n',
    );
  });

  it('keeps very long words and deeply nested lists as text and lists', () => {
    const word = 'x'.repeat(5_000);
    expect(renderMarkdown(word)).toBe(`<p>${word}</p>\n`);
    const nested = renderMarkdown('- one\n  - two\n    - three\n      - four');
    expect(nested.match(/<ul>/g)).toHaveLength(4);
    expect(nested).toContain('<li>four</li>');
  });

  it.each(CORPUS)('defuses %s', (_name, source, forbidden) => {
    const html = renderMarkdown(source);
    expectSafe(html);
    expect(html).not.toMatch(forbidden);
  });

  it('leaves attribute text that looks like a link as text (no text replacement after sanitising)', () => {
    const template = document.createElement('template');
    template.innerHTML = renderMarkdown('<p title="<a href=x onmouseover=window.__xss=1 ">hover</p>');
    const elements = [...template.content.querySelectorAll('*')];
    expect(elements.map((e) => [e.tagName, e.getAttributeNames(), e.textContent])).toEqual([['P', ['title'], 'hover']]);
  });

  it('keeps the allow-list for any mix of the vectors’ pieces', () => {
    const pieces = fc.constantFrom(
      '<', '>', '</', '/>', '"', "'", '`', '=', ' ', '\n', '\n\n', '&#x09;', '&#58;', '&colon;', '<!--', '-->', '<![CDATA[', ']]>',
      'a', 'p', 'img', 'svg', 'math', 'mtext', 'mglyph', 'style', 'table', 'noscript', 'form', 'template', 'iframe', 'script',
      'href', 'src', 'title', 'style', 'onerror', 'onload', 'class', 'javascript:', 'JaVaScRiPt:', 'data:', 'https://x.example',
      'position:fixed', 'x', '[x](', ')', '![x](', '**', '- ', '> ', '```', '| a |', '\u0000', '\u2028',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        expectSafe(renderMarkdown(parts.join('')));
      }),
      { numRuns: 500, seed: 8_007 },
    );
  });
});
