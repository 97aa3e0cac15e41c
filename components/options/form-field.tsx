/** A labelled form control with its hint and error, wired for screen readers. */
import { useId, type ReactNode } from 'react';
import { t } from '../shared/translate';
import { FOCUS_RING } from '../shared/focus-ring';

export interface FormFieldProps {
  label: string;
  hint?: string;
  /** i18n key of the error, if any. */
  error?: string;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
}

export const inputClass = `w-full rounded border border-slate-300 dark:border-slate-600 px-2 py-1 aria-[invalid=true]:border-red-700 ${FOCUS_RING}`;

export function FormField({ label, hint, error, children }: FormFieldProps) {
  const id = useId();
  const described =
    [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p
          id={`${id}-error`}
          className="text-xs text-red-800 dark:text-red-300"
          data-testid="field-error"
        >
          {t(error)}
        </p>
      )}
    </div>
  );
}
