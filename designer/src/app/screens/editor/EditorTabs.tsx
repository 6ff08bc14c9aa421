import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { TABS, type Tab } from '../../store/Route';
import { useDesigner } from '../../store/useStore';
import { TAB_PANELS } from './tabPanels';

/**
 * The editor's tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between them; the panel follows) and the
 * panel of the tab shown. Each tab has its own address, so a reload or a link opens it.
 */
export function EditorTabs(props: { tab: Tab }): ReactNode {
  const t = useT();
  const { navigation } = useDesigner();
  const list = useRef<HTMLDivElement>(null);
  const Panel = TAB_PANELS[props.tab];
  const onKey = (event: KeyboardEvent) => {
    const i = TABS.indexOf(props.tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    navigation.tab(next);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${next}`)?.focus();
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label={t('editor.tabs')} ref={list} onKeyDown={onKey}>
        {TABS.map((tab) => (
          <button
            key={tab}
            id={`tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={tab === props.tab}
            aria-controls={tab === props.tab ? `panel-${tab}` : undefined}
            tabIndex={tab === props.tab ? 0 : -1}
            onClick={() => navigation.tab(tab)}
          >
            {t(`tab.${tab}`)}
          </button>
        ))}
      </div>
      <section id={`panel-${props.tab}`} role="tabpanel" aria-labelledby={`tab-${props.tab}`} className="tab-panel">
        <Panel />
      </section>
    </>
  );
}
