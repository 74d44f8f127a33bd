import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { requestEvents, serviceRequests } from '@/db/schema';
import { makeRequest } from '@/test/requests';
import { getPublicRequest } from '@/lib/requests/queries';
import { addNote, changeRequest } from './commands';
import { ForbiddenError, type Actor } from '@/lib/auth/authorize';
import { auditTrail } from '@/lib/audit/queries';
import { makeStaffActor } from '@/test/staff';
import {
  cannedChoices,
  cannedHistory,
  getCannedResponse,
  listCannedResponses,
  resolveCannedBody,
} from './canned';
import {
  createCannedResponse,
  deleteCannedResponse,
  updateCannedResponse,
} from './canned-commands';

let dotAgent: Actor;
let dotSupervisor: Actor;
let swSupervisor: Actor;
let admin: Actor;

const ZH = '我们的工作人员已经填好了坑洼。感谢您的报告。';
const FR = 'Notre équipe a rebouché le nid-de-poule. Merci de l’avoir signalé.';
const KO = '작업반이 구멍을 메웠습니다. 신고해 주셔서 감사합니다.';

const FIXED = {
  title: 'Pothole filled',
  bodyEn: 'Our crew filled the pothole. Thank you for reporting it.',
  bodyEs: 'Nuestro equipo rellenó el bache. Gracias por reportarlo.',
};

async function created(actor: Actor, input: Record<string, unknown>) {
  const r = await createCannedResponse(actor, { ...FIXED, ...input } as never);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}

beforeAll(async () => {
  dotAgent = await makeStaffActor('canned.dot.agent@test.example', 'agent', 'DOT');
  dotSupervisor = await makeStaffActor('canned.dot.sup@test.example', 'supervisor', 'DOT');
  swSupervisor = await makeStaffActor('canned.sw.sup@test.example', 'supervisor', 'DPW-SW');
  admin = await makeStaffActor('canned.admin@test.example', 'admin', null);
});

