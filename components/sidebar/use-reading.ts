/**
 * The conversation as far as anyone has seen it: what the page shows now, with what this tab
 * read whole earlier (the person expanded a message, or "Read all messages") and what the
 * background remembers from earlier visits and captures at Send. Counts what is still unseen,
 * so a collapsed invoice reads as "incomplete", never as "no invoice".
 */
import { useMemo, useRef } from 'react';
import {
  mergeReadings,
  type MailThread,
  type MergedReading,
  type RememberedMessage,
} from '../../lib/core/index';
import type { OpenThread, SentMessage } from '../../lib/mail-clients/mail-client';

/** Messages seen whole in this tab, by thread id and message id (gone when the tab closes). */
export class TabMemory {
  private readonly threads = new Map<string, Map<string, RememberedMessage>>();

  /** Keeps every message of `thread` the page shows whole. */
  learn(thread: MailThread): void {
    for (const m of thread.messages) {
      if (typeof m.text !== 'string' || !m.id) continue;
      this.of(thread.id).set(m.id, { ...m, source: 'read' });
    }
  }

  /** Keeps a message the person sent in a conversation. */
  learnSent(sent: SentMessage): void {
    if (!sent.threadId) return;
    const id = `sent:${sent.date}`;
    this.of(sent.threadId).set(id, {
      id,
      from: { email: '' },
      date: sent.date,
      text: sent.text,
      attachments: sent.attachments,
      to: sent.to,
      source: 'sent',
    });
  }

  recall(threadId: string): RememberedMessage[] {
    return [...(this.threads.get(threadId)?.values() ?? [])];
  }

  private of(threadId: string): Map<string, RememberedMessage> {
    let map = this.threads.get(threadId);
    if (!map) this.threads.set(threadId, (map = new Map()));
    return map;
  }
}

export function useTabMemory(): TabMemory {
  return useRef(new TabMemory()).current;
}

export function useReading(
  page: OpenThread | undefined,
  remembered: RememberedMessage[] | undefined,
  memory: TabMemory,
): MergedReading | undefined {
  return useMemo(() => {
    if (!page) return undefined;
    memory.learn(page.thread);
    return mergeReadings(
      {
        thread: page.thread,
        hiddenMessageIds: page.hiddenMessageIds,
        hiddenMessages: page.hiddenMessages,
      },
      [...memory.recall(page.thread.id), ...(remembered ?? [])],
    );
  }, [page, remembered, memory]);
}
