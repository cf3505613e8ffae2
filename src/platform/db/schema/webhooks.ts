/** Tables for webhooks and their deliveries. Conventions as in ../schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WebhookTables {}
