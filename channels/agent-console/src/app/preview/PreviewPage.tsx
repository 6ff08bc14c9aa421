import { PREVIEW_READY, readStepPreview, type StepPreview } from '@cauce/forms';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { StepView } from '../api/types';
import { ReadAloud } from '../components/ReadAloud';
import { StepForm } from '../components/StepForm';
import { translate } from '../i18n';
import type { ConsoleCommands } from '../store/ConsoleCommands';
import { initialState } from '../store/ConsoleState';
import { Store } from '../store/Store';
import { ConsoleProvider } from '../store/useStore';

/**
 * The console's preview mode (`/agente/?vista-previa`), for the designer: the step a parent window of the same
 * origin posts (`StepPreview` of @cauce/forms) drawn by the console's own StepForm, as an agent will see it, in the
 * posted language. It signs no one in, calls no API and sends nothing: submitting does nothing. Messages from
 * another origin or another window are ignored.
 * @public
 */
export function PreviewPage(props: { window: Window }): ReactNode {
  const [preview, setPreview] = useState<StepPreview>();
  useEffect(() => {
    const own = props.window;
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== own.location.origin || event.source !== own.parent) return;
      const read = readStepPreview(event.data);
      if (read) setPreview(read);
    };
    own.addEventListener('message', onMessage);
    if (own.parent !== own) own.parent.postMessage({ type: PREVIEW_READY }, own.location.origin);
    return () => own.removeEventListener('message', onMessage);
  }, [props.window]);
  useEffect(() => {
    if (preview) props.window.document.documentElement.lang = preview.language;
  }, [preview, props.window]);
  const language = preview?.language ?? 'es';
  const store = useMemo(() => new Store(initialState(language)), [language]);
  if (!preview) return <p role="status">{translate('es', 'preview.waiting')}</p>;
  return (
    <ConsoleProvider key={language} store={store} commands={NO_COMMANDS}>
      <PreviewStep preview={preview} />
    </ConsoleProvider>
  );
}

// helpers
/** Nothing a preview may do reaches the server: the form's submit is the only command StepForm calls. */
const NO_COMMANDS = { submit: async () => undefined, back: async () => undefined } as unknown as ConsoleCommands;

function PreviewStep({ preview }: { preview: StepPreview }): ReactNode {
  const t = (key: string) => translate(preview.language, key);
  const view = {
    status: 'step',
    language: preview.language,
    step: preview.step,
    answers: preview.answers ?? {},
    errors: [],
    actions: ['next'],
    review: [],
  } as unknown as StepView;
  return (
    <main className="preview" aria-labelledby="step-heading">
      <h1 className="visually-hidden">{t('preview.title')}</h1>
      <p className="hint">{t('preview.note')}</p>
      <section className="script" data-step={preview.step.id}>
        <h2 id="step-heading">{preview.step.title}</h2>
        <ReadAloud text={preview.step.text} />
        <StepForm view={view} step={preview.step} busy={false} />
      </section>
    </main>
  );
}
