'use client';

import { useEffect } from 'react';

/**
 * Development-only accessibility checks. @axe-core/react does not run on React 18+ (its README
 * says so; on React 19 it throws on `createElement`), so this does what it did: run axe-core
 * in the page after each DOM change (debounced) and log violations to the console.
 */
export function DevAxe() {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let observer: MutationObserver | undefined;
    let cancelled = false;
    void import('axe-core').then(({ default: axe }) => {
      if (cancelled) return;
      const check = () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
          if (running) return check();
          running = true;
          try {
            const { violations } = await axe.run(document, {
              runOnly: {
                type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
              },
            });
            for (const v of violations) {
              console.warn(
                `[axe] ${v.impact}: ${v.help} (${v.id})`,
                v.helpUrl,
                v.nodes.map((n) => n.target),
              );
            }
          } finally {
            running = false;
          }
        }, 1000);
      };
      observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true });
      check();
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      observer?.disconnect();
    };
  }, []);
  return null;
}
