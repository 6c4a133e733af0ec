// MailApp: sendEmail in both forms into an inspectable outbox, with a daily recipient quota that decrements.
import type { EmuBlob } from './blob';
import type { EmulatorContext } from './context';

export interface SentMail {
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | undefined;
  readonly name: string | undefined;
  readonly replyTo: string | undefined;
  readonly noReply: boolean;
  readonly attachments: ReadonlyArray<{ readonly name: string | null; readonly contentType: string | null; readonly bytes: Buffer }>;
  readonly sentAt: Date;
}

interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

function recipients(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function blobOf(a: unknown): EmuBlob {
  const b = a as { getBlob?: () => unknown };
  return (typeof b.getBlob === 'function' ? b.getBlob() : a) as EmuBlob;
}

export class EmuMailApp implements Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  readonly outbox: SentMail[] = [];
  /**
   * Virtual milliseconds one sendEmail takes (a real send takes roughly 0.3–1 s). 0 by default; tests of
   * execution time budgets raise it so a batch of sends uses up time as it would in Apps Script.
   */
  sendMs = 0;
  constructor(
    private readonly ctx: EmulatorContext,
    public quota: number,
  ) {
    return ctx.expose('MailApp', this);
  }
  getRemainingDailyQuota(): number {
    return this.quota;
  }
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    const m: MailOptions = typeof a === 'object' && a !== null ? (a as MailOptions) : { ...((d as MailOptions) ?? {}), to: String(a), subject: String(b ?? ''), body: String(c ?? '') };
    const all = [...recipients(m.to), ...recipients(m.cc), ...recipients(m.bcc)];
    if (all.length === 0) throw new Error('Failed to send email: no recipient');
    if (all.length > this.quota) throw new Error('Service invoked too many times for one day: email.');
    for (const r of all) if (!/^[^@\s]+@[^@\s]+$/.test(r)) throw new Error(`Invalid email: ${r}`);
    this.quota -= all.length;
    this.ctx.clock.advance(this.sendMs);
    this.outbox.push({
      to: m.to ?? '',
      cc: m.cc ?? '',
      bcc: m.bcc ?? '',
      subject: m.subject ?? '',
      body: m.body ?? '',
      htmlBody: m.htmlBody,
      name: m.name,
      replyTo: m.replyTo,
      noReply: m.noReply ?? false,
      attachments: (m.attachments ?? []).map((x) => {
        const blob = blobOf(x);
        return { name: blob.getName(), contentType: blob.getContentType(), bytes: Buffer.from(blob.data) };
      }),
      sentAt: this.ctx.clock.now(),
    });
  }
}
