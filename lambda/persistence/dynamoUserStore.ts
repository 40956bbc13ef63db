import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchWriteCommand, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dateOfDayKey, dayKey, ownerPrefix, partitionKey, profileKey } from './keys';
import { DAY_RETENTION_DAYS, PROFILE_REFRESH_DAYS, PROFILE_RETENTION_DAYS, TABLE, TOMBSTONE_RETENTION_DAYS } from './table';
import type { CallOptions, DayIncrement, DayTally, ProfilePatch, UserProfile, UserRef, UserSnapshot, UserStore } from './userData';
import { DAY_COUNTERS, emptyDay, emptyProfile, RECENT_DAYS } from './userData';
import { diffProfile, parsePatch, parseProfile, parseTally } from './profileShape';
import { ErasedError } from './storageErrors';

const BATCH_LIMIT = 25;
const DAY_SECONDS = 86_400;
/** The attribute a deletion marker carries: when the data was erased (epoch ms). */
export const DELETED_AT = 'deletedAt';

type Item = Record<string, unknown>;

const profileFromItem = (item: Item | undefined): UserProfile => (item && parseProfile(item)) ?? emptyProfile;

/** A day's counters from an item (missing counters are zero). */
const dayFromItem = (date: string, item: Item | undefined): DayTally => parseTally(item ?? {}, date) ?? emptyDay(date);

/** A deletion marker alone, without data written after it (a profile has a version, a day its write ids). */
const isMarkerOnly = (item: Item) => item[DELETED_AT] !== undefined && item.version === undefined && item.writeIds === undefined;

function epochSeconds(date: string, plusDays: number): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / 1000) + plusDays * DAY_SECONDS;
}

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** A session that gives no start time is taken as newer than any deletion. */
const since = (options?: CallOptions) => options?.sessionStartedAt ?? Number.MAX_SAFE_INTEGER;
const nowOf = (options?: CallOptions) => options?.now ?? Date.now();
const sendOptions = (options?: CallOptions) => (options?.abortSignal ? { abortSignal: options.abortSignal } : undefined);
/** Written only by sessions that began after the last deletion (or when there was none). */
const NOT_ERASED = `(attribute_not_exists(#deleted) OR #deleted <= :since)`;

