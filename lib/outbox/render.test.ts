import { describe, expect, it } from 'vitest';
import { renderMessage, surveyLink } from './render';

const payload = { trackingNumber: 'BAL-26-000123', token: 'abc_DEF-123' };

describe('outbox messages', () => {
  it('link to the survey page in the message’s language', () => {
    expect(surveyLink('https://311.example.gov/', 'es', 'BAL-26-000123', 'a+b')).toBe(
      'https://311.example.gov/es/requests/BAL-26-000123/feedback?token=a%2Bb',
    );
  });

  it('an e-mail in English or Spanish, English for a language not offered', async () => {
    const base = 'http://localhost:3000';
    const kind = 'satisfaction_survey' as const;
    const en = await renderMessage({ kind, channel: 'email', locale: 'en', payload }, base);
    expect(en.subject).toBe('Your request BAL-26-000123: how did we do?');
    expect(en.link).toBe(`${base}/en/requests/BAL-26-000123/feedback?token=abc_DEF-123`);
    expect(en.text).toContain(`\n\n${en.link}\n\n`);
    expect(en.text).toMatch(/^Hello,\n\nYour Baltimore City service request BAL-26-000123/);

    const es = await renderMessage({ kind, channel: 'email', locale: 'es', payload }, base);
    expect(es.subject).toBe('Su solicitud BAL-26-000123: ¿cómo lo hicimos?');
    expect(es.text).toContain(`${base}/es/requests/BAL-26-000123/feedback?token=abc_DEF-123`);

    const other = await renderMessage({ kind, channel: 'email', locale: 'fr', payload }, base);
    expect(other.subject).toBe(en.subject);

    const sms = await renderMessage({ kind, channel: 'sms', locale: 'es', payload }, base);
    expect(sms.subject).toBeNull();
    expect(sms.text).toBe(
      `311 de la Ciudad de Baltimore: su solicitud BAL-26-000123 ha sido cerrada. ¿Cómo lo hicimos? Una sola pregunta: ${sms.link}`,
    );
  });
});
