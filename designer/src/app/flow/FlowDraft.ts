/**
 * The part of the draft the flow edits: the text of `process.bpmn` in the draft's files map. The editor passes
 * one built over its DraftStore; the ModelerHost reads it when it opens, writes it after every change of the
 * diagram, and re-imports when it changes from outside (a reload after a conflict).
 * @public
 */
export interface FlowDraft {
  /** the draft's `process.bpmn` ('' when the draft has none yet) */
  getXml(): string;
  setXml(xml: string): void;
  subscribe(listener: () => void): () => void;
}