export class DynamoUserStore implements UserStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async load(user: UserRef, today: string, options?: CallOptions): Promise<UserSnapshot> {
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
      sendOptions(options),
    );
    let profile: UserProfile = emptyProfile;
    let refreshDue = false;
    let todayTally = emptyDay(today);
    const recentDays: DayTally[] = [];
    for (const item of (result.Items ?? []) as Item[]) {
      if (isMarkerOnly(item)) continue;
      const sk = String(item[TABLE.sortKey]);
      const date = dateOfDayKey(sk);
      if (sk === profileKey(user)) {
        profile = profileFromItem(item);
        const expires = item[TABLE.ttlAttribute];
        refreshDue =
          typeof expires !== 'number' || expires < nowOf(options) / 1000 + (PROFILE_RETENTION_DAYS - PROFILE_REFRESH_DAYS) * DAY_SECONDS;
      } else if (date === today) todayTally = dayFromItem(today, item);
      else if (date && date < today) recentDays.push(dayFromItem(date, item));
    }
    return refreshDue ? { profile, today: todayTally, recentDays, refreshDue } : { profile, today: todayTally, recentDays };
  }

  async patchProfile(user: UserRef, patch: ProfilePatch, options?: CallOptions): Promise<UserProfile> {
    const names: Record<string, string> = { '#ttl': TABLE.ttlAttribute, '#deleted': DELETED_AT, '#version': 'version' };
    const values: Record<string, unknown> = {
      ':ttl': Math.floor(nowOf(options) / 1000) + PROFILE_RETENTION_DAYS * DAY_SECONDS,
      ':since': since(options),
      ':one': 1,
    };
    const sets = ['#ttl = :ttl'];
    const removes: string[] = [];
    Object.entries(parsePatch(patch) ?? {}).forEach(([field, value], i) => {
      names[`#f${i}`] = field;
      if (value === null) removes.push(`#f${i}`);
      else {
        sets.push(`#f${i} = :f${i}`);
        values[`:f${i}`] = value;
      }
    });
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [TABLE.partitionKey]: partitionKey(user.userId), [TABLE.sortKey]: profileKey(user) },
          // The version only counts writes now (tests, diagnostics): no write waits for another.
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''} ADD #version :one`,
          ConditionExpression: NOT_ERASED,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
        sendOptions(options),
      );
      return profileFromItem(result.Attributes as Item | undefined);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new ErasedError();
      throw error;
    }
  }

  updateProfile(user: UserRef, current: UserProfile, change: (p: UserProfile) => UserProfile, options?: CallOptions): Promise<UserProfile> {
    return this.patchProfile(user, diffProfile(current, change(current)), options);
  }

  async addToDay(user: UserRef, increment: DayIncrement, options?: CallOptions): Promise<DayTally> {
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [TABLE.partitionKey]: partitionKey(user.userId), [TABLE.sortKey]: dayKey(user, increment.date) },
          UpdateExpression:
            `ADD ${DAY_COUNTERS.map((c) => `#${c} :${c}`).join(', ')}, writeIds :ids SET #ttl = :ttl` +
            (increment.holdSeconds === undefined ? '' : ', holdSeconds = :hold'),
          ConditionExpression: `(attribute_not_exists(writeIds) OR NOT contains(writeIds, :id)) AND ${NOT_ERASED}`,
          ExpressionAttributeNames: {
            '#ttl': TABLE.ttlAttribute,
            '#deleted': DELETED_AT,
            ...Object.fromEntries(DAY_COUNTERS.map((c) => [`#${c}`, c])),
          },
          ExpressionAttributeValues: {
            ...Object.fromEntries(DAY_COUNTERS.map((c) => [`:${c}`, increment[c]])),
            ':ids': new Set([increment.id]),
            ':id': increment.id,
            ':ttl': epochSeconds(increment.date, DAY_RETENTION_DAYS),
            ':since': since(options),
            ...(increment.holdSeconds === undefined ? {} : { ':hold': increment.holdSeconds }),
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
        sendOptions(options),
      );
      return dayFromItem(increment.date, result.Attributes as Item | undefined);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        const old = error.Item ? unmarshallLoose(error.Item) : {};
        // Erased after this session began: the write must not bring the data back.
        if (typeof old[DELETED_AT] === 'number' && (old[DELETED_AT] as number) > since(options)) throw new ErasedError();
        // Already applied (a retry after a lost reply): the stored tally is the answer.
        return dayFromItem(increment.date, old);
      }
      throw error;
    }
  }

  async erasedAt(user: UserRef, options?: CallOptions): Promise<number | undefined> {
    const result = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [TABLE.partitionKey]: partitionKey(user.userId), [TABLE.sortKey]: profileKey(user) },
        ProjectionExpression: '#deleted',
        ExpressionAttributeNames: { '#deleted': DELETED_AT },
        ConsistentRead: true,
      }),
      sendOptions(options),
    );
    const at = result.Item?.[DELETED_AT];
    return typeof at === 'number' ? at : undefined;
  }

  deleteAccount(userId: string, at = Date.now(), options?: CallOptions): Promise<number> {
    return this.eraseWhere(userId, at, undefined, options);
  }

  deleteUser(user: UserRef, at = Date.now(), options?: CallOptions): Promise<number> {
    return this.eraseWhere(user.userId, at, ownerPrefix(user), options);
  }

  /**
   * Replaces the partition's items (or those whose sort key starts with the prefix) by
   * deletion markers, and puts markers where an older session could still write: each
   * owner's profile and the days around the deletion. The markers hold the keys and the
   * time only, and expire on their own (TOMBSTONE_RETENTION_DAYS).
   */
  private async eraseWhere(userId: string, at: number, prefix: string | undefined, options?: CallOptions): Promise<number> {
    const keys = new Set<string>();
    const owners = new Set<string>([prefix ?? ownerPrefix({ userId })]);
    let withData = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: prefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey, '#deleted': DELETED_AT },
          ExpressionAttributeValues: prefix ? { ':pk': partitionKey(userId), ':prefix': prefix } : { ':pk': partitionKey(userId) },
          ProjectionExpression: '#pk, #sk, #deleted, version, writeIds',
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
        sendOptions(options),
      );
      for (const item of (page.Items ?? []) as Item[]) {
        const sk = String(item[TABLE.sortKey]);
        keys.add(sk);
        const owner = /^(ACCOUNT#|PERSON#.+?#)(PROFILE|DAY#)/.exec(sk)?.[1];
        if (owner) owners.add(owner);
        if (!isMarkerOnly(item)) withData += 1;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    const day = new Date(at).toISOString().slice(0, 10);
    for (const owner of owners) {
      keys.add(`${owner}PROFILE`);
      for (const date of [daysBefore(day, 1), day, daysBefore(day, -1)]) keys.add(`${owner}DAY#${date}`);
    }
    const marker = (sk: string) => ({
      [TABLE.partitionKey]: partitionKey(userId),
      [TABLE.sortKey]: sk,
      [DELETED_AT]: at,
      [TABLE.ttlAttribute]: Math.floor(at / 1000) + TOMBSTONE_RETENTION_DAYS * DAY_SECONDS,
    });
    const all = [...keys].map(marker);
    for (let i = 0; i < all.length; i += BATCH_LIMIT) await this.putAll(all.slice(i, i + BATCH_LIMIT), options);
    return withData;
  }

  /** BatchWrite may hand items back unprocessed under load: retry those, a bounded number of times. */
  private async putAll(items: Item[], options?: CallOptions): Promise<void> {
    let requests = items.map((item) => ({ PutRequest: { Item: item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt === 5) throw new Error('DynamoDB left deletions unprocessed');
      const result = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }), sendOptions(options));
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
