/**
 * Silence grows while nothing happens: once a day every stored thread is analysed again as of
 * today, so days overdue, scores and stages move on without the person opening each thread.
 */
import { browser } from 'wxt/browser';

export const REANALYSIS_ALARM = 'unghost-daily-reanalysis';
const DAY_MINUTES = 24 * 60;

/** Creates the daily alarm unless it exists (alarms survive service-worker restarts). */
export async function ensureDailyAlarm(): Promise<void> {
  const existing = await browser.alarms.get(REANALYSIS_ALARM);
  if (!existing)
    await browser.alarms.create(REANALYSIS_ALARM, {
      delayInMinutes: 1,
      periodInMinutes: DAY_MINUTES,
    });
}

export function onDailyAlarm(run: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REANALYSIS_ALARM) void run();
  });
}
