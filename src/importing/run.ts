/**
 * Imports files and folders of legacy pages: each source read, extracted and written in its own
 * transaction; a bad source is reported with its reason and skipped, the rest go on.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Store } from '../platform/db/connect.ts';
import type { Locale } from '../platform/i18n/locales.ts';
import type { ExtractedItem } from './domain.ts';
import { extractSource, MAX_SOURCE_BYTES, SourceRejected } from './extract.ts';
import { sourceImporter } from './commands.ts';
import { directoryNames, findImportedSource, firstSectionSlug, sectionIdBySlug } from './queries.ts';
import { AppError } from '../platform/errors.ts';

export const SOURCE_EXTENSIONS = ['.txt', '.html', '.htm', '.xhtml'];

export interface SourceReport {
  source: string;
  status: 'imported' | 'skipped' | 'failed';
  error?: string;
  /** Why a source was skipped, or that an earlier import was updated. */
  note?: string;
  documentId?: number | null;
  path?: string | null;
  redirectFrom?: string | null;
  originalUrl?: string | null;
  encoding?: string;
  items: ExtractedItem[];
}

export interface ImportOptions {
  locale?: Locale | 'auto';
  section?: string;
  dryRun?: boolean;
  now?: string;
}

/** Every importable file under the given paths (files named directly are taken whatever their extension). */
export async function listSources(inputs: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && SOURCE_EXTENSIONS.includes(extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const input of inputs) {
    const s = await stat(input).catch(() => null);
    if (!s) missing.push(input);
    else if (s.isDirectory()) await walk(input);
    else files.push(input);
  }
  return { files, missing };
}

export async function importSources(
  store: Store, files: readonly string[], options: ImportOptions = {}, onSource?: (report: SourceReport) => void,
): Promise<SourceReport[]> {
  const sectionSlug = options.section ?? (await firstSectionSlug(store.db));
  if (!sectionSlug) throw new AppError('input.invalid', 'the database has no section to import into; create one first (or run seed-demo)', { where: '--section' });
  if ((await sectionIdBySlug(store.db, sectionSlug)) === undefined) throw new AppError('input.invalid', `section "${sectionSlug}" does not exist`, { where: '--section' });
  const directory = await directoryNames(store.db);
  const reports: SourceReport[] = [];
  for (const file of files) {
    const report = await importOne(store, file, sectionSlug, directory, options);
    reports.push(report);
    onSource?.(report);
  }
  return reports;
}

async function importOne(store: Store, file: string, sectionSlug: string, directory: Awaited<ReturnType<typeof directoryNames>>, options: ImportOptions): Promise<SourceReport> {
  try {
    const size = (await stat(file)).size;
    if (size > MAX_SOURCE_BYTES) throw new SourceRejected(`the file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_SOURCE_BYTES / 1048576} MB limit for one page`);
    const bytes = await readFile(file);
    const contentHash = createHash('sha256').update(bytes).digest('hex');
    const extraction = extractSource(bytes, { name: file, locale: options.locale, people: directory.people, personName: directory.nameOf });
    const base = { source: file, items: extraction.items, originalUrl: extraction.originalUrl, encoding: extraction.encoding };
    if (options.dryRun) {
      const earlier = await findImportedSource(store.db, contentHash, extraction.originalUrl);
      return earlier && earlier.contentHash === contentHash
        ? { ...base, status: 'skipped', note: 'already imported', documentId: earlier.documentId }
        : { ...base, status: 'imported', note: earlier ? 'dry run: would update the earlier import' : 'dry run: nothing written' };
    }
    const outcome = await store.db.transaction().execute((trx) => sourceImporter(trx, { sourceName: file, contentHash, extraction, sectionSlug, now: options.now }));
    return {
      ...base,
      status: outcome.status === 'skipped' ? 'skipped' : 'imported',
      ...(outcome.reason ? { note: outcome.reason } : outcome.status === 'updated' ? { note: 'updated the draft imported earlier from the same address' } : {}),
      documentId: outcome.documentId, path: outcome.path, redirectFrom: outcome.redirectFrom,
    };
  } catch (error) {
    const reason = error instanceof SourceRejected || error instanceof AppError ? error.message : error instanceof Error ? `unexpected error: ${error.message}` : String(error);
    return { source: file, status: 'failed', error: reason, items: [] };
  }
}

export interface ImportSummary {
  imported: number;
  skipped: number;
  failed: number;
  warnings: Record<string, number>;
}

export function summarize(reports: readonly SourceReport[]): ImportSummary {
  const summary: ImportSummary = { imported: 0, skipped: 0, failed: 0, warnings: {} };
  for (const r of reports) {
    summary[r.status]++;
    for (const item of r.items) for (const w of item.warnings) summary.warnings[w.code] = (summary.warnings[w.code] ?? 0) + 1;
  }
  return summary;
}