describe('managing saved responses', () => {
  it('a supervisor creates, edits and deletes their agency’s responses, each audited', async () => {
    // A posted agency is ignored for supervisors: theirs is always their own.
    const id = await created(dotSupervisor, { agency: 'DPW-SW' });
    const row = (await getCannedResponse(dotSupervisor, id))!;
    expect(row.agencyCode).toBe('DOT');
    expect(row.body).toEqual({ en: FIXED.bodyEn, es: FIXED.bodyEs });
    expect((await listCannedResponses(dotSupervisor)).map((r) => r.id)).toContain(id);

    expect(
      await updateCannedResponse(dotSupervisor, id, {
        ...FIXED,
        title: 'Pothole repaired',
        bodyEs: '',
      }),
    ).toEqual({ ok: true, id });
    expect((await getCannedResponse(dotSupervisor, id))!.body).toEqual({ en: FIXED.bodyEn });
    // Saving the same words again records nothing.
    await updateCannedResponse(dotSupervisor, id, {
      ...FIXED,
      title: 'Pothole repaired',
      bodyEs: '',
    });

    expect(await deleteCannedResponse(dotSupervisor, id)).toEqual({ ok: true, id });
    expect(await getCannedResponse(dotSupervisor, id)).toBeNull();
    expect((await listCannedResponses(dotSupervisor)).map((r) => r.id)).not.toContain(id);

    const trail = await auditTrail('cannedResponse', id);
    expect(trail.map((a) => [a.action, a.actorName, a.before, a.after])).toEqual([
      [
        'cannedResponse.create',
        'canned.dot.sup',
        null,
        { agencyCode: 'DOT', title: FIXED.title, bodyEn: FIXED.bodyEn, bodyEs: FIXED.bodyEs },
      ],
      [
        'cannedResponse.update',
        'canned.dot.sup',
        { title: FIXED.title, bodyEs: FIXED.bodyEs },
        { title: 'Pothole repaired', bodyEs: null },
      ],
      [
        'cannedResponse.delete',
        'canned.dot.sup',
        { agencyCode: 'DOT', title: 'Pothole repaired', bodyEn: FIXED.bodyEn },
        null,
      ],
    ]);
  });

  it('every language of the locale list is stored, audited per language, and removable', async () => {
    const id = await created(dotSupervisor, { bodyZh: ZH, bodyFr: FR });
    expect((await getCannedResponse(dotSupervisor, id))!.body).toEqual({
      en: FIXED.bodyEn,
      es: FIXED.bodyEs,
      zh: ZH,
      fr: FR,
    });
    // French removed, Korean added: the change names exactly those two languages.
    expect(
      await updateCannedResponse(dotSupervisor, id, { ...FIXED, bodyZh: ZH, bodyKo: KO }),
    ).toEqual({ ok: true, id });
    expect((await getCannedResponse(dotSupervisor, id))!.body).toEqual({
      en: FIXED.bodyEn,
      es: FIXED.bodyEs,
      zh: ZH,
      ko: KO,
    });
    const trail = await auditTrail('cannedResponse', id);
    expect(trail.map((a) => [a.action, a.before, a.after])).toEqual([
      ['cannedResponse.create', null, { agencyCode: 'DOT', ...FIXED, bodyZh: ZH, bodyFr: FR }],
      ['cannedResponse.update', { bodyKo: null, bodyFr: FR }, { bodyKo: KO, bodyFr: null }],
    ]);
    // A language outside the list is not a field: it is not stored.
    await updateCannedResponse(dotSupervisor, id, { ...FIXED, bodyZh: ZH, bodyXx: 'x' } as never);
    expect(Object.keys((await getCannedResponse(dotSupervisor, id))!.body).sort()).toEqual([
      'en',
      'es',
      'zh',
    ]);
  });

  it('a supervisor cannot see, edit or delete another agency’s response', async () => {
    const id = await created(swSupervisor, {});
    expect(await getCannedResponse(dotSupervisor, id)).toBeNull();
    expect(await cannedHistory(dotSupervisor, id)).toBeNull();
    expect((await listCannedResponses(dotSupervisor, 'DPW-SW')).map((r) => r.id)).not.toContain(id);
    expect(await updateCannedResponse(dotSupervisor, id, { ...FIXED, title: 'Mine now' })).toEqual({
      ok: false,
      errors: { form: 'canned.notFound' },
    });
    expect(await deleteCannedResponse(dotSupervisor, id)).toEqual({
      ok: false,
      errors: { form: 'canned.notFound' },
    });
    expect((await getCannedResponse(swSupervisor, id))!.title).toBe(FIXED.title);
    expect((await auditTrail('cannedResponse', id)).map((a) => a.action)).toEqual([
      'cannedResponse.create',
    ]);
  });

  it('an agent cannot manage responses at all', async () => {
    const id = await created(dotSupervisor, {});
    await expect(createCannedResponse(dotAgent, FIXED)).rejects.toThrow(ForbiddenError);
    await expect(updateCannedResponse(dotAgent, id, FIXED)).rejects.toThrow(ForbiddenError);
    await expect(deleteCannedResponse(dotAgent, id)).rejects.toThrow(ForbiddenError);
    await expect(listCannedResponses(dotAgent)).rejects.toThrow(ForbiddenError);
    await expect(getCannedResponse(dotAgent, id)).rejects.toThrow(ForbiddenError);
  });

  it('an admin manages any agency’s responses and must name the agency', async () => {
    expect(await createCannedResponse(admin, FIXED)).toEqual({
      ok: false,
      errors: { agency: 'canned.agencyRequired' },
    });
    expect(await createCannedResponse(admin, { ...FIXED, agency: 'NOPE' })).toEqual({
      ok: false,
      errors: { agency: 'canned.agencyRequired' },
    });
    const id = await created(admin, { agency: 'DPW-SW' });
    expect((await getCannedResponse(admin, id))!.agencyCode).toBe('DPW-SW');
    expect((await listCannedResponses(admin, 'DPW-SW')).map((r) => r.id)).toContain(id);
    expect((await listCannedResponses(admin, 'DOT')).map((r) => r.id)).not.toContain(id);
    expect((await listCannedResponses(admin)).map((r) => r.id)).toContain(id);
    const sw = await created(swSupervisor, {});
    expect((await updateCannedResponse(admin, sw, { ...FIXED, title: 'By admin' })).ok).toBe(true);
    expect((await deleteCannedResponse(admin, sw)).ok).toBe(true);
  });

  it('bad input is refused with Validation keys and writes nothing', async () => {
    const before = (await listCannedResponses(dotSupervisor)).length;
    expect(
      await createCannedResponse(dotSupervisor, {
        title: 'x'.repeat(81),
        bodyEn: '',
        bodyEs: '<b>hola</b>',
      }),
    ).toEqual({
      ok: false,
      errors: {
        title: 'canned.titleTooLong',
        bodyEn: 'canned.bodyRequired',
        bodyEs: 'canned.bodyMarkup',
      },
    });
    expect(
      (
        await createCannedResponse(dotSupervisor, {
          title: ' ',
          bodyEn: 'y'.repeat(2001),
          bodyEs: '',
        })
      ).ok,
    ).toBe(false);
    expect((await listCannedResponses(dotSupervisor)).length).toBe(before);
    // The limits themselves are allowed.
    expect(
      (
        await createCannedResponse(dotSupervisor, {
          title: 't'.repeat(80),
          bodyEn: 'y'.repeat(2000),
          bodyEs: '',
        })
      ).ok,
    ).toBe(true);
  });
});

