import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db';
import { auditEvents, serviceRequests } from '@/db/schema';
import type { Actor } from '@/lib/auth/authorize';
import { makeStaffActor } from '@/test/staff';
import { getPublicRequest } from '@/lib/requests/queries';
import { makeRequest } from '@/test/requests';
import { addNote, bulkChange, changeRequest } from './commands';
import { getStaffPhoto, getStaffRequest } from './request';
import { listQueue } from './queries';
import { readQueueFilters } from './queue-filters';

const POTHOLE = { attr__POTHOLE_LOCATION: 'street' };
let dotAgent: Actor;
let dotAgent2: Actor;
let dotSupervisor: Actor;
let swAgent: Actor;

async function row(trackingNumber: string) {
  const db = await getDb();
  const [r] = await db
    .select()
    .from(serviceRequests)
    .where(eq(serviceRequests.trackingNumber, trackingNumber));
  return r;
}

beforeAll(async () => {
  dotAgent = await makeStaffActor('dot.agent@test.example', 'agent', 'DOT');
  dotAgent2 = await makeStaffActor('dot.agent2@test.example', 'agent', 'DOT');
  dotSupervisor = await makeStaffActor('dot.sup@test.example', 'supervisor', 'DOT');
  swAgent = await makeStaffActor('sw.agent@test.example', 'agent', 'DPW-SW');
});

