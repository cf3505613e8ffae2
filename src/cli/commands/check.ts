import type { Command } from 'commander';
import { AppError } from '../../platform/errors.ts';
import { loadConfig } from '../../platform/config.ts';
import { allDocumentIds, checkDocument, loadDirectoryFacts } from '../../checks/check-document.ts';
import { withStore } from '../support.ts';

export function register(program: Command): void {
  program
    .command('check')
    .description('run the editorial checks on a document (or all documents) and list what needs fixing')
    .argument('[documentId]', 'the document to check')
    .option('--all', 'check every document')
    .option('--json', 'print one JSON object per finding per line')
    .action(async (documentId: string | undefined, opts: { all?: boolean; json?: boolean }) => {
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
            if (opts.json) process.stdout.write(`${JSON.stringify({ documentId: id, ...f })}\n`);
            else process.stdout.write(`document ${id} ${f.severity} ${f.code} [${f.where.field}${f.where.locale ? `/${f.where.locale}` : ''}${f.where.offset !== null ? `@${f.where.offset}` : ''}]: ${f.sentence}\n`);
          }
        }
        if (!opts.json) process.stdout.write(`checked ${ids.length} document(s): ${errorCount} error(s), ${warningCount} warning(s)\n`);
        return errorCount;
      });
      if (errors > 0) process.exitCode = 1;
    });
}
