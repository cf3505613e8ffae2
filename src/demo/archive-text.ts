/** Helpers for writing the demo archive's texts. */

/** Joins paragraphs into a Markdown body (blank line between paragraphs). */
export function md(...paragraphs: string[]): string {
  return paragraphs.map((p) => p.trim()).join('\n\n');
}

/** Contact key used by every demo document: the CSTO Press Secretary. */
export const PRESS_CONTACT = 'press-secretary';

/** All member states in protocol order. */
export const ALL_STATES = ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'];
