import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useDesigner, useStore } from '../store/useStore';

/**
 * The notice of the moment: an error (role=alert, focused so a keyboard or screen-reader user meets it) or an
 * information (role=status), dismissible.
 */
export function NoticeBanner(): ReactNode {
  const t = useT();
  const { notices } = useDesigner();
  const notice = useStore(notices, (s) => s.notice);
  const ticket = useStore(notices, (s) => s.ticket);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice?.kind === 'error') box.current?.focus();
  }, [notice, ticket]);
  if (!notice) return null;
  return (
    <div
      ref={box}
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      tabIndex={-1}
    >
      <p>{t(notice.key, notice.vars, notice.detail ?? t('error.UNKNOWN'))}</p>
      <button type="button" className="link" onClick={() => notices.dismiss()}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
