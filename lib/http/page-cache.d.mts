// Types of page-cache.mjs (plain JavaScript: scripts/server.mjs runs it without a compiler).
import type { IncomingMessage, ServerResponse } from 'node:http';

export function cacheable(
  method: string,
  url: string,
  headers: Record<string, string | string[] | undefined>,
): { key: string; locale: string; ttlMs: number; pool: 'pages' | 'search' } | null;

export function toHashPolicy(html: string, policy: string): { html: string; policy: string } | null;

export function createPageCache(options: {
  port: number;
  version?: () => number | undefined;
  down?: () => boolean;
  now?: () => number;
  maxBytes?: { pages: number; search: number };
}): {
  serve(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  stats: { hits: number; fills: number; passes: number };
  /** Bytes held per pool (pages and their gzip). */
  bytes: { pages: number; search: number };
  clear(): void;
};
