import type { Position, SessionPlan } from './timeline';
import { HOLD_SECONDS, REPETITIONS } from './startblok';
import { planLift } from './lift';
import { planLayers } from './layers';
import { planMaintenance, planStartblokTraining } from './planner';
import { isPosition } from './positions';
import { planRelaxation } from './relaxation';
import type { SphincterPart } from './sphincter';
import { planSphincter, SPHINCTER_PARTS } from './sphincter';

/**
 * Everything needed to plan an exercise again, turn after turn: small and JSON-safe, so a
 * running exercise lives in the session as its request, never as its (large) timeline.
 */
export type ProgrammeRequest =
  | { readonly programme: 'startblokTraining'; readonly holdSeconds: number; readonly repetitions: number; readonly position: Position }
  | { readonly programme: 'lift'; readonly holdSeconds: number; readonly explain: boolean }
  | { readonly programme: 'sphincter'; readonly parts: readonly SphincterPart[]; readonly enduranceHoldSeconds: number }
  | { readonly programme: 'relaxation' }
  | { readonly programme: 'layers'; readonly holdSeconds: number }
  | { readonly programme: 'maintenance'; readonly holdSeconds: number; readonly repetitions: number };

export type ExerciseProgramme = ProgrammeRequest['programme'];

export function planProgramme(request: ProgrammeRequest): SessionPlan {
  switch (request.programme) {
    case 'startblokTraining':
      return planStartblokTraining(request, request.position);
    case 'lift':
      return planLift(request.holdSeconds, request.explain);
    case 'sphincter':
      return planSphincter(request.parts, request.enduranceHoldSeconds);
    case 'relaxation':
      return planRelaxation();
    case 'layers':
      return planLayers(request.holdSeconds);
    case 'maintenance':
      return planMaintenance(request);
  }
}

const whole = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const hold = (v: unknown): v is number => whole(v, HOLD_SECONDS.min, HOLD_SECONDS.max);

/** A request read back from session attributes: anything malformed is no request at all. */
export function parseProgrammeRequest(raw: unknown): ProgrammeRequest | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  switch (r.programme) {
    case 'startblokTraining':
      return hold(r.holdSeconds) && whole(r.repetitions, REPETITIONS.min, REPETITIONS.max) && isPosition(r.position)
        ? { programme: r.programme, holdSeconds: r.holdSeconds, repetitions: r.repetitions, position: r.position }
        : undefined;
    case 'lift':
      return hold(r.holdSeconds) && typeof r.explain === 'boolean'
        ? { programme: r.programme, holdSeconds: r.holdSeconds, explain: r.explain }
        : undefined;
    case 'sphincter': {
      const parts = Array.isArray(r.parts) ? r.parts : [];
      const valid =
        parts.length > 0 && parts.length <= SPHINCTER_PARTS.length && parts.every((p) => SPHINCTER_PARTS.includes(p as SphincterPart));
      return valid && hold(r.enduranceHoldSeconds)
        ? { programme: r.programme, parts: parts as SphincterPart[], enduranceHoldSeconds: r.enduranceHoldSeconds }
        : undefined;
    }
    case 'relaxation':
      return { programme: r.programme };
    case 'layers':
      return hold(r.holdSeconds) ? { programme: r.programme, holdSeconds: r.holdSeconds } : undefined;
    case 'maintenance':
      return hold(r.holdSeconds) && whole(r.repetitions, REPETITIONS.min, REPETITIONS.max)
        ? { programme: r.programme, holdSeconds: r.holdSeconds, repetitions: r.repetitions }
        : undefined;
    default:
      return undefined;
  }
}
