/** The API rate limit's counters, shared by every app instance on one database. Conventions as in ../schema.ts. */

/** Requests counted for one client key in one fixed time window. */
export interface RateLimitTable {
  /** The limiter's key: the route scope and the client address. */
  key: string;
  /** Start of the window (ISO UTC timestamp): now rounded down to a multiple of the window's length. */
  window_start: string;
  hits: number;
  /** When the window ends; rows past it are swept away. */
  expires_at: string;
}

export interface RateLimitTables {
  rate_limit: RateLimitTable;
}
