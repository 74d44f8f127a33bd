import { describe, expect, it } from 'vitest';
import { services } from '@/db/seed/catalogue';
import { generateDemo, type DemoTarget } from './generate';
import { isBaltimoreZip, isInCity } from '@/lib/requests/location';
import { DESCRIPTIONS, STREETS } from './places';

const NOW = new Date('2026-11-27T17:00:00Z');
const SERVICES = services.map((s) => ({ code: s.code, categoryCode: s.category }));
const TARGETS: DemoTarget[] = [2026, 2027].flatMap((fiscalYear) =>
  services.map((s) => ({ serviceCode: s.code, fiscalYear, ...s.target })),
);
const run = (seed: number, scale = 0.1) =>
  generateDemo(SERVICES, TARGETS, { now: NOW, seed, scale });
let full: ReturnType<typeof run> | undefined;
const defaultSize = () => (full ??= run(311, 1));

describe('generateDemo', () => {
  it('gives the same rows for the same seed, and others for another', () => {
    const a = run(5);
    expect(run(5)).toEqual(a);
    expect(run(6).requests.length).not.toBe(a.requests.length);
  });

  it('makes about 16,000 requests a year at scale 1, busiest for potholes, trash and lights', () => {
    const { requests } = defaultSize();
    // 1 July 2025 to 27 November 2026: 515 days.
    expect(requests.length).toBeGreaterThan(20_000);
    expect(requests.length).toBeLessThan(25_000);
    const per = new Map<string, number>();
    for (const r of requests) per.set(r.serviceCode, (per.get(r.serviceCode) ?? 0) + 1);
    const top = [...per]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 3)
      .map(([code]) => code);
    expect(top.sort()).toEqual(['BGE-StLight(s) Out', 'SW-Mixed Refuse', 'TRM-Potholes']);
    expect(per.get('RP-Playgrounds')).toBeLessThan(100);
    expect(per.size).toBe(services.length);
  });

  it('has more potholes in spring than in autumn', () => {
    const { requests } = defaultSize();
    const potholes = (from: string, to: string) =>
      requests.filter(
        (r) =>
          r.serviceCode === 'TRM-Potholes' &&
          r.createdAt >= new Date(from) &&
          r.createdAt < new Date(to),
      ).length;
    expect(potholes('2026-02-01', '2026-05-01')).toBeGreaterThan(
      2 * potholes('2025-08-01', '2025-11-01'),
    );
  });

  it('keeps requests in time order, in the past, in daytime Baltimore', () => {
    const { requests } = run(9);
    const hours = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/New_York',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    for (let i = 1; i < requests.length; i++)
      expect(requests[i].createdAt >= requests[i - 1].createdAt).toBe(true);
    for (const r of requests.slice(0, 300)) {
      const h = Number(hours.format(r.createdAt));
      expect(h).toBeGreaterThanOrEqual(6);
      expect(h).toBeLessThanOrEqual(22);
    }
    expect(requests.at(-1)!.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    for (const r of requests) {
      for (const at of [r.acknowledgedAt, r.startedAt, r.closedAt, r.ease.answeredAt])
        if (at) expect(at.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (r.duplicateOf !== null) expect(r.duplicateOf).toBeLessThan(requests.indexOf(r));
    }
  });

  it('speaks English and Spanish, on the web and through Open311', () => {
    const { requests } = run(311, 0.5);
    const share = (f: (r: (typeof requests)[number]) => boolean) =>
      requests.filter(f).length / requests.length;
    expect(share((r) => r.locale === 'es')).toBeGreaterThan(0.08);
    expect(share((r) => r.locale === 'es')).toBeLessThan(0.25);
    expect(share((r) => r.channel === 'open311')).toBeGreaterThan(0.15);
    expect(share((r) => r.channel === 'open311')).toBeLessThan(0.4);
    const spanish = new Set(Object.values(DESCRIPTIONS).flatMap((d) => d.es));
    const described = requests.filter((r) => r.description && r.locale === 'es');
    expect(described.length).toBeGreaterThan(0);
    expect(described.every((r) => spanish.has(r.description))).toBe(true);
  });

  it('places requests on Baltimore streets, in city ZIPs and inside the city', () => {
    for (const s of STREETS) {
      expect(isBaltimoreZip(s.zip)).toBe(true);
      expect(isInCity(s.lat, s.long)).toBe(true);
    }
    for (const r of run(4).requests) {
      expect(isBaltimoreZip(r.zip)).toBe(true);
      if (r.lat !== null) expect(isInCity(r.lat, r.long!)).toBe(true);
    }
  });
});
