/**
 * Where the sidebar docks, decided from measured boxes only (no DOM), so every case can be a row
 * of a table test. The sidebar first tries the client's layout row (a column beside the
 * conversation); if a person could not see it there, or it leaves the mail only a sliver, it
 * docks `fixed` at the right edge of the window below the client's top bar, with the client's
 * content narrowed to make room; where even that leaves the mail no room, it shrinks to a
 * narrow `collapsed` strip rather than cover anything.
 */

export type Dock = 'row' | 'fixed' | 'collapsed';

/** A box in viewport (CSS pixel) coordinates, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the check measured. */
export interface DockMeasurement {
  viewport: { width: number; height: number };
  /** Bottom of the client's top bar (0 without one): a fixed sidebar starts below it. */
  topBarBottom: number;
  /** The person collapsed the sidebar to its strip: it needs only the strip's room. */
  collapsedByPerson: boolean;
  /**
   * Measured with the sidebar docked in the row: its box, whether an ancestor clips part of it
   * (a scrolling pane, a row of fixed height), the boxes it must not overlap and the width of
   * the row's widest other column (the mail it takes room from; absent: no other column).
   * Absent when there is no row to dock in.
   */
  row?: { host: Box; clipped: boolean; avoid: Box[]; mailWidth?: number };
  /**
   * Measured with the sidebar fixed at the right edge and the content narrowed: the boxes it
   * must not overlap and the row's widest column once the client has reflowed. Absent until
   * that was tried.
   */
  fixed?: { avoid: Box[]; mailWidth?: number };
}

/** The sidebar needs this much room to show a conversation's status and its next step. */
export const MIN_WIDTH = 280;
export const MIN_HEIGHT = 320;
/** Width of the sidebar docked fixed at the right edge, and of its collapsed strip. */
export const FIXED_WIDTH = 320;
export const STRIP_WIDTH = 44;
/** A fixed sidebar leaves the mail at least this wide; narrower windows get the strip. */
export const MIN_CONTENT_WIDTH = 360;
/**
 * Beside the sidebar the mail keeps at least this width (about 30 characters a line): a
 * sidebar that squeezes the conversation into a sliver covers nothing and still hides it.
 */
export const MIN_MAIL_WIDTH = 240;
/** Sub-pixel rounding: boxes that touch or differ by less than this do not overlap. */
const SLACK = 1;

const width = (b: Box) => b.right - b.left;
const height = (b: Box) => b.bottom - b.top;

export function overlaps(a: Box, b: Box): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK
  );
}

function insideViewport(b: Box, viewport: DockMeasurement['viewport']): boolean {
  return (
    b.left >= -SLACK &&
    b.top >= -SLACK &&
    b.right <= viewport.width + SLACK &&
    b.bottom <= viewport.height + SLACK
  );
}

/** The box a sidebar of `boxWidth` gets when docked fixed at the right edge. */
export function fixedBox(m: DockMeasurement, boxWidth: number): Box {
  const top = Math.max(0, m.topBarBottom);
  return {
    left: m.viewport.width - boxWidth,
    top,
    right: m.viewport.width,
    bottom: m.viewport.height,
  };
}

/** How much room the client's content gives up for a sidebar docked `dock`. */
export function reservedWidth(dock: Dock, collapsedByPerson: boolean): number {
  if (dock === 'row') return 0;
  return dock === 'collapsed' || collapsedByPerson ? STRIP_WIDTH : FIXED_WIDTH;
}

/** Whether a person can see the sidebar in `box`: big enough, in the window, covering nothing. */
export function visibleBox(box: Box, m: DockMeasurement, avoid: Box[]): boolean {
  const [minWidth, minHeight] = m.collapsedByPerson
    ? [STRIP_WIDTH - SLACK, STRIP_WIDTH]
    : [MIN_WIDTH, MIN_HEIGHT];
  return (
    width(box) >= minWidth &&
    height(box) >= minHeight &&
    insideViewport(box, m.viewport) &&
    !avoid.some((a) => overlaps(box, a))
  );
}

/**
 * The dock for what was measured. Without `fixed`, a result of 'fixed' is provisional: dock
 * fixed, measure again (the client reflows into its narrowed content) and ask once more.
 */
const roomForMail = (mailWidth: number | undefined) =>
  mailWidth === undefined || mailWidth >= MIN_MAIL_WIDTH;

export function decideDock(m: DockMeasurement): Dock {
  const row = m.row;
  if (row && !row.clipped && roomForMail(row.mailWidth) && visibleBox(row.host, m, row.avoid))
    return 'row';
  const reserve = reservedWidth('fixed', m.collapsedByPerson);
  const box = fixedBox(m, reserve);
  const roomy = m.viewport.width - reserve >= MIN_CONTENT_WIDTH;
  if (!roomy || !visibleBox(box, m, [])) return 'collapsed';
  if (m.fixed && !(roomForMail(m.fixed.mailWidth) && visibleBox(box, m, m.fixed.avoid)))
    return 'collapsed';
  return 'fixed';
}
