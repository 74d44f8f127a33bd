import { describe, expect, it } from 'vitest';
import { timeLeft } from './time-left';

const now = new Date('2026-12-04T15:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const H = 3_600_000;

describe('time left until a target date', () => {
  it('counts down in minutes, hours, then days, rounding down', () => {
    expect(timeLeft(at(59 * 60_000), now)).toEqual({ unit: 'minute', n: 59, overdue: false });
    expect(timeLeft(at(10_000), now)).toEqual({ unit: 'minute', n: 1, overdue: false });
    expect(timeLeft(at(47 * H), now)).toEqual({ unit: 'hour', n: 47, overdue: false });
    expect(timeLeft(at(71 * H), now)).toEqual({ unit: 'day', n: 2, overdue: false });
  });
  it('says how long overdue, and nothing without a target date', () => {
    expect(timeLeft(at(-3 * H - 5), now)).toEqual({ unit: 'hour', n: 3, overdue: true });
    expect(timeLeft(at(-10 * 24 * H), now)).toEqual({ unit: 'day', n: 10, overdue: true });
    expect(timeLeft(null, now)).toBeNull();
  });
});
