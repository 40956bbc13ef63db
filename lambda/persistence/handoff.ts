import * as v from 'valibot';
import { mayStore } from '../domain/consent';
import { parseIncrement, parsePatch } from './profileShape';
import { reconcileUnread } from './reconcile';
import type { StorageFailure } from './storageErrors';
import { classifyStorageError } from './storageErrors';
import type { CallOptions, DayIncrement, ProfilePatch, UserRef, UserStore } from './userData';

/**
 * The durable hand-off: what a session could not store before it ended, written later by
 * someone else. Completed work lives in Alexa's session attributes until it is stored, and
 * they die with the session; a queue outlives both the session and a database outage.
 *
 * Lambda applies it with the same idempotent writes as the skill (a day increment carries
 * its write id, a profile patch is the same fields set again), so a message delivered twice
 * counts once, and with the same session start, so nothing comes back after an erasure.
 */
export type Handoff = (
  | { readonly kind: 'day'; readonly user: UserRef; readonly increment: DayIncrement }
  | { readonly kind: 'profile'; readonly user: UserRef; readonly patch: ProfilePatch }
) & {
  readonly sessionStartedAt?: number;
  /**
   * The session never managed to read the user, so it did not know whether they consented:
   * the consumer writes only when the stored profile shows they did.
   */
  readonly ifConsented?: true;
};

export interface HandoffQueue {
  /** Resolves once the queue holds every message; rejects when it does not. */
  send(messages: readonly Handoff[], options?: { readonly abortSignal?: AbortSignal }): Promise<void>;
}

const UserSchema = v.object({
  userId: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
  personId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(512))),
});
const Started = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)));

/** A message from the queue, checked like session attributes: anything malformed is refused. */
export function parseHandoff(raw: unknown): Handoff | undefined {
  const base = v.safeParse(
    v.object({
      kind: v.picklist(['day', 'profile']),
      user: UserSchema,
      sessionStartedAt: Started,
      ifConsented: v.optional(v.literal(true)),
    }),
    raw,
  );
  if (!base.success) return undefined;
  const { kind, user, sessionStartedAt, ifConsented } = base.output;
  const common = { user: ref(user), sessionStartedAt, ...(ifConsented ? { ifConsented } : {}) };
  const fields = raw as { increment?: unknown; patch?: unknown };
  if (kind === 'day') {
    const increment = parseIncrement(fields.increment);
    return increment && { kind, increment, ...common };
  }
  const patch = parsePatch(fields.patch);
  return patch && { kind, patch, ...common };
}

const ref = (user: { userId: string; personId?: string }): UserRef =>
  user.personId ? { userId: user.userId, personId: user.personId } : { userId: user.userId };

/**
 * Applies one message. Resolves with what happened when the outcome is final (applied, or a
 * write that can never succeed, or one refused because the data was erased); throws on an
 * outage, so the queue delivers it again later.
 */
export async function applyHandoff(
  store: UserStore,
  message: Handoff,
  options: CallOptions = {},
): Promise<'applied' | 'notConsented' | Exclude<StorageFailure, 'outage'>> {
  const call = { ...options, sessionStartedAt: message.sessionStartedAt };
  try {
    let patch = message.kind === 'profile' ? message.patch : undefined;
    if (message.ifConsented) {
      const { profile } = await store.load(message.user, dateOf(message), call);
      if (!mayStore({ stored: profile.consent })) return 'notConsented';
      // Written against a profile the session could not read: made a patch against the stored one.
      if (patch) patch = reconcileUnread(profile, patch);
    }
    if (message.kind === 'day') await store.addToDay(message.user, message.increment, call);
    else await store.patchProfile(message.user, patch ?? {}, call);
    return 'applied';
  } catch (error) {
    const failure = classifyStorageError(error);
    if (failure === 'outage') throw error;
    return failure;
  }
}

/** The day a message is about: its increment's, or the day its session began (a profile read needs one). */
const dateOf = (message: Handoff): string =>
  message.kind === 'day' ? message.increment.date : new Date(message.sessionStartedAt ?? 0).toISOString().slice(0, 10);

/**
 * Holds messages in memory: what `npm start` and `npm run load` use instead of a queue, and
 * what the tests inject. Not durable, so the composition root uses it only without a queue URL.
 */
export class HeldHandoffs implements HandoffQueue {
  readonly held: Handoff[] = [];
  /** Makes send fail, as an unreachable queue would. */
  down = false;

  async send(messages: readonly Handoff[]): Promise<void> {
    if (this.down) throw Object.assign(new Error('queue unreachable'), { name: 'TimeoutError' });
    // Through JSON, as a real queue carries them.
    this.held.push(...messages.map((m) => JSON.parse(JSON.stringify(m)) as Handoff));
  }

  /** Applies and removes what is held, as the queue's consumer would; returns the outcomes. */
  async drain(store: UserStore): Promise<string[]> {
    const outcomes: string[] = [];
    while (this.held.length > 0) {
      const message = parseHandoff(this.held.shift());
      outcomes.push(message ? await applyHandoff(store, message) : 'malformed');
    }
    return outcomes;
  }
}
