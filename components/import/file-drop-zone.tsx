/** Takes .mbox / .eml files by picker or by drag-and-drop; the input is the e2e hook. */
import { useState, type DragEvent } from 'react';
import { t } from '../shared/translate';

const ACCEPT = '.mbox,.mbx,.eml,.txt,message/rfc822,application/mbox';

export function FileDropZone({
  onFiles,
  disabled,
}: {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      data-testid="import-drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`rounded-lg border-2 border-dashed p-6 text-center ${over ? 'border-blue-600 dark:border-blue-400 bg-blue-50 dark:bg-blue-950' : 'border-slate-300 dark:border-slate-600'}`}
    >
      <label className="inline-block cursor-pointer rounded bg-blue-700 px-3 py-1.5 font-medium text-white focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-blue-700">
        {t('import_choose')}
        <input
          type="file"
          data-testid="import-file"
          multiple
          accept={ACCEPT}
          disabled={disabled}
          className="sr-only"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            onFiles(files);
          }}
        />
      </label>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t('import_drop')}</p>
    </div>
  );
}
