/** Fakes for the sidebar's props: a scripted MailClient, a background, prefs and English words. */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { Sidebar } from '../../components/sidebar/sidebar';
import type {
  SidebarBridge,
  SidebarPrefs,
  Translate,
} from '../../components/sidebar/sidebar-types';
import { defaultSettings, type MailThread, type Settings } from '../../lib/core/index';
import type { MailClient, OpenThread } from '../../lib/mail-clients/mail-client';
import type { SentTracking, TrackedThreadState } from '../../lib/storage/thread-store';

/** chrome.i18n's substitution: $ARG1$ placeholders filled from the substitutions. */
export const t: Translate = (key, subs = []) => {
  const entry = (
    en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>
  )[key];
  if (!entry) return key;
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return String(subs[Number(content.slice(1)) - 1] ?? '');
  });
};

export function fakeClient(initial: OpenThread | undefined | Error) {
  let current = initial;
  let notify: () => void = () => undefined;
  const client: MailClient & { inserted: string[] } = {
    name: 'gmail',
    inserted: [],
    readOpenThread: () => {
      if (current instanceof Error) throw current;
      return current;
    },
    watchOpenThread: (onChange) => {
      notify = onChange;
    },
    sidebarAnchor: () => undefined,
    insertReply: vi.fn(async (text: string) => {
      client.inserted.push(text);
    }),
  };
  return {
    client,
    /** The page changed: another conversation, none, or an unreadable one. */
    show(next: OpenThread | undefined | Error) {
      current = next;
      notify();
    },
  };
}

export function fakeBridge(answer: Partial<TrackedThreadState> | Error = {}) {
  const bridge = {
    trackThread: vi.fn(async () => {
      if (answer instanceof Error) throw answer;
      return { settings: defaultSettings, followUps: [], ...answer };
    }),
    recordFollowUp: vi.fn(async () => undefined),
    rememberSent: vi.fn(async (): Promise<SentTracking | null> => null),
    untrackSent: vi.fn(async () => true),
    reportReading: vi.fn(async () => undefined),
    saveSettings: vi.fn(async (partial: Partial<Settings>) => ({ ...defaultSettings, ...partial })),
    setReplyCorrection: vi.fn(async () => undefined),
  } satisfies SidebarBridge;
  return bridge;
}

export function memoryPrefs(collapsed = false): SidebarPrefs & { saved: boolean[] } {
  const saved: boolean[] = [];
  return {
    saved,
    loadCollapsed: async () => collapsed,
    saveCollapsed: async (c) => void saved.push(c),
  };
}

export function open(thread: MailThread, partial: Partial<OpenThread> = {}): OpenThread {
  return { thread, hiddenMessages: 0, collapsedMessages: 0, ...partial };
}

export function renderSidebar(
  client: MailClient,
  opts: { now: string; bridge?: SidebarBridge; prefs?: SidebarPrefs },
) {
  const bridge = opts.bridge ?? fakeBridge();
  const prefs = opts.prefs ?? memoryPrefs();
  const now = new Date(opts.now);
  const utils = render(
    <Sidebar
      client={client}
      bridge={bridge}
      prefs={prefs}
      t={t}
      locale="en-GB"
      link={() => 'https://mail.google.com/mail/u/0/#inbox/x'}
      clock={() => now}
    />,
  );
  return { ...utils, bridge, prefs };
}
