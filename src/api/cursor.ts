/**
 * Opaque paging cursors: base64url of a small JSON array. Clients pass back what they were given;
 * anything else is refused with a 400 that names the parameter.
 */
import { AppError } from '../platform/errors.ts';

/** A cursor of the list `list` (a short tag, so one list's cursor is refused by another). */
export function encodeCursor(list: string, values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...values]), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by encodeCursor with values of the given kinds
 * ('i' = integer ≥ 0, 't' = ISO UTC timestamp, 'd' = ISO date). Undefined when there is none.
 */
type Kind = 'i' | 't' | 'd';
const PATTERN: Record<Exclude<Kind, 'i'>, RegExp> = {
  t: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
  d: /^\d{4}-\d{2}-\d{2}$/,
};

export function decodeCursor<K extends readonly Kind[]>(
  raw: string | undefined,
  list: string,
  kinds: K,
  where = 'cursor',
): { [I in keyof K]: K[I] extends 'i' ? number : string } | undefined {
  if (raw === undefined || raw === '') return undefined;
  const invalid = () => new AppError('input.invalid', `the ${where} parameter is not a cursor this API gave out; start again without it`, { where });
  if (raw.length > 512 || !/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length !== kinds.length + 1 || value[0] !== list) throw invalid();
  const values = value.slice(1);
  kinds.forEach((k, i) => {
    const v: unknown = values[i];
    const ok = k === 'i'
      ? Number.isSafeInteger(v) && (v as number) >= 0
      : typeof v === 'string' && PATTERN[k].test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v);
    if (!ok) throw invalid();
  });
  return values as never;
}
