/**
 * The DOM side of the visibility check: boxes of the sidebar host and of what it must not
 * cover, read with getBoundingClientRect (one forced layout per check, only on resize,
 * navigation and layout changes), and whether an ancestor cuts the host off.
 */
import type { Box } from './dock-decision';

export function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** Boxes of the elements that take room on screen (hidden ones and empty boxes left out). */
export function shownBoxes(elements: readonly Element[]): Box[] {
  return elements
    .filter((el) => el.isConnected)
    .map(boxOf)
    .filter((b) => b.right - b.left > 0 && b.bottom - b.top > 0);
}

/**
 * Whether an ancestor clips the host (overflow other than visible, as a scrolling pane or a
 * fixed-height row does): its box alone does not show that part of it is cut off. Reads the
 * computed overflow of the host's ancestors, a dozen or two, only when the dock checks. Unlike
 * a hit test, a menu or hovercard the client shows over it for a moment does not count.
 */
export function clippedHost(host: Element, box: Box): boolean {
  const view = host.ownerDocument.defaultView;
  if (!view) return false;
  for (let el = host.parentElement; el && el !== host.ownerDocument.body; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = boxOf(el);
    if (
      box.left < clip.left - 1 ||
      box.right > clip.right + 1 ||
      box.top < clip.top - 1 ||
      box.bottom > clip.bottom + 1
    )
      return true;
  }
  return false;
}

/**
 * Width of the row's widest column other than the host (the conversation or the list beside
 * it: what the sidebar takes room from), or undefined when the row holds nothing else.
 */
export function widestColumn(row: Element, host: Element): number | undefined {
  let widest: number | undefined;
  for (const column of Array.from(row.children).slice(0, 24)) {
    if (column === host) continue;
    const width = column.getBoundingClientRect().width;
    if (width > 0) widest = Math.max(widest ?? 0, width);
  }
  return widest;
}

export function viewportOf(doc: Document): { width: number; height: number } {
  // clientWidth leaves out a page scrollbar; innerHeight keeps the full height of the window.
  return {
    width: doc.documentElement.clientWidth || doc.defaultView?.innerWidth || 0,
    height: doc.defaultView?.innerHeight ?? doc.documentElement.clientHeight,
  };
}
