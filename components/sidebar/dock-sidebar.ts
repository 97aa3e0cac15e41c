/**
 * Keeps the sidebar where a person can see it. After mounting, on window resize (zoom
 * included), on navigation and when the client's layout changes (one ResizeObserver on the
 * anchor row, its columns, the content, the host and what it must not cover; one
 * IntersectionObserver on the host: no polling, no document scans per mutation), it
 * docks the host in the client's layout row and measures it there; when that box is too small,
 * outside the window or on top of what it must not cover (decideDock), it docks `fixed` at the
 * right edge below the client's top bar and narrows the client's content by its width
 * (restored when it leaves or unmounts); in a window too small even for that, it shrinks to
 * the strip. `data-dock` on the host says which.
 */
import type { MailClient } from '../../lib/mail-clients/mail-client';
import { ContentMargin } from './content-margin';
import { decideDock, reservedWidth, type DockMeasurement } from './dock-decision';
import { boxOf, clippedHost, shownBoxes, viewportOf, widestColumn } from './measure-visibility';

export interface DockedSidebar {
  /**
   * Checks at the next frame, once the page has rendered (the open conversation changed, the
   * sidebar was shown or collapsed); several calls in one frame check once.
   */
  update(): void;
  /** Puts the client's content back as it was and stops following the layout. */
  release(): void;
}

/** At most this many of the row's columns, and of the elements to avoid, are observed. */
const MAX_FOLLOWED = 24;

/**
 * Above the mail it sits beside, below the client's own menus, dialogs and compose windows
 * (high z-indexes): those may pass over it, it never over them.
 */
const FIXED_Z = 5;

export function dockSidebar(
  host: HTMLElement,
  client: MailClient,
  signal: AbortSignal,
): DockedSidebar {
  const doc = host.ownerDocument;
  const view = doc.defaultView!;
  const margin = new ContentMargin();
  let frame = 0;
  let observed: Element[] = [];

  const observer = new ResizeObserver(() => schedule());
  // The host moving into or out of the window without changing size (a row that stopped being
  // a row pushes it below the conversation).
  const inView = new IntersectionObserver(() => schedule(), { threshold: [0, 1] });
  inView.observe(host);
  const follow = (elements: Array<Element | undefined>) => {
    const next = [...new Set(elements)].filter((el): el is Element => !!el);
    if (next.length === observed.length && next.every((el, i) => el === observed[i])) return;
    // Observing fires once for each element: only when the set changed, or it would loop.
    observer.disconnect();
    next.forEach((el) => observer.observe(el));
    observed = next;
  };

  const inRow = (anchor: Element) => {
    margin.restore();
    host.style.removeProperty('position');
    host.style.removeProperty('inset');
    host.style.removeProperty('height');
    host.style.removeProperty('z-index');
    if (host.parentElement !== anchor) anchor.append(host);
  };

  const atRightEdge = (top: number, reserve: number, content: HTMLElement | undefined) => {
    host.style.setProperty('position', 'fixed');
    host.style.setProperty('inset', `${Math.max(0, top)}px 0 0 auto`);
    host.style.setProperty('height', 'auto');
    host.style.setProperty('z-index', String(FIXED_Z));
    // Inside a transformed or contained ancestor `fixed` is not fixed to the window: move out.
    const box = boxOf(host);
    if (Math.abs(box.right - viewportOf(doc).width) > 1 || Math.abs(box.top - Math.max(0, top)) > 1)
      doc.body.append(host);
    margin.set(content, reserve);
  };

  const check = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (signal.aborted) return;
    if (host.hidden) {
      // Nothing shown (no conversation open): the content gets its room back.
      margin.restore();
      return;
    }
    const layout = client.layout?.();
    const anchor = client.sidebarAnchor();
    const content = layout?.content instanceof HTMLElement ? layout.content : undefined;
    const avoid = () => shownBoxes(layout?.avoid ?? []);
    const m: DockMeasurement = {
      viewport: viewportOf(doc),
      // Without a top bar (a layout the hooks no longer find), below where the row starts.
      topBarBottom: layout?.topBar
        ? boxOf(layout.topBar).bottom
        : anchor
          ? Math.max(0, boxOf(anchor).top)
          : 0,
      collapsedByPerson: host.hasAttribute('data-collapsed'),
    };
    // Trying the row again from outside it moves the host, which loses focus: not while the
    // person works in it (typing a draft). Inside the row only its style changes.
    const busy = host.parentElement !== anchor && host.matches(':focus-within');
    if (anchor && !busy) {
      inRow(anchor);
      const box = boxOf(host);
      m.row = {
        host: box,
        clipped: clippedHost(host, box),
        avoid: avoid(),
        mailWidth: widestColumn(anchor, host),
      };
    }
    let next = decideDock(m);
    if (next !== 'row') {
      atRightEdge(m.topBarBottom, reservedWidth(next, m.collapsedByPerson), content);
      if (next === 'fixed') {
        const mailWidth = anchor ? widestColumn(anchor, host) : undefined;
        next = decideDock({ ...m, fixed: { avoid: avoid(), mailWidth } });
        if (next === 'collapsed') margin.set(content, reservedWidth(next, false));
      }
    }
    host.setAttribute('data-dock', next);
    // The row's own columns and what the host must not cover too: a layout switch (a split
    // pane closed, a list hidden) can change the room without resizing the row or the host.
    const columns = anchor ? Array.from(anchor.children).slice(0, MAX_FOLLOWED) : [];
    const avoided = (layout?.avoid ?? []).slice(0, MAX_FOLLOWED);
    follow([anchor, content, host, ...columns, ...avoided]);
  };

  const schedule = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(check);
  };

  view.addEventListener('resize', schedule, { signal });
  const release = () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    inView.disconnect();
    margin.restore();
  };
  signal.addEventListener('abort', release);
  return { update: schedule, release };
}
