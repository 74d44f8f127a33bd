import { describe, expect, it } from 'vitest';
import { closingMessages } from './closing-messages';

const e = (id: number, toStatus: string | null, body: string | null = null) => ({
  id,
  toStatus,
  body,
});

describe('closing messages', () => {
  it('keeps the closing message when later notes are added, and gives the latest of them', () => {
    expect(
      closingMessages([
        e(1, 'new'),
        e(2, null, 'Crew booked'),
        e(3, 'closed', 'Filled the hole'),
        e(4, null, 'Checked again'),
        e(5, null, 'Line painting next week'),
      ]),
    ).toEqual({ closingMessage: 'Filled the hole', laterNote: 'Line painting next week' });
  });

  it('does not offer a note from before the closure as news', () => {
    expect(closingMessages([e(1, 'new'), e(2, null, 'Crew booked'), e(3, 'closed')])).toEqual({
      closingMessage: null,
      laterNote: null,
    });
  });

  it('speaks of the latest closure, not one undone by a reopen', () => {
    expect(
      closingMessages([
        e(1, 'new'),
        e(2, 'closed', 'Nothing found'),
        e(3, 'acknowledged'),
        e(4, 'closed', 'Found and filled'),
      ]),
    ).toEqual({ closingMessage: 'Found and filled', laterNote: null });
    expect(
      closingMessages([e(1, 'new'), e(2, 'closed', 'Nothing found'), e(3, 'acknowledged')]),
    ).toEqual({ closingMessage: null, laterNote: null });
  });
});
