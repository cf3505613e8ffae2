/** Tables for accounts, sessions, audit and editorial workflow (back office). Conventions as in ../schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OfficeTables {}
