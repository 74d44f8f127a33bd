'use client';

import en from '@/locales/en/Common.json';
import es from '@/locales/es/Common.json';

const copy: Record<string, typeof en> = { en, es };

/**
 * Unexpected failures. Error boundaries render in the browser, without the server's
 * translations: the few strings come straight from each locale's Common messages.
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
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
