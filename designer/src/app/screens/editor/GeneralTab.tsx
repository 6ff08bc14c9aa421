import { useRef, type ReactNode } from 'react';
import { CHANNELS, SERVICE_REQUEST_STATES, type Channel } from '@cauce/schemas/browser';
import { useT } from '../../i18n/useT';
import { useDesigner, useSelectTarget, useStore } from '../../store/useStore';
import { LocalizedField } from './LocalizedField';
import { manifestEdit, manifestValue } from './manifestEdit';
import { revealManifestPath } from './revealManifestPath';

/** Codes of the manifest (service-request type, owner area): lower-case words joined by -, _ or . (procedure.json). */
const CODE_PATTERN = '[a-z0-9]+([\\-_.][a-z0-9]+)*';

/**
 * General: what the manifest (procedure.json) says of the procedure — title and description in five languages,
 * channels, identification level, service-request type, owner area, and what "¿Cómo va lo mío?" answers for each
 * state. Every change is an undoable DraftStore edit, saved like any other.
 */
export function GeneralTab(): ReactNode {
  const t = useT();
  const { draft } = useDesigner();
  const files = useStore(draft, (s) => s.files);
  const readOnly = useStore(draft, (s) => s.readOnly);
  const root = useRef<HTMLDivElement>(null);
  // a finding about procedure.json (Comprobaciones): open and focus what it points at
  useSelectTarget('general', (target) => root.current && revealManifestPath(root.current, target.path));
  const value = (path: string[]) => manifestValue(files, path);
  const set = (path: string[], next: unknown) => draft.change(manifestEdit(files, path, next, 'general.edit'));
  const channels = (value(['channels']) as Channel[] | undefined) ?? [];
  const toggle = (channel: Channel, on: boolean) =>
    set(
      ['channels'],
      on ? CHANNELS.filter((c) => c === channel || channels.includes(c)) : channels.filter((c) => c !== channel),
    );
  return (
    <div className="general" ref={root}>
      <h2>{t('general.title')}</h2>
      <p className="hint">
        {t('general.id', { id: String(value(['id']) ?? '') })} ·{' '}
        {t('general.version', { version: String(value(['version']) ?? '—') })}
      </p>
      <LocalizedField path={['title']} legend={t('general.procedureTitle')} />
      <LocalizedField path={['description']} legend={t('general.description')} multiline />
      <fieldset>
        <legend>{t('general.channels')}</legend>
        {CHANNELS.map((channel) => (
          <p className="choice" key={channel}>
            <input
              id={`channel-${channel}`}
              type="checkbox"
              checked={channels.includes(channel)}
              disabled={readOnly}
              onChange={(e) => toggle(channel, e.target.checked)}
            />
            <label htmlFor={`channel-${channel}`}>{t(`general.channel.${channel}`)}</label>
          </p>
        ))}
      </fieldset>
      <p className="field">
        <label htmlFor="general-level">{t('general.level')}</label>
        <select
          id="general-level"
          value={String(value(['identificationLevel']) ?? 0)}
          disabled={readOnly}
          onChange={(e) => set(['identificationLevel'], Number(e.target.value))}
        >
          {[0, 1, 2, 3].map((level) => (
            <option key={level} value={level}>
              {t(`general.level.${level}`)}
            </option>
          ))}
        </select>
      </p>
      {(['serviceRequestType', 'ownerArea'] as const).map((key) => (
        <p className="field" key={key}>
          <label htmlFor={`general-${key}`}>{t(`general.${key}`)}</label>
          <span className="hint" id={`general-${key}-hint`}>
            {t('general.codeHint')}
          </span>
          <input
            id={`general-${key}`}
            pattern={CODE_PATTERN}
            maxLength={64}
            readOnly={readOnly}
            aria-describedby={`general-${key}-hint`}
            value={String(value([key]) ?? '')}
            onChange={(e) => set([key], e.target.value)}
            onBlur={() => draft.seal()}
          />
        </p>
      ))}
      <h3>{t('general.statusTexts')}</h3>
      <p className="hint">{t('general.statusTextsHint')}</p>
      {SERVICE_REQUEST_STATES.map((state) => (
        <details key={state} open={!!value(['statusTexts', state])}>
          <summary>{t(`general.state.${state}`)}</summary>
          <LocalizedField path={['statusTexts', state]} legend={t(`general.state.${state}`)} multiline />
        </details>
      ))}
    </div>
  );
}
