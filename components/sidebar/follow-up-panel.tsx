/**
 * The next follow-up: the suggested stage, a picker for any stage, the editable draft, and
 * "Insert into reply", which fills the mail client's own reply editor (never sends).
 */
import { useId, useMemo, useState } from 'react';
import {
  draftFollowUp,
  STAGES,
  type DraftError,
  type MailThread,
  type Settings,
  type Stage,
  type ThreadAnalysis,
} from '../../lib/core/index';
import type { SidebarMessageKey, Translate } from './sidebar-types';
import { OwnerNameForm } from './owner-name-form';
import { FOCUS_RING } from '../shared/focus-ring';

type InsertState = 'idle' | 'inserting' | 'inserted' | 'failed';

interface Props {
  thread: MailThread;
  analysis: ThreadAnalysis;
  settings: Settings;
  now: Date;
  t: Translate;
  onInsert: (text: string, stage: Stage) => Promise<void>;
  onSaveOwnerName: (name: string) => void;
}

export function FollowUpPanel({
  thread,
  analysis,
  settings,
  now,
  t,
  onInsert,
  onSaveOwnerName,
}: Props) {
  const pickerId = useId();
  const draftId = useId();
  const suggested = analysis.stage ?? 1;
  const [stage, setStage] = useState<Stage>(suggested);
  const result = useMemo(
    // The sidebar analysed this thread with the same now and settings: draft from that.
    () => draftFollowUp(thread, { now, settings, stage, analysis }),
    [thread, now, settings, stage, analysis],
  );
  const draft = result.ok ? result.draft : undefined;
  const [edited, setEdited] = useState<{ key: string; text: string }>();
  const key = `${thread.id}|${stage}|${draft?.text ?? ''}`;
  const text = edited?.key === key ? edited.text : (draft?.text ?? '');
  const [insert, setInsert] = useState<InsertState>('idle');
  const missing = draft?.missing ?? [];
  const needsName = missing.includes('ownerName');
  const leftOut = missing.filter((m) => m !== 'ownerName');

  const doInsert = async () => {
    setInsert('inserting');
    try {
      await onInsert(text, stage);
      setInsert('inserted');
    } catch {
      setInsert('failed');
    }
  };

  return (
    <section className="flex flex-col gap-3">
      {analysis.stage && (
        <p
          data-testid="stage"
          data-stage={analysis.stage}
          className="text-sm text-slate-800 dark:text-slate-200"
        >
          <span className="font-semibold">{t('sidebar_stage_suggested')}:</span>{' '}
          {t(`sidebar_stage_${analysis.stage}` as SidebarMessageKey)}
        </p>
      )}
      <div className="flex flex-col gap-1">
        <label
          htmlFor={pickerId}
          className="text-sm font-medium text-slate-800 dark:text-slate-200"
        >
          {t('sidebar_stage_picker')}
        </label>
        <select
          id={pickerId}
          data-testid="stage-picker"
          value={stage}
          onChange={(e) => {
            setStage(Number(e.target.value) as Stage);
            setInsert('idle');
          }}
          className={`rounded border border-solid border-slate-400 dark:border-slate-500 bg-white dark:bg-slate-900 px-2 py-1 text-sm ${FOCUS_RING}`}
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`sidebar_stage_${s}` as SidebarMessageKey)}
            </option>
          ))}
        </select>
      </div>
      {!result.ok && (
        <p
          role="alert"
          data-testid="draft-error"
          data-code={result.error.code}
          data-field={result.error.field}
          className="rounded-lg bg-red-50 dark:bg-red-950 p-2 text-sm text-red-900 dark:text-red-200"
        >
          {draftErrorLine(result.error, t)}
        </p>
      )}
      {draft && (
        <>
          {needsName && <OwnerNameForm t={t} onSave={onSaveOwnerName} />}
          <div className="flex flex-col gap-1">
            <label
              htmlFor={draftId}
              className="text-sm font-medium text-slate-800 dark:text-slate-200"
            >
              {t('sidebar_draft_label')}
            </label>
            <textarea
              id={draftId}
              data-testid="draft-text"
              value={text}
              onChange={(e) => setEdited({ key, text: e.target.value })}
              rows={14}
              lang={draft.language}
              className={`resize-y rounded border border-solid border-slate-400 dark:border-slate-500 p-2 font-sans text-sm leading-snug text-slate-900 dark:text-slate-100 ${FOCUS_RING}`}
            />
            {leftOut.length > 0 && (
              <p className="text-xs text-slate-700 dark:text-slate-300">
                {t('sidebar_missing_note', [
                  leftOut.map((m) => t(`sidebar_missing_${m}` as SidebarMessageKey)).join(', '),
                ])}
              </p>
            )}
          </div>
          <button
            type="button"
            data-testid="insert-draft"
            onClick={doInsert}
            disabled={needsName || insert === 'inserting' || !text.trim()}
            className={`rounded-full bg-blue-700 px-4 py-2 text-sm font-semibold text-white disabled:cursor-not-allowed disabled:bg-slate-400 dark:disabled:bg-slate-600 disabled:text-slate-900 dark:disabled:text-slate-100 ${FOCUS_RING}`}
          >
            {insert === 'inserting' ? t('sidebar_inserting') : t('sidebar_insert')}
          </button>
          <p role="status" className="min-h-5 text-sm text-slate-800 dark:text-slate-200">
            {insert === 'inserted' && t('sidebar_inserted')}
            {insert === 'failed' && t('sidebar_insert_failed')}
          </p>
        </>
      )}
    </section>
  );
}

/**
 * One short line for a draft that could not be written: a stored setting the person can fix
 * (named), a conversation that could not be read, or a bug. The sidebar passes `now`, the
 * stage and its own analysis itself, so a complaint about those is a bug too.
 */
function draftErrorLine(error: DraftError, t: Translate): string {
  const field = error.field ?? '';
  if (field.startsWith('settings.'))
    return t('sidebar_draft_error_settings', [field.slice('settings.'.length)]);
  if (field === 'settings' || field === 'lateInterestTables')
    return t('sidebar_draft_error_settings', [field]);
  if (field.startsWith('thread')) return t('sidebar_draft_error_thread');
  return t('sidebar_draft_error_internal');
}
