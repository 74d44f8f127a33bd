import type { PerformanceView } from './view';

/** A table too wide for the screen scrolls in its own labelled, focusable region (WCAG 1.4.10). */
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
    <div
      className="table-scroll"
      role="region"
      aria-label={v.t('tableRegion', { caption })}
      tabIndex={0}
    >
      {children}
    </div>
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
  const secondary = columns.filter((c) => c.secondary);
  const cls = (c: Column<T>) =>
    [c.num ? 'num' : '', c.secondary ? 'cell--secondary' : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <Scroll v={v} caption={caption}>
      <table className="table table--stack" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHead}</th>
            {columns.map((c) => (
              <th key={c.head} scope="col" className={cls(c)}>
                {c.head}
              </th>
            ))}
            {secondary.length ? (
              <th scope="col" className="cell--more">
                {v.t('colMore')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const n = name(r);
            return (
              <tr key={keyOf(r)} data-code={keyOf(r)}>
                <th scope="row" lang={rowLang?.(r)}>
                  {n.cell}
                </th>
                {columns.map((c) => (
                  // The label is generated content (data-label) so the cell's text stays
                  // the figure alone, as in the downloads.
                  <td
                    key={c.head}
                    className={cls(c)}
                    data-col={c.col}
                    data-label={c.head}
                    lang={c.lang?.(r)}
                  >
                    <div className="cell-value">{c.cell(r)}</div>
                  </td>
                ))}
                {secondary.length ? (
                  <td className="cell--more">
                    <details>
                      <summary>{v.t('moreFigures', { name: n.text })}</summary>
                      <dl className="more-figures">
                        {secondary.map((c) => (
                          <div key={c.head}>
                            <dt>{c.head}</dt>
                            <dd lang={c.lang?.(r)}>{c.cell(r)}</dd>
                          </div>
                        ))}
                      </dl>
                    </details>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Scroll>
  );
}
