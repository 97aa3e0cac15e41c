/**
 * The keyboard focus ring of every control in the sidebar, the popup, the options and the
 * import page: one look everywhere. `outline-solid` is spelled out because the sidebar's shadow
 * root has no Tailwind preflight to give outlines a style.
 */
export const FOCUS_RING =
  'focus-visible:outline-solid focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400';
