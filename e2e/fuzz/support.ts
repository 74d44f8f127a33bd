import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, type APIRequestContext } from '@playwright/test';
import { fuzzSettings } from '../../test/fuzz/arbitraries';
import { formsIn, type Field, type Form } from '../../test/html-forms';

/**
 * HTTP fuzzing against the production test build (issue 13): inputs come from fast-check with
 * one seed per run (printed; FUZZ_SEED replays it, FUZZ_RUNS sets the number of inputs), are
 * sent a few at a time, and every answer must be below 500. Failures are collected with the
 * input that caused them, so one run lists every address that broke.
 */
/** Shares of the properties in http.spec.ts, summed: about 100 s of one worker on 2 cores. */
export const DEFAULT_TOTAL = 1_040;
export const settings = fuzzSettings(process.env, DEFAULT_TOTAL);

type Tally = { inputs: number; byStatus: Record<number, number> };
const tallies: Record<string, Tally> = {};
const failures: string[] = [];
const started = Date.now();

/** What one input did; `what` names it well enough to replay by hand. */
export function record(family: string, status: number, what: string) {
  if (what.length > 600) what = `${what.slice(0, 600)}…`;
  const t = (tallies[family] ??= { inputs: 0, byStatus: {} });
  t.inputs++;
  t.byStatus[status] = (t.byStatus[status] ?? 0) + 1;
  if (status >= 500) failures.push(`${family}: ${status} for ${what}`);
}

/** The inputs of one property: `share` of the run's total, from the run's seed. */
export function inputs<T>(arb: fc.Arbitrary<T>, share: number, salt: number): T[] {
  return fc.sample(arb, { seed: settings.seed + salt, numRuns: settings.runs(share) });
}

/** Runs `send` over every input, `width` at a time (the server has cores to spare meanwhile). */
export async function each<T>(items: T[], send: (item: T) => Promise<void>, width = 3) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await send(items[next++]);
    }),
  );
}

/**
 * A GET that must answer below 500 (redirects not followed: a redirect is an answer). An answer
 * the client cannot read (headers over Node's 16 KB, from a redirect that echoes a very long
 * address) is counted as status 0: the server did answer, and not with an error.
 */
export async function probe(request: APIRequestContext, family: string, url: string) {
  try {
    const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    await res.body();
    record(family, res.status(), `GET ${url}`);
  } catch (e) {
    if (!/Parse Error|Header overflow/i.test(String(e))) throw e;
    record(family, 0, `GET ${url}`);
  }
}

/** A multipart post that must answer below 500 (see postForm). */
export async function probePost(
  request: APIRequestContext,
  family: string,
  url: string,
  pairs: [string, string][],
  origin: string,
) {
  const res = await postForm(request, url, pairs, origin);
  await res.body();
  record(family, res.status(), `POST ${url} ${show(pairs)}`);
  return res;
}

/** Signs in through the sign-in form as a browser without JavaScript does; the context keeps the cookie. */
export async function signInOverHttp(
  ctx: APIRequestContext,
  email: string,
  password: string,
  origin: string,
) {
  const page = await ctx.get('/en/staff/sign-in');
  const form = formsIn(await page.text()).find((f) => f.fields.some((x) => x.name === 'password'));
  if (!form) throw new Error('no sign-in form');
  const pairs = form.fields
    .filter((f) => f.kind === 'hidden')
    .map((f): [string, string] => [f.name, f.value]);
  pairs.push(['email', email], ['password', password]);
  const res = await postForm(ctx, '/en/staff/sign-in', pairs, origin);
  if (res.status() !== 303) throw new Error(`sign-in of ${email} answered ${res.status()}`);
}

/** Asserts there were no server errors so far, listing them when there were. */
export function expectNoServerErrors() {
  expect(failures, `server errors (replay with FUZZ_SEED=${settings.seed})`).toEqual([]);
}

/** The line the closing note quotes, and the counts behind it. */
export function summary(): string {
  const families = Object.entries(tallies);
  const total = families.reduce((n, [, t]) => n + t.inputs, 0);
  const lines = families.map(
    ([f, t]) =>
      `  ${f}: ${t.inputs} (${Object.entries(t.byStatus)
        .map(([s, k]) => `${s}×${k}`)
        .join(' ')})`,
  );
  return `fuzz (HTTP, production build, seed ${settings.seed}): ${total} inputs, ${failures.length} server errors in ${((Date.now() - started) / 1000).toFixed(1)} s\n${lines.join('\n')}`;
}

// ---------------------------------------------------------------------------------------------
// Forms as the server rendered them: what a browser without JavaScript would post back.

export { formsIn, type Field, type Form };

/** Next's fields that name the server action and its bound arguments, as rendered. */
export const isActionField = (name: string) => name.startsWith('$ACTION');

/** Form pairs for a failure message: each value cut short, so a 100 KB one stays readable. */
export const show = (pairs: [string, string][]) =>
  JSON.stringify(pairs.map(([k, v]) => [k, v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v]));

/** Posts a multipart form as a browser without JavaScript does (same origin, no redirects). */
export async function postForm(
  request: APIRequestContext,
  url: string,
  pairs: [string, string][],
  origin: string,
) {
  const body = new FormData();
  for (const [k, v] of pairs) body.append(k, v);
  return request.post(url, {
    multipart: body,
    headers: { Origin: origin },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

// ---------------------------------------------------------------------------------------------
// Server action ids of the build, for forged posts of actions no page offers this user.

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** The id of a server action by its file and name, from the build's manifest (test builds only). */
export function actionId(file: string, exportedName: string): string | undefined {
  const dist = process.env.E2E_DIST_DIR ?? '.next-e2e';
  const manifest = JSON.parse(
    fs.readFileSync(path.join(dist, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as Manifest;
  return Object.entries(manifest.node).find(
    ([, a]) => a.exportedName === exportedName && a.filename?.endsWith(file),
  )?.[0];
}

/** The fields a form without JavaScript sends for an action with bound arguments. */
export function forgedActionFields(id: string, bound: unknown[]): [string, string][] {
  return [
    ['$ACTION_REF_1', ''],
    ['$ACTION_1:0', JSON.stringify({ id, bound: '$@1' })],
    ['$ACTION_1:1', JSON.stringify(bound)],
  ];
}
