/**
 * Mounts the sidebar for a mail client: a <unghost-sidebar> element with an open shadow root
 * (Tailwind styles stay inside it; the content script sets cssInjectionMode 'manual' because the
 * CSS is inlined here), docked in the client's layout row so it narrows the mail view instead
 * of covering it, or, where that row does not give it room a person can see, fixed at the right
 * edge with the client's content narrowed (dock-sidebar.ts; `data-dock` says which). Shared by
 * the Gmail and Outlook content scripts.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendMessage } from '../../lib/messages';
import type { MailClient } from '../../lib/mail-clients/mail-client';
import type { SentTracking } from '../../lib/storage/thread-store';
import { followPageTheme } from '../shared/theme';
import { dockSidebar } from './dock-sidebar';
import { SentToast } from './sent-toast';
import { Sidebar } from './sidebar';
import type { SidebarBridge, SidebarPrefs, Translate } from './sidebar-types';
// Inlined, not fetched: the styles arrive with the script and go only into the shadow root.
import css from './sidebar.css?inline';

const COLLAPSED_KEY = 'sidebarCollapsed';

/** The background, for the sidebar of one mail client. */
const bridgeFor = (client: MailClient['name']): SidebarBridge => ({
  trackThread: (thread, link, hidden) => sendMessage('trackThread', { thread, link, ...hidden }),
  rememberSent: (sent, link) =>
    sendMessage('rememberSent', {
      sent,
      link,
      ...(client === 'gmail' || client === 'outlook' ? { client } : {}),
    }),
  untrackSent: (threadId) => sendMessage('untrackSent', { threadId }),
  reportReading: (report) => sendMessage('reportReading', report),
  recordFollowUp: (threadId, stage, date) =>
    sendMessage('recordFollowUp', { threadId, stage, date }),
  saveSettings: (partial) => sendMessage('saveSettings', partial),
  setReplyCorrection: (threadId, correction) =>
    sendMessage('setReplyCorrection', { threadId, correction }),
});

const prefs: SidebarPrefs = {
  loadCollapsed: async () =>
    (await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY] === true,
  saveCollapsed: (collapsed) => browser.storage.local.set({ [COLLAPSED_KEY]: collapsed }),
};

const t: Translate = (key, subs) => browser.i18n.getMessage(key, subs?.map(String)) || key;

/**
 * The confirmation of a tracking at Send, in its own host fixed at the bottom of the window: it
 * shows even when no conversation is open (new mail sent from the inbox), when the sidebar's
 * host is hidden. Returns the function that shows one.
 */
async function mountSentToast(
  ctx: ContentScriptContext,
  bridge: SidebarBridge,
): Promise<(tracked: SentTracking) => void> {
  let show: (tracked: SentTracking) => void = () => undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'unghost-toast',
    css,
    position: 'inline',
    anchor: () => document.body,
    append: 'last',
    isolateEvents: true,
    inheritStyles: true,
    onMount(container, _shadow, host) {
      // The page's own declarations on the host win over sidebar.css's column sizing.
      host.style.cssText =
        'position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); width: auto; height: auto; contain: none; z-index: 2147483647;';
      const theme = followPageTheme(container, () => document.body, ctx.signal);
      const root = createRoot(container);
      function Host() {
        const [tracked, setTracked] = useState<SentTracking>();
        useEffect(() => {
          show = (next) => {
            theme.update();
            setTracked({ ...next });
          };
        }, []);
        return (
          <SentToast
            tracked={tracked}
            t={t}
            locale={browser.i18n.getUILanguage()}
            onUndo={(threadId) => bridge.untrackSent(threadId)}
          />
        );
      }
      root.render(<Host />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return (tracked) => show(tracked);
}

export async function mountSidebar(ctx: ContentScriptContext, client: MailClient): Promise<void> {
  const bridge = bridgeFor(client.name);
  const onSentTracked = await mountSentToast(ctx, bridge);
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
          onSentTracked={onSentTracked}
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
