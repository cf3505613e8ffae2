/**
 * One catalogue of errors with stable codes. HTTP maps `status`; the CLI prints `message`.
 * Messages are written for the person who has to act on them: what was wrong and where.
 */
export type ErrorCode =
  | 'config.invalid'
  | 'db.unreachable'
  | 'db.unwritable'
  | 'db.migration_failed'
  | 'input.invalid'
  | 'not_found'
  | 'conflict'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  'config.invalid': 500,
  'db.unreachable': 503,
  'db.unwritable': 503,
  'db.migration_failed': 500,
  'input.invalid': 400,
  not_found: 404,
  conflict: 409,
  internal: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Where the problem is: a field, a parameter, a file. */
  readonly where: string | undefined;
  constructor(code: ErrorCode, message: string, options: { where?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = STATUS[code];
    this.where = options.where;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
