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