describe('picking a saved response', () => {
  it('an agent lists their agency’s responses, in the resident’s language or English', async () => {
    const both = await created(dotSupervisor, { title: 'AAA both languages' });
    const enOnly = await created(dotSupervisor, { title: 'AAA English only', bodyEs: '' });
    const other = await created(swSupervisor, { title: 'AAA other agency' });
    const withZh = await created(dotSupervisor, { title: 'AAA with Chinese', bodyZh: ZH });
    expect((await cannedChoices(dotAgent, 'DOT', 'zh')).find((c) => c.id === withZh)).toEqual({
      id: withZh,
      title: 'AAA with Chinese',
      text: ZH,
      lang: 'zh',
    });
    expect((await cannedChoices(dotAgent, 'DOT', 'ru')).find((c) => c.id === withZh)).toMatchObject(
      { text: FIXED.bodyEn, lang: 'en' },
    );
    const es = await cannedChoices(dotAgent, 'DOT', 'es');
    expect(es.find((c) => c.id === both)).toEqual({
      id: both,
      title: 'AAA both languages',
      text: FIXED.bodyEs,
      lang: 'es',
    });
    expect(es.find((c) => c.id === enOnly)).toMatchObject({ text: FIXED.bodyEn, lang: 'en' });
    expect(es.some((c) => c.id === other)).toBe(false);
    // Not the agent's agency: nothing to pick.
    expect(await cannedChoices(dotAgent, 'DPW-SW', 'en')).toEqual([]);
  });

  it('resolveCannedBody: the resident’s language, English fallback, other agencies refused', async () => {
    const both = await created(dotSupervisor, {});
    const enOnly = await created(dotSupervisor, { bodyEs: '' });
    const other = await created(swSupervisor, {});
    expect(await resolveCannedBody(dotAgent, 'DOT', both, 'es')).toEqual({
      ok: true,
      body: FIXED.bodyEs,
    });
    expect(await resolveCannedBody(dotAgent, 'DOT', both, 'en')).toEqual({
      ok: true,
      body: FIXED.bodyEn,
    });
    expect(await resolveCannedBody(dotAgent, 'DOT', enOnly, 'es')).toEqual({
      ok: true,
      body: FIXED.bodyEn,
    });
    // A locale the response has no text in (or an unknown one): English.
    expect(await resolveCannedBody(dotAgent, 'DOT', both, 'zh')).toEqual({
      ok: true,
      body: FIXED.bodyEn,
    });
    const refused = { ok: false, error: 'cannedNotFound' };
    // Another agency's id posted on a DOT request (forged), or a DOT agent claiming DPW-SW.
    expect(await resolveCannedBody(dotAgent, 'DOT', other, 'en')).toEqual(refused);
    expect(await resolveCannedBody(dotAgent, 'DPW-SW', other, 'en')).toEqual(refused);
    expect(await resolveCannedBody(dotAgent, 'DOT', 999_999_999, 'en')).toEqual(refused);
    expect(await resolveCannedBody(dotAgent, 'DOT', 2 ** 40, 'en')).toEqual(refused);
    await deleteCannedResponse(dotSupervisor, both);
    expect(await resolveCannedBody(dotAgent, 'DOT', both, 'en')).toEqual(refused);
    // Admins work every agency's requests.
    expect(await resolveCannedBody(admin, 'DPW-SW', other, 'es')).toEqual({
      ok: true,
      body: FIXED.bodyEs,
    });
  });
});

