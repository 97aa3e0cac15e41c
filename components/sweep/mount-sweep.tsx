/**
 * In a mail client's tab: if the background has a sweep for this tab, run it (run-sweep.ts) and
 * show its progress in a banner at the top of the window, in the extension's own shadow root.
 * Any other tab asks once and does nothing more.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendMessage } from '../../lib/messages';
import type { MailClient } from '../../lib/mail-clients/mail-client';
import { followPageTheme } from '../shared/theme';
import css from '../sidebar/sidebar.css?inline';
import { runSweep, type SweepBridge, type SweepProgress } from './run-sweep';

const t = (key: Parameters<typeof browser.i18n.getMessage>[0], subs?: (string | number)[]) =>
  browser.i18n.getMessage(key, subs?.map(String)) || key;

function Banner({ listen }: { listen: (set: (p: SweepProgress) => void) => void }) {
  const [progress, setProgress] = useState<SweepProgress>();
  useEffect(() => listen(setProgress), [listen]);
  if (!progress) return null;
  return (
    <p
      role="status"
      data-testid="sweep-banner"
      data-done={progress.done}
      data-total={progress.total}
      className="m-0 rounded-lg bg-slate-900 dark:bg-slate-100 px-4 py-2 text-sm text-white dark:text-slate-900 shadow-lg"
    >
      {t('sweep_banner', [progress.done, progress.total, progress.found])}
    </p>
  );
}

async function mountBanner(ctx: ContentScriptContext): Promise<(p: SweepProgress) => void> {
  let push: (p: SweepProgress) => void = () => undefined;
  let latest: SweepProgress | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'unghost-sweep',
    css,
    position: 'inline',
    anchor: () => document.body,
    append: 'last',
    isolateEvents: true,
    inheritStyles: true,
    onMount(container, _shadow, host) {
      host.style.cssText =
        'position: fixed; top: 8px; left: 50%; transform: translateX(-50%); width: auto; height: auto; contain: none; z-index: 2147483647;';
      followPageTheme(container, () => document.body, ctx.signal);
      const root = createRoot(container);
      root.render(
        <Banner
          listen={(set) => {
            push = set;
            if (latest) set(latest);
          }}
        />,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return (p) => {
    latest = p;
    push(p);
  };
}

/** Runs this tab's sweep, if it has one. Never throws into the page. */
export async function startSweepIfAsked(ctx: ContentScriptContext, client: MailClient) {
  const name = client.name;
  if (!client.sweep || (name !== 'gmail' && name !== 'outlook')) return;
  const bridge: SweepBridge = {
    task: () => sendMessage('sweepTask', { client: name }),
    searched: (hits) => sendMessage('sweepSearched', { client: name, hits }),
    check: (index) => sendMessage('sweepCheck', { client: name, index }),
    report: (report) => sendMessage('sweepReport', { client: name, report }),
    trackThread: (thread, link, hidden) => sendMessage('trackThread', { thread, link, ...hidden }),
  };
  const controller = new AbortController();
  ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
  let banner: Promise<(p: SweepProgress) => void> | undefined;
  try {
    await runSweep(client, bridge, {
      signal: controller.signal,
      onProgress: (p) => {
        banner ??= mountBanner(ctx);
        void banner.then((show) => show(p));
      },
    });
  } catch (error) {
    // The background hears nothing more from this tab; the popup shows the sweep as stuck
    // where it stopped and the person can cancel or resume it.
    console.debug('[unghost] the sweep in this tab stopped', error);
  }
}
