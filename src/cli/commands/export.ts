/** `communique export meetings`: the open data of who met whom, when, in which capacity. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../platform/errors.ts';
import { isLocale, LOCALES, type Locale } from '../../platform/i18n/locales.ts';
import { MEETING_FORMATS, type MeetingFormat } from '../../meetings/domain.ts';
import { meetingParticipantRows } from '../../api/open-data.ts';
import { participantRowsCsv } from '../../api/presenters.ts';
import { withStore } from '../support.ts';

export interface ExportOptions {
  format: string;
  output?: string;
  locale: string;
  body?: string;
  year?: string;
  meetingFormat?: string;
}

export function register(program: Command): void {
  const exportCommand = program.command('export').description('export open data');
  exportCommand
    .command('meetings')
    .description('one row per meeting participant (the chair included): meeting id, date, body, format, location, state, person, rank, role, chair')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--output <file>', 'write to this file instead of standard output')
    .option('--locale <locale>', `language of names and roles (${LOCALES.join(', ')})`, LOCALES[0])
    .option('--body <slug>', 'only meetings of this body')
    .option('--year <year>', 'only meetings of this year')
    .option('--meeting-format <format>', `only meetings held ${MEETING_FORMATS.join(' | ')}`)
    .action(async (options: ExportOptions) => {
      if (options.format !== 'csv' && options.format !== 'json') throw new AppError('input.invalid', `--format must be csv or json (got "${options.format}")`, { where: '--format' });
      if (!isLocale(options.locale)) throw new AppError('input.invalid', `--locale must be one of ${LOCALES.join(', ')} (got "${options.locale}")`, { where: '--locale' });
      let year: number | undefined;
      if (options.year !== undefined) {
        year = Number(options.year);
        if (!/^\d{4}$/.test(options.year)) throw new AppError('input.invalid', `--year must be a four-digit year (got "${options.year}")`, { where: '--year' });
      }
      const meetingFormat = options.meetingFormat;
      if (meetingFormat !== undefined && !(MEETING_FORMATS as readonly string[]).includes(meetingFormat)) {
        throw new AppError('input.invalid', `--meeting-format must be one of ${MEETING_FORMATS.join(', ')} (got "${meetingFormat}")`, { where: '--meeting-format' });
      }
      const locale: Locale = options.locale;
      const rows = await withStore((store) => meetingParticipantRows(store.db, locale, {
        ...(options.body !== undefined ? { bodySlug: options.body } : {}), ...(year !== undefined ? { year } : {}),
        ...(meetingFormat !== undefined ? { format: meetingFormat as MeetingFormat } : {}),
      }));
      const text = options.format === 'csv' ? participantRowsCsv(rows) : JSON.stringify(rows, null, 2) + '\n';
      if (options.output) {
        writeFileSync(options.output, text, 'utf8');
        process.stderr.write(`wrote ${rows.length} row(s) to ${options.output}\n`);
      } else {
        process.stdout.write(text);
      }
    });
}
