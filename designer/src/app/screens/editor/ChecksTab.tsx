import { useMemo, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { allFindings } from '../../store/FindingsStore';
import { useDesigner, useStore } from '../../store/useStore';

/**
 * Comprobaciones: what the checks found (the browser's lint of the diagram and the server's check of the whole
 * package), errors first; each finding is a button that shows its element or field (`select(target)`).
 */
export function ChecksTab(): ReactNode {
  const t = useT();
  const { findings, selection } = useDesigner();
  const state = useStore(findings, (s) => s);
  const list = useMemo(() => allFindings(state), [state]);
  const errors = list.filter((f) => f.severity === 'error').length;
  return (
    <div className="checks">
      <h2>{t('checks.title')}</h2>
      <p role="status" aria-busy={state.checking}>
        {state.checking && !state.current
          ? t('checks.checking')
          : list.length === 0
            ? t('checks.none')
            : t('checks.summary', { errors, warnings: list.length - errors })}
      </p>
      {state.error && <p className="notice notice-error">{t(`error.${state.error}`, {}, t('checks.failed'))}</p>}
      {list.length > 0 && (
        <ul className="findings">
          {list.map((f, i) => (
            <li key={`${f.rule}-${f.file}-${f.elementId}-${f.field}-${i}`} className={`finding finding-${f.severity}`}>
              <button
                type="button"
                className="link"
                onClick={() =>
                  selection.select({ elementId: f.elementId, file: f.file, field: f.field, line: f.line, path: f.path })
                }
              >
                <span className="severity">{t(`checks.${f.severity}`)}</span> {f.message}
              </button>
              <span className="where">
                {[f.file && (f.line ? `${f.file}:${f.line}` : f.file), f.elementId, f.field, f.rule]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
