import { describe, expect, it } from 'vitest';
import { OUTBOX_KINDS, CLOSE_REASONS } from '@/db/schema/types';
import { locales } from '@/lib/i18n/config';
import { renderMessage, surveyLink } from './render';
import { MAX_SMS_PARTS, smsLength } from './sms-length';

const BASE = 'https://311.baltimorecity.gov';
const base = {
  trackingNumber: 'BAL-26-000123',
  serviceName: 'Pothole',
  unsubscribe: 'Zx9-unsubscribe_token',
};

describe('messages to residents', () => {
  it('link to the survey page in the message’s language', () => {
    expect(surveyLink('https://311.example.gov/', 'es', 'BAL-26-000123', 'a+b')).toBe(
      'https://311.example.gov/es/requests/BAL-26-000123/feedback?token=a%2Bb',
    );
  });

  it('a confirmation says the number, the target day and what will follow', async () => {
    const m = await renderMessage(
      {
        kind: 'confirmation',
        channel: 'email',
        locale: 'en',
        payload: { ...base, due: '2026-12-06T20:15:00.000Z' },
      },
      BASE,
    );
    expect(m.subject).toBe('We received your request BAL-26-000123');
    expect(m.text).toContain('Your tracking number is BAL-26-000123.');
    expect(m.text).toContain('by December 6, 2026.'); // a day, in Baltimore, no time
    expect(m.text).toContain(`Follow the request online: ${BASE}/en/requests/BAL-26-000123`);
    expect(m.text).toContain(`${BASE}/en/unsubscribe/Zx9-unsubscribe_token`);
    expect(m.oneClickUrl).toBe(`${BASE}/api/unsubscribe/Zx9-unsubscribe_token`);
  });

  it('a closure gives the outcome, what staff wrote and, when asked, the survey', async () => {
    const payload = { ...base, reason: 'resolved', message: 'Filled on Tuesday.', token: 'tok' };
    const es = await renderMessage(
      { kind: 'closed', channel: 'email', locale: 'es', payload },
      BASE,
    );
    expect(es.subject).toBe('Su solicitud BAL-26-000123 está cerrada');
    expect(es.text).toContain('Resultado: el problema fue atendido.');
    expect(es.text).toContain('Mensaje de la ciudad:\nFilled on Tuesday.');
    expect(es.text).toContain(`${BASE}/es/requests/BAL-26-000123/feedback?token=tok`);

    const referred = await renderMessage(
      {
        kind: 'closed',
        channel: 'email',
        locale: 'en',
        payload: { ...base, reason: 'referred', referredTo: 'BGE' },
      },
      BASE,
    );
    expect(referred.text).toContain('Outcome: it was passed to BGE, who handle this kind');
    expect(referred.text).not.toContain('How did we do?');
  });

  it('a merge names the request that now tracks the problem and links to it', async () => {
    const m = await renderMessage(
      {
        kind: 'merged',
        channel: 'email',
        locale: 'en',
        payload: { ...base, parent: 'BAL-26-000099' },
      },
      BASE,
    );
    expect(m.subject).toBe('Your request BAL-26-000123 is now part of BAL-26-000099');
    expect(m.link).toBe(`${BASE}/en/requests/BAL-26-000099`);
    expect(m.text).toContain('You will get the updates of BAL-26-000099 from now on.');
  });

  it('English for a language not offered', async () => {
    const m = await renderMessage(
      { kind: 'reopened', channel: 'email', locale: 'de', payload: base },
      BASE,
    );
    expect(m.locale).toBe('en');
    expect(m.subject).toBe('Your request BAL-26-000123 was reopened');
  });

  it('every kind has its own subject and text in every language', async () => {
    for (const locale of locales)
      for (const kind of OUTBOX_KINDS) {
        const m = await renderMessage({ kind, channel: 'email', locale, payload: base }, BASE);
        expect(m.subject, `${locale} ${kind}`).toMatch(/BAL-26-000123/);
        expect(m.text, `${locale} ${kind}`).not.toMatch(/Outbox\.|\{\w+\}/);
      }
  });

  it(`every text message fits ${MAX_SMS_PARTS} parts, links whole, even with a long staff message`, async () => {
    const long = 'The crew came twice, found the hole, filled it and checked it again. '.repeat(20);
    for (const locale of locales)
      for (const kind of OUTBOX_KINDS)
        for (const reason of CLOSE_REASONS) {
          const payload = {
            trackingNumber: 'BAL-26-1000001',
            serviceName: 'Limpieza de callejón sucio o con basura acumulada',
            unsubscribe: 'A'.repeat(22),
            reason,
            referredTo: 'Baltimore Gas and Electric Company (BGE)',
            message: long,
            parent: 'BAL-26-1000000',
            ...(kind === 'closed' ? { token: 'B'.repeat(22) } : {}),
          };
          const m = await renderMessage({ kind, channel: 'sms', locale, payload }, BASE);
          expect(
            smsLength(m.text).parts,
            `${locale} ${kind} ${reason}: ${m.text}`,
          ).toBeLessThanOrEqual(MAX_SMS_PARTS);
          expect(m.text).toContain(payload.token ? `feedback?token=${payload.token}` : m.link);
          expect(m.text).toContain(m.unsubscribeUrl!);
          if (kind === 'closed') expect(m.text).toContain('...');
        }
  });
});

describe('text message length', () => {
  it('counts GSM-7 septets and UCS-2 units, and their parts', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, parts: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, parts: 2 });
    expect(smsLength('€'.repeat(80)).units).toBe(160); // extension table: two septets each
    expect(smsLength('señor ¿qué?').encoding).toBe('GSM-7'); // ñ, ¿, é are in GSM-7
    expect(smsLength('está')).toMatchObject({ encoding: 'UCS-2', parts: 1 }); // á is not
    expect(smsLength('á'.repeat(71)).parts).toBe(2);
    expect(smsLength('á'.repeat(134)).parts).toBe(2);
    expect(smsLength('á'.repeat(135)).parts).toBe(3);
  });
});
