/**
 * Reports the open conversation to the background and gets back the person's settings and
 * decisions for it. When the background does not answer (not installed yet, restarting), the
 * sidebar still works with the default settings.
 */
import { useEffect, useState } from 'react';
import { defaultSettings, type MailThread, type Settings } from '../../lib/core/index';
import type { TrackedThreadState } from '../../lib/messages';
import type { SidebarBridge } from './sidebar-types';

const fallback: TrackedThreadState = { settings: defaultSettings, followUps: [] };

export function useThreadSettings(bridge: SidebarBridge, thread: MailThread | undefined, link: string) {
  const [state, setState] = useState<{ threadId?: string; tracked: TrackedThreadState }>({ tracked: fallback });
  useEffect(() => {
    if (!thread) return;
    let live = true;
    bridge
      .trackThread(thread, link)
      .catch(() => fallback)
      .then((tracked) => live && setState({ threadId: thread.id, tracked: tracked ?? fallback }));
    return () => {
      live = false;
    };
  }, [bridge, thread, link]);

  const ready = !!thread && state.threadId === thread.id;
  const setSettings = (settings: Settings) => setState((s) => ({ ...s, tracked: { ...s.tracked, settings } }));
  return { ready, tracked: state.tracked, setSettings };
}
