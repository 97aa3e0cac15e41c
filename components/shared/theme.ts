/**
 * Light or dark, as one attribute: `data-theme` on a root element, which Tailwind's `dark:`
 * variant reads (assets/tailwind.css, components/sidebar/sidebar.css). The extension's pages
 * follow the system (prefers-color-scheme); the sidebar follows the mail client around it,
 * and the system only where the page gives no sign.
 */

export type Theme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function systemTheme(): Theme {
  return matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Keeps `root`'s data-theme on the system's scheme (the popup, options and import pages). */
export function followSystemTheme(
  root: HTMLElement = document.documentElement,
  signal?: AbortSignal,
): void {
  const apply = () => (root.dataset.theme = systemTheme());
  apply();
  matchMedia(DARK_QUERY).addEventListener('change', apply, { signal });
}

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour; undefined if transparent. */
export function luminance(color: string): number | undefined {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    color.trim(),
  );
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : parseFloat(m[4]) / (m[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * The mail client's theme where the sidebar sits, or undefined when the page gives no sign.
 * Neither client names its theme in a class or attribute a person could not also get from a
 * custom background, so the page is read in this order:
 * 1. Outlook on the web: its Fluent theme sets colour tokens inline on <html>, and a dark
 *    theme inverts `--black` to #FFFFFF (Dark Reader's detector hints for outlook.live.com and
 *    outlook.office.com, darkreader/darkreader pull request 12728).
 * 2. The backdrop: the first opaque background from the sidebar's parent up. Gmail marks its
 *    dark theme only by colour: InboxSDK reads the background of `.bkK > .nH` and the text
 *    colour of the folder list (track-gmail-styles.ts); a dark backdrop is dark whatever the
 *    client, and a picture theme with a light reading area stays light.
 */
export function pageTheme(backdrop: Element | null | undefined): Theme | undefined {
  const doc = backdrop?.ownerDocument;
  if (!doc) return undefined;
  const black = doc.documentElement.style.getPropertyValue('--black').trim().toLowerCase();
  if (black === '#ffffff' || black === '#fff') return 'dark';
  const view = doc.defaultView;
  for (let el: Element | null = backdrop!; el && view; el = el.parentElement) {
    const l = luminance(view.getComputedStyle(el).backgroundColor);
    // 0.18: the luminance of a middle grey (L* 50); Gmail's dark grey is 0.015, its light 0.93.
    if (l !== undefined) return l < 0.18 ? 'dark' : 'light';
  }
  return undefined;
}

/**
 * Keeps `root`'s data-theme on the page's theme around `backdrop()`, else the system's. The page
 * is read again on `update()` (the sidebar calls it when the open conversation changes) and
 * when the system's scheme changes; nothing polls.
 */
export function followPageTheme(
  root: HTMLElement,
  backdrop: () => Element | null | undefined,
  signal: AbortSignal,
): { update: () => void } {
  const update = () => {
    const theme = pageTheme(backdrop()) ?? systemTheme();
    if (root.dataset.theme !== theme) root.dataset.theme = theme;
  };
  update();
  matchMedia(DARK_QUERY).addEventListener('change', update, { signal });
  return { update };
}
