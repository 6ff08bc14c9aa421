import type { ReactNode } from 'react';
import type { DiffEntry } from '../../api/types';
import { useT } from '../../i18n/useT';
import { useDesigner, useStore } from '../../store/useStore';

const GROUPS = ['elements', 'fields', 'texts', 'files'] as const;

/** The draft against the live version: elements, forms' fields and texts added, removed or changed. */
export function DiffView(): ReactNode {
  const t = useT();
  const { publish } = useDesigner();
  const diff = useStore(publish, (s) => s.diff);
  const loading = useStore(publish, (s) => s.loadingDiff);
  if (!diff) return <p aria-live="polite">{loading ? t('app.loading') : t('diff.none')}</p>;
  const group = (g: (typeof GROUPS)[number]) => diff[g] ?? [];
  const total = GROUPS.reduce((n, g) => n + group(g).length, 0);
  return (
    <div className="diff" aria-busy={loading}>
      <p role="status">
        {diff.liveVersion === null
          ? t('diff.firstVersion')
          : total === 0
            ? t('diff.same', { version: diff.liveVersion })
            : t('diff.against', { version: diff.liveVersion, count: total })}
      </p>
      {GROUPS.filter((g) => group(g).length > 0).map((g) => (
        <section key={g} aria-labelledby={`diff-${g}`}>
          <h3 id={`diff-${g}`}>{t(`diff.${g}`, { count: group(g).length })}</h3>
          <ul className="diff-list">
            {group(g).map((entry, i) => (
              <li key={`${entry.id}-${i}`} className={`diff-${entry.change}`}>
                <span className="change">{t(`diff.${entry.change}`)}</span> <Entry entry={entry} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

// helpers
function Entry({ entry }: { entry: DiffEntry }): ReactNode {
  return (
    <>
      <code>{entry.id}</code>
      {entry.kind && <span className="kind"> ({entry.kind})</span>}
      {entry.name && <span> «{entry.name}»</span>}
      {entry.change === 'changed' && (entry.before !== undefined || entry.after !== undefined) && (
        <span className="values">
          {' '}
          <del>{entry.before}</del> → <ins>{entry.after}</ins>
        </span>
      )}
    </>
  );
}
