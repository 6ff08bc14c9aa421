/** Escapes text for HTML element content and double-quoted attributes. @internal */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
