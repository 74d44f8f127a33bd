/** The staff console's targets pages. */
export const targetsPath = (locale: string, fiscalYear?: number) =>
  `/${locale}/staff/targets${fiscalYear === undefined ? '' : `?fy=${fiscalYear}`}`;

/** Service codes contain spaces and "/": one percent-encoded path segment (see lib/services/paths). */
export const targetEditPath = (locale: string, fiscalYear: number, serviceCode: string) =>
  `/${locale}/staff/targets/${fiscalYear}/${encodeURIComponent(serviceCode)}`;
