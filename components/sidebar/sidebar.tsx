/**
 * The Unghost sidebar for any mail client: follows the open conversation through the
 * MailClient it is given, and shows nothing (no conversation), "Can't read this conversation"
 * (a layout the client does not recognise) or the analysis with the next follow-up.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  analyzeThread,
  replyDraftKind,
  type ReplyCorrections,
  type Settings,
  type Stage,
  type ThreadStatus,
} from '../../lib/core/index';
import type { MailClient } from '../../lib/mail-clients/mail-client';
import type { SentTracking } from '../../lib/storage/thread-store';
import { applyDecision } from '../../lib/views/apply-decision';
import { ErrorBoundary } from '../shared/error-boundary';
import { formatDay } from '../shared/format-for-locale';
import { FollowUpPanel } from './follow-up-panel';
import { SidebarFrame } from './sidebar-frame';
import type { SidebarBridge, SidebarMessageKey, SidebarPrefs, Translate } from './sidebar-types';
import { ThreadSummary } from './thread-summary';
import { ReadAllMessages } from './read-all-messages';
import { ReplyCorrection } from './reply-correction';
import { useOpenThread, type OpenThreadState } from './use-open-thread';
import { useReading, useTabMemory } from './use-reading';
import { useThreadSettings } from './use-thread-settings';

export interface SidebarProps {
  client: MailClient;
  bridge: SidebarBridge;
  prefs: SidebarPrefs;
  t: Translate;
  /** The browser's UI language, for numbers and dates in the sidebar's own words. */
  locale: string;
  /** The page address, stored with the thread so the popup can link back to it. */
  link: () => string;
  /** Told whether there is anything to show, so the host can take no space when there is not. */
  onVisibleChange?: (visible: boolean) => void;
  /** Told when the person collapses or expands the sidebar. */
  onCollapsedChange?: (collapsed: boolean) => void;
  /** Called on every change of the open conversation (the host re-attaches itself if needed). */
  onThreadChange?: () => void;
  /** Told when a message the person sent started the tracking of its conversation. */
  onSentTracked?: (tracked: SentTracking) => void;
  /** The time a conversation is read at; the real clock unless a test passes a fixed one. */
  clock?: () => Date;
}

const systemClock = () => new Date();

/** Statuses a reply's reading decides, so the person may read the reply differently. */
const CORRECTABLE: ReadonlySet<ThreadStatus> = new Set([
  'answered',
  'promised',
  'disputed',
  'silent',
]);

