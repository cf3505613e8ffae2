import type { Migration } from '../migrate.ts';
import { m001Core } from './001-core.ts';
import { m002Office } from './002-office.ts';
import { m003Search } from './003-search.ts';
import { m004Importing } from './004-importing.ts';
import { m005Webhooks } from './005-webhooks.ts';
import { m006OfficeReview } from './006-office-review.ts';
import { m007SearchSpeed } from './007-search-speed.ts';
import { m008RateLimit } from './008-rate-limit.ts';

/** Every migration, in the order it must be applied. Never edit one that has shipped: add a new one. */
export const migrations: readonly Migration[] = [m001Core, m002Office, m003Search, m004Importing, m005Webhooks, m006OfficeReview, m007SearchSpeed, m008RateLimit];
