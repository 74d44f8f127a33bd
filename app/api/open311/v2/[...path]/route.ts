import { CORS_HEADERS, errors } from '@/lib/open311/format';
import { readTextCapped } from '@/lib/http/read-capped';
import { handleOpen311 } from '@/lib/open311/handlers';
import { publicOrigin } from '@/lib/http/public-origin';
import { isDatabaseUnavailable } from '@/db/unavailable';

export const dynamic = 'force-dynamic';

/** A GeoReport v2 post is text: a 4,000-character description and a few fields fit many times. */
const OPEN311_BODY_MAX_BYTES = 64 * 1024;

type Ctx = { params: Promise<{ path: string[] }> };

/** A segment that is not valid percent-encoding (`%25` arrives as `%`) is taken as it is. */
const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};
const pathOf = async (ctx: Ctx) => (await ctx.params).path.map(decoded).join('/');
const origin = (request: Request) => publicOrigin(request.url);

export async function GET(request: Request, ctx: Ctx) {
  const path = await pathOf(ctx);
  return orUnavailable(path, () =>
    handleOpen311('GET', path, new URL(request.url).searchParams, origin(request)),
  );
}

/**
 * The database unreachable: 503 with a GeoReport error and Retry-After, so a client app keeps
 * the resident's report and sends it again later (its idempotency makes the retry safe).
 */
async function orUnavailable(path: string, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    const response = errors(path.endsWith('.json') ? 'json' : 'xml', 503, [
      {
        code: 503,
        description:
          'Service temporarily unavailable: nothing was saved, try again in a few minutes',
      },
    ]);
    response.headers.set('Retry-After', '60');
    return response;
  }
}

/**
 * POST bodies are application/x-www-form-urlencoded (GeoReport v2), read up to
 * OPEN311_BODY_MAX_BYTES: the api_key is inside the body, so the body is read before the key
 * is known, and without a limit a key-less 40 MB post took 1.9 s and 74 MB of memory.
 */
export async function POST(request: Request, ctx: Ctx) {
  const path = await pathOf(ctx);
  const text = await readTextCapped(request, OPEN311_BODY_MAX_BYTES);
  if (text === null) {
    return errors(path.endsWith('.json') ? 'json' : 'xml', 413, [
      {
        code: 413,
        description: `The request body may be at most ${OPEN311_BODY_MAX_BYTES / 1024} KB (send photos as media_url)`,
      },
    ]);
  }
  return orUnavailable(path, () =>
    handleOpen311('POST', path, new URLSearchParams(text), origin(request)),
  );
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
