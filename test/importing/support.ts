/** Shared helpers of the extractor's tests: extract one item from text, list a meeting's participants, filler paragraphs. */
import assert from 'node:assert/strict';
import { extractSource } from '../../src/importing/extract.ts';
import type { extractMeeting } from '../../src/importing/extract-text.ts';

export const enc = (s: string) => new TextEncoder().encode(s);

/** The one item extracted from `text` (fails if the page yields none or several). */
export function one(text: string, name = 'page.txt', extra: Omit<Parameters<typeof extractSource>[1], 'name'> = {}) {
  const r = extractSource(enc(text), { name, ...extra });
  assert.equal(r.items.length, 1);
  return r.items[0]!;
}

/** A meeting's participants as [name, rank, state] rows. */
export const participantsOf = (m: ReturnType<typeof extractMeeting>) => (m?.participants ?? []).map((p) => [p.name, p.rank, p.state]);

/** Paragraphs of ordinary body text, long enough to be read as an item's text. */
export const EN_BODY = 'The ministers discussed cooperation in trade, transport and culture and agreed to meet again in spring in the capital of the state that will chair the organisation next year.';
export const RU_BODY = 'Участники обсудили вопросы сотрудничества в области безопасности, торговли и культуры и договорились провести следующую встречу весной в столице председательствующего государства.';
