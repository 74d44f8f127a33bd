import { STREETS } from './places';
import type { Random } from './random';
import type { DemoFormSession, DemoRequest, DemoSurvey } from './types';
import type { ServiceTraits } from './volumes';

// Pieces of one demo request: where it is, how its surveys went, the forms behind it.
const MINUTE_MS = 60_000;

export function placeOf(r: Random) {
  const s = r.pick(STREETS);
  const number = s.from + 2 * r.int(0, Math.floor((s.to - s.from) / 2));
  // Within a few hundred metres of the street's middle, to six decimals (about 10 cm).
  const near = (x: number) => Math.round((x + (r.next() - 0.5) * 0.005) * 1e6) / 1e6;
  return { address: `${number} ${s.street}`, zip: s.zip, lat: near(s.lat), long: near(s.long) };
}

export function survey(
  r: Random,
  asked: Date,
  answerRate: number,
  delayMs: number,
  scores: readonly (readonly [number, number])[],
  nowMs: number,
): DemoSurvey {
  const answered = r.chance(answerRate) && asked.getTime() + delayMs <= nowMs;
  return {
    createdAt: asked,
    answeredAt: answered ? new Date(asked.getTime() + delayMs) : null,
    score: answered ? r.weighted(scores) : null,
  };
}

/** The form that made a web request, and forms for that service started but never sent. */
export function addFormSessions(
  r: Random,
  req: DemoRequest,
  traits: ServiceTraits,
  out: DemoFormSession[],
  seed: number,
) {
  const minutes = Math.min(40, Math.max(0.7, Math.exp(Math.log(3.5) + 0.55 * r.normal())));
  const id = () => `demo-${seed}-${out.length}`;
  out.push({
    id: id(),
    serviceCode: req.serviceCode,
    startedAt: new Date(req.createdAt.getTime() - minutes * MINUTE_MS),
    submittedAt: req.createdAt,
  });
  while (r.chance(1 - traits.formCompletion)) {
    const startedAt = new Date(req.createdAt.getTime() - r.next() * 6 * 60 * MINUTE_MS);
    out.push({ id: id(), serviceCode: req.serviceCode, startedAt, submittedAt: null });
  }
}
