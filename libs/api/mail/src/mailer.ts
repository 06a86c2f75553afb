import { Inject, Injectable, type OnApplicationShutdown, Optional } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { MAIL_OFF, MAIL_SETTINGS, type MailSettings } from './mail.settings';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  unsubscribeUrl: string;
}

/** The process's one SMTP transport (pooled), or nothing when SMTP_URL is unset. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  readonly settings: MailSettings;
  private transport: Transporter | null = null;

  constructor(@Optional() @Inject(MAIL_SETTINGS) settings: MailSettings | null) {
    this.settings = settings ?? MAIL_OFF;
  }

  get enabled(): boolean {
    return this.settings.smtpUrl !== null;
  }

  /** Hands the mail to the SMTP server; throws when it does not accept it (the job is retried). */
  async send(mail: OutgoingMail): Promise<void> {
    this.transport ??= nodemailer.createTransport({
      url: this.settings.smtpUrl!,
      pool: true,
      maxConnections: 2,
      // fail fast: the sending transaction holds a database connection while it waits
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    await this.transport.sendMail({
      from: this.settings.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this address
      list: { unsubscribe: mail.unsubscribeUrl },
      headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
    this.transport = null;
  }
}
