'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** What the error page says, in the page's language (error boundaries render in the browser). */
export type ErrorCopy = {
  title: string;
  body: string;
  tryAgain: string;
  outage: { title: string; happened: string; nothingLost: string; tryLater: string; retry: string };
};

const Context = createContext<ErrorCopy | null>(null);

/**
 * The layout hands app/[locale]/error.tsx its words, translated on the server for this page's
 * locale only: no client bundle carries every language's messages, and a new locale needs no
 * change here.
 */
export function ErrorCopyProvider({ copy, children }: { copy: ErrorCopy; children: ReactNode }) {
  return <Context.Provider value={copy}>{children}</Context.Provider>;
}

export function useErrorCopy(): ErrorCopy | null {
  return useContext(Context);
}
