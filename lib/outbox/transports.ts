import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { smsLength, MAX_SMS_PARTS } from './sms-length';

/** An e-mail as the worker hands it over; a nodemailer transporter takes it as it is. */
export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
};
export type MailTransport = { sendMail(mail: OutgoingMail): Promise<unknown> };
export type SmsTransport = { sendSms(sms: { to: string; body: string }): Promise<void> };

export const DEFAULT_FROM = 'Baltimore City 311 <no-reply@baltimorecity.gov>';

/** E-mail over SMTP (`SMTP_URL`), with timeouts well inside the worker's lease. */
export async function smtpTransport(url: string): Promise<MailTransport> {
  const nodemailer = await import('nodemailer');
  return nodemailer.createTransport({
    url,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}

/**
 * Without SMTP_URL, e-mails are written as .eml files (the complete message, headers included)
 * into `dir`, so a newcomer can open what a resident would have received.
 */
export async function fileMailTransport(dir: string): Promise<MailTransport> {
  const nodemailer = await import('nodemailer');
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    async sendMail(mail) {
      const info = (await stream.sendMail(mail)) as { message: Buffer };
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, `${fileStamp()}-${safe(mail.to)}.eml`), info.message);
    },
  };
}

/**
 * Text messages through a provider's REST API in the widespread Twilio "Messages" shape: an
 * HTTP POST of `To`, `From` and `Body` (form-encoded) with basic authentication; any 2xx is
 * accepted. Configured by SMS_API_URL, SMS_API_USER, SMS_API_TOKEN and SMS_FROM.
 */
export function restSmsTransport(c: {
  url: string;
  user?: string;
  token?: string;
  from: string;
}): SmsTransport {
  return {
    async sendSms({ to, body }) {
      checkSms(body);
      const headers: Record<string, string> = {
        'content-type': 'application/x-www-form-urlencoded',
      };
      if (c.user || c.token)
        headers.authorization = `Basic ${Buffer.from(`${c.user ?? ''}:${c.token ?? ''}`).toString('base64')}`;
      const res = await fetch(c.url, {
        method: 'POST',
        headers,
        body: new URLSearchParams({ To: to, From: c.from, Body: body }),
        signal: AbortSignal.timeout(30_000),
      });
      if (!res.ok)
        throw Object.assign(new Error(`SMS provider answered ${res.status}`), { code: 'SMS' });
    },
  };
}

/** Without an SMS provider, text messages are written as .txt files beside the e-mails. */
export function fileSmsTransport(dir: string): SmsTransport {
  return {
    async sendSms({ to, body }) {
      const { encoding, parts } = checkSms(body);
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(
        path.join(dir, `${fileStamp()}-${safe(to)}.sms.txt`),
        `To: ${to}\nEncoding: ${encoding}, ${parts} part(s)\n\n${body}\n`,
      );
    },
  };
}

/** A message that would arrive cut up in more than MAX_SMS_PARTS pieces is a bug: refuse it. */
function checkSms(body: string) {
  const length = smsLength(body);
  if (length.parts > MAX_SMS_PARTS)
    throw new Error(`text message too long: ${length.parts} parts (${length.encoding})`);
  return length;
}

const fileStamp = () => new Date().toISOString().replace(/[:.]/g, '-');
const safe = (s: string) => s.replace(/[^\w.@+-]/g, '_').slice(0, 80);
