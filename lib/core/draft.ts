import { analyzeThread } from './analyze-thread';
import { invalidDraftField } from './drafts/check-draft-input';
import { draftFromAnalysis, type DraftOptions } from './drafts/draft-from-analysis';
import type { MailThread } from './mail-thread';
import type { DraftResult } from './results';

export type { DraftOptions } from './drafts/draft-from-analysis';

/**
 * The next follow-up for a thread, in its language and register (docs/rules.md §5-6): the suggested
 * stage unless `opts.stage` picks another. Pure: `now` and settings are arguments (the clock is
 * read only when `now` is absent). Facts the thread does not give are listed in `draft.missing`.
 *
 * Never throws. An argument that is not what its type says (a non-string subject, a null
 * thread, owner addresses that are not strings, null settings, an unknown jurisdiction, `now`
 * as a number or an unreadable date) gives `{ ok: false, error: { code: 'invalid_input',
 * field } }`; the thread's messages are read like `analyzeThread` reads them, skipping junk.
 * Anything thrown inside is a bug: `{ ok: false, error: { code: 'internal' } }`.
 */
export function draftFollowUp(thread: MailThread, opts: DraftOptions = {}): DraftResult {
  const field = invalidDraftField(thread, opts);
  if (field) return { ok: false, error: { code: 'invalid_input', field } };
  try {
    const analysis =
      opts.analysis ?? analyzeThread(thread, { now: opts.now, settings: opts.settings });
    return { ok: true, draft: draftFromAnalysis(thread, analysis, opts) };
  } catch {
    return { ok: false, error: { code: 'internal' } };
  }
}
