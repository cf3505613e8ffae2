import type { Command } from 'commander';
import { Option } from 'commander';
import cliProgress from 'cli-progress';
import { AppError } from '../../platform/errors.ts';
import { importSources, listSources, summarize, type SourceReport } from '../../importing/run.ts';
import { withStore } from '../support.ts';

export function register(program: Command): void {
  program
    .command('import')
    .description('import legacy pages (.txt, .html, .htm files and folders of them) as draft documents; never publishes')
    .addOption(new Option('--locale <locale>', 'language of the pages').choices(['en', 'ru', 'auto']).default('auto'))
    .option('--section <slug>', 'section to put the drafts in (default: the first section)')
    .option('--dry-run', 'extract and report, write nothing')
    .option('--json', 'print one JSON object per source per line')
    .argument('<paths...>', 'files and folders to import')
    .action(async (inputs: string[], opts: { locale: 'en' | 'ru' | 'auto'; section?: string; dryRun?: boolean; json?: boolean }) => {
      const { files, missing } = await listSources(inputs);
      if (missing.length > 0 && files.length === 0) throw new AppError('input.invalid', `no such file or folder: ${missing.join(', ')}`, { where: 'PATH' });
      const failed = await withStore(async (store) => {
        const bar = !opts.json && process.stderr.isTTY
          ? new cliProgress.SingleBar({ stream: process.stderr, format: 'importing [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
          : null;
        bar?.start(files.length, 0, { file: '' });
        const onSource = (r: SourceReport) => {
          if (opts.json) process.stdout.write(`${JSON.stringify(r)}\n`);
          else if (r.status === 'failed') { bar?.stop(); process.stderr.write(`failed: ${r.source}: ${r.error}\n`); }
          bar?.increment(1, { file: r.source.slice(-40) });
        };
        for (const m of missing) onSource({ source: m, status: 'failed', error: 'no such file or folder', items: [] });
        const reports = await importSources(store, files, { locale: opts.locale, section: opts.section, dryRun: opts.dryRun }, onSource);
        bar?.stop();
        const summary = summarize(reports);
        summary.failed += missing.length;
        if (!opts.json) {
          const warnings = Object.entries(summary.warnings).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
          process.stdout.write(`${opts.dryRun ? 'dry run (nothing written): would import' : 'imported'} ${summary.imported}, skipped ${summary.skipped}, failed ${summary.failed}; warnings: ${warnings}\n`);
        }
        return summary.failed;
      });
      if (failed > 0) process.exitCode = 1;
    });
}
