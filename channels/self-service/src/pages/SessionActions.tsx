import type { StepView } from '../contract';
import type { Shell } from './Layout';

/** The session's base path: `<base>/solicitud/<sessionId>`. @internal */
export function sessionPath(base: string, sessionId: string): string {
  return `${base}/solicitud/${encodeURIComponent(sessionId)}`;
}

/**
 * The ways out of a page in a session, as plain links: check answers (once there are some), save and come back
 * later, ask a person for help — each only when the session allows it (`actions`).
 * @internal
 */
export function SessionActions(props: { shell: Shell; view: StepView; review?: boolean }) {
  const { shell, view } = props;
  const { t } = shell;
  const path = sessionPath(shell.base, view.sessionId);
  const answered = (view.review ?? []).some((r) => r.fields.length > 0);
  const links: Array<{ href: string; text: string }> = [];
  if (props.review !== false && answered && view.status === 'step')
    links.push({ href: `${path}/respuestas`, text: t('reviewAnswers') });
  if (view.actions.includes('save')) links.push({ href: `${path}/guardar`, text: t('saveLater') });
  if (view.actions.includes('help')) links.push({ href: `${path}/ayuda`, text: t('askHelp') });
  if (!links.length) return null;
  return (
    <nav className="session-actions" aria-label={t('otherOptions')}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href}>{l.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
