import 'server-only';
import { Worker } from 'node:worker_threads';

/**
 * HEIC decoding (libheif compiled to WebAssembly, heic-decode) off the main thread. WebAssembly
 * runs synchronously on the thread that calls it: on the main thread one crafted photo stalled
 * every other request for as long as it decoded. Here one worker decodes one photo at a time
 * (the rest wait their turn, and the upload limit per address keeps that queue short); a photo
 * that takes longer than DECODE_TIMEOUT_MS ends the worker and is refused.
 *
 * The worker's code is a string evaluated by Node and loads heic-decode from node_modules
 * (a server-external package, next.config.js), so no bundler has to find or copy a worker file:
 * the production build runs it exactly as the tests do.
 */
const WORKER_CODE = `
const { parentPort } = require('node:worker_threads');
const { createRequire } = require('node:module');
const decode = createRequire(process.cwd() + '/')('heic-decode');
parentPort.on('message', async ({ id, bytes }) => {
  try {
    const { width, height, data } = await decode({ buffer: bytes });
    parentPort.postMessage({ id, width, height, data }, [data.buffer]);
  } catch {
    parentPort.postMessage({ id, error: true });
  }
});
`;

export const DECODE_TIMEOUT_MS = 20_000;
/** A worker left idle this long is ended, giving back the decoder's memory (it restarts in ~0.3 s). */
const IDLE_MS = 60_000;

export type Decoded = { width: number; height: number; data: Uint8Array };

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let nextId = 0;
let queue: Promise<unknown> = Promise.resolve();

/** Ends the worker now (the next photo starts a new one). */
export function stopHeicWorker() {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  void worker?.terminate();
  worker = null;
}

function current(): Worker {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!worker) {
    worker = new Worker(WORKER_CODE, { eval: true });
    worker.unref(); // an idle decoder never keeps the server (or a test run) from exiting
    worker.on('error', stopHeicWorker);
  }
  return worker;
}

function decodeNow(bytes: Uint8Array, timeoutMs: number): Promise<Decoded | null> {
  const w = current();
  const id = ++nextId;
  return new Promise((resolve) => {
    const done = (result: Decoded | null) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('exit', onExit);
      resolve(result);
    };
    const onMessage = (m: { id: number; error?: boolean } & Partial<Decoded>) => {
      if (m.id !== id) return;
      done(m.error ? null : { width: m.width!, height: m.height!, data: m.data! });
    };
    const onExit = () => done(null);
    const timer = setTimeout(() => {
      stopHeicWorker();
      done(null);
    }, timeoutMs);
    w.on('message', onMessage);
    w.on('exit', onExit);
    // A copy is sent: the caller's buffer may be a view into a larger pooled one.
    w.postMessage({ id, bytes: Uint8Array.from(bytes) });
  });
}

/** The RGBA pixels of a HEIC photo, or null when it cannot be decoded in time. */
export function decodeHeic(
  bytes: Uint8Array,
  timeoutMs = DECODE_TIMEOUT_MS,
): Promise<Decoded | null> {
  const run = queue.then(() => decodeNow(bytes, timeoutMs));
  queue = run.finally(() => {
    if (!idleTimer && worker) idleTimer = setTimeout(stopHeicWorker, IDLE_MS).unref();
  });
  return run;
}
