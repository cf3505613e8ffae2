import type { Command } from 'commander';
import { AppError } from '../../platform/errors.ts';
import { loadConfig } from '../../platform/config.ts';
import { allDocumentIds, checkDocument, loadDirectoryFacts } from '../../checks/check-document.ts';
import { isLocale, LOCALES, type Locale } from '../../platform/i18n/locales.ts';
import { withStore } from '../support.ts';

/** The CLI's own lines per locale (the finding sentences come from the checks). */
const LINES: Record<Locale, { document: string; severity: Record<'error' | 'warning', string>; summary: (documents: number, errors: number, warnings: number) => string }> = {
  en: {
    document: 'document', severity: { error: 'error', warning: 'warning' },
    summary: (d, e, w) => `checked ${d} document(s): ${e} error(s), ${w} warning(s)`,
  },
  ru: {
    document: 'документ', severity: { error: 'ошибка', warning: 'предупреждение' },
    summary: (d, e, w) => `проверено документов: ${d}; ошибок: ${e}, предупреждений: ${w}`,
  },
};

export function register(program: Command): void {
  program
    .command('check')
    .description('run the editorial checks on a document (or all documents) and list what needs fixing')
    .argument('[documentId]', 'the document to check')
    .option('--all', 'check every document')
    .option('--json', 'print one JSON object per finding per line')
    .option('--locale <locale>', `language of the finding sentences (${LOCALES.join(', ')})`, 'en')
    .action(async (documentId: string | undefined, opts: { all?: boolean; json?: boolean; locale: string }) => {
      if (!isLocale(opts.locale)) throw new AppError('input.invalid', `--locale must be one of ${LOCALES.join(', ')} (got "${opts.locale}")`, { where: 'LOCALE' });
      const locale: Locale = opts.locale;
      const lines = LINES[locale];
      if (!opts.all && documentId === undefined) throw new AppError('input.invalid', 'name a DOCUMENT_ID or pass --all', { where: 'DOCUMENT_ID' });
      if (documentId !== undefined && !/^\d+$/.test(documentId)) throw new AppError('input.invalid', `DOCUMENT_ID must be a number (got "${documentId}")`, { where: 'DOCUMENT_ID' });
      const errors = await withStore(async (store) => {
        const ids = opts.all ? await allDocumentIds(store.db) : [Number(documentId)];
        const directory = await loadDirectoryFacts(store.db);
        const locales = loadConfig().locales;
        let errorCount = 0;
        let warningCount = 0;
        for (const id of ids) {
          const findings = await checkDocument(store.db, id, { directory, locales });
          for (const f of findings) {
            if (f.severity === 'error') errorCount++;
            else warningCount++;
            if (opts.json) process.stdout.write(`${JSON.stringify({ documentId: id, ...f, sentence: f.sentences[locale] })}\n`);
            else process.stdout.write(`${lines.document} ${id} ${lines.severity[f.severity]} ${f.code} [${f.where.field}${f.where.locale ? `/${f.where.locale}` : ''}${f.where.offset !== null ? `@${f.where.offset}` : ''}]: ${f.sentences[locale]}\n`);
          }
        }
        if (!opts.json) process.stdout.write(`${lines.summary(ids.length, errorCount, warningCount)}\n`);
        return errorCount;
      });
      if (errors > 0) process.exitCode = 1;
    });
}
