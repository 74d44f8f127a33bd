import type { PerformanceView } from './view';
import { Island } from './island';
import { ScrollRegion, StackTableView, type StackHead, type StackRow } from './StackTableView';

/** A table in its scroll region, named after its caption. */
export function Scroll({
  v,
  caption,
  children,
}: {
  v: PerformanceView;
  caption: string;
  children: React.ReactNode;
}) {
  return (
    <Island>
      <ScrollRegion label={v.t('tableRegion', { caption })}>{children}</ScrollRegion>
    </Island>
  );
}

/**
 * A column of a stacked table. Key columns come first; on a phone each row becomes a card
 * (styles: .table--stack) showing the key cells with their labels, and the secondary ones move
 * into a "More figures for …" disclosure — the same figures, so nothing is lost and nothing
 * needs sideways scrolling. On a wider screen it is an ordinary table with every column.
 */
export type Column<T> = {
  head: string;
  cell: (row: T) => React.ReactNode;
  /** The open-data column key (data-col), for tests and readers comparing with the CSV. */
  col?: string;
  num?: boolean;
  /** Shown on a phone only behind "More figures for …". */
  secondary?: boolean;
  lang?: (row: T) => string | undefined;
};

/**
 * On a phone each row is a card (see Column); the markup is StackTableView's, given the figures
 * formatted here, each once, in an Island: server HTML, not repeated in the page's payload.
 */
export function StackTable<T>({
  v,
  id,
  caption,
  rowHead,
  columns,
  rows,
  keyOf,
  name,
  rowLang,
}: {
  v: PerformanceView;
  id: string;
  caption: string;
  rowHead: string;
  columns: Column<T>[];
  rows: T[];
  keyOf: (row: T) => string;
  /** The row's header cell content, and its plain name for "More figures for …". */
  name: (row: T) => { cell: React.ReactNode; text: string };
  rowLang?: (row: T) => string | undefined;
}) {
  const secondary = columns.some((c) => c.secondary);
  const heads: StackHead[] = columns.map((c) => ({
    head: c.head,
    ...(c.col ? { col: c.col } : {}),
    ...(c.num ? { num: true } : {}),
    ...(c.secondary ? { secondary: true } : {}),
  }));
  const body: StackRow[] = rows.map((r) => {
    const n = name(r);
    const lang = rowLang?.(r);
    return {
      key: keyOf(r),
      name: n.cell,
      ...(lang ? { lang } : {}),
      ...(secondary ? { more: v.t('moreFigures', { name: n.text }) } : {}),
      cells: columns.map((c) => {
        const value = c.cell(r);
        const cellLang = c.lang?.(r);
        return {
          value: typeof value === 'number' ? String(value) : value,
          ...(cellLang ? { lang: cellLang } : {}),
        };
      }),
    };
  });
  return (
    <Island>
      <StackTableView
        id={id}
        caption={caption}
        region={v.t('tableRegion', { caption })}
        rowHead={rowHead}
        moreHead={v.t('colMore')}
        heads={heads}
        rows={body}
      />
    </Island>
  );
}
