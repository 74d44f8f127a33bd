import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { fillSlots, slots } from './slots';

describe('slots', () => {
  it('lets the server format ICU (quotes included) and the client fill browser-only values', () => {
    const formatted = String(
      new IntlMessageFormat("Photo {number} ({size}) de l''été", 'fr').format(
        slots('number', 'size'),
      ),
    );
    expect(fillSlots(formatted, { number: '2', size: '43 KB' })).toBe("Photo 2 (43 KB) de l'été");
  });
  it('leaves a slot it has no value for as it is, and plain text alone', () => {
    expect(fillSlots('no slots {here}', { here: 'x' })).toBe('no slots {here}');
  });
});
