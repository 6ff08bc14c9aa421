import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { useDesigner, useStore } from '../../store/useStore';

/**
 * The autosave's state in words: "Guardado · hace 3 s", "Cambios sin guardar", "Guardando…", "Conflicto", or why
 * the last save failed, with "Guardar ahora". The status is a polite live region, so a screen reader hears saves
 * (not each second of the clock, which is outside it).
 */
export function SaveStatus(): ReactNode {
  const t = useT();
  const { draft } = useDesigner();
  const save = useStore(draft, (s) => s.save);
  const savedAt = useStore(draft, (s) => s.savedAt);
  const error = useStore(draft, (s) => s.error);
  const now = useClock(save === 'saved' && savedAt !== undefined);
  const seconds = savedAt === undefined ? undefined : Math.max(0, Math.round((now - savedAt) / 1000));
  return (
    <div className={`save save-${save}`} data-save={save}>
      <span role="status">{t(`save.${save}`)}</span>
      {save === 'saved' && seconds !== undefined && (
        <span className="ago">
          {' '}
          ·{' '}
          {seconds < 60 ? t('save.secondsAgo', { n: seconds }) : t('save.minutesAgo', { n: Math.floor(seconds / 60) })}
        </span>
      )}
      {save === 'error' && error && <span className="ago"> · {t(`error.${error}`, {}, error)}</span>}
      {(save === 'pending' || save === 'error') && (
        <button type="button" className="link" onClick={() => void draft.flush()}>
          {t('save.now')}
        </button>
      )}
    </div>
  );
}

// helpers
/** The time, ticking each second while `running` (only the seconds counter uses it). */
function useClock(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}
