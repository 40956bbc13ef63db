import type { UserRef } from './userData';

/**
 * Item keys. pk is the Alexa account; sk starts with whose data it is (the account itself,
 * or one recognised person in it), then PROFILE or DAY#<date>. "PROFILE" sorts after every
 * "DAY#…", so one range query returns a person's recent days and profile together.
 */
export const partitionKey = (userId: string) => `USER#${userId}`;

const owner = (user: UserRef) => (user.personId ? `PERSON#${user.personId}` : 'ACCOUNT');

/** The sort-key prefix of everything one owner has. */
export const ownerPrefix = (user: UserRef) => `${owner(user)}#`;

export const profileKey = (user: UserRef) => `${owner(user)}#PROFILE`;
export const dayKey = (user: UserRef, date: string) => `${owner(user)}#DAY#${date}`;
export const dateOfDayKey = (sk: string) => /#DAY#(\d{4}-\d{2}-\d{2})$/.exec(sk)?.[1];
