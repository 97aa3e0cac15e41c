/**
 * The sidebar's shell: a labelled region with a collapse button. Collapsed, it shrinks to a
 * narrow strip so it never hides the mail client's own controls; the choice is remembered.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { SidebarPrefs, Translate } from './sidebar-types';
import { FOCUS_RING } from '../shared/focus-ring';

export function SidebarFrame({
  t,
  prefs,
  children,
  onCollapsedChange,
}: {
  t: Translate;
  prefs: SidebarPrefs;
  children: ReactNode;
  /** Tells the host, which sizes itself (it is a contained column of the mail layout). */
  onCollapsedChange?: (collapsed: boolean) => void;
}) {
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    onCollapsedChange?.(collapsed);
  }, [collapsed, onCollapsedChange]);
  useEffect(() => {
    let live = true;
    prefs
      .loadCollapsed()
      .then((c) => live && setCollapsed(c))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [prefs]);
  const toggle = () => {
    setCollapsed(!collapsed);
    prefs.saveCollapsed(!collapsed).catch(() => undefined);
  };

  if (collapsed) {
    return (
      <aside
        aria-label={t('sidebar_region')}
        data-collapsed="true"
        className="flex h-full w-full flex-col items-center bg-white dark:bg-slate-900 py-3 font-sans"
      >
        <button
          type="button"
          data-testid="sidebar-toggle"
          aria-expanded="false"
          aria-label={t('sidebar_expand')}
          title={t('sidebar_expand')}
          onClick={toggle}
          className={`flex h-8 w-8 items-center justify-center rounded-full bg-slate-800 dark:bg-slate-600 text-sm font-bold text-white ${FOCUS_RING}`}
        >
          U
        </button>
      </aside>
    );
  }
  return (
    <aside
      aria-label={t('sidebar_region')}
      data-collapsed="false"
      className="flex h-full w-full flex-col overflow-y-auto rounded-2xl bg-white dark:bg-slate-900 font-sans text-slate-900 dark:text-slate-100"
    >
      <header className="flex items-center justify-between border-b border-solid border-slate-200 dark:border-slate-700 px-4 py-3">
        <h2 className="m-0 text-base font-bold">{t('sidebar_title')}</h2>
        <button
          type="button"
          data-testid="sidebar-toggle"
          aria-expanded="true"
          aria-label={t('sidebar_collapse')}
          title={t('sidebar_collapse')}
          onClick={toggle}
          className={`rounded-full px-2 py-1 text-lg leading-none text-slate-700 dark:text-slate-300 hover:bg-slate-100 dark:hover:bg-slate-800 ${FOCUS_RING}`}
        >
          <span aria-hidden="true">»</span>
        </button>
      </header>
      <div className="flex flex-col gap-4 p-4">{children}</div>
    </aside>
  );
}
