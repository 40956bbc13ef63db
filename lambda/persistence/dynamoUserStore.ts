import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DAY_RETENTION_DAYS, TABLE } from './table';
import type { DayIncrement, DayTally, UserProfile, UserSnapshot, UserStore } from './userData';
import { emptyDay, emptyProfile } from './userData';

const PROFILE_SK = 'PROFILE';
const DAY_PREFIX = 'DAY#';
const pk = (userKey: string) => `USER#${userKey}`;
const daySk = (date: string) => `${DAY_PREFIX}${date}`;

type Item = Record<string, unknown>;

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function profileFromItem(item: Item | undefined): UserProfile {
  if (!item) return emptyProfile;
  const hold = item.startblokHoldSeconds;
  const reps = item.startblokRepetitions;
  const setOn = str(item.startblokSetOn);
  return {
    version: num(item.version),
    welcomedOn: str(item.welcomedOn),
    startblok:
      typeof hold === 'number' && typeof reps === 'number' && setOn
        ? { holdSeconds: hold, repetitions: reps, setOn }
        : undefined,
    selfTestOn: str(item.selfTestOn),
  };
}

/** The whitelist of stored profile fields: nothing outside it is ever written. */
function itemFromProfile(userKey: string, profile: UserProfile): Item {
  return {
    [TABLE.partitionKey]: pk(userKey),
    [TABLE.sortKey]: PROFILE_SK,
    version: profile.version,
    welcomedOn: profile.welcomedOn,
    startblokHoldSeconds: profile.startblok?.holdSeconds,
    startblokRepetitions: profile.startblok?.repetitions,
    startblokSetOn: profile.startblok?.setOn,
    selfTestOn: profile.selfTestOn,
  };
}

function dayFromItem(date: string, item: Item | undefined): DayTally {
  if (!item) return emptyDay(date);
  return { date, sessions: num(item.sessions), repetitions: num(item.repetitions), quickSets: num(item.quickSets) };
}

function epochSeconds(date: string, plusDays: number): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 1000) + plusDays * 86_400;
}

export class DynamoUserStore implements UserStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async load(userKey: string, today: string): Promise<UserSnapshot> {
    // "PROFILE" sorts after every "DAY#…" key, so one query from today returns both.
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND #sk >= :from',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
        ExpressionAttributeValues: { ':pk': pk(userKey), ':from': daySk(today) },
        ConsistentRead: true,
      }),
    );
    const items = (result.Items ?? []) as Item[];
    const bySk = new Map(items.map((item) => [item[TABLE.sortKey] as string, item]));
    return { profile: profileFromItem(bySk.get(PROFILE_SK)), today: dayFromItem(today, bySk.get(daySk(today))) };
  }

  async updateProfile(
    userKey: string,
    current: UserProfile,
    change: (p: UserProfile) => UserProfile,
  ): Promise<UserProfile> {
    try {
      return await this.putProfile(userKey, current, change);
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // Another device wrote first: apply the same change on top of what it wrote.
      const fresh = await this.db.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { [TABLE.partitionKey]: pk(userKey), [TABLE.sortKey]: PROFILE_SK },
          ConsistentRead: true,
        }),
      );
      return this.putProfile(userKey, profileFromItem(fresh.Item as Item | undefined), change);
    }
  }

  private async putProfile(
    userKey: string,
    current: UserProfile,
    change: (p: UserProfile) => UserProfile,
  ): Promise<UserProfile> {
    const next = { ...change(current), version: current.version + 1 };
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: itemFromProfile(userKey, next),
        ConditionExpression: current.version === 0 ? 'attribute_not_exists(#pk)' : '#version = :version',
        ExpressionAttributeNames:
          current.version === 0 ? { '#pk': TABLE.partitionKey } : { '#version': 'version' },
        ExpressionAttributeValues: current.version === 0 ? undefined : { ':version': current.version },
      }),
    );
    return next;
  }

  async addToDay(userKey: string, increment: DayIncrement): Promise<DayTally> {
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [TABLE.partitionKey]: pk(userKey), [TABLE.sortKey]: daySk(increment.date) },
          UpdateExpression:
            'ADD sessions :sessions, repetitions :repetitions, quickSets :quickSets, writeIds :ids SET #ttl = :ttl',
          ConditionExpression: 'attribute_not_exists(writeIds) OR NOT contains(writeIds, :id)',
          ExpressionAttributeNames: { '#ttl': TABLE.ttlAttribute },
          ExpressionAttributeValues: {
            ':sessions': increment.sessions,
            ':repetitions': increment.repetitions,
            ':quickSets': increment.quickSets,
            ':ids': new Set([increment.id]),
            ':id': increment.id,
            ':ttl': epochSeconds(increment.date, DAY_RETENTION_DAYS),
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return dayFromItem(increment.date, result.Attributes as Item | undefined);
    } catch (error) {
      // Already applied (a retry after a lost reply): the stored tally is the answer.
      if (error instanceof ConditionalCheckFailedException) {
        return dayFromItem(increment.date, error.Item ? (unmarshallLoose(error.Item) as Item) : undefined);
      }
      throw error;
    }
  }
}

/** The exception carries raw attribute values; only numbers are read from it. */
function unmarshallLoose(raw: Record<string, unknown>): Item {
  const out: Item = {};
  for (const [key, value] of Object.entries(raw)) {
    const n = (value as { N?: string }).N;
    if (n !== undefined) out[key] = Number(n);
  }
  return out;
}
