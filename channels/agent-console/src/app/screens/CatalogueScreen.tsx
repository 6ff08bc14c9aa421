import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { ConsoleState } from '../store/ConsoleState';
import { useCommands, useStore } from '../store/useStore';

const selectCatalogue = (s: ConsoleState) => s.catalogue;
const selectBusy = (s: ConsoleState) => s.busy;

/** Search the procedure catalogue and start one (optionally naming the caller), or resume a request by reference. */
export function CatalogueScreen(): ReactNode {
  const t = useT();
  const catalogue = useStore(selectCatalogue);
  const busy = useStore(selectBusy);
  const commands = useCommands();
  const [citizenId, setCitizenId] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="catalogue">
      <section aria-labelledby="catalogue-title" className="card">
        <h1 id="catalogue-title" ref={heading} tabIndex={-1}>
          {t('catalogue.title')}
        </h1>
        <form
          role="search"
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            void commands.search(String(new FormData(e.currentTarget).get('q') ?? ''));
          }}
        >
          <div className="field">
            <label htmlFor="catalogue-q">{t('catalogue.search')}</label>
            <input id="catalogue-q" name="q" type="search" defaultValue={catalogue.q} />
          </div>
          <button type="submit" disabled={busy}>
            {t('catalogue.searchButton')}
          </button>
        </form>
        <div className="field">
          <label htmlFor="catalogue-citizen">{t('catalogue.citizen')}</label>
          <input
            id="catalogue-citizen"
            value={citizenId}
            onChange={(e) => setCitizenId(e.target.value)}
            aria-describedby="catalogue-citizen-help"
            autoComplete="off"
            spellCheck={false}
            maxLength={9}
          />
          <p id="catalogue-citizen-help" className="hint">
            {t('catalogue.citizenHelp')}
          </p>
        </div>
        <p className="hint" role="status">
          {catalogue.loaded ? t('catalogue.count', { count: catalogue.items.length }) : ''}
        </p>
        {catalogue.loaded && catalogue.items.length === 0 && <p>{t('catalogue.empty')}</p>}
        <ul className="procedures">
          {catalogue.items.map((p) => (
            <li key={p.id}>
              <div>
                <h2>{p.title}</h2>
                <p>{p.description}</p>
                <p className="hint">{t('catalogue.level', { level: p.identificationLevel })}</p>
              </div>
              <button
                type="button"
                className="primary"
                disabled={busy}
                aria-label={t('catalogue.startLabel', { title: p.title })}
                onClick={() => void commands.start(p.id, citizenId)}
              >
                {t('catalogue.start')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <ResumeForm />
    </div>
  );
}

/** Resume by reference code: the citizen's web session after "ask for help", or any open request. */
export function ResumeForm(): ReactNode {
  const t = useT();
  const busy = useStore(selectBusy);
  const commands = useCommands();
  return (
    <section aria-labelledby="resume-title" className="card">
      <h2 id="resume-title">{t('resume.title')}</h2>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          void commands.resume(String(new FormData(e.currentTarget).get('reference') ?? ''));
        }}
      >
        <div className="field">
          <label htmlFor="resume-reference">{t('resume.reference')}</label>
          <input id="resume-reference" name="reference" required autoComplete="off" spellCheck={false} maxLength={32} />
        </div>
        <button type="submit" disabled={busy}>
          {t('resume.submit')}
        </button>
      </form>
    </section>
  );
}
