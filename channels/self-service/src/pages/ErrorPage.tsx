import type { Messages } from '../i18n';
import { Layout, type Shell } from './Layout';

/** The error pages a citizen can meet; each has its own title and explanation in every language. @public */
export type ErrorKind = 'not-found' | 'forbidden' | 'csrf' | 'conflict' | 'bad-request' | 'server' | 'system';

const TEXTS: Record<ErrorKind, [keyof Messages, keyof Messages]> = {
  'not-found': ['notFoundTitle', 'notFoundText'],
  forbidden: ['forbiddenTitle', 'forbiddenText'],
  csrf: ['csrfTitle', 'csrfText'],
  conflict: ['conflictTitle', 'conflictText'],
  'bad-request': ['badRequestTitle', 'badRequestText'],
  server: ['serverErrorTitle', 'serverErrorText'],
  system: ['serverErrorTitle', 'systemErrorText'],
};

/**
 * A typed error page in the citizen's language: what went wrong in plain words, never a stack trace; server
 * faults carry an incident code that is also in the log, so a call to the contact centre can find it; a way on.
 * @internal
 */
export function ErrorPage(props: {
  shell: Shell;
  kind: ErrorKind;
  incident?: string;
  back?: { href: string; text: string };
}) {
  const { shell, kind } = props;
  const { t } = shell;
  const [title, text] = TEXTS[kind];
  return (
    <Layout shell={shell} page="error" title={t(title)}>
      <h1 className="heading-l">{t(title)}</h1>
      <p className="body">{t(text)}</p>
      {props.incident ? <p className="body">{t('incident', { id: props.incident })}</p> : null}
      {props.back ? (
        <p className="body">
          <a href={props.back.href}>{props.back.text}</a>
        </p>
      ) : null}
      <p className="body">
        <a href={`${shell.base}/`}>{t('goHome')}</a>
      </p>
    </Layout>
  );
}
