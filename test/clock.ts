/**
 * Tests must pass on any date. With TEST_CLOCK set to an instant (ISO 8601), this test file's
 * clock starts there and runs on at the normal pace: `new Date()` and `Date.now()` answer from
 * it, dates given explicitly are left alone. `npm test` runs the unit and database suites again
 * at a few awkward dates (scripts/test-all.sh); nothing outside the tests reads TEST_CLOCK.
 *
 * The clock moves, rather than standing still, so timeouts, lease expiries and "since"
 * arithmetic behave as on a real day. The database's own now() is not shifted: code that
 * decides anything by the clock takes `now` from the application.
 */
const at = process.env.TEST_CLOCK;
if (at) {
  const target = Date.parse(at);
  if (Number.isNaN(target)) throw new Error(`TEST_CLOCK is not a date: ${at}`);
  const RealDate: DateConstructor =
    (globalThis as { __realDate?: DateConstructor }).__realDate ?? Date;
  const offset = target - RealDate.now();
  class ClockDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number | Date]));
    }
    static now(): number {
      return RealDate.now() + offset;
    }
  }
  Object.assign(globalThis, { __realDate: RealDate, Date: ClockDate });
}
