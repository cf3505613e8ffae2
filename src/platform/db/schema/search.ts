/** Tables for the search index. Conventions as in ../schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SearchTables {}
