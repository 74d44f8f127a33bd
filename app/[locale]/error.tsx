'use client';

import { useParams } from 'next/navigation';
import en from '@/locales/en/Common.json';
import es from '@/locales/es/Common.json';
import enOutage from '@/locales/en/Outage.json';
import esOutage from '@/locales/es/Outage.json';
import { UNAVAILABLE_DIGEST } from '@/db/unavailable';

const copy: Record<string, typeof en> = { en, es };
const outageCopy: Record<string, typeof enOutage> = { en: enOutage, es: esOutage };

/**
 * Unexpected failures. Error boundaries render in the browser, without the server's
 * translations: the few strings come straight from each locale's messages. An unreachable
 * database (the digest set in db/pool.ts and lib/db; the message itself never reaches the
 * browser) gets the "temporarily unavailable" page instead of a generic error.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const params = useParams<{ locale?: string }>();
  const lang =
    params?.locale ?? (typeof document === 'undefined' ? 'en' : document.documentElement.lang);
  if (error.digest === UNAVAILABLE_DIGEST) {
    const o = outageCopy[lang] ?? enOutage;
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
  const t = copy[lang] ?? en;
  return (
    <>
      <h1>{t.errorTitle}</h1>
      <p>{t.errorBody}</p>
      <button type="button" className="btn btn-primary" onClick={reset}>
        {t.tryAgain}
      </button>
    </>
  );
}
