import type { Position, SessionPlan } from './timeline';
import { planLift } from './lift';
import { planLayers } from './layers';
import { planLightStrength, planMaintenance, planStartblokTraining } from './planner';
import { planRelaxation } from './relaxation';
import type { SphincterPart } from './sphincter';
import { planSphincter } from './sphincter';

/**
 * Everything needed to plan an exercise again, turn after turn: small and JSON-safe, so a
 * running exercise lives in the session as its request, never as its (large) timeline.
 */
export type ProgrammeRequest =
  | {
      readonly programme: 'startblokTraining';
      readonly holdSeconds: number;
      readonly repetitions: number;
      readonly position: Position;
      /** Which technique tip opens the first set (planner.ts, TECHNIQUE_TIPS); none when absent. */
      readonly tip?: number;
    }
  | { readonly programme: 'lift'; readonly holdSeconds: number; readonly explain: boolean }
  | {
      readonly programme: 'sphincter';
      readonly parts: readonly SphincterPart[];
      readonly enduranceHoldSeconds: number;
      /** Grows from the leaflet's 5 s when the user finds it easy (sphincter.ts). */
      readonly strengthHoldSeconds?: number;
      /** The full introduction the first time; after that, only the technique line (absent: the full one). */
      readonly explain?: boolean;
    }
  | { readonly programme: 'relaxation' }
  | { readonly programme: 'layers'; readonly holdSeconds: number }
  | { readonly programme: 'maintenance'; readonly holdSeconds: number; readonly repetitions: number; readonly tip?: number }
  | { readonly programme: 'lightStrength'; readonly holdSeconds: number; readonly repetitions: number };

export type ExerciseProgramme = ProgrammeRequest['programme'];

export function planProgramme(request: ProgrammeRequest): SessionPlan {
  switch (request.programme) {
    case 'startblokTraining':
      return planStartblokTraining(request, request.position);
    case 'lift':
      return planLift(request.holdSeconds, request.explain);
    case 'sphincter':
      return planSphincter(request.parts, request.enduranceHoldSeconds, request.strengthHoldSeconds, request.explain);
    case 'relaxation':
      return planRelaxation();
    case 'layers':
      return planLayers(request.holdSeconds);
    case 'maintenance':
      return planMaintenance(request);
    case 'lightStrength':
      return planLightStrength(request);
  }
}
