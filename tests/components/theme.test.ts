import { afterEach, describe, expect, test } from 'vitest';
import { luminance, pageTheme } from '../../components/shared/theme';

describe('the luminance of a computed background colour', () => {
  test.each<[string, string, number | undefined]>([
    ['white', 'rgb(255, 255, 255)', 1],
    ['black', 'rgb(0, 0, 0)', 0],
    ["Gmail's dark grey", 'rgb(32, 33, 36)', 0.015],
    ["Gmail's light backdrop", 'rgb(246, 248, 252)', 0.938],
    ['transparent (the page shows through)', 'rgba(0, 0, 0, 0)', undefined],
    ['mostly transparent', 'rgba(0, 0, 0, 0.2)', undefined],
    ['opaque enough', 'rgba(20, 20, 20, 0.9)', 0.007],
    ['space syntax with alpha', 'rgb(20 20 20 / 90%)', 0.007],
    ['a colour function it cannot read', 'color(display-p3 1 1 1)', undefined],
  ])('%s', (_label, color, expected) => {
    const l = luminance(color);
    if (expected === undefined) expect(l).toBeUndefined();
    else expect(l).toBeCloseTo(expected, 3);
  });
});

describe("the mail page's theme around the sidebar", () => {
  afterEach(() => {
    document.documentElement.removeAttribute('style');
    document.body.innerHTML = '';
    document.body.removeAttribute('style');
  });

  const row = (html: string) => {
    document.body.innerHTML = html;
    return document.getElementById('row');
  };

  test.each<[string, () => Element | null, string | undefined]>([
    [
      'a dark backdrop (Gmail dark theme)',
      () => row('<div style="background-color: rgb(27, 27, 27)"><div id="row"></div></div>'),
      'dark',
    ],
    [
      'a light backdrop (Gmail default theme)',
      () => row('<div style="background-color: rgb(246, 248, 252)"><div id="row"></div></div>'),
      'light',
    ],
    [
      'the nearest opaque background wins (a light reading area in a dark frame)',
      () =>
        row(
          '<div style="background-color: rgb(0, 0, 0)"><div style="background-color: rgb(255, 255, 255)"><div id="row"></div></div></div>',
        ),
      'light',
    ],
    [
      "Outlook's dark Fluent theme (--black inverted to white on <html>)",
      () => {
        document.documentElement.style.setProperty('--black', '#FFFFFF');
        return row('<div id="row"></div>');
      },
      'dark',
    ],
    ['no sign at all: the system decides', () => row('<div id="row"></div>'), undefined],
    ['no backdrop (not mounted)', () => null, undefined],
  ])('%s', (_label, backdrop, expected) => {
    expect(pageTheme(backdrop())).toBe(expected);
  });
});