describe('closing and noting with a saved response', () => {
  const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
  /** A DOT request made in `locale` (the resident's language). */
  async function requestIn(locale: string) {
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    const db = await getDb();
    await db.update(serviceRequests).set({ locale }).where(eq(serviceRequests.trackingNumber, tn));
    return tn;
  }
  async function publicBodies(tn: string) {
    const db = await getDb();
    const [r] = await db
      .select({
        id: serviceRequests.id,
        status: serviceRequests.status,
        version: serviceRequests.version,
      })
      .from(serviceRequests)
      .where(eq(serviceRequests.trackingNumber, tn));
    const events = await db
      .select({ body: requestEvents.body, visibility: requestEvents.visibility })
      .from(requestEvents)
      .where(eq(requestEvents.requestId, r.id));
    return {
      ...r,
      bodies: events.filter((e) => e.visibility === 'public' && e.body).map((e) => e.body),
    };
  }

  it('an empty message takes the response’s text in the resident’s language; audited', async () => {
    const id = await created(dotSupervisor, {});
    const es = await requestIn('es');
    expect(
      await changeRequest(dotAgent, es, 1, { kind: 'close', reason: 'resolved', cannedId: id }),
    ).toEqual({ ok: true, version: 2 });
    expect((await publicBodies(es)).bodies).toContain(FIXED.bodyEs);
    const view = (await getPublicRequest(es, 'es'))!;
    expect(JSON.stringify(view)).toContain(FIXED.bodyEs);
    const [audit] = (await auditTrail('request', (await publicBodies(es)).id)).slice(-1);
    expect(audit.after).toMatchObject({ publicNote: FIXED.bodyEs, cannedResponseId: id });

    // A Chinese body, a request made in Chinese: the resident reads Chinese. A language the
    // response has no text in (Korean): English.
    const withZh = await created(dotSupervisor, { bodyZh: ZH });
    const zh = await requestIn('zh');
    await changeRequest(dotAgent, zh, 1, { kind: 'close', reason: 'resolved', cannedId: withZh });
    expect((await publicBodies(zh)).bodies).toEqual([ZH]);
    expect(JSON.stringify(await getPublicRequest(zh, 'zh'))).toContain(ZH);
    const ko = await requestIn('ko');
    await changeRequest(dotAgent, ko, 1, { kind: 'close', reason: 'resolved', cannedId: withZh });
    expect((await publicBodies(ko)).bodies).toEqual([FIXED.bodyEn]);

    // English only: a Spanish-speaking resident gets the English text.
    const enOnly = await created(dotSupervisor, { bodyEs: '' });
    const es2 = await requestIn('es');
    await changeRequest(dotAgent, es2, 1, { kind: 'close', reason: 'resolved', cannedId: enOnly });
    expect((await publicBodies(es2)).bodies).toContain(FIXED.bodyEn);

    // A typed message wins over the saved one.
    const en = await requestIn('en');
    await changeRequest(dotAgent, en, 1, {
      kind: 'close',
      reason: 'resolved',
      publicNote: 'Edited: filled on Tuesday',
      cannedId: id,
    });
    expect((await publicBodies(en)).bodies).toEqual(['Edited: filled on Tuesday']);
  });

  it('another agency’s response (a forged id) is refused and changes nothing', async () => {
    const other = await created(swSupervisor, {});
    const tn = await requestIn('en');
    expect(
      await changeRequest(dotAgent, tn, 1, { kind: 'close', reason: 'resolved', cannedId: other }),
    ).toEqual({ ok: false, error: 'cannedNotFound' });
    expect(await publicBodies(tn)).toMatchObject({ status: 'new', version: 1 });
    // Even with a typed message: the id is checked all the same.
    expect(
      await changeRequest(dotAgent, tn, 1, {
        kind: 'close',
        reason: 'resolved',
        publicNote: 'typed',
        cannedId: other,
      }),
    ).toEqual({ ok: false, error: 'cannedNotFound' });
    expect(await addNote(dotAgent, tn, 'public', '', undefined, { cannedId: other })).toEqual({
      ok: false,
      error: 'cannedNotFound',
    });
    expect((await publicBodies(tn)).bodies).toEqual([]);
    expect((await auditTrail('request', (await publicBodies(tn)).id)).length).toBe(0);
  });

  it('a public note from a saved response, in the resident’s language', async () => {
    const id = await created(dotSupervisor, {});
    const tn = await requestIn('es');
    expect(await addNote(dotAgent, tn, 'public', '', undefined, { cannedId: id })).toEqual({
      ok: true,
    });
    expect((await publicBodies(tn)).bodies).toEqual([FIXED.bodyEs]);
    const [audit] = (await auditTrail('request', (await publicBodies(tn)).id)).slice(-1);
    expect(audit).toMatchObject({
      action: 'request.publicNote',
      after: { body: FIXED.bodyEs, cannedResponseId: id },
    });
    // Neither typed nor chosen: nothing to write.
    expect(await addNote(dotAgent, tn, 'public', '')).toEqual({ ok: false, error: 'noteRequired' });
  });
});
