/** Where the General tab shows a manifest key that is not a localized text (their inputs are `<path>-<language>`). */
const FIELD_IDS: Record<string, string> = {
  identificationLevel: 'general-level',
  serviceRequestType: 'general-serviceRequestType',
  ownerArea: 'general-ownerArea',
  channels: 'channel-agent',
};

/**
 * Shows what a finding about procedure.json points at (`/title`, `/statusTexts/resolved/eu`) in the General tab:
 * opens its section if folded and focuses its input — the first one marked invalid (a missing translation) when the
 * pointer names a group. Answers whether it found it.
 * @internal
 */
export function revealManifestPath(root: ParentNode, path: string | undefined): boolean {
  const parts = (path ?? '').split('/').filter(Boolean);
  if (parts.length === 0) return false;
  const id = FIELD_IDS[parts[0]] ?? parts.join('-');
  const group = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(id)}"]`);
  const target =
    root.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ??
    group?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    group?.querySelector<HTMLElement>('input, textarea, select');
  if (!target) return false;
  const details = target.closest('details');
  if (details) details.open = true;
  target.focus();
  target.scrollIntoView({ block: 'center' });
  return true;
}