describe('working a request', () => {
  it('acknowledge, start, close: timeline, lifecycle times and an audit event for each', async () => {
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    const t0 = new Date();
    expect(await changeRequest(dotAgent, tn, 1, { kind: 'acknowledge' }, t0)).toEqual({
      ok: true,
      version: 2,
    });
    expect((await changeRequest(dotAgent, tn, 2, { kind: 'start' })).ok).toBe(true);
    expect(
      await changeRequest(dotAgent, tn, 3, {
        kind: 'close',
        reason: 'resolved',
        publicNote: 'Filled on Tuesday',
      }),
    ).toEqual({ ok: true, version: 4 });

    const r = await row(tn);
    expect(r.status).toBe('closed');
    expect(r.closeReason).toBe('resolved');
    expect(+r.acknowledgedAt!).toBe(+t0);
    expect(r.closedAt).not.toBeNull();

    const view = (await getStaffRequest(dotAgent, tn, 'en'))!;
    expect(view.audit.map((a) => [a.action, a.actorName, a.before, a.after, a.version])).toEqual([
      [
        'request.acknowledge',
        'dot.agent',
        { status: 'new', acknowledgedAt: null },
        { status: 'acknowledged', acknowledgedAt: t0.toISOString() },
        2,
      ],
      ['request.start', 'dot.agent', { status: 'acknowledged' }, { status: 'in_progress' }, 3],
      [
        'request.close',
        'dot.agent',
        { status: 'in_progress', closeReason: null, closedAt: null },
        {
          status: 'closed',
          closeReason: 'resolved',
          closedAt: r.closedAt!.toISOString(),
          publicNote: 'Filled on Tuesday',
        },
        4,
      ],
    ]);
    // The resident sees the new status and the public note.
    const pub = (await getPublicRequest(tn, 'en'))!;
    expect(pub.status).toBe('closed');
    expect(pub.events.map((e) => [e.toStatus, e.body])).toEqual([
      ['new', null],
      ['acknowledged', null],
      ['in_progress', null],
      ['closed', 'Filled on Tuesday'],
    ]);
  });

  it('refuses illegal moves and writes nothing', async () => {
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    expect(
      await changeRequest(dotAgent, tn, 1, { kind: 'reopen', reason: 'The problem came back' }),
    ).toEqual({
      ok: false,
      error: 'forbidden', // agents may not reopen at all
    });
    expect(
      await changeRequest(dotSupervisor, tn, 1, {
        kind: 'reopen',
        reason: 'The problem came back',
      }),
    ).toEqual({
      ok: false,
      error: 'illegal',
    });
    await changeRequest(dotAgent, tn, 1, { kind: 'start' });
    expect(await changeRequest(dotAgent, tn, 2, { kind: 'acknowledge' })).toEqual({
      ok: false,
      error: 'illegal',
    });
    const view = (await getStaffRequest(dotAgent, tn, 'en'))!;
    expect(view.audit.map((a) => a.action)).toEqual(['request.start']);
    expect(view.version).toBe(2);
  });

  it('the second of two editors is told what changed, and nothing of theirs is written', async () => {
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    expect((await changeRequest(dotAgent, tn, 1, { kind: 'acknowledge' })).ok).toBe(true);
    const second = await changeRequest(dotAgent2, tn, 1, { kind: 'close', reason: 'resolved' });
    expect(second.ok).toBe(false);
    if (second.ok || second.error !== 'conflict') throw new Error('expected a conflict');
    expect(second.changes.map((c) => [c.action, c.actorName, c.after])).toEqual([
      ['request.acknowledge', 'dot.agent', expect.objectContaining({ status: 'acknowledged' })],
    ]);
    expect((await row(tn)).status).toBe('acknowledged');
  });

  it('two editors at the same instant: exactly one wins', async () => {
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    const results = await Promise.all([
      changeRequest(dotAgent, tn, 1, { kind: 'start' }),
      changeRequest(dotAgent2, tn, 1, { kind: 'close', reason: 'no_action_needed' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === 'conflict')).toHaveLength(1);
    expect((await row(tn)).version).toBe(2);
  });

  it('another agency’s request cannot be seen or changed, and says only "not found"', async () => {
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    expect(await getStaffRequest(swAgent, tn, 'en')).toBeNull();
    expect(await changeRequest(swAgent, tn, 1, { kind: 'acknowledge' })).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await addNote(swAgent, tn, 'public', 'not mine')).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect((await row(tn)).version).toBe(1);
    expect((await getStaffRequest(dotAgent, tn, 'en'))!.events).toHaveLength(1);
  });

  it('assigning: agents take a request; only supervisors give it to others in the agency', async () => {
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    expect(
      await changeRequest(dotAgent, tn, 1, { kind: 'assign', assigneeId: dotAgent2.id }),
    ).toEqual({ ok: false, error: 'forbidden' });
    expect(
      (await changeRequest(dotAgent, tn, 1, { kind: 'assign', assigneeId: dotAgent.id })).ok,
    ).toBe(true);
    expect(
      await changeRequest(dotSupervisor, tn, 2, { kind: 'assign', assigneeId: swAgent.id }),
    ).toEqual({ ok: false, error: 'assigneeInvalid' });
    expect(
      (await changeRequest(dotSupervisor, tn, 2, { kind: 'assign', assigneeId: dotAgent2.id })).ok,
    ).toBe(true);
    const view = (await getStaffRequest(dotSupervisor, tn, 'en'))!;
    expect(view.assignee?.id).toBe(dotAgent2.id);
    expect(view.audit.map((a) => [a.before, a.after])).toEqual([
      [
        { assignedTo: null, assigneeName: null },
        { assignedTo: dotAgent.id, assigneeName: 'dot.agent' },
      ],
      [
        { assignedTo: dotAgent.id, assigneeName: 'dot.agent' },
        { assignedTo: dotAgent2.id, assigneeName: 'dot.agent2' },
      ],
    ]);
    // The queue's "assigned to me / to nobody" filters follow it.
    const mine = await listQueue(dotAgent2, readQueueFilters({ assigned: 'me', q: tn }));
    const nobodys = await listQueue(dotAgent2, readQueueFilters({ assigned: 'none', q: tn }));
    expect([mine.total, nobodys.total]).toEqual([1, 0]);
    expect(mine.rows[0].assignee).toBe('dot.agent2');
    // Assignment is internal: not on the public timeline.
    expect((await getPublicRequest(tn, 'en'))!.events).toHaveLength(1);
  });

  it('merging a duplicate closes it as duplicate, linked to its parent; reopen clears it', async () => {
    const parent = await makeRequest('TRM-Potholes', POTHOLE);
    const child = await makeRequest('TRM-Potholes', POTHOLE);
    expect(await changeRequest(dotAgent, child, 1, { kind: 'merge', parent: child })).toEqual({
      ok: false,
      error: 'parentSelf',
    });
    expect(
      await changeRequest(dotAgent, child, 1, { kind: 'merge', parent: 'BAL-99-999999' }),
    ).toEqual({ ok: false, error: 'parentNotFound' });
    expect((await changeRequest(dotAgent, child, 1, { kind: 'merge', parent })).ok).toBe(true);
    const c = await row(child);
    expect([c.status, c.closeReason, c.duplicateOf]).toEqual([
      'closed',
      'duplicate',
      (await row(parent)).id,
    ]);
    const parentView = (await getStaffRequest(dotAgent, parent, 'en'))!;
    expect(parentView.duplicates).toEqual([child]);
    expect((await getStaffRequest(dotAgent, child, 'en'))!.parentNumber).toBe(parent);
    // A request closed as a duplicate cannot itself be a parent.
    const third = await makeRequest('TRM-Potholes', POTHOLE);
    expect(await changeRequest(dotAgent, third, 1, { kind: 'merge', parent: child })).toEqual({
      ok: false,
      error: 'parentClosed',
    });
    expect(
      (
        await changeRequest(dotSupervisor, child, 2, {
          kind: 'reopen',
          reason: 'The problem came back',
        })
      ).ok,
    ).toBe(true);
    // The reason is for staff (an internal note) and in the audit; the public timeline only
    // says it was reopened.
    const reopenedView = (await getStaffRequest(dotSupervisor, child, 'en'))!;
    expect(
      reopenedView.events.some(
        (e) => e.visibility === 'internal' && e.body === 'The problem came back',
      ),
    ).toBe(true);
    const publicView = (await getPublicRequest(child, 'en'))!;
    expect(JSON.stringify(publicView)).not.toContain('The problem came back');
    const db = await getDb();
    const [audit] = await db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'request.reopen'),
          eq(auditEvents.entityId, String((await row(child)).id)),
        ),
      );
    expect(audit.after).toMatchObject({ reason: 'The problem came back' });
    const reopened = await row(child);
    expect([reopened.status, reopened.closeReason, reopened.duplicateOf]).toEqual([
      'acknowledged',
      null,
      null,
    ]);
  });

  it('a merge into another agency’s request is refused as not found', async () => {
    const other = await makeRequest('SW-Dirty Alley');
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    expect(await changeRequest(dotAgent, tn, 1, { kind: 'merge', parent: other })).toEqual({
      ok: false,
      error: 'parentNotFound',
    });
  });

  it('notes: public ones reach the tracking page, internal ones never do; both are audited', async () => {
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    expect(await addNote(dotAgent, tn, 'public', 'Crew booked for Monday')).toEqual({ ok: true });
    expect(await addNote(dotAgent, tn, 'internal', 'Caller is the landlord')).toEqual({ ok: true });
    const pub = (await getPublicRequest(tn, 'en'))!;
    expect(pub.events.map((e) => e.body)).toEqual([null, 'Crew booked for Monday']);
    const view = (await getStaffRequest(dotAgent, tn, 'en'))!;
    expect(view.events.map((e) => [e.visibility, e.body])).toEqual([
      ['public', null],
      ['public', 'Crew booked for Monday'],
      ['internal', 'Caller is the landlord'],
    ]);
    expect(view.audit.map((a) => a.action)).toEqual(['request.publicNote', 'request.internalNote']);
    expect(view.version).toBe(1); // notes do not take a version: they overwrite nothing
  });

  it('bulk acknowledge does what it can and reports the rest', async () => {
    const a = await makeRequest('TRM-Potholes', POTHOLE);
    const b = await makeRequest('TRM-Potholes', POTHOLE);
    const c = await makeRequest('SW-Dirty Alley');
    await changeRequest(dotAgent2, b, 1, { kind: 'start' });
    const result = await bulkChange(
      dotAgent,
      [
        { trackingNumber: a, version: 1 },
        { trackingNumber: b, version: 1 },
        { trackingNumber: c, version: 1 },
      ],
      { kind: 'acknowledge' },
    );
    expect(result).toEqual({ done: [a], conflicts: [b], refused: [c] });
  });

  it('every change has exactly one audit event, written with it', async () => {
    const db = await getDb();
    const tn = await makeRequest('TRM-Potholes', POTHOLE);
    const id = (await row(tn)).id;
    await changeRequest(dotAgent, tn, 1, { kind: 'acknowledge' });
    await changeRequest(dotAgent, tn, 1, { kind: 'start' }); // stale: refused, not audited
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'request'), eq(auditEvents.entityId, String(id))));
    expect(events.map((e) => [e.entity, e.action, e.actorId])).toEqual([
      ['request', 'request.acknowledge', dotAgent.id],
    ]);
  });
});

describe('photos for staff', () => {
  it('are refused for a media id that is malformed or unknown', async () => {
    expect(await getStaffPhoto(dotAgent, '../etc/passwd')).toBeNull();
    expect(await getStaffPhoto(dotAgent, 'a'.repeat(32))).toBeNull();
  });
});
