/**
 * The sweep ("Find my open invoices"): the background keeps each mail client's sweep (one at a
 * time per client), opens the client in a tab of its own, hands the content script there its
 * task step by step, counts what it reports, and closes the tab at the end. The content script
 * does the clicking through the client's own interface (lib/content/sweep-runner.ts).
 *
 * State lives in IndexedDB, so a sweep survives the browser restarting (it resumes in a new
 * tab) and its tab being closed (it pauses, and Resume opens a new tab where it stopped).
 */
import type { SweepHit } from '../mail-clients/mail-client';
import type { UnghostDb } from '../storage/database';
import {
  DEFAULT_PACE_MS,
  DEFAULT_SWEEP_MONTHS,
  isActive,
  SWEEP_CLIENTS,
  newSweep,
  type SweepClient,
  type SweepState,
} from '../storage/sweep-state';

/** What the content script in the sweep's tab is to do next. */
export interface SweepTask {
  since: string;
  paceMs: number;
  /** The search's hits, once it ran; absent: run the search first. */
  hits?: SweepHit[];
  /** Index of the next hit to handle. */
  next: number;
  /** Invoice conversations found so far. */
  found: number;
}

/** How one conversation went, as the content script reports it. */
export interface SweepReport {
  index: number;
  outcome: 'invoice' | 'not_invoice' | 'skipped' | 'unreadable';
  /** The invoice conversation is silent (outcome 'invoice'). */
  silent?: boolean;
  reason?: string;
  /** The conversation was unread before: true marked unread again, false could not be. */
  unreadRestored?: boolean;
}

export interface SweepTabs {
  /** Opens `url` in a new inactive tab; resolves with its id. */
  open(url: string): Promise<number>;
  close(tabId: number): Promise<void>;
}

export interface SweepDeps {
  db: () => Promise<UnghostDb>;
  now: () => Date;
  tabs: SweepTabs;
  /** The stored thread's newest message date, to skip conversations unchanged since. */
  storedNewest: (threadId: string) => Promise<string | undefined>;
  /** Told after every change (the popup listens). */
  changed: () => Promise<void>;
}

const SWEEP_MESSAGES = {
  running: 'A sweep of this mail client is already under way.',
  none: 'No sweep.',
  unsupported: 'Unghost cannot search this mail client yet.',
} as const;

export class SweepError extends Error {
  constructor(readonly code: keyof typeof SWEEP_MESSAGES) {
    super(SWEEP_MESSAGES[code]);
    this.name = 'SweepError';
  }
}

const START_URL: Record<SweepClient, string> = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox',
  outlook: 'https://outlook.office.com/mail/',
};

/** The ISO day `months` months before `now` (31 March less a month is 28 or 29 February). */
export function monthsBefore(now: Date, months: number): string {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(now.getUTCDate(), last));
  return first.toISOString().slice(0, 10);
}

