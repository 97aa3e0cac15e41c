/**
 * The Unghost sidebar for any mail client: follows the open conversation through the
 * MailClient it is given, and shows nothing (no conversation), "Can't read this conversation"
 * (a layout the client does not recognise) or the analysis with the next follow-up.
 */
import { useEffect, useMemo, useState } from 'react';
import { analyzeThread, type Settings, type Stage } from '../../lib/core/index';
import type { MailClient } from '../../lib/mail-clients/mail-client';
import { applyDecision } from '../../lib/storage/apply-decision';
import { FollowUpPanel } from './follow-up-panel';
import { SidebarFrame } from './sidebar-frame';
import type { SidebarBridge, SidebarMessageKey, SidebarPrefs, Translate } from './sidebar-types';
import { ThreadSummary } from './thread-summary';
import { useOpenThread } from './use-open-thread';
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
  /** The time a conversation is read at; the real clock unless a test passes a fixed one. */
  clock?: () => Date;
}

const systemClock = () => new Date();

function Unreadable({ t }: { t: Translate }) {
  return (
    <div role="alert" className="rounded-lg bg-slate-100 p-3">
      <p className="m-0 font-semibold">{t('sidebar_cant_read')}</p>
      <p className="mt-1 text-sm text-slate-700">{t('sidebar_cant_read_detail')}</p>
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
  clock = systemClock,
}: SidebarProps) {
  const open = useOpenThread(client, clock, onThreadChange);
  const thread = open.kind === 'open' ? open.open.thread : undefined;
  const now = open.kind === 'open' ? open.readAt : undefined;
  const pageLink = useMemo(() => (thread ? link() : ''), [thread, link]);
  const { tracked, setSettings, stored } = useThreadSettings(bridge, thread, pageLink);
  const [ownerName, setOwnerName] = useState<string>();
  const settings: Settings = useMemo(
    () => (ownerName ? { ...tracked.settings, ownerName } : tracked.settings),
    [tracked.settings, ownerName],
  );
  const analysis = useMemo(() => {
    if (!thread || !now) return undefined;
    try {
      return analyzeThread(thread, { now, settings });
    } catch {
      console.warn(`[unghost] ${client.name}: the analysis failed for this conversation`);
      return null;
    }
  }, [thread, now, settings, client.name]);

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
  const insert = async (text: string, stage: Stage) => {
    await client.insertReply(text);
    if (thread)
      bridge.recordFollowUp(thread.id, stage, clock().toISOString()).catch(() => undefined);
  };

  // The person's decision laid over the analysis, as the popup and badge see it.
  const view =
    analysis && now ? applyDecision(analysis, tracked.decision, tracked.followUps, now) : undefined;
  // A snooze that has run out is no longer worth a note.
  const decision =
    view?.status === 'snoozed' || tracked.decision?.kind !== 'snooze'
      ? tracked.decision
      : undefined;
  const partial = open.kind === 'open' ? open.open.hiddenMessages + open.open.collapsedMessages : 0;
  return (
    <SidebarFrame t={t} prefs={prefs} onCollapsedChange={onCollapsedChange}>
      {open.kind === 'unreadable' && <Unreadable t={t} />}
      {analysis === null && <p role="alert">{t('sidebar_cant_analyse')}</p>}
      {thread && analysis && now && (
        <>
          <ThreadSummary analysis={analysis} t={t} locale={locale} stored={stored} />
          {partial > 0 && (
            <div className="flex flex-col items-start gap-2 rounded-lg bg-slate-100 p-2 text-sm text-slate-800">
              <p className="m-0">
                {partial === 1
                  ? t('sidebar_partial_read_one')
                  : t('sidebar_partial_read', [partial])}
              </p>
              {client.expandMessages && (
                <button
                  type="button"
                  data-testid="expand-messages"
                  onClick={() => client.expandMessages?.()}
                  className="rounded-full border border-solid border-slate-500 bg-white px-3 py-1 text-sm font-medium text-slate-900 focus-visible:outline-solid focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
                >
                  {t('sidebar_expand_messages')}
                </button>
              )}
            </div>
          )}
          {open.kind === 'open' && open.open.unresolvedSenders?.length ? (
            <p className="rounded-lg bg-slate-100 p-2 text-sm text-slate-800">
              {t('sidebar_unresolved_senders', [open.open.unresolvedSenders.join(', ')])}
            </p>
          ) : null}
          {decision && (
            <p className="rounded-lg bg-slate-100 p-2 text-sm text-slate-800">
              {t(
                `sidebar_decision_${decision.kind}` as SidebarMessageKey,
                decision.kind === 'snooze' ? [decision.until] : [],
              )}
            </p>
          )}
          {/* Hold, paid, "not an invoice" and a running snooze all mean: suggest nothing. */}
          {view?.stage !== undefined && (
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
          )}
        </>
      )}
    </SidebarFrame>
  );
}
