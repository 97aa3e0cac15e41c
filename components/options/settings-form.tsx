/**
 * The person's settings: identity, terms, stage gates, payment details, law and language.
 * Checked whole before saving; a single bad field keeps everything as it was and says why.
 */
import { useState, type FormEvent } from 'react';
import { DRAFT_LANGUAGES, JURISDICTIONS, type Settings } from '../../lib/core/index';
import { validateSettings, type SettingsError } from '../../lib/storage/validate-settings';
import { t } from '../shared/translate';
import { FormField, inputClass } from './form-field';
import { formStateOf, settingsOf, type SettingsFormState } from './settings-form-state';
import { FOCUS_RING } from '../shared/focus-ring';

export interface SettingsFormProps {
  settings: Settings;
  /** Saves valid settings; rejects with a readable message if the store refuses them. */
  onSave: (settings: Settings) => Promise<void>;
}

const fieldset = 'space-y-3 rounded border border-slate-200 dark:border-slate-700 p-4';
const legend = 'px-1 text-base font-semibold';

export function SettingsForm({ settings, onSave }: SettingsFormProps) {
  const [form, setForm] = useState<SettingsFormState>(() => formStateOf(settings));
  const [errors, setErrors] = useState<SettingsError[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const set = <K extends keyof SettingsFormState>(key: K, value: SettingsFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const err = (field: string) =>
    errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.key;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = validateSettings(settingsOf(form));
    if (!check.ok) {
      setErrors(check.errors);
      setStatus({ ok: false, text: t('options_not_saved', check.errors.length) });
      return;
    }
    setErrors([]);
    try {
      await onSave(check.settings);
      setForm(formStateOf(check.settings));
      setStatus({ ok: true, text: t('options_saved') });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  }

  const text = (
    key: keyof SettingsFormState,
    label: string,
    hint?: string,
    field: string = key,
  ) => (
    <FormField label={t(label)} hint={hint && t(hint)} error={err(field)}>
      {(p) => (
        <input
          {...p}
          data-testid={`setting-${key}`}
          className={inputClass}
          value={form[key] as string}
          onChange={(e) => set(key, e.target.value as never)}
        />
      )}
    </FormField>
  );
  const choice = (
    key: keyof SettingsFormState,
    label: string,
    options: string[],
    prefix: string,
    /** Labels that are not message keys (a language's own name). */
    labelOf?: (option: string) => string,
  ) => (
    <FormField label={t(label)} error={err(key)}>
      {(p) => (
        <select
          {...p}
          data-testid={`setting-${key}`}
          className={inputClass}
          value={form[key] as string}
          onChange={(e) => set(key, e.target.value as never)}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {labelOf ? labelOf(o) : t(`${prefix}${o}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-4"
      aria-label={t('options_settings_title')}
    >
      <fieldset className={fieldset}>
        <legend className={legend}>{t('options_section_you')}</legend>
        {text('ownerName', 'options_owner_name', 'options_owner_name_hint')}
        <FormField
          label={t('options_signature')}
          hint={t('options_signature_hint')}
          error={err('signature')}
        >
          {(p) => (
            <textarea
              {...p}
              data-testid="setting-signature"
              rows={4}
              className={inputClass}
              value={form.signature}
              onChange={(e) => set('signature', e.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('options_aliases')}
          hint={t('options_aliases_hint')}
          error={err('aliases')}
        >
          {(p) => (
            <textarea
              {...p}
              data-testid="setting-aliases"
              rows={3}
              className={inputClass}
              value={form.aliases}
              onChange={(e) => set('aliases', e.target.value)}
            />
          )}
        </FormField>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t('options_section_terms')}</legend>
        {text('defaultTermDays', 'options_default_term', 'options_default_term_hint')}
        {text('deadlineDays', 'options_deadline_days', 'options_deadline_days_hint')}
        <fieldset className="grid grid-cols-4 items-end gap-2">
          <legend className="mb-1 font-medium">{t('options_gates')}</legend>
          {form.gates.map((gate, i) => (
            <FormField
              key={i}
              label={t('options_gate_stage', [t(`popup_stage_${i + 1}`)])}
              error={err(`minDaysOverdue.${i}`)}
            >
              {(p) => (
                <input
                  {...p}
                  data-testid={`setting-gate-${i + 1}`}
                  inputMode="numeric"
                  className={inputClass}
                  value={gate}
                  onChange={(e) =>
                    set(
                      'gates',
                      form.gates.map((g, j) =>
                        j === i ? e.target.value : g,
                      ) as SettingsFormState['gates'],
                    )
                  }
                />
              )}
            </FormField>
          ))}
          {errors.some((e) => e.field === 'minDaysOverdue') && (
            <p
              className="col-span-4 text-xs text-red-800 dark:text-red-300"
              data-testid="field-error"
            >
              {t('options_error_gates_order')}
            </p>
          )}
        </fieldset>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t('options_section_payment')}</legend>
        {text('iban', 'options_iban', 'options_iban_hint', 'payment.iban')}
        {text(
          'paymentLink',
          'options_payment_link',
          'options_payment_link_hint',
          'payment.paymentLink',
        )}
        {text(
          'instalments',
          'options_instalments',
          'options_instalments_hint',
          'payment.instalments',
        )}
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t('options_section_law')}</legend>
        {choice(
          'customerType',
          'options_customer_type',
          ['business', 'consumer'],
          'options_customer_',
        )}
        {choice(
          'jurisdiction',
          'options_jurisdiction',
          [...JURISDICTIONS],
          'options_jurisdiction_',
        )}
        <p className="text-xs text-slate-600 dark:text-slate-400">{t('options_per_thread_hint')}</p>
        {text('collectionAgency', 'options_collection_agency', 'options_collection_agency_hint')}
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t('options_section_language')}</legend>
        {choice(
          'defaultLanguage',
          'options_default_language',
          DRAFT_LANGUAGES.map((pack) => pack.code),
          '',
          (code) => DRAFT_LANGUAGES.find((pack) => pack.code === code)?.name ?? code,
        )}
        {choice(
          'defaultRegister',
          'options_default_register',
          ['formal', 'informal'],
          'options_register_',
        )}
      </fieldset>

      <div className="flex items-center gap-3">
        <button
          type="submit"
          data-testid="save-settings"
          className={`rounded bg-blue-700 px-4 py-1.5 font-semibold text-white hover:bg-blue-800 ${FOCUS_RING}`}
        >
          {t('options_save')}
        </button>
        {status && (
          <p
            role={status.ok ? 'status' : 'alert'}
            data-testid="save-status"
            className={
              status.ok ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'
            }
          >
            {status.text}
          </p>
        )}
      </div>
    </form>
  );
}
