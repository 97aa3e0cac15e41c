/**
 * The DOM side of the visibility check: boxes of the sidebar host and of what it must not
 * cover, read with getBoundingClientRect (one forced layout per check, only on resize,
 * navigation and layout changes).
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
 * Whether something else is on top of the host where a person would look at it: a hit test at
 * a few points inside its box (inside the viewport). Catches a host clipped by a scrolling
 * ancestor or covered by the client's own layers, which boxes alone do not show.
 */
export function coveredHost(host: Element, box: Box): boolean {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  const inset = 12;
  const points: Array<[number, number]> = [
    [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
    [box.left + inset, box.top + inset],
    [box.right - inset, box.bottom - inset],
  ];
  return points.some(([x, y]) => {
    if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return true;
    const hit = doc.elementFromPoint(x, y);
    return hit !== null && hit !== host && !host.contains(hit);
  });
}

export function viewportOf(doc: Document): { width: number; height: number } {
  // clientWidth leaves out a page scrollbar; innerHeight keeps the full height of the window.
  return {
    width: doc.documentElement.clientWidth || doc.defaultView?.innerWidth || 0,
    height: doc.defaultView?.innerHeight ?? doc.documentElement.clientHeight,
  };
}
