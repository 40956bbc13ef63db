/**
 * The table contract every tool relies on: the skill, the tests, the simulator and infra/.
 * Plain data, so infra can build the same table without importing the AWS SDK.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
} as const;

export const DEFAULT_REGION = 'eu-west-1';

/** About 13 months: long enough for a year of progress, short enough to forget. */
export const DAY_RETENTION_DAYS = 400;

/**
 * A profile nobody used for 18 months is forgotten (storage limitation, AVG art. 5(1)(e)).
 * Every write of the profile sets its expiry afresh, and a session's first turn refreshes it
 * when it was last set more than PROFILE_REFRESH_DAYS ago, so a user who keeps training keeps it.
 */
export const PROFILE_RETENTION_DAYS = 548;
export const PROFILE_REFRESH_DAYS = 30;

/**
 * How long a deletion marker stays: longer than any Alexa session, and longer than the
 * hand-off queue keeps a message (infra: 4 days), so no late write of an older session can
 * bring erased data back. Markers hold keys and the deletion time only.
 */
export const TOMBSTONE_RETENTION_DAYS = 7;
