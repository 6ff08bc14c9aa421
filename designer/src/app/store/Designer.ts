import { DesignerClient } from '../api/DesignerClient';
import type { AddressBar } from './AddressBar';
import { DesignerCommands } from './DesignerCommands';
import { CatalogueStore } from './CatalogueStore';
import { DraftStore, type DraftStoreOptions } from './DraftStore';
import { FindingsStore } from './FindingsStore';
import type { KeyValue } from './KeyValue';
import { NavigationStore } from './NavigationStore';
import { NoticeStore } from './NoticeStore';
import { PublishStore, type Download } from './PublishStore';
import { SelectionStore } from './SelectionStore';
import { SessionStore } from './SessionStore';

/** The designer's stores, made once by the composition root (main.tsx) or a test. @public */
export interface Designer {
  api: DesignerClient;
  notices: NoticeStore;
  session: SessionStore;
  navigation: NavigationStore;
  catalogue: CatalogueStore;
  draft: DraftStore;
  findings: FindingsStore;
  selection: SelectionStore;
  publish: PublishStore;
  /** what crosses stores (sign in/out, language, create/import/open, conflict copy) */
  commands: DesignerCommands;
}

/** What the designer needs from its surroundings (the page, or a test). */
export interface DesignerDeps {
  api?: DesignerClient;
  addressBar: AddressBar;
  /** keeps the login across reloads (sessionStorage) */
  loginStorage: KeyValue;
  /** keeps the UI language (localStorage) */
  preferences: KeyValue;
  download: Download;
  draft?: DraftStoreOptions;
  base?: string;
}

/** Builds the designer's stores and wires them to each other. @public */
export function createDesigner(deps: DesignerDeps): Designer {
  const api = deps.api ?? new DesignerClient();
  const notices = new NoticeStore();
  const session = new SessionStore(api, notices, deps.loginStorage, deps.preferences);
  const navigation = new NavigationStore(deps.addressBar, deps.base);
  const draft = new DraftStore(api, deps.draft);
  const findings = new FindingsStore(api, deps.draft?.clock);
  findings.watch(draft);
  const stores = {
    api,
    notices,
    session,
    navigation,
    catalogue: new CatalogueStore(api, notices),
    draft,
    findings,
    selection: new SelectionStore(navigation),
    publish: new PublishStore(api, draft, notices, deps.download),
  };
  return { ...stores, commands: new DesignerCommands(stores) };
}
