/**
 * Reports the open conversation to the background and gets back the person's settings and
 * decisions for it. The sidebar never waits for that answer: it analyses at once with the
 * settings it last heard (the defaults at first) and refines when the background answers.
 * When the background does not answer at all (not running yet, restarting), the defaults stay.
 */
import { useEffect, useState } from 'react';
import {
  defaultSettings,
  type MailThread,
  type ReplyCorrections,
  type Settings,
} from '../../lib/core/index';
import type { OpenThread } from '../../lib/mail-clients/mail-client';
import type { TrackedThreadState } from '../../lib/storage/thread-store';
import type { SidebarBridge } from './sidebar-types';

export function useThreadSettings(
  bridge: SidebarBridge,
  page: OpenThread | undefined,
  link: string,
) {
  const thread: MailThread | undefined = page?.thread;
  const [state, setState] = useState<{ threadId?: string; tracked: TrackedThreadState }>({
    tracked: { settings: defaultSettings, followUps: [] },
  });
  /** The conversation whose report the background did not take (not stored, not in the popup). */
  const [unsaved, setUnsaved] = useState<string>();
  useEffect(() => {
    if (!thread) return;
    let live = true;
    const hidden = {
      hiddenMessageIds: page?.hiddenMessageIds,
      hiddenMessages: page?.hiddenMessages,
    };
    bridge
      .trackThread(thread, link, hidden)
      .then((tracked) => {
        if (!live || !tracked) return;
        setState({ threadId: thread.id, tracked });
        setUnsaved(undefined);
      })
      // Said once in the sidebar; the next read of the conversation tries again.
      .catch(() => live && setUnsaved(thread.id));
    return () => {
      live = false;
    };
    // The page object changes with every read; the thread is what matters.
  }, [bridge, thread, link]);

  // Another thread's decision never shows here; its settings are the person's, so they carry over.
  const tracked: TrackedThreadState =
    thread && state.threadId === thread.id
      ? state.tracked
      : { settings: state.tracked.settings, followUps: [] };
  const setSettings = (settings: Settings) =>
    setState((s) => ({ ...s, tracked: { ...s.tracked, settings } }));
  const setCorrection = (threadId: string, correction: ReplyCorrections | undefined) =>
    setState((s) => {
      if (s.threadId !== threadId) return s;
      const { correction: _old, ...rest } = s.tracked;
      return { ...s, tracked: correction ? { ...rest, correction } : rest };
    });
  const stored = thread !== undefined && state.threadId === thread.id;
  return {
    tracked,
    setSettings,
    setCorrection,
    stored,
    unsaved: thread !== undefined && unsaved === thread.id && !stored,
  };
}
