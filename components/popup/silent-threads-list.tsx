/**
 * The popup's list: every silent thread ranked by ghost score, then the answered, waiting,
 * set-aside and closed ones in their own sections. Presentational: data and actions come in
 * as props (see popup-app.tsx for the wiring to the background).
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Decision } from '../../lib/storage/decision';
import type { ThreadSummary } from '../../lib/storage/thread-summary';
import { moneyOverview, type MoneyOverview } from '../../lib/views/money-overview';
import { MoneyPanel } from './money-panel';
import { moveBetweenRows, focusSearchOnSlash } from './list-keyboard';
import { ThreadFilters } from './thread-filters';
import { ThreadRow } from './thread-row';
import { filterThreads, groupThreads, noFilter, type ThreadFilter } from './thread-sections';
import { t } from '../shared/translate';
import { FOCUS_RING } from '../shared/focus-ring';

/** Rows shown per section before "Show more": the popup must open fast with 1,000 threads. */
export const PAGE_SIZE = 25;
const EMPTY: ReturnType<typeof groupThreads> = [];

export interface SilentThreadsListProps {
  threads: readonly ThreadSummary[];
  /** Set while `threads` holds only the top silent threads: the number of silent ones in all. */
  partialSilentCount?: number;
  /** Set while `threads` holds only the top silent threads: the money of every thread. */
  partialMoney?: MoneyOverview;
  /** Leave the totals and the ageing chart out (the bench measures the list alone). */
  withoutMoney?: boolean;
  language: string;
  today: Date;
  onDecision: (thread: ThreadSummary, decision: Decision | null) => void;
  onOpen: (thread: ThreadSummary) => void;
  onOverrides: (thread: ThreadSummary, overrides: ThreadSummary['overrides']) => void;
  onExportCsv: (threads: ThreadSummary[]) => void;
  /** Offered in the empty state: the options page can import a mailbox export. */
  onOpenOptions?: () => void;
}

export function SilentThreadsList(props: SilentThreadsListProps) {
  const { threads, language, today } = props;
  const [filter, setFilter] = useState<ThreadFilter>(noFilter);
  const [shown, setShown] = useState<Record<string, number>>({});
  const visible = useMemo(() => filterThreads(threads, filter), [threads, filter]);
  const sections = useMemo(() => groupThreads(visible), [visible]);
  // The silent threads are what the person opened the popup for: they render in the first
  // frame; the other sections follow a moment later (React renders them in the background).
  const later = useDeferredValue(sections, EMPTY);
  const rowsOf = (section: (typeof sections)[number]) =>
    section.id === 'silent'
      ? section.threads
      : (later.find((l) => l.id === section.id)?.threads ?? []);
  const partial = props.partialSilentCount !== undefined;
  const silentCount =
    props.partialSilentCount ?? threads.filter((x) => x.view.status === 'silent').length;
  const computedMoney = useMemo(
    () => (props.withoutMoney || props.partialMoney ? undefined : moneyOverview(threads)),
    [threads, props.withoutMoney, props.partialMoney],
  );
  const money = props.partialMoney ?? computedMoney;
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => focusSearchOnSlash(e, search.current);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (threads.length === 0) {
    return (
      <div data-testid="empty-state" className="space-y-2 p-4 text-sm">
        <p className="font-semibold">{t('popup_empty_title')}</p>
        <p>{t('popup_empty_body')}</p>
        {props.onOpenOptions && (
          <p>
            <button
              type="button"
              className={`text-blue-800 dark:text-blue-300 underline ${FOCUS_RING}`}
              onClick={props.onOpenOptions}
            >
              {t('popup_empty_import')}
            </button>
          </p>
        )}
        <p className="text-slate-600 dark:text-slate-400">{t('popup_empty_privacy')}</p>
      </div>
    );
  }
  return (
    <div
      data-testid="thread-list"
      aria-busy={partial || later !== sections}
      onKeyDown={(e) => moveBetweenRows(e.nativeEvent, e.currentTarget, search.current)}
    >
      <div className="flex items-center gap-2 px-3 pt-2">
        <p data-testid="silent-count" className="text-sm">
          {silentCount === 0 ? t('popup_nobody_silent') : t('popup_silent_count', silentCount)}
        </p>
        <button
          type="button"
          data-testid="export-csv"
          disabled={partial}
          className={`ml-auto rounded border border-slate-300 dark:border-slate-600 px-2 py-0.5 text-xs hover:bg-slate-100 dark:hover:bg-slate-800 ${FOCUS_RING}`}
          onClick={() => props.onExportCsv(sections.flatMap((s) => s.threads))}
        >
          {t('popup_export_csv')}
        </button>
      </div>
      {money && !props.withoutMoney && (
        <MoneyPanel
          money={money}
          language={language}
          selected={filter.ageing}
          onSelect={(ageing) => setFilter({ ...filter, ageing })}
        />
      )}
      <ThreadFilters filter={filter} onChange={setFilter} searchRef={search} />
      {sections.length === 0 && <p className="p-4 text-sm">{t('popup_no_match')}</p>}
      {sections.map((section) => {
        const limit = shown[section.id] ?? PAGE_SIZE;
        const headingId = `section-${section.id}`;
        return (
          <section
            key={section.id}
            aria-labelledby={headingId}
            data-testid={`section-${section.id}`}
          >
            <h2
              id={headingId}
              className="bg-slate-100 dark:bg-slate-800 px-3 py-1 text-xs font-bold uppercase tracking-wide text-slate-700 dark:text-slate-300"
            >
              {t(`popup_section_${section.id}`)} (
              {partial && section.id === 'silent' ? silentCount : section.threads.length})
            </h2>
            <ul>
              {rowsOf(section)
                .slice(0, limit)
                .map((thread) => (
                  <ThreadRow
                    key={thread.id}
                    thread={thread}
                    language={language}
                    today={today}
                    onDecision={(d) => props.onDecision(thread, d)}
                    onOpen={() => props.onOpen(thread)}
                    onOverrides={(o) => props.onOverrides(thread, o)}
                  />
                ))}
            </ul>
            {rowsOf(section).length > limit && (
              <button
                type="button"
                className="w-full py-1 text-xs text-blue-800 dark:text-blue-300 underline"
                onClick={() => setShown({ ...shown, [section.id]: limit + 20 * PAGE_SIZE })}
              >
                {t('popup_show_more', section.threads.length - limit)}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
