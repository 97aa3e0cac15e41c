/**
 * Where the sidebar docks, as a person would see it: in the client's row when it is big enough,
 * in the window and covers nothing; fixed at the right edge below the top bar otherwise; a
 * strip when the window has no room for either.
 */
import { describe, expect, test } from 'vitest';
import {
  decideDock,
  fixedBox,
  reservedWidth,
  type Box,
  type DockMeasurement,
} from '../../components/sidebar/dock-decision';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** A 1280x800 window, a 64 px top bar, message text from x=300 to x=900. */
const text = box(300, 200, 600, 300);
const topBar = box(0, 0, 1280, 64);
const base: DockMeasurement = {
  viewport: { width: 1280, height: 800 },
  topBarBottom: 64,
  collapsedByPerson: false,
};
const inRow = (
  host: Box,
  extra: Partial<NonNullable<DockMeasurement['row']>> = {},
): DockMeasurement => ({
  ...base,
  row: { host, clipped: false, avoid: [text, topBar], ...extra },
});

describe('the first measurement, docked in the row', () => {
  test.each<[string, DockMeasurement, 'row' | 'fixed' | 'collapsed']>([
    [
      'a 320 px column beside the text, below the top bar, stays in the row',
      inRow(box(950, 64, 320, 720)),
      'row',
    ],
    ['exactly 280 x 320 is enough', inRow(box(950, 64, 280, 320)), 'row'],
    ['a column touching the text edge does not overlap it', inRow(box(900, 64, 320, 720)), 'row'],
    ['0 px high (a row that does not size it) docks fixed', inRow(box(950, 64, 320, 0)), 'fixed'],
    [
      'below the conversation, outside the window, docks fixed',
      inRow(box(300, 800, 320, 720)),
      'fixed',
    ],
    ['partly below the window bottom docks fixed', inRow(box(950, 400, 320, 720)), 'fixed'],
    ['279 px wide is too narrow: fixed', inRow(box(950, 64, 279, 720)), 'fixed'],
    ['on top of the message text docks fixed', inRow(box(800, 64, 320, 720)), 'fixed'],
    ['over the top bar docks fixed', inRow(box(950, 0, 320, 720)), 'fixed'],
    [
      'cut off by a clipping ancestor docks fixed',
      inRow(box(950, 64, 320, 720), { clipped: true }),
      'fixed',
    ],
    ['no row at all docks fixed', base, 'fixed'],
    [
      'a row that leaves the mail a 200 px sliver docks fixed',
      inRow(box(950, 64, 320, 720), { mailWidth: 200 }),
      'fixed',
    ],
    [
      'a row that leaves the mail 240 px stays',
      inRow(box(950, 64, 320, 720), { mailWidth: 240 }),
      'row',
    ],
    [
      'a window too narrow for the sidebar beside the mail gets the strip',
      { ...inRow(box(300, 64, 320, 0)), viewport: { width: 600, height: 800 } },
      'collapsed',
    ],
    [
      'a window too low for 320 px under the top bar gets the strip',
      { ...inRow(box(950, 64, 320, 0)), viewport: { width: 1280, height: 360 } },
      'collapsed',
    ],
    [
      'collapsed by the person, the 44 px strip in the row is fine',
      { ...inRow(box(1236, 64, 44, 720)), collapsedByPerson: true },
      'row',
    ],
    [
      'collapsed by the person in a narrow window still docks fixed (it needs only the strip)',
      {
        ...inRow(box(300, 800, 44, 0)),
        collapsedByPerson: true,
        viewport: { width: 600, height: 800 },
      },
      'fixed',
    ],
  ])('%s', (_label, m, dock) => {
    expect(decideDock(m)).toBe(dock);
  });
});

describe('the second measurement, fixed at the right edge with the content narrowed', () => {
  const failing = inRow(box(300, 800, 320, 720));
  test.each<[string, Box[], number | undefined, 'fixed' | 'collapsed']>([
    ['the text reflowed left of the sidebar: fixed', [text, topBar], 600, 'fixed'],
    [
      'text still under it (content that would not narrow): the strip',
      [box(300, 200, 800, 300), topBar],
      600,
      'collapsed',
    ],
    [
      "the client's side panel still at the right edge: the strip",
      [box(1224, 64, 56, 736), topBar],
      600,
      'collapsed',
    ],
    [
      'the narrowed mail down to a 180 px sliver: the strip',
      [box(300, 200, 180, 300), topBar],
      180,
      'collapsed',
    ],
    ['a row with no other column to measure: fixed', [text, topBar], undefined, 'fixed'],
  ])('%s', (_label, avoid, mailWidth, dock) => {
    expect(decideDock({ ...failing, fixed: { avoid, mailWidth } })).toBe(dock);
  });
});

describe('the fixed box and the room it takes', () => {
  test.each([
    ['fixed, expanded', 'fixed', false, 320],
    ['fixed, collapsed by the person', 'fixed', true, 44],
    ['the strip', 'collapsed', false, 44],
    ['in the row', 'row', false, 0],
  ] as const)('%s reserves its width', (_label, dock, collapsed, px) => {
    expect(reservedWidth(dock, collapsed)).toBe(px);
  });

  test('starts below the top bar and runs to the bottom of the window at the right edge', () => {
    expect(fixedBox(base, 320)).toEqual({ left: 960, top: 64, right: 1280, bottom: 800 });
  });
});
