import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaPlatformBehaviors from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { cauceModdleDescriptor } from '@cauce/schemas/browser';
import CaucePropertiesModule, { type CauceModelerConfig } from '../../modeler/cauce-properties';
import TranslateModule from '../../modeler/translate';
import { emptyProcessXml } from '../../modeler/emptyProcess';
import type { FlowDraft } from './FlowDraft';
import './flow.css';

/** What the flow view shows about the modeler. @public */
export interface FlowState {
  status: 'opening' | 'ready' | 'error';
  /** why the draft's BPMN could not be opened (the import error) */
  error?: string;
  canUndo: boolean;
  canRedo: boolean;
  /** the selected element's id (one), for the outline and the findings */
  selectedId?: string;
}

/** Options of {@link ModelerHost}. @public */
export interface ModelerHostOptions {
  draft: FlowDraft;
  /** the draft's forms and the panel's language for the Cauce provider */
  cauce?: CauceModelerConfig;
  /** more didi modules (element templates, lint), added after Cauce's */
  modules?: unknown[];
  /** more modeler options (`elementTemplates`, `linting`) */
  options?: Record<string, unknown>;
  /** the procedure's id, for the empty template when the draft has no BPMN */
  procedureId?: string;
  /** ms between the last change of the diagram and saving its XML into the draft */
  saveDelayMs?: number;
}

/**
 * Owns one bpmn-js Modeler for a draft, outside React: creates it with camunda's and Cauce's moddle, Camunda
 * Platform behaviours, the properties panel (bpmn, Camunda Platform and Cauce providers) and the designer's
 * translations; imports the draft's `process.bpmn` (or the empty template), saves the XML back into the draft
 * shortly after every command, and re-imports when the draft changes from outside. Views attach the canvas and the
 * panel to their own elements and detach them when they go, so the diagram (and its undo history) outlives a tab.
 * Undo/redo is bpmn-js's command stack. `subscribe`/`getSnapshot` for React's `useSyncExternalStore`.
 * @public
 */
export class ModelerHost {
  readonly modeler: Modeler;
  private state: FlowState = { status: 'opening', canUndo: false, canRedo: false };
  private readonly listeners = new Set<() => void>();
  private readonly stopDraft: () => void;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** the last XML this host imported or wrote: a draft change to anything else comes from outside */
  private known = '';
  private destroyed = false;
  /** resolves when the first import is done (whatever its result) */
  readonly opened: Promise<void>;

  constructor(private readonly opts: ModelerHostOptions) {
    this.modeler = new Modeler({
      moddleExtensions: { camunda: camundaModdle, cauce: cauceModdleDescriptor },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        CamundaPlatformBehaviors,
        CaucePropertiesModule,
        TranslateModule,
        ...(opts.modules ?? []),
      ],
      cauce: opts.cauce ?? {},
      ...opts.options,
    } as any);
    const eventBus = this.service('eventBus');
    eventBus.on('commandStack.changed', () => this.onCommand());
    eventBus.on('selection.changed', (event: { newSelection: Array<{ id: string }> }) => {
      const [only] = event.newSelection;
      this.set({ selectedId: event.newSelection.length === 1 ? only.id : undefined });
    });
    this.stopDraft = opts.draft.subscribe(() => this.onDraftChanged());
    this.opened = this.open(opts.draft.getXml());
  }

  readonly getSnapshot = (): FlowState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A bpmn-js service (`modeling`, `elementRegistry`, `selection`, `canvas`…). */
  service(name: string): any {
    return this.modeler.get(name);
  }

  /** Shows the canvas in `canvasParent` and the properties panel in `panelParent`. */
  attach(canvasParent: HTMLElement, panelParent?: HTMLElement): void {
    this.modeler.attachTo(canvasParent);
    if (panelParent) this.service('propertiesPanel').attachTo(panelParent);
  }

  /** Takes the canvas and the panel out of the page (the model and its history stay). */
  detach(): void {
    this.modeler.detach();
    this.service('propertiesPanel').detach();
  }

  undo(): void {
    this.service('commandStack').undo();
  }

  redo(): void {
    this.service('commandStack').redo();
  }

  /**
   * Selects an element by id, scrolls the canvas to it and (through the selection) shows its properties; false
   * when the diagram has no such element. On the next tick after an import, as the panel needs.
   */
  select(elementId: string): boolean {
    const element = this.service('elementRegistry').get(elementId);
    if (!element) return false;
    this.service('selection').select(element);
    try {
      this.service('canvas').scrollToElement(element);
    } catch {
      // a detached canvas has no size to scroll in; the selection is what matters
    }
    return true;
  }

  /** Writes the diagram into the draft now (instead of after the delay). */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.save();
  }

  /** Saves a change still waiting for its delay, then destroys the modeler. */
  async destroy(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      await this.save();
    }
    this.destroyed = true;
    this.stopDraft();
    this.modeler.destroy();
    this.listeners.clear();
  }

  // helpers

  private async open(xml: string): Promise<void> {
    const text = xml.trim() === '' ? emptyProcessXml(this.opts.procedureId ?? 'procedure') : xml;
    this.known = xml;
    this.set({ status: 'opening', error: undefined });
    try {
      await this.modeler.importXML(text);
      if (this.destroyed) return;
      this.set({ status: 'ready', canUndo: false, canRedo: false, selectedId: undefined });
      if (xml.trim() === '') await this.save();
    } catch (error) {
      if (this.destroyed) return;
      this.set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }

  private onCommand(): void {
    const commandStack = this.service('commandStack');
    this.set({ canUndo: commandStack.canUndo(), canRedo: commandStack.canRedo() });
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, this.opts.saveDelayMs ?? 300);
  }

  private async save(): Promise<void> {
    if (this.destroyed || this.state.status !== 'ready') return;
    const { xml } = await this.modeler.saveXML({ format: true });
    if (this.destroyed || xml === undefined) return;
    this.known = xml;
    this.opts.draft.setXml(xml);
  }

  private onDraftChanged(): void {
    const xml = this.opts.draft.getXml();
    if (xml === this.known || this.destroyed) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    void this.open(xml);
  }

  private set(patch: Partial<FlowState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}
