import type { ReactNode } from 'react';
import { useT, type T } from '../i18n/useT';

/** What the connectors brought (the citizen's record, eligibility, slots…), beside the script, as nested lists. */
export function DataPanel(props: { data: Record<string, unknown>; id?: string }): ReactNode {
  const t = useT();
  const titleId = `${props.id ?? 'data'}-title`;
  const entries = Object.entries(props.data);
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('data.title')}</h2>
      {entries.length === 0 ? <p className="hint">{t('data.empty')}</p> : <Value value={props.data} t={t} />}
    </section>
  );
}

function Value(props: { value: unknown; t: T }): ReactNode {
  const { value, t } = props;
  if (value === null || value === undefined || value === '') return <>—</>;
  if (typeof value === 'boolean') return <>{value ? t('app.yes') : t('app.no')}</>;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return <>{value.map(String).join(', ') || '—'}</>;
    return (
      <ol className="data-list">
        {value.map((v, i) => (
          <li key={i}>
            <Value value={v} t={t} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="data">
        {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
          <div key={k} className={v !== null && typeof v === 'object' ? 'nested' : undefined}>
            <dt>{humanize(k)}</dt>
            <dd>
              <Value value={v} t={t} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}

/** `bankAccountMasked` → `Bank account masked`: connector outputs have technical names, shown readable. */
export function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