/** Messages the person sends from the client are remembered whole (here and in the background). */
function useSentCapture(
  client: MailClient,
  bridge: SidebarBridge,
  memory: ReturnType<typeof useTabMemory>,
  link: () => string,
  onSentTracked: ((tracked: SentTracking) => void) | undefined,
) {
  useEffect(() => {
    if (!client.watchSends) return;
    const controller = new AbortController();
    client.watchSends(
      (sent) => {
        memory.learnSent(sent);
        bridge
          .rememberSent(sent, link())
          .then((tracked) => {
            if (tracked && !controller.signal.aborted) onSentTracked?.(tracked);
          })
          .catch(() => undefined);
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [client, bridge, memory, link, onSentTracked]);
}

/**
 * Tells the background how each conversation could be read (for reading health): once per
 * conversation and outcome, not on every re-read while the client churns.
 */
function useReadingReports(
  client: MailClient,
  bridge: SidebarBridge,
  open: OpenThreadState,
  complete: boolean,
) {
  const last = useRef('');
  useEffect(() => {
    if (open.kind === 'none' || (client.name !== 'gmail' && client.name !== 'outlook')) return;
    const result = open.kind === 'open' ? (complete ? 'full' : 'partial') : 'unreadable';
    const where =
      open.kind === 'open'
        ? open.open.thread.id
        : open.kind === 'unreadable'
          ? open.selector
          : 'bug';
    const key = `${where}|${result}`;
    if (key === last.current) return;
    last.current = key;
    bridge
      .reportReading({
        client: client.name,
        result,
        found: open.hooks.found,
        missing: open.hooks.missing,
      })
      .catch(() => undefined);
  }, [client.name, bridge, open, complete]);
}

function Unreadable({ t }: { t: Translate }) {
  return (
    <div role="alert" className="rounded-lg bg-slate-100 dark:bg-slate-800 p-3">
      <p className="m-0 font-semibold">{t('sidebar_cant_read')}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {t('sidebar_cant_read_detail')}
      </p>
    </div>
  );
}

export function Sidebar({
  client,
  bridge,
  prefs,
  t,
  locale,
  link,
  onVisibleChange,
  onCollapsedChange,
  onThreadChange,
  onSentTracked,
  clock = systemClock,
}: SidebarProps) {
  const open = useOpenThread(client, clock, onThreadChange);
  const page = open.kind === 'open' ? open.open : undefined;
  const now = open.kind === 'open' ? open.readAt : undefined;
  const threadId = page?.thread.id;
  const pageLink = useMemo(() => (threadId ? link() : ''), [threadId, link]);
  const { tracked, setSettings, setCorrection, stored, unsaved } = useThreadSettings(
    bridge,
    page,
    pageLink,
  );
  const memory = useTabMemory();
  const reading = useReading(page, tracked.remembered, memory);
  const thread = reading?.thread;
  const complete = reading ? reading.unseen === 0 : true;
  useSentCapture(client, bridge, memory, link, onSentTracked);
  useReadingReports(client, bridge, open, complete);
  const [ownerName, setOwnerName] = useState<string>();
  const [unrecorded, setUnrecorded] = useState(false);
  const settings: Settings = useMemo(
    () => (ownerName ? { ...tracked.settings, ownerName } : tracked.settings),
    [tracked.settings, ownerName],
  );
  const analysis = useMemo(() => {
    if (!thread || !now) return undefined;
    try {
      return analyzeThread(thread, { now, settings, corrections: tracked.correction });
    } catch {
      console.warn(`[unghost] ${client.name}: the analysis failed for this conversation`);
      return null;
    }
  }, [thread, now, settings, tracked.correction, client.name]);

  const visible = open.kind !== 'none';
  useEffect(() => {
    onVisibleChange?.(visible);
  }, [visible, onVisibleChange]);
  if (!visible) return null;

  const saveOwnerName = (name: string) => {
    setOwnerName(name);
    bridge
      .saveSettings({ ownerName: name })
      .then(setSettings)
      .catch(() => undefined);
  };
  const correct = async (correction: ReplyCorrections | null) => {
    if (!thread) return;
    // Stored first: a correction the popup and badge would not know of is worse than none.
    await bridge.setReplyCorrection(thread.id, correction);
    setCorrection(thread.id, correction ?? undefined);
  };
  const insert = async (text: string, stage: Stage) => {
    await client.insertReply(text);
    if (!thread) return;
    setUnrecorded(false);
    // The ladder climbs on what was recorded: a lost record would stall it without a word.
    await bridge
      .recordFollowUp(thread.id, stage, clock().toISOString())
      .catch(() => setUnrecorded(true));
  };

  // The person's decision laid over the analysis, as the popup and badge see it.
  const view =
    analysis && now ? applyDecision(analysis, tracked.decision, tracked.followUps, now) : undefined;
  // A snooze that has run out is no longer worth a note.
  const decision =
    view?.status === 'snoozed' || tracked.decision?.kind !== 'snooze'
      ? tracked.decision
      : undefined;
  return (
    <SidebarFrame t={t} prefs={prefs} onCollapsedChange={onCollapsedChange}>
      {open.kind === 'unreadable' && <Unreadable t={t} />}
      {open.kind === 'failed' && (
        <p
          role="alert"
          className="rounded-lg bg-red-50 dark:bg-red-950 p-3 text-sm text-red-900 dark:text-red-200"
        >
          {t('sidebar_read_bug')}
        </p>
      )}
      {analysis === null && <p role="alert">{t('sidebar_cant_analyse')}</p>}
      {thread && analysis && now && (
        <>
          <ErrorBoundary
            key={`summary-${thread.id}`}
            name="sidebar summary"
            fallback={t('sidebar_part_failed')}
          >
            <ThreadSummary
              analysis={analysis}
              t={t}
              locale={locale}
              stored={stored}
              complete={complete}
            />
            {stored && CORRECTABLE.has(analysis.status) && (
              <ReplyCorrection
                key={`${thread.id} ${analysis.replyDate ?? ''}`}
                analysis={analysis}
                correction={tracked.correction}
                t={t}
                onCorrect={correct}
              />
            )}
          </ErrorBoundary>
          {!complete && reading && page && (
            <ReadAllMessages
              t={t}
              unseen={reading.unseen}
              client={client}
              onRead={(full) => {
                memory.learn(full.thread);
                // The background remembers them too, for the next visit.
                bridge
                  .trackThread(full.thread, pageLink, {
                    hiddenMessageIds: full.hiddenMessageIds,
                    hiddenMessages: full.hiddenMessages,
                  })
                  .catch(() => undefined);
              }}
            />
          )}
          {open.kind === 'open' && open.open.unresolvedSenders?.length ? (
            <p className="rounded-lg bg-slate-100 dark:bg-slate-800 p-2 text-sm text-slate-800 dark:text-slate-200">
              {t('sidebar_unresolved_senders', [open.open.unresolvedSenders.join(', ')])}
            </p>
          ) : null}
          {decision && (
            <p className="rounded-lg bg-slate-100 dark:bg-slate-800 p-2 text-sm text-slate-800 dark:text-slate-200">
              {t(
                `sidebar_decision_${decision.kind}` as SidebarMessageKey,
                decision.kind === 'snooze' ? [formatDay(locale, decision.until)] : [],
              )}
            </p>
          )}
          {/* Hold, paid, "not an invoice" and a running snooze all mean: suggest nothing. A
              reply that asks for an answer (a promise, a dispute, parts, the invoice, a partial
              payment) gets its draft while no decision overrides the reading. */}
          {(view?.stage !== undefined ||
            (view?.status === analysis.status && replyDraftKind(analysis) !== undefined)) && (
            <ErrorBoundary
              key={`follow-up-${thread.id}`}
              name="sidebar follow-up"
              fallback={t('sidebar_part_failed')}
            >
              <FollowUpPanel
                key={thread.id}
                thread={thread}
                analysis={analysis}
                settings={settings}
                now={now}
                t={t}
                onInsert={insert}
                onSaveOwnerName={saveOwnerName}
              />
            </ErrorBoundary>
          )}
          {unsaved && (
            <p
              role="status"
              className="rounded-lg bg-amber-50 dark:bg-amber-950 p-2 text-sm text-slate-800 dark:text-slate-200"
            >
              {t('sidebar_not_saved')}
            </p>
          )}
          {unrecorded && (
            <p
              role="alert"
              className="rounded-lg bg-amber-50 dark:bg-amber-950 p-2 text-sm text-slate-800 dark:text-slate-200"
            >
              {t('sidebar_follow_up_unrecorded')}
            </p>
          )}
        </>
      )}
    </SidebarFrame>
  );
}
