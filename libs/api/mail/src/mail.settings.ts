/** E-mail settings (apps/api config.ts reads them from the environment). */
export interface MailSettings {
  /** `smtp://user:pass@host:587` or `smtps://…`; null: e-mail is off, notifications stay in the app. */
  smtpUrl: string | null;
  /** The sender, e.g. `Kindling <kindling@example.com>` (required with smtpUrl). */
  from: string;
  /** Where people open Kindling, for links in mail, without a trailing slash. */
  publicUrl: string;
  /** The hour (0–23) daily and weekly (Monday) digests go out, in `timeZone`. */
  digestHour: number;
  /** An IANA time zone, e.g. Europe/Amsterdam. */
  timeZone: string;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/** E-mail off: what the CLI and the schema printer run with. */
export const MAIL_OFF: MailSettings = { smtpUrl: null, from: '', publicUrl: 'http://localhost:3000', digestHour: 8, timeZone: 'Europe/Amsterdam' };
