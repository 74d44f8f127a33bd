import { Fragment } from 'react';

/**
 * The markup of a stacked table (see StackTable), from figures already formatted on the server.
 * Rendered inside an Island (island.tsx): server HTML only, with no copy in the page's payload
 * and no hydration. Nothing here needs JavaScript in the browser: the disclosure is a native
 * <details>.
 */
export type StackHead = { head: string; col?: string; num?: boolean; secondary?: boolean };
export type StackCell = { value: React.ReactNode; lang?: string };
export type StackRow = {
  key: string;
  name: React.ReactNode;
  lang?: string;
  /** "More figures for …", when the table has secondary columns. */
  more?: string;
  cells: StackCell[];
};

/** A table too wide for the screen scrolls in its own labelled, focusable region (WCAG 1.4.10). */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

const cls = (c: StackHead) =>
  [c.num ? 'num' : '', c.secondary ? 'cell--secondary' : ''].filter(Boolean).join(' ') || undefined;

export function StackTableView({
  id,
  caption,
  region,
  rowHead,
  moreHead,
  heads,
  rows,
}: {
  id: string;
  caption: string;
  /** The scroll region's name (see ScrollRegion). */
  region: string;
  rowHead: string;
  moreHead: string;
  heads: StackHead[];
  rows: StackRow[];
}) {
  const secondary = heads.some((c) => c.secondary);
  return (
    <ScrollRegion label={region}>
      <table className="table table--stack" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHead}</th>
            {heads.map((c) => (
              <th key={c.head} scope="col" className={cls(c)}>
                {c.head}
              </th>
            ))}
            {secondary ? (
              <th scope="col" className="cell--more">
                {moreHead}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-code={r.key}>
              <th scope="row" lang={r.lang}>
                {r.name}
              </th>
              {r.cells.map((cell, i) => (
                // The label is generated content (data-label, shown on a phone) so the cell's
                // text stays the figure alone, as in the downloads. Richer content (a target
                // with its history) gets a wrapper so it stays one block beside the label.
                <td
                  key={i}
                  className={cls(heads[i])}
                  data-col={heads[i].col}
                  data-label={heads[i].head}
                  lang={cell.lang}
                >
                  {typeof cell.value === 'string' ? (
                    cell.value
                  ) : (
                    <div className="cell-value">{cell.value}</div>
                  )}
                </td>
              ))}
              {secondary ? (
                <td className="cell--more">
                  <details>
                    <summary>{r.more}</summary>
                    <dl className="more-figures">
                      {r.cells.map((cell, i) =>
                        heads[i].secondary ? (
                          <Fragment key={i}>
                            <dt>{heads[i].head}</dt>
                            <dd lang={cell.lang}>{cell.value}</dd>
                          </Fragment>
                        ) : null,
                      )}
                    </dl>
                  </details>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
