import 'server-only';
import { and, asc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { outbox } from '@/db/schema';
import { backoffMs, describeError, LEASE_MS, MAX_ATTEMPTS } from './delivery';
import { renderMessage } from './render';

/** What the worker needs of a mail transport; a nodemailer transporter is one. */
export type MailTransport = {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
};

export type DeliverOptions = {
  /** The site's public origin, for the survey link (e.g. `https://311.baltimorecity.gov`). */
  baseUrl: string;
  now?: Date;
  /** Defaults to SMTP over `SMTP_URL`; without either, nothing is sent. */
  transport?: MailTransport;
  /** Defaults to the `from` parameter of `SMTP_URL`, else {@link DEFAULT_FROM}. */
  from?: string;
  batchSize?: number;
};

export type DeliveryReport = { delivered: number; failed: number };

export const DEFAULT_FROM = 'Baltimore City 311 <no-reply@baltimorecity.gov>';

let smtp: { url: string; transport: MailTransport; from: string } | undefined;

/** One nodemailer transport per SMTP_URL, with timeouts well inside the lease. */
async function smtpTransport(): Promise<typeof smtp> {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  if (smtp?.url !== url) {
    const nodemailer = await import('nodemailer');
    const transport = nodemailer.createTransport({
      url,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
    smtp = { url, transport, from: new URL(url).searchParams.get('from') || DEFAULT_FROM };
  }
  return smtp;
}

/**
 * Takes up to `batchSize` due e-mail messages and leases them (pushes `next_attempt_at` past the
 * lease) in one statement. `FOR UPDATE SKIP LOCKED` lets several app instances run this at once
 * without taking the same message; the lease means no transaction stays open while mail is
 * sent (on PGlite an open transaction would hold up every other query), and a worker that dies
 * mid-batch only delays its messages until the lease ends.
 *
 * Text messages (`channel = 'sms'`) are never taken: there is no SMS provider, so they stay
 * pending, readable in the staff console (/staff/outbox) for staff to pass on.
 */
async function claim(now: Date, batchSize: number) {
  const db = await getDb();
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        isNull(outbox.deliveredAt),
        lte(outbox.nextAttemptAt, now),
        lt(outbox.attempts, MAX_ATTEMPTS),
        eq(outbox.channel, 'email'),
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(batchSize)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(outbox)
    .set({ nextAttemptAt: new Date(+now + LEASE_MS) })
    .where(inArray(outbox.id, due))
    .returning();
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * Delivers the e-mail messages that are due, at least once: a message is marked delivered only
 * after the SMTP server accepted it, so a crash in between sends it again rather than never.
 * A failure is recorded (attempts + 1, a short error without personal data, the next attempt
 * after an exponential backoff); after {@link MAX_ATTEMPTS} the message is kept but no longer
 * tried. Without a transport (no `SMTP_URL`) nothing is taken: e-mails stay readable in the
 * staff console.
 */
export async function deliverPending(options: DeliverOptions): Promise<DeliveryReport> {
  const { baseUrl, now = new Date(), batchSize = 10 } = options;
  const configured = options.transport ? undefined : await smtpTransport();
  const transport = options.transport ?? configured?.transport;
  const from = options.from ?? configured?.from ?? DEFAULT_FROM;
  const report: DeliveryReport = { delivered: 0, failed: 0 };
  if (!transport) return report;

  const db = await getDb();
  for (const m of await claim(now, batchSize)) {
    try {
      const { subject, text } = await renderMessage(m, baseUrl);
      const info = await transport.sendMail({
        from,
        to: m.recipient,
        subject: subject ?? '',
        text,
      });
      // With one recipient a refusal normally throws; a transport may instead report it here.
      const rejected = (info as { rejected?: unknown[] } | undefined)?.rejected;
      if (rejected?.length) throw new Error('recipient refused by the mail server');
      await db
        .update(outbox)
        .set({ deliveredAt: options.now ?? new Date(), lastError: null })
        .where(eq(outbox.id, m.id));
      report.delivered++;
    } catch (e) {
      const attempts = m.attempts + 1;
      await db
        .update(outbox)
        .set({
          attempts: sql`${outbox.attempts} + 1`,
          lastError: describeError(e),
          nextAttemptAt: new Date(+now + backoffMs(attempts)),
        })
        .where(eq(outbox.id, m.id));
      report.failed++;
    }
  }
  return report;
}

const g = globalThis as unknown as { __brsOutboxWorker?: ReturnType<typeof setInterval> };

/**
 * Runs {@link deliverPending} every `intervalMs` in this process (each instance runs its own;
 * SKIP LOCKED keeps them apart). Runs never overlap, errors are logged and never thrown, and the
 * timer does not keep the process alive. Started once per process (kept on globalThis, so a
 * development hot reload does not start a second one). Returns a function that stops it.
 */
export function startOutboxWorker(baseUrl: string, intervalMs = 15_000): () => void {
  if (!g.__brsOutboxWorker) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        const { failed } = await deliverPending({ baseUrl });
        // Counts only: recipients and links are personal data and stay out of logs.
        if (failed) console.warn(`Outbox: ${failed} e-mail(s) not delivered, will try again`);
      } catch (e) {
        console.error(`Outbox: delivery run failed: ${describeError(e)}`);
      } finally {
        running = false;
      }
    };
    g.__brsOutboxWorker = setInterval(tick, intervalMs);
    g.__brsOutboxWorker.unref();
  }
  return () => {
    clearInterval(g.__brsOutboxWorker);
    g.__brsOutboxWorker = undefined;
  };
}
