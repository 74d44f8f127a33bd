import { expect } from '@playwright/test';

/** The SMTP sink's HTTP side (e2e/smtp-sink.mjs; its port follows playwright.config.ts). */
const SINK = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1900}`;

export type Mail = { to: string[]; subject: string; text: string; headers: Record<string, string> };

/** Every e-mail the portal sent to `address`, oldest first. */
export async function mailTo(address: string): Promise<Mail[]> {
  return (await fetch(`${SINK}/messages?to=${encodeURIComponent(address)}`)).json();
}

/** Waits for the e-mail to `address` whose subject is `subject` (the worker sends within seconds). */
export async function waitForMail(address: string, subject: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(async () => (found = (await mailTo(address)).find((m) => m.subject === subject)), {
      timeout: 45_000,
      message: `an e-mail to ${address}: ${subject}`,
    })
    .toBeTruthy();
  return found!;
}

/** The first link in a text that contains `part`. */
export function linkIn(text: string, part: string): string {
  const link = text.match(/https?:\/\/\S+/g)?.find((l) => l.includes(part));
  expect(link, `a link with ${part} in:\n${text}`).toBeTruthy();
  return link!;
}
