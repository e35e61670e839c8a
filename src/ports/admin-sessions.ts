/**
 * Dashboard sessions: a random id in the browser's cookie, the session itself kept by wharf
 * (in Redis, so every wharf process behind the same address knows it, and signing out in one
 * revokes it in all).
 */
export interface SessionStore {
  /** A new session; returns its id (32 random bytes, base64url). */
  create(): Promise<string>;
  /** Whether the id names a live session (not expired, not revoked). */
  valid(id: string): Promise<boolean>;
  /** Ends the session: the id is refused from now on, by every process. */
  revoke(id: string): Promise<void>;
}

/** Attempts to prove the admin token, counted per client address in a fixed window. */
export interface SignInLimit {
  /**
   * Counts an attempt before the token is compared. Refused once the address has used up its
   * attempts in the window: `retryAfterSeconds` says when the window ends.
   */
  take(client: string): Promise<{ readonly allowed: boolean; readonly retryAfterSeconds: number }>;
  /** Gives back the attempt taken for a token that was right: only wrong ones add up. */
  giveBack(client: string): Promise<void>;
}
