/**
 * Helpers the keyboard and reflow checks run inside the page. `install` is serialised by
 * Playwright and evaluated in the page, so it must be self-contained (no imports, no closures).
 */
export type StopInfo =
  | { end: true }
  | {
      end: false;
      index: number;
      selector: string;
      html: string;
      tabIndex: number;
      /** Computed styles differ from the same element's before any focus. null: not known. */
      styleChanged: boolean | null;
      /** Follows the previous stop in document order (null for the first stop). */
      forward: boolean | null;
      repeat: boolean;
      /** Every sampled point of the element is covered by something else. */
      obscured: string | null;
      rect: { x: number; y: number; width: number; height: number };
    };

export type AuditHelpers = {
  selectorOf(el: Element): string;
  snippet(el: Element): string;
  resetFocus(): void;
  prime(): number;
  stop(): Promise<StopInfo>;
  unreached(): { selector: string; html: string }[];
  positive(): { selector: string; html: string }[];
};

export function install() {
  const w = window as unknown as { __audit?: AuditHelpers };
  if (w.__audit) return;
  const TABBABLE =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
  const PROPS = [
    'outline-style',
    'outline-width',
    'outline-color',
    'outline-offset',
    'box-shadow',
    'border-top-color',
    'border-bottom-color',
    'border-left-color',
    'border-right-color',
    'border-top-width',
    'border-bottom-width',
    'background-color',
    'background-image',
    'color',
    'text-decoration-line',
    'text-decoration-thickness',
    'transform',
    'filter',
  ];
  const selectorOf = (el: Element): string => {
    if (el.id && document.querySelectorAll(`#${CSS.escape(el.id)}`).length === 1)
      return `#${CSS.escape(el.id)}`;
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement) {
      if (e.id && document.querySelectorAll(`#${CSS.escape(e.id)}`).length === 1) {
        parts.unshift(`#${CSS.escape(e.id)}`);
        break;
      }
      const tag = e.tagName.toLowerCase();
      const same = e.parentElement
        ? [...e.parentElement.children].filter((c) => c.tagName === e!.tagName)
        : [];
      parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(e) + 1})` : tag);
    }
    return parts.join(' > ');
  };
  const snippet = (el: Element) => {
    const clone = el.cloneNode(false) as Element;
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    return clone.outerHTML.replace(/><\/[a-z0-9-]+>$/i, `>${text}</${el.tagName.toLowerCase()}>`);
  };
  // What a focus indicator can change: the element, its pseudo-elements, its labels (styled
  // radios and checkboxes draw the ring on the label) and its parent (:focus-within).
  const style = (el: Element) => {
    const parts: Element[] = [el];
    if ('labels' in el && (el as HTMLInputElement).labels)
      parts.push(...(el as HTMLInputElement).labels!);
    if (el.parentElement) parts.push(el.parentElement);
    return parts
      .flatMap((p) =>
        [null, '::before', '::after'].map((pseudo) => {
          const s = getComputedStyle(p, pseudo);
          return PROPS.map((k) => s.getPropertyValue(k)).join('|');
        }),
      )
      .join('\n');
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 &&
      r.height > 0 &&
      el.checkVisibility({ visibilityProperty: true, opacityProperty: false }) &&
      !el.closest('[inert]')
    );
  };
  const tabbables = () =>
    [...document.querySelectorAll(TABBABLE)].filter(
      (el) =>
        (el as HTMLElement).tabIndex >= 0 && !(el as HTMLButtonElement).disabled && visible(el),
    );
  const base = new Map<Element, string>();
  const seen: Element[] = [];
  let last: Element | null = null;
  const covered = (el: Element): string | null => {
    const r = el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const x1 = Math.max(r.left + 1, 0);
    const x2 = Math.min(r.right - 1, vw - 1);
    const y1 = Math.max(r.top + 1, 0);
    const y2 = Math.min(r.bottom - 1, vh - 1);
    if (r.width < 2 || r.height < 2) return null; // nothing to sample
    if (x2 < x1 || y2 < y1) return 'outside the viewport';
    const points = [
      [(x1 + x2) / 2, (y1 + y2) / 2],
      [x1, y1],
      [x2, y1],
      [x1, y2],
      [x2, y2],
    ];
    const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])] : [];
    let cover: Element | null = null;
    for (const [x, y] of points) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || hit === el || el.contains(hit) || hit.contains(el)) return null;
      if (labels.some((l) => l === hit || l.contains(hit))) return null;
      cover = hit;
    }
    return cover ? selectorOf(cover) : null;
  };
  const helpers: AuditHelpers = {
    selectorOf,
    snippet,
    resetFocus() {
      (document.activeElement as HTMLElement | null)?.blur?.();
      // Chromium starts Tab from where focus last was: a focused node that is removed moves that
      // starting point to the top of the document.
      const start = document.createElement('span');
      start.tabIndex = -1;
      document.body.prepend(start);
      start.focus({ preventScroll: true });
      start.remove();
      window.scrollTo(0, 0);
      seen.length = 0;
      last = null;
    },
    prime() {
      const all = tabbables();
      for (const el of all) base.set(el, style(el));
      return all.length;
    },
    async stop() {
      // Two frames: a focus style with a transition (even a near-zero one) settles first.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return { end: true };
      const repeat = seen.includes(el);
      const before = base.get(el);
      const forward =
        last && last !== el
          ? !!(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
          : null;
      last = el;
      if (!repeat) seen.push(el);
      const r = el.getBoundingClientRect();
      return {
        end: false,
        index: seen.indexOf(el),
        selector: selectorOf(el),
        html: snippet(el),
        tabIndex: (el as HTMLElement).tabIndex,
        styleChanged: before === undefined ? null : before !== style(el),
        forward,
        repeat,
        obscured: covered(el),
        rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      };
    },
    unreached() {
      const groups = new Set(
        seen
          .filter((e) => (e as HTMLInputElement).type === 'radio')
          .map((e) => (e as HTMLInputElement).name),
      );
      return (
        tabbables()
          .filter((el) => !seen.includes(el))
          // Only one radio of a group is in the tab sequence (arrow keys move within it).
          .filter(
            (el) =>
              !(
                (el as HTMLInputElement).type === 'radio' &&
                groups.has((el as HTMLInputElement).name)
              ),
          )
          .map((el) => ({ selector: selectorOf(el), html: snippet(el) }))
      );
    },
    positive() {
      return [...document.querySelectorAll('[tabindex]')]
        .filter((el) => (el as HTMLElement).tabIndex > 0)
        .map((el) => ({ selector: selectorOf(el), html: snippet(el) }));
    },
  };
  w.__audit = helpers;
}
