import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { getDb } from '@/lib/db';
import { outbox, serviceRequests } from '@/db/schema';
import type { Actor } from '@/lib/auth/authorize';
import { createStaffUser } from '@/lib/auth/users';
import { changeRequest } from '@/lib/staff/commands';
import { satisfactionStatus } from '@/lib/surveys/satisfaction';
import { makeRequest } from '@/test/requests';
import { backoffMs, MAX_ATTEMPTS, outboxState } from './delivery';
import { fileMailTransport, restSmsTransport } from './transports';
import { deliverPending, type MailTransport } from './worker';

const BASE = 'https://311.example.gov';

/** A real SMTP server on a random local port, keeping what it accepts (or refusing it). */
type Received = { to: string[]; subject: string; text: string; head: string };
let sink: SMTPServer;
let sinkPort: number;
let refuse = false;
const received: Received[] = [];

/** Just enough MIME for nodemailer's output: quoted-printable or base64 text, encoded-word subject. */
function decodeBody(body: string, encoding: string) {
  if (/base64/i.test(encoding)) return Buffer.from(body, 'base64').toString('utf8');
  if (!/quoted-printable/i.test(encoding)) return body;
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => `%${h}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}
function decodeHeader(value: string) {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeBody(data.replace(/_/g, ' '), 'quoted-printable'),
  );
}
function parseMessage(raw: string, to: string[]): Received {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  return {
    to,
    head,
    subject: decodeHeader(header('Subject')),
    text: decodeBody(raw.slice(split + 4), header('Content-Transfer-Encoding')).replace(
      /\r\n/g,
      '\n',
    ),
  };
}

function transportTo(port: number): MailTransport {
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
}

let agent: Actor;
beforeAll(async () => {
  sink = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onRcptTo(address, _session, callback) {
      if (!refuse) return callback();
      const err = Object.assign(new Error(`<${address.address}>: Mailbox unavailable`), {
        responseCode: 550,
      });
      callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((a) => a.address);
        received.push(parseMessage(Buffer.concat(chunks).toString('utf8'), to));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  sinkPort = (sink.server.address() as AddressInfo).port;

  const r = await createStaffUser({
    email: 'outbox.agent@test.example',
    name: 'Outbox Agent',
    password: 'a long enough test passphrase',
    role: 'agent',
    agencyCode: 'DOT',
  });
  if (!r.ok) throw new Error(r.error);
  agent = { id: r.id, role: 'agent', agencyCode: 'DOT' };
});

afterAll(async () => {
  await new Promise<void>((resolve) => sink.close(() => resolve()));
});

/** A pothole request with consent to updates, closed by the agent: its outbox message. */
async function closedWithConsent(contact: Record<string, string>, now?: Date) {
  const tn = await makeRequest(
    'TRM-Potholes',
    { attr__POTHOLE_LOCATION: 'street', consent: 'yes', ...contact },
    now,
  );
  const closed = await changeRequest(agent, tn, 1, { kind: 'close', reason: 'resolved' }, now);
  expect(closed.ok).toBe(true);
  return { tn, message: await messageOf(tn) };
}

/** The closure message of a request (its confirmation was queued before it). */
async function messageOf(tn: string) {
  const db = await getDb();
  const [row] = await db
    .select({ m: outbox })
    .from(outbox)
    .innerJoin(serviceRequests, eq(serviceRequests.id, outbox.requestId))
    .where(and(eq(serviceRequests.trackingNumber, tn), eq(outbox.kind, 'closed')));
  return row.m;
}

/** What an address received; with `tn`, only the closure of that request. */
const mailTo = (address: string, tn?: string) =>
  received.filter(
    (m) =>
      m.to.includes(address) &&
      (!tn ||
        m.subject === `Your request ${tn} is closed` ||
        m.subject === `Su solicitud ${tn} está cerrada`),
  );
const unique = (name: string) => `${name}.${randomUUID().slice(0, 8)}@example.com`;

describe('outbox delivery over SMTP', () => {
  it('sends the closure with its survey once, in the resident’s language, with one-click unsubscribe', async () => {
    const email = unique('vecina');
    const { tn, message } = await closedWithConsent({ contactEmail: email, contactLanguage: 'es' });
    expect(message.deliveredAt).toBeNull();

    const report = await deliverPending({ baseUrl: BASE, transport: transportTo(sinkPort) });
    expect(report.delivered).toBeGreaterThanOrEqual(2); // the confirmation and the closure
    expect(mailTo(email).map((m) => m.subject)).toEqual([
      `Recibimos su solicitud ${tn}`,
      `Su solicitud ${tn} está cerrada`,
    ]);
    const [mail] = mailTo(email, tn);
    expect(mail.to).toEqual([email]);
    expect(mail.text).toContain('Resultado: el problema fue atendido.');
    const link = `${BASE}/es/requests/${tn}/feedback?token=${message.payload.token}`;
    expect(mail.text).toContain(link);
    const unsubscribe = message.payload.unsubscribe;
    expect(mail.head).toContain(`List-Unsubscribe: <${BASE}/api/unsubscribe/${unsubscribe}>`);
    expect(mail.head).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail.text).toContain(`${BASE}/es/unsubscribe/${unsubscribe}`);

    // The token in the e-mail is the one that opens the survey.
    const token = new URL(/https:\S+feedback\S+/.exec(mail.text)![0]).searchParams.get('token')!;
    expect(await satisfactionStatus(tn, token)).toBe('open');

    const after = await messageOf(tn);
    expect(after.deliveredAt).not.toBeNull();
    expect([after.attempts, after.lastError]).toEqual([0, null]);

    // A second run sends nothing again.
    await deliverPending({ baseUrl: BASE, transport: transportTo(sinkPort) });
    expect(mailTo(email)).toHaveLength(2);
    expect(+(await messageOf(tn)).deliveredAt!).toBe(+after.deliveredAt!);
  });

  it('records a refusal and a dead server, backs off, and delivers on a later run', async () => {
    const email = unique('resident');
    const { tn } = await closedWithConsent({ contactEmail: email, contactLanguage: 'en' });
    const t0 = new Date(Date.now() + 1_000);

    refuse = true;
    try {
      await deliverPending({ baseUrl: BASE, transport: transportTo(sinkPort), now: t0 });
    } finally {
      refuse = false;
    }
    let m = await messageOf(tn);
    expect(m.deliveredAt).toBeNull();
    expect(m.attempts).toBe(1);
    expect(m.lastError).toMatch(/^EENVELOPE 550: /);
    expect(m.lastError).not.toContain(email); // the server quoted the address: not kept
    expect(+m.nextAttemptAt).toBe(+t0 + backoffMs(1));
    expect(outboxState(m)).toBe('retrying');

    // Not due yet: a run before the backoff ends leaves it alone.
    await deliverPending({ baseUrl: BASE, transport: transportTo(sinkPort), now: t0 });
    expect((await messageOf(tn)).attempts).toBe(1);
    expect(mailTo(email, tn)).toHaveLength(0);

    // The server is down (a port nobody listens on).
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const t1 = new Date(+t0 + backoffMs(1));
    await deliverPending({ baseUrl: BASE, transport: transportTo(deadPort), now: t1 });
    m = await messageOf(tn);
    expect([m.attempts, m.deliveredAt]).toEqual([2, null]);
    expect(m.lastError).toMatch(/^ESOCKET: connect ECONNREFUSED/);
    expect(+m.nextAttemptAt).toBe(+t1 + backoffMs(2));

    // Back up: delivered, once.
    const t2 = new Date(+t1 + backoffMs(2));
    await deliverPending({ baseUrl: BASE, transport: transportTo(sinkPort), now: t2 });
    m = await messageOf(tn);
    expect(+m.deliveredAt!).toBe(+t2);
    expect(m.attempts).toBe(2); // kept: how hard it was to deliver
    expect(mailTo(email, tn)).toHaveLength(1);
    expect(mailTo(email, tn)[0].text).toContain(`${BASE}/en/requests/${tn}/feedback?token=`);
  });

  it('gives up after the last attempt and keeps the message, marked failed', async () => {
    const email = unique('gone');
    const { tn } = await closedWithConsent({ contactEmail: email });
    const failing: MailTransport = {
      sendMail: async () => {
        throw Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' });
      },
    };
    let now = new Date(Date.now() + 1_000);
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await deliverPending({ baseUrl: BASE, transport: failing, now });
      expect((await messageOf(tn)).attempts).toBe(i);
      now = new Date(+now + backoffMs(i));
    }
    await deliverPending({ baseUrl: BASE, transport: transportTo(sinkPort), now });
    const m = await messageOf(tn);
    expect([m.attempts, m.deliveredAt, m.lastError]).toEqual([
      MAX_ATTEMPTS,
      null,
      'ETIMEDOUT: Greeting never received',
    ]);
    expect(outboxState(m)).toBe('failed');
    expect(mailTo(email, tn)).toHaveLength(0);
  });

  it('two workers at once send each message once', async () => {
    const emails = [unique('a'), unique('b'), unique('c')];
    for (const contactEmail of emails) await closedWithConsent({ contactEmail });
    const run = () =>
      deliverPending({ baseUrl: BASE, transport: transportTo(sinkPort), batchSize: 2 });
    await Promise.all([run(), run()]);
    await run(); // whatever the batch size left
    for (const e of emails) expect(mailTo(e)).toHaveLength(2); // confirmation and closure
  });

  it('text messages go to the SMS provider’s REST API; a channel without a transport waits', async () => {
    const { tn } = await closedWithConsent({ contactPhone: '410-555-0142' });
    const sms = await messageOf(tn);
    expect([sms.channel, sms.recipient]).toEqual(['sms', '+14105550142']);

    // No transport given and no files (DATA_DIR is memory:// in tests): nothing is taken.
    expect(await deliverPending({ baseUrl: BASE })).toEqual({ delivered: 0, failed: 0 });
    // E-mail only: the text message is left as it was.
    await deliverPending({ baseUrl: BASE, transport: transportTo(sinkPort) });
    expect([(await messageOf(tn)).attempts, +(await messageOf(tn)).nextAttemptAt]).toEqual([
      0,
      +sms.nextAttemptAt,
    ]);

    // A provider on a local port: it gets To, From, Body and basic authentication.
    const posts: { auth: string; form: URLSearchParams }[] = [];
    let status = 500;
    const provider = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        posts.push({ auth: req.headers.authorization ?? '', form: new URLSearchParams(body) });
        res.statusCode = status;
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/Messages.json`;
    const transport = restSmsTransport({ url, user: 'AC1', token: 'secret', from: '+14105550100' });
    try {
      await deliverPending({ baseUrl: BASE, sms: transport });
      expect((await messageOf(tn)).lastError).toBe('SMS: SMS provider answered 500');
      status = 201;
      await deliverPending({
        baseUrl: BASE,
        sms: transport,
        now: new Date(Date.now() + 3_600_000),
      });
    } finally {
      await new Promise<void>((resolve) => provider.close(() => resolve()));
    }
    expect((await messageOf(tn)).deliveredAt).not.toBeNull();
    const mine = posts.filter(
      (p) => p.form.get('To') === '+14105550142' && p.form.get('Body')!.includes(`${tn} is closed`),
    );
    expect(mine.length).toBe(2); // refused once, then accepted
    expect(mine[1].auth).toBe(`Basic ${Buffer.from('AC1:secret').toString('base64')}`);
    expect(mine[1].form.get('From')).toBe('+14105550100');
    expect(mine[1].form.get('Body')).toContain(`${BASE}/en/requests/${tn}/feedback?token=`);
  });

  it('without SMTP, e-mails are written as .eml files a newcomer can open', async () => {
    const email = unique('files');
    const { tn } = await closedWithConsent({ contactEmail: email });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brs-outbox-'));
    await deliverPending({ baseUrl: BASE, transport: await fileMailTransport(dir) });
    const files = fs.readdirSync(dir).filter((f) => f.includes(email.replace('@', '@')));
    expect(files.length).toBe(2);
    const all = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    expect(all).toContain(`Subject: Your request ${tn} is closed`);
    expect(all).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });
});
