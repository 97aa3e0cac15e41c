/**
 * The sweep ("Find my open invoices") of one mail client, as stored: enough to resume it after
 * the browser restarts or its tab was closed, and to show its progress and summary. Holds
 * conversation ids and subjects as the client's search list shows them, never mail text.
 */
import type { SweepHit } from '../mail-clients/mail-client';

export type SweepClient = 'gmail' | 'outlook';
/** The clients whose own search the sweep can drive (a MailClient.sweep driver): Gmail today. */
export const SWEEP_CLIENTS: readonly SweepClient[] = ['gmail'];
export type SweepStatus = 'searching' | 'running' | 'paused' | 'done' | 'cancelled';

export interface SweepState {
  client: SweepClient;
  status: SweepStatus;
  /** Why a sweep is paused: the person paused it, or its tab was closed. */
  pausedBecause?: 'person' | 'tab_closed';
  /** ISO day: sent mail from this day on is searched. */
  since: string;
  /** The client's address the sweep's tab opens (the origin and path the person uses). */
  url: string;
  /** Milliseconds at least between two conversations (a human pace). */
  paceMs: number;
  startedAt: string;
  updatedAt: string;
  /** The sweep's own tab while it runs. */
  tabId?: number;
  /** What the client's search listed (absent until the search ran). */
  hits?: SweepHit[];
  /** Hits handled so far, in order: the next one to handle is hits[done]. */
  done: number;
  /** Invoice conversations stored, and how many of them are silent. */
  found: number;
  silentFound: number;
  /** Stored before and unchanged since: not opened. */
  skipped: number;
  /** Conversations that could not be read, with the reason. */
  unreadable: { threadId: string; subject: string; reason: string }[];
  /** Conversations that were unread before the sweep opened them and were marked unread again. */
  unreadRestored: number;
  /** Unread before, and the client's "mark as unread" could not be used: the person should know. */
  unreadNotRestored: number;
}

/** A human pace: never faster than one conversation a second. */
export const MIN_PACE_MS = 1000;
export const DEFAULT_PACE_MS = 1000;
/** The search looks back this many months unless the person chooses otherwise. */
export const DEFAULT_SWEEP_MONTHS = 12;

export function newSweep(
  client: SweepClient,
  opts: { since: string; url: string; paceMs: number },
  now: Date,
): SweepState {
  const at = now.toISOString();
  return {
    client,
    status: 'searching',
    since: opts.since,
    url: opts.url,
    paceMs: Math.max(MIN_PACE_MS, opts.paceMs),
    startedAt: at,
    updatedAt: at,
    done: 0,
    found: 0,
    silentFound: 0,
    skipped: 0,
    unreadable: [],
    unreadRestored: 0,
    unreadNotRestored: 0,
  };
}

/** Whether a sweep is under way (searching, running or paused): then no second one starts. */
export function isActive(state: SweepState | undefined): boolean {
  return state?.status === 'searching' || state?.status === 'running' || state?.status === 'paused';
}
