import { useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { useDesigner, useStore } from '../../store/useStore';

/** Ids the designer accepts for a new procedure: lower-case words joined by hyphens (they name folders and URLs). */
const ID_PATTERN = '[a-z][a-z0-9]*(-[a-z0-9]+)*';

/** Create a procedure: its id, its title in the UI language, from the empty template or as a copy of another. */
export function NewProcedureForm(): ReactNode {
  const t = useT();
  const { catalogue, session, commands } = useDesigner();
  const items = useStore(catalogue, (s) => s.items);
  const busy = useStore(catalogue, (s) => s.busy);
  const language = useStore(session, (s) => s.language);
  const [id, setId] = useState('');
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState<'empty' | 'copy'>('empty');
  const [source, setSource] = useState('');
  const copyOf = source || items[0]?.id || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void commands.create({
      id,
      title,
      language,
      from: from === 'copy' && copyOf ? { procedureId: copyOf } : 'empty',
    });
  };
  return (
    <section aria-labelledby="new-title" className="panel">
      <h2 id="new-title">{t('new.title')}</h2>
      <form onSubmit={submit} aria-busy={busy}>
        <p className="field">
          <label htmlFor="new-id">{t('new.id')}</label>
          <span className="hint" id="new-id-hint">
            {t('new.idHint')}
          </span>
          <input
            id="new-id"
            required
            pattern={ID_PATTERN}
            maxLength={60}
            aria-describedby="new-id-hint"
            value={id}
            onChange={(e) => setId(e.target.value)}
          />
        </p>
        <p className="field">
          <label htmlFor="new-name">{t('new.name')}</label>
          <input id="new-name" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </p>
        <fieldset>
          <legend>{t('new.from')}</legend>
          <p className="choice">
            <input
              id="new-from-empty"
              type="radio"
              name="from"
              checked={from === 'empty'}
              onChange={() => setFrom('empty')}
            />
            <label htmlFor="new-from-empty">{t('new.fromEmpty')}</label>
          </p>
          <p className="choice">
            <input
              id="new-from-copy"
              type="radio"
              name="from"
              checked={from === 'copy'}
              disabled={items.length === 0}
              onChange={() => setFrom('copy')}
            />
            <label htmlFor="new-from-copy">{t('new.fromCopy')}</label>
          </p>
          {from === 'copy' && (
            <p className="field">
              <label htmlFor="new-source">{t('new.source')}</label>
              <select id="new-source" value={copyOf} onChange={(e) => setSource(e.target.value)}>
                {items.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title || p.id}
                  </option>
                ))}
              </select>
            </p>
          )}
        </fieldset>
        <button type="submit" className="primary" disabled={busy}>
          {t('new.submit')}
        </button>
      </form>
    </section>
  );
}
