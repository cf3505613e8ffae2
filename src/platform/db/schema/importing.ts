/** Tables for legacy archive import. Conventions as in ../schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ImportingTables {}
