/**
 * `communique user add EMAIL --role R` and `communique user reset-password EMAIL`: staff accounts
 * from the command line. A new random password is printed once to the console (never logged).
 */
import type { Command } from 'commander';
import { accountCreator, generatePassword, passwordSetter } from '../../accounts/commands.ts';
import { findAccountByEmail } from '../../accounts/queries.ts';
import { isRole, ROLES } from '../../accounts/domain.ts';
import { AppError } from '../../platform/errors.ts';
import { withStore } from '../support.ts';

export function register(program: Command): void {
  const user = program.command('user').description('manage staff accounts of the back office');
  user
    .command('add')
    .description('create a staff account and print its one-time password')
    .argument('<email>', 'e-mail address (the sign-in name)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <name>', 'display name')
    .option('--locale <locale>', 'language of the office for this account (en or ru)', 'en')
    .action(async (email: string, options: { role: string; name?: string; locale: string }) => {
      if (!isRole(options.role)) throw new AppError('input.invalid', `--role "${options.role}" is not one of ${ROLES.join(', ')}`, { where: '--role' });
      const role = options.role;
      await withStore(async (store) => {
        const password = generatePassword();
        await store.db.transaction().execute((trx) => accountCreator(trx, { email, role, password, displayName: options.name, locale: options.locale }));
        process.stdout.write(`account ${email.trim().toLowerCase()} created with role ${role}\none-time password (shown only now): ${password}\n`);
      });
    });
  user
    .command('reset-password')
    .description('give an account a new random password (printed once) and end all its sessions')
    .argument('<email>', 'e-mail address of the account')
    .action(async (email: string) => {
      await withStore(async (store) => {
        const account = await findAccountByEmail(store.db, email);
        if (!account) throw new AppError('not_found', `no account with e-mail ${email}`, { where: 'email' });
        const password = generatePassword();
        await store.db.transaction().execute((trx) => passwordSetter(trx, { accountId: account.id, password, actorId: null }));
        process.stdout.write(`new password for ${account.email} (shown only now; every session was ended): ${password}\n`);
      });
    });
}
