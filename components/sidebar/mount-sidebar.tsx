/**
 * Mounts the sidebar for a mail client: a <unghost-sidebar> element with an open shadow root
 * (Tailwind styles stay inside it; the content script sets cssInjectionMode 'manual' because the
 * CSS is inlined here), docked in the client's layout row so it narrows the mail view instead
 * of covering it, or, where that row does not give it room a person can see, fixed at the right
 * edge with the client's content narrowed (dock-sidebar.ts; `data-dock` says which). Shared by
 * the Gmail and Outlook content scripts.
 */
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendMessage } from '../../lib/messages';
import type { MailClient } from '../../lib/mail-clients/mail-client';
import { followPageTheme } from '../shared/theme';
import { dockSidebar } from './dock-sidebar';
import { Sidebar } from './sidebar';
import type { SidebarBridge, SidebarPrefs, Translate } from './sidebar-types';
// Inlined, not fetched: the styles arrive with the script and go only into the shadow root.
import css from './sidebar.css?inline';

const COLLAPSED_KEY = 'sidebarCollapsed';

const bridge: SidebarBridge = {
  trackThread: (thread, link, hidden) => sendMessage('trackThread', { thread, link, ...hidden }),
  rememberSent: (sent) => sendMessage('rememberSent', { sent }),
  reportReading: (report) => sendMessage('reportReading', report),
  recordFollowUp: (threadId, stage, date) =>
    sendMessage('recordFollowUp', { threadId, stage, date }),
  saveSettings: (partial) => sendMessage('saveSettings', partial),
  setReplyCorrection: (threadId, correction) =>
    sendMessage('setReplyCorrection', { threadId, correction }),
};

const prefs: SidebarPrefs = {
  loadCollapsed: async () =>
    (await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY] === true,
  saveCollapsed: (collapsed) => browser.storage.local.set({ [COLLAPSED_KEY]: collapsed }),
};

const t: Translate = (key, subs) => browser.i18n.getMessage(key, subs?.map(String)) || key;

export async function mountSidebar(ctx: ContentScriptContext, client: MailClient): Promise<void> {
  const anchor = () => client.sidebarAnchor() ?? document.body;
  const ui = await createShadowRootUi(ctx, {
    name: 'unghost-sidebar',
    css,
    position: 'inline',
    anchor,
    append: 'last',
    isolateEvents: true,
    // sidebar.css resets the host itself (all: initial) and then sizes it as a column.
    inheritStyles: true,
    onMount(container, _shadow, host) {
      container.style.height = '100%';
      const root = createRoot(container);
      // Gmail and Outlook rebuild their layout now and then: the dock follows the anchor.
      const dock = dockSidebar(host, client, ctx.signal);
      // Light or dark as the mail client around it (re-read with each conversation).
      const theme = followPageTheme(container, () => host.parentElement, ctx.signal);
      root.render(
        <Sidebar
          client={client}
          bridge={bridge}
          prefs={prefs}
          t={t}
          locale={browser.i18n.getUILanguage()}
          link={() => location.href}
          onThreadChange={() => {
            dock.update();
            theme.update();
          }}
          onVisibleChange={(visible) => {
            host.toggleAttribute('hidden', !visible);
            dock.update();
          }}
          onCollapsedChange={(collapsed) => {
            host.toggleAttribute('data-collapsed', collapsed);
            dock.update();
          }}
        />,
      );
      dock.update();
      return { root, dock };
    },
    onRemove(mounted) {
      mounted?.dock.release();
      mounted?.root.unmount();
    },
  });
  ui.mount();
}
