import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { useDesigner, useStore } from '../../store/useStore';

/** A tab whose editor has not landed yet: says so, and lists the draft's files so the shell is usable meanwhile. */
export function PlaceholderTab(): ReactNode {
  const t = useT();
  const { draft } = useDesigner();
  const files = useStore(draft, (s) => s.files);
  return (
    <div className="placeholder">
      <h2>{t('placeholder.title')}</h2>
      <p>{t('placeholder.text')}</p>
      <ul className="files">
        {Object.keys(files)
          .sort()
          .map((path) => (
            <li key={path}>
              <code>{path}</code>
            </li>
          ))}
      </ul>
    </div>
  );
}
