import * as v from 'valibot';
import { afterTraining } from '../domain/adherence';
import { appendHistory } from '../domain/progress';
import type { ProfilePatch } from './profileShape';
import { StartblokSchema } from './profileShape';
import type { StoredStartblok, UserProfile } from './userData';
import { HISTORY_LIMIT } from './userData';

/**
 * A session whose first read failed kept its profile changes as a patch against an empty
 * profile. Once the stored profile can be read, that patch is made a patch against it: what
 * the user said (a startblok, a focus, a wording) still wins, but bookkeeping computed from
 * nothing must not overwrite what was kept: the first visit stays the first, the startblok
 * history gains this session's entries instead of being replaced, and a training day is
 * counted on top of the stored ones (domain/adherence.ts).
 */
export function reconcileUnread(stored: UserProfile, pending: ProfilePatch): ProfilePatch {
  const patch: Record<string, unknown> = { ...pending };
  if (stored.welcomedOn !== undefined) delete patch.welcomedOn;
  if (Array.isArray(pending.startblokHistory)) {
    let history: readonly StoredStartblok[] = stored.startblokHistory ?? [];
    for (const entry of pending.startblokHistory as unknown[]) {
      if (v.is(StartblokSchema, entry) && !history.some((h) => sameStartblok(h, entry)))
        history = appendHistory(history, entry, HISTORY_LIMIT);
    }
    patch.startblokHistory = history;
  }
  if (typeof pending.lastTrainedOn === 'string') Object.assign(patch, afterTraining(stored, pending.lastTrainedOn));
  return patch as ProfilePatch;
}

const sameStartblok = (a: StoredStartblok, b: StoredStartblok) =>
  a.setOn === b.setOn && a.holdSeconds === b.holdSeconds && a.repetitions === b.repetitions;
