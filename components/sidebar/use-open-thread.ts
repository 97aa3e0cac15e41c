/**
 * Follows the client's open conversation: reads it now and whenever the client reports a
 * change. A layout the client cannot read becomes the 'unreadable' state, never an exception
 * thrown into the host page; the log names the selector, never the mail. Each read also says
 * which of the client's hooks were found (for reading health).
 */
import { useEffect, useState } from 'react';
import { SelectorError, takeHookReport, type HookReport } from '../../lib/mail-clients/dom';
import type { MailClient, OpenThread } from '../../lib/mail-clients/mail-client';

export type OpenThreadState =
  | { kind: 'none' }
  | { kind: 'unreadable'; selector: string; hooks: HookReport }
  /** Not a layout the selectors miss, but a bug in Unghost's reader: said as such. */
  | { kind: 'failed'; hooks: HookReport }
  | { kind: 'open'; open: OpenThread; readAt: Date; hooks: HookReport };

export function readState(client: MailClient, clock: () => Date): OpenThreadState {
  takeHookReport(); // start from a clean record: only this read's lookups count
  try {
    const open = client.readOpenThread();
    return open
      ? { kind: 'open', open, readAt: clock(), hooks: takeHookReport() }
      : { kind: 'none' };
  } catch (error) {
    if (!(error instanceof SelectorError)) {
      // The error's kind only: its message may quote the page.
      const kind = error instanceof Error ? error.name : typeof error;
      console.warn(`[unghost] ${client.name}: bug while reading this conversation (${kind})`);
      return { kind: 'failed', hooks: takeHookReport() };
    }
    console.warn(
      `[unghost] ${client.name}: cannot read this conversation (selector ${error.selectorName})`,
    );
    return { kind: 'unreadable', selector: error.selectorName, hooks: takeHookReport() };
  }
}

export function useOpenThread(
  client: MailClient,
  clock: () => Date,
  onChange?: () => void,
): OpenThreadState {
  const [state, setState] = useState<OpenThreadState>(() => readState(client, clock));
  useEffect(() => {
    const controller = new AbortController();
    setState(readState(client, clock));
    client.watchOpenThread(
      () => {
        onChange?.();
        setState(readState(client, clock));
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [client, clock, onChange]);
  return state;
}
