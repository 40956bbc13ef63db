/**
 * Consent by voice (GDPR Art. 9(2)(a)): what the skill keeps can say something about a user's
 * health, so nothing personal is stored before a clear "ja". Pure: the date comes in, nothing is
 * read or written here.
 */

/**
 * The version of the consent question and of the privacy notice it stands for. Change it when the
 * question or PRIVACY.md changes what is kept or why: every user is then asked again, once.
 */
export const CONSENT_VERSION = '2026-12-06';

/** What is stored when a user says "ja": the date and the version of the text they heard. */
export interface ConsentRecord {
  /** ISO date (YYYY-MM-DD). */
  readonly givenOn: string;
  readonly version: string;
}

/** The answer given in this session: it decides until the session ends, and "nee" is never stored. */
export type SessionConsent = 'given' | 'refused';

export type ConsentStatus = 'given' | 'refused' | 'unasked';

export interface ConsentInput {
  /** The stored record, if any. */
  readonly stored?: ConsentRecord;
  /** The answer in this session, if the question was asked. */
  readonly session?: SessionConsent;
}

export function consentRecord(today: string): ConsentRecord {
  return { givenOn: today, version: CONSENT_VERSION };
}

/** A record for another version of the text does not count: the user has not heard this one. */
export function isCurrent(record: ConsentRecord | undefined): boolean {
  return record !== undefined && record.version === CONSENT_VERSION;
}

export function consentStatus({ stored, session }: ConsentInput): ConsentStatus {
  if (session !== undefined) return session;
  return isCurrent(stored) ? 'given' : 'unasked';
}

/** May anything personal be written? Only after a "ja" to the current text. */
export function mayStore(input: ConsentInput): boolean {
  return consentStatus(input) === 'given';
}

/** Ask at most once a session: after a "nee" the coaching goes on without asking again. */
export function shouldAskConsent(input: ConsentInput): boolean {
  return consentStatus(input) === 'unasked';
}
