/**
 * Reading health: what Unghost could read in each mail client lately (conversations read
 * fully, partly, or not at all; which hooks were found and which are missing, with the date last
 * seen), and a "Copy diagnostics" button for a bug report. Names and counts only, never mail.
 */
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages';
import { countResults, type ClientHealth } from '../../lib/storage/reading-health';
import { localDay } from '../../lib/views/apply-decision';
import { formatDay } from '../shared/format-for-locale';
import { t, uiLanguage } from '../shared/translate';
import { FOCUS_RING } from '../shared/focus-ring';

const CLIENT_NAMES = { gmail: 'Gmail', outlook: 'Outlook' } as const;

/** The text "Copy diagnostics" puts on the clipboard: versions, counts and hook names. */
export function diagnostics(health: ClientHealth[], version: string, userAgent: string): string {
  return JSON.stringify(
    {
      unghost: version,
      browser: userAgent,
      clients: health.map((h) => ({
        client: h.client,
        lately: countResults(h),
        lastRead: h.recent.at(-1)?.at ?? null,
        found: h.found,
        missing: h.missing,
      })),
    },
    null,
    2,
  );
}

/** The local calendar day of an instant, as the person writes dates. */
function day(iso: string): string {
  return formatDay(uiLanguage(), localDay(new Date(iso)));
}

export function ReadingHealthPanel({
  load = () => sendMessage('getReadingHealth', undefined),
}: {
  load?: () => Promise<ClientHealth[]>;
}) {
  const id = useId();
  const [health, setHealth] = useState<ClientHealth[]>();
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  useEffect(() => {
    load()
      .then(setHealth)
      .catch(() => setHealth([]));
  }, [load]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(
        diagnostics(health ?? [], browser.runtime.getManifest().version, navigator.userAgent),
      );
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded border border-slate-200 dark:border-slate-700 p-4"
      data-testid="reading-health"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        {t('options_health_title')}
      </h2>
      <p>{t('options_health_intro')}</p>
      {health?.map((h) => {
        const counts = countResults(h);
        const missing = Object.entries(h.missing).filter(
          ([name, at]) => !h.found[name] || h.found[name]!.at < at,
        );
        return (
          <div
            key={h.client}
            data-testid="health-client"
            data-client={h.client}
            className="space-y-1"
          >
            <h3 className="font-semibold">{CLIENT_NAMES[h.client]}</h3>
            {h.recent.length === 0 ? (
              <p>{t('options_health_never')}</p>
            ) : (
              <>
                <p
                  data-full={counts.full}
                  data-partial={counts.partial}
                  data-unreadable={counts.unreadable}
                >
                  {t('options_health_counts', [
                    counts.full,
                    counts.partial,
                    counts.unreadable,
                    day(h.recent.at(-1)!.at),
                  ])}
                </p>
                <p>{t('options_health_hooks_found', [Object.keys(h.found).length])}</p>
                {missing.length > 0 && (
                  <>
                    <p>{t('options_health_hooks_missing')}</p>
                    <ul className="list-disc pl-5">
                      {missing.map(([name, at]) => (
                        <li key={name}>
                          <code>{name}</code> ({day(at)})
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
          </div>
        );
      })}
      <button
        type="button"
        data-testid="copy-diagnostics"
        className={`rounded border border-slate-500 dark:border-slate-400 px-3 py-1 hover:bg-slate-50 dark:hover:bg-slate-800 ${FOCUS_RING}`}
        onClick={() => void copy()}
      >
        {t('options_health_copy')}
      </button>
      {copied && (
        <p role="status">
          {copied === 'yes' ? t('options_health_copied') : t('options_health_copy_failed')}
        </p>
      )}
    </section>
  );
}
