/** The console page for one service's text in one language (codes carry spaces and slashes). */
export function catalogueTextPath(locale: string, code: string, lang: string): string {
  return `/${locale}/staff/admin/catalogue/${encodeURIComponent(code)}/${lang}`;
}
