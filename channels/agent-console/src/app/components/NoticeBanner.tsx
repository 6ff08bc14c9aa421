import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { ConsoleState } from '../store/ConsoleState';
import { useCommands, useStore } from '../store/useStore';

const selectNotice = (s: ConsoleState) => s.notice;

/** A message from the last command (an error from the server, by code), announced and focusable. */
export function NoticeBanner(): ReactNode {
  const t = useT();
  const notice = useStore(selectNotice);
  const commands = useCommands();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice?.kind === 'error') ref.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <p>
        {t(notice.key, {}, t('error.generic'))}
        {notice.detail && notice.key.startsWith('error.') && <span className="detail"> ({notice.detail})</span>}
      </p>
      <button type="button" className="link" onClick={() => commands.dismissNotice()}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
