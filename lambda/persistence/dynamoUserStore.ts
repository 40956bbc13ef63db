import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchWriteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dateOfDayKey, dayKey, ownerPrefix, partitionKey, profileKey } from './keys';
import { DAY_RETENTION_DAYS, TABLE } from './table';
import type { DayIncrement, DayTally, UserProfile, UserRef, UserSnapshot, UserStore } from './userData';
import { DAY_COUNTERS, emptyDay, emptyProfile, RECENT_DAYS } from './userData';
import { parseProfile, parseTally, profileFields } from './profileShape';

const BATCH_LIMIT = 25;

type Item = Record<string, unknown>;

const profileFromItem = (item: Item | undefined): UserProfile => (item && parseProfile(item)) ?? emptyProfile;

function itemFromProfile(user: UserRef, profile: UserProfile): Item {
  return { [TABLE.partitionKey]: partitionKey(user.userId), [TABLE.sortKey]: profileKey(user), ...profileFields(profile) };
}

/** A day's counters from an item (missing counters are zero). */
const dayFromItem = (date: string, item: Item | undefined): DayTally => parseTally(item ?? {}, date) ?? emptyDay(date);

function epochSeconds(date: string, plusDays: number): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 1000) + plusDays * 86_400;
}

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

export class DynamoUserStore implements UserStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async load(user: UserRef, today: string): Promise<UserSnapshot> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :profile',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
        ExpressionAttributeValues: {
          ':pk': partitionKey(user.userId),
          ':from': dayKey(user, daysBefore(today, RECENT_DAYS - 1)),
          ':profile': profileKey(user),
        },
        ConsistentRead: true,
      }),
    );
    let profile: UserProfile = emptyProfile;
    let todayTally = emptyDay(today);
    const recentDays: DayTally[] = [];
    for (const item of (result.Items ?? []) as Item[]) {
      const sk = String(item[TABLE.sortKey]);
      const date = dateOfDayKey(sk);
      if (sk === profileKey(user)) profile = profileFromItem(item);
      else if (date === today) todayTally = dayFromItem(today, item);
      else if (date && date < today) recentDays.push(dayFromItem(date, item));
    }
    return { profile, today: todayTally, recentDays };
  }

  async updateProfile(user: UserRef, current: UserProfile, change: (p: UserProfile) => UserProfile): Promise<UserProfile> {
    try {
      return await this.putProfile(user, current, change);
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // Another device wrote first: apply the same change on top of what it wrote.
      const fresh = await this.db.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { [TABLE.partitionKey]: partitionKey(user.userId), [TABLE.sortKey]: profileKey(user) },
          ConsistentRead: true,
        }),
      );
      return this.putProfile(user, profileFromItem(fresh.Item as Item | undefined), change);
    }
  }

  private async putProfile(user: UserRef, current: UserProfile, change: (p: UserProfile) => UserProfile): Promise<UserProfile> {
    const next = { ...change(current), version: current.version + 1 };
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: itemFromProfile(user, next),
        ConditionExpression: current.version === 0 ? 'attribute_not_exists(#pk)' : '#version = :version',
        ExpressionAttributeNames: current.version === 0 ? { '#pk': TABLE.partitionKey } : { '#version': 'version' },
        ExpressionAttributeValues: current.version === 0 ? undefined : { ':version': current.version },
      }),
    );
    return next;
  }

  async addToDay(user: UserRef, increment: DayIncrement): Promise<DayTally> {
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [TABLE.partitionKey]: partitionKey(user.userId), [TABLE.sortKey]: dayKey(user, increment.date) },
          UpdateExpression:
            `ADD ${DAY_COUNTERS.map((c) => `#${c} :${c}`).join(', ')}, writeIds :ids SET #ttl = :ttl` +
            (increment.holdSeconds === undefined ? '' : ', holdSeconds = :hold'),
          ConditionExpression: 'attribute_not_exists(writeIds) OR NOT contains(writeIds, :id)',
          ExpressionAttributeNames: {
            '#ttl': TABLE.ttlAttribute,
            ...Object.fromEntries(DAY_COUNTERS.map((c) => [`#${c}`, c])),
          },
          ExpressionAttributeValues: {
            ...Object.fromEntries(DAY_COUNTERS.map((c) => [`:${c}`, increment[c]])),
            ':ids': new Set([increment.id]),
            ':id': increment.id,
            ':ttl': epochSeconds(increment.date, DAY_RETENTION_DAYS),
            ...(increment.holdSeconds === undefined ? {} : { ':hold': increment.holdSeconds }),
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

  deleteAccount(userId: string): Promise<number> {
    return this.deleteWhere(userId);
  }

  deleteUser(user: UserRef): Promise<number> {
    return this.deleteWhere(user.userId, ownerPrefix(user));
  }

  /** Deletes the partition's items, or only those whose sort key starts with the prefix. */
  private async deleteWhere(userId: string, prefix?: string): Promise<number> {
    let deleted = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: prefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
          ExpressionAttributeValues: prefix ? { ':pk': partitionKey(userId), ':prefix': prefix } : { ':pk': partitionKey(userId) },
          ProjectionExpression: '#pk, #sk',
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      const keys = (page.Items ?? []) as Item[];
      for (let i = 0; i < keys.length; i += BATCH_LIMIT) {
        await this.deleteKeys(keys.slice(i, i + BATCH_LIMIT));
      }
      deleted += keys.length;
      start = page.LastEvaluatedKey;
    } while (start);
    return deleted;
  }

  /** BatchWrite may hand items back unprocessed under load: retry those, a bounded number of times. */
  private async deleteKeys(keys: Item[]): Promise<void> {
    let requests = keys.map((key) => ({ DeleteRequest: { Key: key } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt === 5) throw new Error('DynamoDB left deletions unprocessed');
      const result = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
      requests = (result.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
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
