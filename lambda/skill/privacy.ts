import type { ConsentInput } from '../domain/consent';
import { mayStore } from '../domain/consent';
import type { Discretion } from '../domain/discretion';
import type { SessionState } from './sessionState';

/** The stored consent record and this session's answer, for the rules in domain/consent.ts. */
export const consentOf = (state: SessionState): ConsentInput => ({ stored: state.user?.profile.consent, session: state.consent });

/**
 * The one gate for every write (skill/recording.ts): nothing personal reaches the table without a
 * "ja" to the current consent text. assumeConsent is for tests of other features only (deps.ts).
 */
export const writesAllowed = (state: SessionState, assumeConsent: boolean | undefined): boolean =>
  assumeConsent === true || mayStore(consentOf(state));

/** The wording the user chose: this session's choice first, else the stored one. */
export const discretionOf = (state: SessionState): Discretion | undefined => state.discretion ?? state.user?.profile.discretion;
