import { describe, expect, it } from 'vitest';
import { readTextCapped } from './read-capped';

/** A body streamed in chunks, with no Content-Length (as a chunked upload arrives). */
function streamed(chunks: string[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const s of chunks) c.enqueue(new TextEncoder().encode(s));
      c.close();
    },
  });
  return new Request('http://x/', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('reading a body up to a limit', () => {
  it('reads a body within the limit, multi-byte characters included', async () => {
    expect(await readTextCapped(streamed(['a=1&', 'b=ñandú']), 100)).toBe('a=1&b=ñandú');
    expect(await readTextCapped(new Request('http://x/', { method: 'POST', body: 'x=1' }), 3)).toBe(
      'x=1',
    );
  });
  it('refuses a declared size over the limit without reading, and a streamed one once past it', async () => {
    const big = new Request('http://x/', { method: 'POST', body: 'x'.repeat(101) });
    expect(await readTextCapped(big, 100)).toBeNull();
    expect(await readTextCapped(streamed(['x'.repeat(60), 'y'.repeat(60)]), 100)).toBeNull();
  });
});
