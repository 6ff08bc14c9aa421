import { useRef, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { useDesigner, useStore } from '../../store/useStore';

/** Import a zip of the folder format (what "Exportar" gives, or a package made elsewhere) as a draft. */
export function ImportForm(): ReactNode {
  const t = useT();
  const { catalogue, commands } = useDesigner();
  const busy = useStore(catalogue, (s) => s.busy);
  const file = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = file.current?.files?.[0];
    if (chosen) void commands.importZip(chosen);
  };
  return (
    <section aria-labelledby="import-title" className="panel">
      <h2 id="import-title">{t('import.title')}</h2>
      <form onSubmit={submit} aria-busy={busy}>
        <p className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <span className="hint" id="import-hint">
            {t('import.hint')}
          </span>
          <input
            id="import-file"
            ref={file}
            type="file"
            required
            accept=".zip,application/zip"
            aria-describedby="import-hint"
          />
        </p>
        <button type="submit" disabled={busy}>
          {t('import.submit')}
        </button>
      </form>
    </section>
  );
}
