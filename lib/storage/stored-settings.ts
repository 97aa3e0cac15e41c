/**
 * The person's settings as stored: the core's Settings (every option the drafts and analysis
 * use). Kept as its own name so that options only the extension needs can join it without
 * touching the core.
 */
import { resolveSettings, type Settings } from '../core/index';
import type { ThreadOverrides } from './thread-record';

export type StoredSettings = Settings;

/** The settings a thread is analysed and drafted with: the person's, then the thread's own. */
export function settingsForThread(
  settings: Partial<Settings> | undefined,
  overrides: ThreadOverrides = {},
): Settings {
  const resolved = resolveSettings(settings);
  return {
    ...resolved,
    ...(overrides.customerType ? { customerType: overrides.customerType } : {}),
    ...(overrides.jurisdiction ? { jurisdiction: overrides.jurisdiction } : {}),
  };
}
