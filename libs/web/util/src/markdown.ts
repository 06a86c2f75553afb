import { Marked, type Tokens } from 'marked';
import DOMPurify from 'dompurify';

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  // `#` becomes h3: the page owns h1 (the idea's title) and h2 (its cards), so a body cannot pose as either
  walkTokens(token) {
    if (token.type === 'heading') token.depth = Math.min(token.depth + 2, 6);
  },
  renderer: {
    // no images: one would tell another server who reads the idea, and when (a tracking pixel); a link instead
    image(token: Tokens.Image) {
      const tokens = token.tokens.length ? token.tokens : [{ type: 'text', raw: token.href, text: token.href } satisfies Tokens.Text];
      return this.link({ type: 'link', raw: token.raw, href: token.href, title: token.title, text: token.text, tokens });
    },
  },
});

/**
 * The one sanitiser configuration for every place that renders markdown. `marked` passes raw HTML through, so
 * this allow-list is the only guard: the markdown subset only (no img, svg, math, iframe, form, style, div …),
 * no `style`, `class`, `id` or event handlers, links only to http, https, mailto or a path on this server.
 */
export const MARKDOWN_SANITIZER_CONFIG = {
  ALLOWED_TAGS: [
    'p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr',
    'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  // align: table columns (`| :-: |`); start: an ordered list that starts at 3
  ALLOWED_ATTR: ['href', 'title', 'align', 'start'],
  // attributes DOMPurify would otherwise check against ALLOWED_URI_REGEXP
  ADD_URI_SAFE_ATTR: ['align', 'start'],
  FORBID_ATTR: ['style'],
  // DOMPurify tests the decoded value with whitespace and control characters removed, so `jav&#x09;ascript:`
  // and `  JAVASCRIPT:` are refused like `javascript:`. A path must start with exactly one `/`: `//host` and
  // `/\host` would leave this server.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/(?![/\\]))/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

// An instance of our own, so this module's hook is registered once and nobody else's config or hooks apply.
const purify = DOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  // every link opens in a new tab (a half-written comment is never lost) without a handle on this page or a
  // Referer; the author's own target and rel were removed above, being outside ALLOWED_ATTR
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** Markdown to sanitised HTML (see MARKDOWN_SANITIZER_CONFIG). */
export function renderMarkdown(source: string): string {
  return purify.sanitize(marked.parse(source) as string, MARKDOWN_SANITIZER_CONFIG);
}

/** The first words of a markdown body as plain text, for cards. */
export function excerpt(source: string, max = 220): string {
  const text = source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
