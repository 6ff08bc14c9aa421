import { useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { CatalogueFilter } from '../store/CatalogueStore';
import { useDesigner, useStore } from '../store/useStore';
import { useFocusOnTicket } from '../components/useFocusOnTicket';
import { ImportForm } from './catalogue/ImportForm';
import { NewProcedureForm } from './catalogue/NewProcedureForm';
import { ProcedureTable } from './catalogue/ProcedureTable';

const FILTERS: CatalogueFilter[] = ['current', 'draft', 'published', 'archived'];

/** The catalogue: search and filter the procedures, open one, create one (empty or a copy), import a zip. */
export function CatalogueScreen(): ReactNode {
  const t = useT();
  const { catalogue, session } = useDesigner();
  const q = useStore(catalogue, (s) => s.q);
  const filter = useStore(catalogue, (s) => s.filter);
  const busy = useStore(catalogue, (s) => s.busy);
  const writable = useStore(session, (s) => s.access === 'write');
  const [text, setText] = useState(q);
  const heading = useFocusOnTicket<HTMLHeadingElement>();
  const search = (event: FormEvent) => {
    event.preventDefault();
    void catalogue.search(text);
  };
  return (
    <div className="catalogue">
      <h1 ref={heading} tabIndex={-1}>
        {t('catalogue.title')}
      </h1>
      <section aria-labelledby="catalogue-list-title">
        <h2 id="catalogue-list-title" className="visually-hidden">
          {t('catalogue.listTitle')}
        </h2>
        <form role="search" className="toolbar" onSubmit={search} aria-busy={busy}>
          <p className="field">
            <label htmlFor="catalogue-q">{t('catalogue.search')}</label>
            <input id="catalogue-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          </p>
          <p className="field">
            <label htmlFor="catalogue-filter">{t('catalogue.filter')}</label>
            <select
              id="catalogue-filter"
              value={filter}
              onChange={(e) => void catalogue.filterBy(e.target.value as CatalogueFilter)}
            >
              {FILTERS.map((f) => (
                <option key={f} value={f}>
                  {t(`catalogue.filter.${f}`)}
                </option>
              ))}
            </select>
          </p>
          <button type="submit">{t('catalogue.searchButton')}</button>
        </form>
        <ProcedureTable />
      </section>
      {writable && <NewProcedureForm />}
      {writable && <ImportForm />}
    </div>
  );
}
