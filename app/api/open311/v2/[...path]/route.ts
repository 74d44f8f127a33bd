import { CORS_HEADERS } from '@/lib/open311/format';
import { handleOpen311 } from '@/lib/open311/handlers';

export const dynamic = 'force-dynamic';

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
const origin = (request: Request) => new URL(request.url).origin;

export async function GET(request: Request, ctx: Ctx) {
  return handleOpen311(
    'GET',
    await pathOf(ctx),
    new URL(request.url).searchParams,
    origin(request),
  );
}

/** POST bodies are application/x-www-form-urlencoded (GeoReport v2). */
export async function POST(request: Request, ctx: Ctx) {
  const body = new URLSearchParams(await request.text());
  return handleOpen311('POST', await pathOf(ctx), body, origin(request));
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
