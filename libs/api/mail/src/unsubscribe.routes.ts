import { Injectable, Logger } from '@nestjs/common';
import express from 'express';
import type { Language, NotificationKind } from '@kindling/shared/rules';
import { UNSUBSCRIBE_WORDS as W, escapeHtml, fill, kindLabel } from './mail.content';
import { MailService } from './mail.service';

/** 32 random bytes, base64url: anything else is not one of ours (and is not looked up). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function page(lang: Language | 'both', title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang === 'both' ? 'en' : lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Kindling</title></head>
<body style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#222;background:#f6f3ee">
<main style="max-width:480px;margin:0 auto;padding:24px 16px;background:#fff">
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(title)}</h1>
${body}
</main></body></html>`;
}

const button = (text: string) =>
  `<form method="post"><button type="submit" style="min-height:44px;min-width:44px;padding:10px 20px;font-size:16px;border:0;border-radius:6px;background:#b4461a;color:#fff;cursor:pointer">${escapeHtml(text)}</button></form>`;
const paragraph = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
const link = (url: string, text: string) => `<p style="margin:16px 0 0"><a href="${escapeHtml(url)}" style="color:#b4461a;display:inline-block;min-height:44px;line-height:44px">${escapeHtml(text)}</a></p>`;

/**
 * `/unsubscribe/<token>`, outside GraphQL, without signing in: GET asks (mail scanners follow links, so it
 * changes nothing), POST — the page's button or a mail client's RFC 8058 one-click — unsubscribes. An unknown
 * token is a 404 page in both languages, and nothing changes.
 */
@Injectable()
export class UnsubscribeRoutes {
  private readonly log = new Logger('Unsubscribe');

  constructor(private readonly mail: MailService) {}

  router(): express.Router {
    const router = express.Router();
    router.get('/:token', (req, res) => this.handle(req, res, false));
    router.post('/:token', (req, res) => this.handle(req, res, true));
    return router;
  }

  private async handle(req: express.Request, res: express.Response, confirm: boolean): Promise<void> {
    res.set('Cache-Control', 'no-store');
    try {
      const token = String(req.params.token);
      const target = TOKEN.test(token) ? await (confirm ? this.mail.unsubscribe(token) : this.mail.unsubscribeTarget(token)) : null;
      if (!target) {
        res.status(404).type('html').send(page('both', `${W.title.en} / ${W.title.nl}`, [paragraph(W.unknown.en), `<div lang="nl">${paragraph(W.unknown.nl)}</div>`, link(this.mail.preferencesUrl, `${W.preferences.en} / ${W.preferences.nl}`)].join('\n')));
        return;
      }
      res.type('html').send(confirm ? this.done(target.kind, target.language) : this.ask(target.kind, target.language));
    } catch (error) {
      this.log.error(`unsubscribe failed: ${(error as Error).message}`);
      res.status(500).type('text/plain').send('Something went wrong; nothing was changed. Please try again later.');
    }
  }

  private ask(kind: NotificationKind | null, lang: Language): string {
    const question = kind ? fill(W.confirmKind[lang], { kind: kindLabel(kind, lang) }) : W.confirmDigest[lang];
    return page(lang, W.title[lang], [paragraph(question), kind ? paragraph(W.keepInApp[lang]) : '', button(W.button[lang]), link(this.mail.preferencesUrl, W.preferences[lang])].join('\n'));
  }

  private done(kind: NotificationKind | null, lang: Language): string {
    const text = kind ? fill(W.doneKind[lang], { kind: kindLabel(kind, lang) }) : W.doneDigest[lang];
    return page(lang, W.title[lang], [paragraph(text), link(this.mail.preferencesUrl, W.preferences[lang])].join('\n'));
  }
}
