import { Marked } from 'marked';
import DOMPurify from 'dompurify';

const marked = new Marked({ gfm: true, breaks: true, async: false });

/** Markdown to sanitised HTML: no scripts, no event handlers, links open safely. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source) as string;
  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'img'] });
  return clean.replace(/<a href=/g, '<a rel="noopener noreferrer" target="_blank" href=');
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
