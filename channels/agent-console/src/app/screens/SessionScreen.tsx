import { useEffect, type ReactNode } from 'react';
import type { StepView } from '../api/types';
import { AnswersPanel } from '../components/AnswersPanel';
import { DataPanel } from '../components/DataPanel';
import { IdentifyPanel } from '../components/IdentifyPanel';
import { NotesPanel } from '../components/NotesPanel';
import { ProgressList } from '../components/ProgressList';
import { SessionActions } from '../components/SessionActions';
import { ReadAloud } from '../components/ReadAloud';
import { StepForm } from '../components/StepForm';
import { useT } from '../i18n/useT';
import type { ConsoleState } from '../store/ConsoleState';
import { useStore } from '../store/useStore';

const selectSession = (s: ConsoleState) => s.session;
const selectBusy = (s: ConsoleState) => s.busy;
const selectTicket = (s: ConsoleState) => s.stepTicket;
const selectLastStepMs = (s: ConsoleState) => s.lastStepMs;

/**
 * The script: progress on the left; in the middle the text to read aloud and the step's questions (or the
 * identification the view asks for); on the right the connector data, the answers already given and the notes.
 * After each move, focus goes to the error summary when the answer was refused, else to the new step's heading.
 */
export function SessionScreen(): ReactNode {
  const t = useT();
  const view = useStore(selectSession);
  const busy = useStore(selectBusy);
  const ticket = useStore(selectTicket);
  const lastStepMs = useStore(selectLastStepMs);
  useEffect(() => {
    const target = document.getElementById('error-summary') ?? document.getElementById('step-heading');
    target?.focus();
  }, [ticket]);
  if (!view) return null;
  return (
    <div className="session">
      <header className="session-head">
        <h1>{view.procedure.title}</h1>
        <dl className="facts">
          <div>
            <dt>{t('session.reference')}</dt>
            <dd className="reference">{view.reference}</dd>
          </div>
          <div>
            <dt>{t('session.state')}</dt>
            <dd data-state={view.serviceRequest.state}>
              {t(`state.${view.serviceRequest.state}`, {}, view.serviceRequest.state)}
            </dd>
          </div>
          <div>
            <dt>{t('session.identification')}</dt>
            <dd>
              {t('session.level', {
                reached: view.identification.reached,
                needed: Math.max(view.identification.needed, view.identification.reached),
              })}
            </dd>
          </div>
        </dl>
        {lastStepMs !== undefined && <p className="hint timing">{t('app.lastStep', { ms: lastStepMs })}</p>}
      </header>
      <div className="session-grid">
        <ProgressList progress={view.progress} />
        <section
          className="script"
          aria-labelledby="step-heading"
          data-status={view.status}
          data-step={view.step?.id ?? ''}
          data-revising={view.revising ? 'true' : undefined}
          data-ticket={ticket}
        >
          <Script view={view} busy={busy} />
          <SessionActions view={view} busy={busy} />
        </section>
        <div className="side">
          <DataPanel entries={view.dataView} />
          <AnswersPanel view={view} busy={busy} />
          <NotesPanel view={view} busy={busy} />
        </div>
      </div>
    </div>
  );
}

function Script(props: { view: StepView; busy: boolean }): ReactNode {
  const t = useT();
  const { view, busy } = props;
  switch (view.status) {
    case 'identify':
      return (
        <>
          <h2 id="step-heading" tabIndex={-1}>
            {t('identify.title')}
          </h2>
          {view.texts?.identification && <ReadAloud text={view.texts.identification} />}
          <IdentifyPanel view={view} busy={busy} />
        </>
      );
    case 'step':
      if (!view.step) return null;
      return (
        <>
          <h2 id="step-heading" tabIndex={-1}>
            {view.step.title}
          </h2>
          {view.revising && <p className="notice notice-info">{t('session.revising')}</p>}
          {view.progress.done === 0 && !view.revising && view.texts?.intro && <ReadAloud text={view.texts.intro} />}
          <ReadAloud text={view.step.text} />
          <StepForm
            key={`${view.sessionId}:${view.step.id}:${view.revising ? 'r' : ''}:${view.errors.length ? JSON.stringify(view.answers) : ''}`}
            view={view}
            step={view.step}
            busy={busy}
          />
        </>
      );
    case 'working':
      return (
        <>
          <h2 id="step-heading" tabIndex={-1}>
            {view.procedure.title}
          </h2>
          <p role="status" className="working">
            {t('session.working')}
          </p>
        </>
      );
    case 'handed-off':
      return (
        <>
          <h2 id="step-heading" tabIndex={-1}>
            {capitalize(t(`state.${view.serviceRequest.state}`, {}, view.serviceRequest.state))}
          </h2>
          <p>{t('session.handedOff')}</p>
        </>
      );
    case 'done':
      return (
        <>
          <h2 id="step-heading" tabIndex={-1}>
            {t('session.done')}
          </h2>
          {view.outcome && (
            <p className="outcome" data-state={view.outcome.state}>
              {view.outcome.text}
            </p>
          )}
          {view.texts?.end && <ReadAloud text={view.texts.end} />}
        </>
      );
    default:
      return null;
  }
}

/** The words to say, big and first: what the agent reads to the caller. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
