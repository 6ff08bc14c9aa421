import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { ConsoleState } from '../store/ConsoleState';
import { useCommands, useStore } from '../store/useStore';

const selectNeeded = (s: ConsoleState) => s.reasonNeeded;

/** Asks the reason for reading a protected person's data (a modal dialog); the refused call is then retried with it. */
export function ReasonDialog(): ReactNode {
  const t = useT();
  const needed = useStore(selectNeeded);
  const commands = useCommands();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (needed && !dialog.open) dialog.showModal();
    if (!needed && dialog.open) dialog.close();
  }, [needed]);
  return (
    <dialog ref={ref} aria-labelledby="reason-title" onCancel={() => commands.cancelReason()}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          const text = String(new FormData(e.currentTarget).get('reason') ?? '');
          if (text.trim().length >= 3) void commands.giveReason(text);
        }}
      >
        <h2 id="reason-title">{t('reason.title')}</h2>
        <p id="reason-text">{t('reason.text')}</p>
        <label htmlFor="reason">{t('reason.label')}</label>
        <textarea
          id="reason"
          name="reason"
          rows={3}
          required
          minLength={3}
          maxLength={500}
          aria-describedby="reason-text"
        />
        <div className="buttons">
          <button type="submit" className="primary">
            {t('reason.submit')}
          </button>
          <button type="button" onClick={() => commands.cancelReason()}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
