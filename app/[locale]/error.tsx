'use client';

import { UNAVAILABLE_DIGEST } from '@/db/unavailable';
import { useErrorCopy } from '@/components/layout/ErrorCopy';

import en from '@/locales/en/Common.json';

// Only if the layout itself failed before it could give the words: English, the fallback.
const FALLBACK = { title: en.errorTitle, body: en.errorBody, tryAgain: en.tryAgain };

/**
 * Unexpected failures. Error boundaries render in the browser, without the server's
 * translations: the layout gives the words for this page's language (components/layout/
 * ErrorCopy.tsx). An unreachable database (the digest set in db/pool.ts and lib/db; the message
 * itself never reaches the browser) gets the "temporarily unavailable" page instead.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const copy = useErrorCopy();
  if (error.digest === UNAVAILABLE_DIGEST && copy) {
    const o = copy.outage;
    return (
      <>
        <title>{o.title}</title>
        <h1>{o.title}</h1>
        <p>{o.happened}</p>
        <p>{o.nothingLost}</p>
        <p>{o.tryLater}</p>
        <button type="button" className="btn btn-primary" onClick={reset}>
          {o.retry}
        </button>
      </>
    );
  }
  const t = copy ?? FALLBACK;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="btn btn-primary" onClick={reset}>
        {t.tryAgain}
      </button>
    </>
  );
}
