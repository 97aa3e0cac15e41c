import { analyzeThread } from './analyze-thread';
import { draftFromAnalysis, type DraftOptions } from './drafts/draft-from-analysis';
import type { MailThread } from './mail-thread';
import type { FollowUpDraft } from './results';

export type { DraftOptions } from './drafts/draft-from-analysis';

/**
 * The next follow-up for a thread, in its language and register (SPEC §5-6): the suggested stage
 * unless `opts.stage` picks another. Pure: `now` and settings are arguments (the clock is read
 * only when `now` is absent). Facts the thread does not give are listed in `missing`.
 */
export function draftFollowUp(thread: MailThread, opts: DraftOptions = {}): FollowUpDraft {
  const analysis =
    opts.analysis ?? analyzeThread(thread, { now: opts.now, settings: opts.settings });
  return draftFromAnalysis(thread, analysis, opts);
}
