/** Tables for accounts, sessions, audit and editorial workflow (back office). Conventions as in ../schema.ts. */
import type { ColumnType, Generated } from 'kysely';

export type AccountRole = 'contributor' | 'editor' | 'publisher' | 'admin';

export interface AccountTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  role: AccountRole;
  /** argon2id, PHC string. */
  password_hash: string;
  /** Base32 TOTP secret; set at enrolment, trusted once `totp_enabled` = 1. */
  totp_secret: string | null;
  totp_enabled: number;
  /** The last TOTP time step accepted (a code is never accepted twice). */
  totp_last_step: number | null;
  locale: string;
  time_zone: string;
  disabled: number;
  created_at: ColumnType<string, string, never>;
  updated_at: string;
}
export interface AccountSessionTable {
  /** SHA-256 of the session token (the token itself is only in the cookie). */
  id: string;
  account_id: number;
  created_at: ColumnType<string, string, never>;
  last_seen_at: string;
  /** Absolute end of the session, whatever the activity. */
  expires_at: string;
  revoked_at: string | null;
  /** Why it ended: logout, password_changed, revoked, … */
  revoked_reason: string | null;
}
export interface LoginThrottleTable {
  /** `account:<email>` or `address:<ip>`. */
  key: string;
  failures: number;
  last_failure_at: string;
  /** No attempt is examined before this instant. */
  locked_until: string | null;
}
export interface AuditEventTable {
  id: Generated<number>;
  account_id: number | null;
  /** A short verb phrase: `edition.publish`, `account.create`, … */
  action: string;
  entity: string;
  entity_id: string | null;
  at: string;
  before_json: string | null;
  after_json: string | null;
}
export interface OfficeSettingTable {
  key: string;
  value: string;
}
/** Who did what in an edition's workflow (author, submitter, reviewer). */
export interface EditionWorkflowTable {
  edition_id: number;
  created_by: number | null;
  submitted_by: number | null;
  scheduled_for: string | null;
  rejection_note: string | null;
}
/** A publication that skipped review: listed for another publisher's retrospective review. */
export interface ForcePublicationTable {
  id: Generated<number>;
  edition_id: number;
  account_id: number;
  reason: string;
  at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
}
/** The public explanation shown on a withdrawn item, per locale. */
export interface WithdrawalTable {
  document_id: number;
  locale: string;
  explanation: string;
  at: string;
}

/** A language version marked ready for publication (cleared when its text changes). */
export interface TranslationReadyTable {
  edition_id: number;
  locale: string;
  ready_at: string;
  ready_by: number | null;
}

/** An expiring link that shows an embargoed (scheduled) edition to a named outside recipient. */
export interface EmbargoLinkTable {
  id: Generated<number>;
  edition_id: number;
  /** SHA-256 of the token in the link. */
  token_digest: string;
  recipient: string;
  created_by: number | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** A publication (or submission) against error-level editorial checks, with a written reason: listed for another publisher's review. */
export interface CheckOverrideTable {
  id: Generated<number>;
  edition_id: number;
  account_id: number;
  /** The workflow action it allowed: submit, publish, schedule, force_publish. */
  action: string;
  reason: string;
  /** JSON: the error findings overridden ({ code, sentence, where }[]). */
  findings: string;
  at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
}

/** An item taken off the site: gone (410) or replaced by another item (301 through redirect rows). */
export interface UnpublicationTable {
  document_id: number;
  kind: 'gone' | 'replaced';
  replacement_document_id: number | null;
  reason: string | null;
  account_id: number | null;
  at: string;
}

export interface OfficeTables {
  embargo_link: EmbargoLinkTable;
  translation_ready: TranslationReadyTable;
  account: AccountTable;
  account_session: AccountSessionTable;
  login_throttle: LoginThrottleTable;
  audit_event: AuditEventTable;
  office_setting: OfficeSettingTable;
  edition_workflow: EditionWorkflowTable;
  force_publication: ForcePublicationTable;
  withdrawal: WithdrawalTable;
  check_override: CheckOverrideTable;
  unpublication: UnpublicationTable;
}
