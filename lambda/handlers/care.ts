import { cantFeel, later, lifeSituation, pain, technique } from '../flows/care';
import { checkInAnswer } from '../flows/careSteps';
import { repair } from '../flows/repair';
import type { LifeSituation, TechniqueIssue } from '../speech/careTexts';
import { handler, isIntent } from './common';
import { customSlot, lookUp } from './slots';

/** When training does not go to plan (issue 19): thin handlers, the paths are in flows/care.ts. */

export const PainHandler = handler(
  (input) => isIntent(input, 'PainIntent'),
  (ctx) => pain(ctx, 'exercise'),
);

/** Pain during sex and long-standing pelvic pain get the same first answer: relaxation first. */
export const PelvicPainHandler = handler(
  (input) => isIntent(input, 'PelvicPainIntent'),
  (ctx) => pain(ctx, 'sex'),
);

export const CantFeelHandler = handler(
  (input) => isIntent(input, 'CantFeelIntent'),
  (ctx) => cantFeel(ctx),
);

const SITUATIONS: ReadonlyMap<string, LifeSituation> = new Map<string, LifeSituation>([
  ['PregnancyIntent', 'pregnancy'],
  ['AfterBirthIntent', 'afterBirth'],
  ['AfterSurgeryIntent', 'afterSurgery'],
]);

export const LifeSituationHandler = handler(
  (input) => isIntent(input, 'PregnancyIntent', 'AfterBirthIntent', 'AfterSurgeryIntent'),
  (ctx, input) => {
    const request = input.requestEnvelope.request;
    const which = request.type === 'IntentRequest' ? lookUp(SITUATIONS, request.intent.name) : undefined;
    return which ? lifeSituation(ctx, which) : repair(ctx);
  },
);

const ISSUES: ReadonlyMap<string, TechniqueIssue> = new Map<string, TechniqueIssue>([
  ['adem', 'adem'],
  ['billen', 'billen'],
  ['plassen', 'plassen'],
]);

/** Most of the intent's samples name no issue ("moet ik persen als ik aanspan"): they get the whole technique in three lines. */
export const TechniqueQuestionHandler = handler(
  (input) => isIntent(input, 'TechniqueQuestionIntent'),
  (ctx, input) => {
    const slot = customSlot(input, 'issue');
    return technique(ctx, (slot.kind === 'matched' ? lookUp(ISSUES, slot.value) : undefined) ?? 'algemeen');
  },
);

export const LaterHandler = handler(
  (input) => isIntent(input, 'LaterIntent'),
  (ctx) => later(ctx),
);

/** "Weet ik niet" to "Merk je al verschil?". */
export const CheckInDontKnowHandler = handler(
  (input, turn) => turn.state.dialog.step === 'checkIn' && isIntent(input, 'DontKnowIntent'),
  (ctx) => checkInAnswer(ctx, 'dontKnow'),
);
