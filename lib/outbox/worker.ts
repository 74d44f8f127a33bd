import 'server-only';
import { and, asc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import path from 'node:path';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { outbox } from '@/db/schema';
import { backoffMs, describeError, LEASE_MS, MAX_ATTEMPTS } from './delivery';
import { onOutboxNudge } from './nudge';
import { renderMessage } from './render';
import {
  DEFAULT_FROM,
  fileMailTransport,
  fileSmsTransport,
  restSmsTransport,
  smtpTransport,
  type MailTransport,
  type SmsTransport,
} from './transports';

export type { MailTransport, SmsTransport } from './transports';

export type DeliverOptions = {
  /** The site's public origin, for links (e.g. `https://311.baltimorecity.gov`). */
  baseUrl: string;
  now?: Date;
  /** E-mail: defaults to SMTP over `SMTP_URL`, else .eml files under DATA_DIR/outbox. */
  transport?: MailTransport;
  /** Text messages: defaults to the REST provider (SMS_API_URL), else .txt files. */
  sms?: SmsTransport;
  /** Defaults to the `from` parameter of `SMTP_URL`, else {@link DEFAULT_FROM}. */
  from?: string;
  batchSize?: number;
};

export type DeliveryReport = { delivered: number; failed: number };

export { DEFAULT_FROM };

type Configured = { key: string; mail?: MailTransport; sms?: SmsTransport; from: string };
let configured: Configured | undefined;

/** The transports this server's configuration asks for, made once per configuration. */
async function configuredTransports(): Promise<Configured> {
  const e = env();
  const folder = e.DATA_DIR === 'memory://' ? null : path.resolve(e.DATA_DIR, 'outbox');
  const key = JSON.stringify([e.SMTP_URL, e.SMS_API_URL, folder]);
  if (configured?.key !== key) {
    configured = {
      key,
      mail: e.SMTP_URL
        ? await smtpTransport(e.SMTP_URL)
        : folder
          ? await fileMailTransport(folder)
          : undefined,
      sms: e.SMS_API_URL
        ? restSmsTransport({
            url: e.SMS_API_URL,
            user: e.SMS_API_USER,
            token: e.SMS_API_TOKEN,
            from: e.SMS_FROM!,
          })
        : folder
          ? fileSmsTransport(folder)
          : undefined,
      from: (e.SMTP_URL && new URL(e.SMTP_URL).searchParams.get('from')) || DEFAULT_FROM,
    };
  }
  return configured;
}

/**
 * Takes up to `batchSize` due messages of the given channels and leases them (pushes `next_attempt_at` past the
 * lease) in one statement. `FOR UPDATE SKIP LOCKED` lets several app instances run this at once
 * without taking the same message; the lease means no transaction stays open while mail is
 * sent (on PGlite an open transaction would hold up every other query), and a worker that dies
 * mid-batch only delays its messages until the lease ends.
 * Cancelled messages (the resident unsubscribed) are never taken.
 */
async function claim(now: Date, batchSize: number, channels: ('email' | 'sms')[]) {
  const db = await getDb();
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        isNull(outbox.deliveredAt),
        lte(outbox.nextAttemptAt, now),
        isNull(outbox.cancelledAt),
        lt(outbox.attempts, MAX_ATTEMPTS),
        inArray(outbox.channel, channels),
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
 * Delivers the messages that are due, at least once: a message is marked delivered only after
 * the mail server or SMS provider accepted it (or its file was written), so a crash in between
 * sends it again rather than never. A failure is recorded (attempts + 1, a short error without
 * personal data, the next attempt after an exponential backoff); after {@link MAX_ATTEMPTS} the
 * message is kept but no longer tried. A channel without a transport is left alone.
 */
export async function deliverPending(options: DeliverOptions): Promise<DeliveryReport> {
  const { baseUrl, now = new Date(), batchSize = 10 } = options;
  const injected = options.transport || options.sms;
  const config = injected ? undefined : await configuredTransports();
  const mail = options.transport ?? config?.mail;
  const sms = options.sms ?? config?.sms;
  const from = options.from ?? config?.from ?? DEFAULT_FROM;
  const report: DeliveryReport = { delivered: 0, failed: 0 };
  const channels = [...(mail ? (['email'] as const) : []), ...(sms ? (['sms'] as const) : [])];
  if (!channels.length) return report;

  const db = await getDb();
  for (const m of await claim(now, batchSize, channels)) {
    try {
      const r = await renderMessage(m, baseUrl);
      if (m.channel === 'sms') await sms!.sendSms({ to: m.recipient, body: r.text });
      else {
        const info = await mail!.sendMail({
          from,
          to: m.recipient,
          subject: r.subject ?? '',
          text: r.text,
          // RFC 2369 and RFC 8058: mail programs show an "Unsubscribe" button that POSTs here.
          headers: r.oneClickUrl
            ? {
                'List-Unsubscribe': `<${r.oneClickUrl}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              }
            : {},
        });
        // With one recipient a refusal normally throws; a transport may instead report it here.
        const rejected = (info as { rejected?: unknown[] } | undefined)?.rejected;
        if (rejected?.length) throw new Error('recipient refused by the mail server');
      }
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
    let again = false;
    const tick = async () => {
      // A nudge during a run asks for one more run after it (the new message may have missed it).
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const { failed } = await deliverPending({ baseUrl });
          // Counts only: recipients and links are personal data and stay out of logs.
          if (failed) console.warn(`Outbox: ${failed} message(s) not delivered, will try again`);
        } while (again);
      } catch (e) {
        console.error(`Outbox: delivery run failed: ${describeError(e)}`);
      } finally {
        running = false;
      }
    };
    g.__brsOutboxWorker = setInterval(tick, intervalMs);
    g.__brsOutboxWorker.unref();
    onOutboxNudge(() => void tick());
  }
  return () => {
    clearInterval(g.__brsOutboxWorker);
    g.__brsOutboxWorker = undefined;
    onOutboxNudge(undefined);
  };
}