export function createSweepController(deps: SweepDeps) {
  const { db, now, tabs } = deps;
  const load = async (client: SweepClient) => (await db()).get('sweeps', client);
  const save = async (state: SweepState) => {
    await (await db()).put('sweeps', { ...state, updatedAt: now().toISOString() });
    await deps.changed();
  };
  /** The client's sweep, if `tabId` is its tab and it is meant to work now. */
  const ownSweep = async (client: SweepClient, tabId: number | undefined) => {
    const state = await load(client);
    if (!state || tabId === undefined || state.tabId !== tabId) return undefined;
    return state;
  };
  const finish = async (state: SweepState, status: 'done' | 'cancelled') => {
    const tabId = state.tabId;
    const { tabId: _t, pausedBecause: _p, ...rest } = state;
    await save({ ...rest, status });
    if (tabId !== undefined) await tabs.close(tabId).catch(() => undefined);
  };

  return {
    async status(): Promise<SweepState[]> {
      return (await db()).getAll('sweeps');
    },

    async start(input: { client: SweepClient; months?: number; url?: string; paceMs?: number }) {
      // A tab of a client with no sweep driver would wait for a search that never comes.
      if (!SWEEP_CLIENTS.includes(input.client)) throw new SweepError('unsupported');
      if (isActive(await load(input.client))) throw new SweepError('running');
      const state = newSweep(
        input.client,
        {
          since: monthsBefore(now(), input.months ?? DEFAULT_SWEEP_MONTHS),
          url: input.url ?? START_URL[input.client],
          paceMs: input.paceMs ?? DEFAULT_PACE_MS,
        },
        now(),
      );
      state.tabId = await tabs.open(state.url);
      await save(state);
      return state;
    },

    async pause(client: SweepClient) {
      const state = await load(client);
      if (!state || !isActive(state)) throw new SweepError('none');
      await save({ ...state, status: 'paused', pausedBecause: 'person' });
    },

    async resume(client: SweepClient) {
      const state = await load(client);
      if (!state || state.status !== 'paused') throw new SweepError('none');
      const { pausedBecause: _p, ...rest } = state;
      // A new tab where it stopped (the old one may be gone or showing something else), saved
      // before the old one closes, so that closing it is not taken for the person's doing.
      const tabId = await tabs.open(state.url);
      await save({ ...rest, status: state.hits ? 'running' : 'searching', tabId });
      if (state.tabId !== undefined) await tabs.close(state.tabId).catch(() => undefined);
    },

    async cancel(client: SweepClient) {
      const state = await load(client);
      if (!state || !isActive(state)) throw new SweepError('none');
      await finish(state, 'cancelled');
    },

    /** The browser started again: sweeps that were working go on in a new tab. */
    async resumeAfterRestart() {
      for (const state of await (await db()).getAll('sweeps')) {
        if (state.status !== 'searching' && state.status !== 'running') continue;
        const tabId = await tabs.open(state.url);
        await save({ ...state, tabId });
      }
    },

    /** A tab was closed: if it was a sweep's, that sweep pauses where it was. */
    async tabClosed(tabId: number) {
      for (const state of await (await db()).getAll('sweeps')) {
        if (state.tabId !== tabId || !isActive(state)) continue;
        const { tabId: _t, ...rest } = state;
        await save({
          ...rest,
          status: 'paused',
          pausedBecause: state.status === 'paused' ? state.pausedBecause : 'tab_closed',
        });
      }
    },

    async task(client: SweepClient, tabId: number | undefined): Promise<SweepTask | null> {
      const state = await ownSweep(client, tabId);
      if (!state || (state.status !== 'searching' && state.status !== 'running')) return null;
      const task: SweepTask = {
        since: state.since,
        paceMs: state.paceMs,
        next: state.done,
        found: state.found,
      };
      if (state.hits) task.hits = state.hits;
      return task;
    },

    async searched(client: SweepClient, tabId: number | undefined, hits: SweepHit[]) {
      const state = await ownSweep(client, tabId);
      if (!state || state.status !== 'searching') return false;
      // The same conversation listed twice (two pages of results) is handled once.
      const seen = new Set<string>();
      const unique = hits.filter((h) => !seen.has(h.threadId) && seen.add(h.threadId));
      if (unique.length === 0) {
        await finish({ ...state, hits: [] }, 'done');
        return false;
      }
      await save({ ...state, status: 'running', hits: unique });
      return true;
    },

    /** Before opening hit `index`: go on, skip it (stored and unchanged), or stop. */
    async check(
      client: SweepClient,
      tabId: number | undefined,
      index: number,
    ): Promise<'open' | 'skip' | 'stop'> {
      const state = await ownSweep(client, tabId);
      if (!state || state.status !== 'running' || !state.hits || index !== state.done)
        return 'stop';
      const hit = state.hits[index];
      if (!hit) return 'stop';
      const newest = await deps.storedNewest(hit.threadId);
      // Stored, and the list shows nothing newer than what is stored: nothing to read again.
      if (newest && hit.date && hit.date <= newest.slice(0, 10)) return 'skip';
      return 'open';
    },

    /** One conversation handled; answers whether to go on. */
    async report(
      client: SweepClient,
      tabId: number | undefined,
      r: SweepReport,
    ): Promise<{ go: boolean }> {
      const state = await ownSweep(client, tabId);
      if (!state || !state.hits || r.index !== state.done) return { go: false };
      const hit = state.hits[r.index]!;
      const next: SweepState = { ...state, done: state.done + 1 };
      if (r.outcome === 'invoice') {
        next.found += 1;
        if (r.silent) next.silentFound += 1;
      } else if (r.outcome === 'skipped') next.skipped += 1;
      else if (r.outcome === 'unreadable')
        next.unreadable = [
          ...state.unreadable,
          { threadId: hit.threadId, subject: hit.subject, reason: r.reason ?? 'unknown' },
        ].slice(-200);
      if (r.unreadRestored === true) next.unreadRestored += 1;
      else if (r.unreadRestored === false) next.unreadNotRestored += 1;
      if (next.done >= state.hits.length) {
        await finish(next, 'done');
        return { go: false };
      }
      await save(next);
      return { go: next.status === 'running' };
    },
  };
}

export type SweepController = ReturnType<typeof createSweepController>;
