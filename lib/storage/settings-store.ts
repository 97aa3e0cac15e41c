/** The person's settings in the store: read with defaults filled in, saved only when valid. */
import { resolveSettings, type Settings } from '../core/index';
import { SETTINGS_KEY, type UnghostDb } from './database';
import { validateSettings, type SettingsCheck } from './validate-settings';

export async function loadSettings(db: UnghostDb): Promise<Settings> {
  return resolveSettings(await db.get('settings', SETTINGS_KEY));
}

/**
 * Merges `change` into the stored settings and saves the result if all of it is valid. One
 * transaction: a concurrent save cannot be lost in between the read and the write.
 */
export async function saveSettings(
  db: UnghostDb,
  change: Partial<Settings>,
): Promise<SettingsCheck> {
  const tx = db.transaction('settings', 'readwrite');
  const current = resolveSettings(await tx.store.get(SETTINGS_KEY));
  const merged = { ...current, ...change, payment: { ...current.payment, ...change.payment } };
  const check = validateSettings(merged);
  if (check.ok) await tx.store.put(check.settings, SETTINGS_KEY);
  await tx.done;
  return check;
}
