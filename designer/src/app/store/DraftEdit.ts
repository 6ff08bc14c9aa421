/**
 * One change of a draft's files, the unit of the designer's undo/redo for forms and texts (the flow has bpmn-js's
 * own command stack). Editors build edits (D4's form builder: "add field", "set label"…) and hand them to
 * `DraftStore.change`; nothing else writes the files map.
 * @public
 */
export interface DraftEdit {
  /** what the edit does, shown in the undo/redo buttons' names: a message key of the UI catalogue or plain text */
  label: string;
  /** the files the edit writes: new text, or `null` to delete the file */
  files: Readonly<Record<string, string | null>>;
  /**
   * Edits in a row with the same key (keystrokes in one label) become one undo step; the step keeps the files as
   * they were before the first of them.
   */
  mergeKey?: string;
  /**
   * `false` for edits another command stack already undoes (the flow: bpmn-js) — the draft is saved, but the
   * designer's undo/redo neither records nor replays them.
   */
  history?: false;
}
