import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native `<dialog>` (focus kept inside, Escape closes, the page behind inert): open while
 * mounted. `onCancel` runs on Escape; `dismissible: false` keeps it open (the conflict must be decided).
 */
export function Dialog(props: {
  title: string;
  children: ReactNode;
  onCancel?: () => void;
  dismissible?: boolean;
  role?: 'dialog' | 'alertdialog';
}): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role={props.role}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (props.dismissible !== false) props.onCancel?.();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}
