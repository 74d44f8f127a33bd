/**
 * Service codes are Baltimore's real 311 request types and contain spaces, parentheses and
 * even slashes (`TRM-Sign Damaged/Sign Structure`): always encode them as one path segment.
 */
export function servicePath(locale: string, code: string, suffix = ''): string {
  return `/${locale}/services/${encodeURIComponent(code)}${suffix}`;
}

/** Route params arrive percent-decoded once; a code with an encoded slash may still carry %2F. */
export function codeFromParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
