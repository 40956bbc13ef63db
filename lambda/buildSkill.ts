import type { ErrorHandler, RequestHandler, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { DefaultApiClient, getIntentName, getRequestType, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { AlarmSignalHandler } from './handlers/alarm';
import {
  CantFeelHandler,
  CheckInDontKnowHandler,
  LaterHandler,
  LifeSituationHandler,
  PainHandler,
  PelvicPainHandler,
  TechniqueQuestionHandler,
} from './handlers/care';
import { ExplainHandler, TimeLeftHandler } from './handlers/explain';
import { GoOnHandler, YesHandler, NoHandler, PauseHandler } from './handlers/answers';
import { errorEnvelope, errorHandler, SkillEventError } from './skill/errors';
import {
  FocusHandler,
  LayersExerciseHandler,
  LiftExerciseHandler,
  ListExercisesHandler,
  RelaxationExerciseHandler,
  SphincterExerciseHandler,
} from './handlers/exercises';
import { EasyHandler, ProgressHandler } from './handlers/progress';
import { InfoHandler } from './handlers/info';
import { InstructionsHandler } from './handlers/instructions';
import { RoutineHandler } from './handlers/routine';
import { LaunchHandler } from './handlers/launch';
import {
  DeleteDataHandler,
  DiscreetHandler,
  MyDataHandler,
  ConsentUnsureHandler,
  PlainWordsHandler,
  SkillDisabledHandler,
  StopStoringHandler,
} from './handlers/privacy';
import { ListRemindersHandler, PermissionResponseHandler, ReminderHandler, StopRemindersHandler } from './handlers/reminders';
import { TimedApiClient } from './services/timedApiClient';
import { PelvicTiltHandler } from './handlers/pelvicTilt';

import { SelfTestCountHandler, SelfTestHandler, SelfTestStepHandler } from './handlers/selfTest';
import {
  FallbackHandler,
  HelpHandler,
  NavigateHomeHandler,
  RepeatHandler,
  ScreenEventHandler,
  SessionEndedHandler,
  StartOverHandler,
  StopHandler,
} from './handlers/session';
import { MeasureDontKnowHandler, MeasureStartblokHandler, NumberAnswerHandler, SetStartblokHandler } from './handlers/startblok';
import { AllTipsHandler, LifestyleAdviceHandler, ToiletAdviceHandler } from './handlers/tips';
import { StartTrainingHandler } from './handlers/training';
import type { SkillDeps } from './skill/deps';
import type { Logger } from './skill/log';
import { finishTurn } from './skill/persist';
import { keepState } from './skill/render';
import { attachTurn, beginTurn, turnOf } from './skill/turn';
import { METRIC } from './services/metrics';

export interface SkillOptions {
  /** When set, requests for any other skill are refused. */
  readonly skillId?: string;
}

export interface Skill {
  invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
}

/** An Alexa API call (reminders) may take this long, so the whole answer still fits in 8 s. */
export const ALEXA_API_TIMEOUT_MS = 2500;

export const SKILL_ID_MISMATCH = 'CustomSkill ID verification failed!';

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Every request handler, in the order the SDK tries them; the name is logged with each answer
 * (a code name, never user data), so a test can see which handler took a request.
 */
export const REQUEST_HANDLERS = {
  LaunchHandler,
  // First: while a self-test question is open, ja/nee/herhaal/help/stop answer it.
  SelfTestStepHandler,
  SelfTestCountHandler,
  // When training does not go to plan: understood in every step, the self-test's included.
  PainHandler,
  PelvicPainHandler,
  CantFeelHandler,
  LifeSituationHandler,
  TechniqueQuestionHandler,
  LaterHandler,
  CheckInDontKnowHandler,
  MeasureDontKnowHandler,
  StartTrainingHandler,
  InstructionsHandler,
  LiftExerciseHandler,
  SphincterExerciseHandler,
  RelaxationExerciseHandler,
  LayersExerciseHandler,
  ListExercisesHandler,
  FocusHandler,
  ProgressHandler,
  EasyHandler,
  ReminderHandler,
  PermissionResponseHandler,
  ListRemindersHandler,
  StopRemindersHandler,
  DeleteDataHandler,
  MyDataHandler,
  ConsentUnsureHandler,
  StopStoringHandler,
  DiscreetHandler,
  PlainWordsHandler,
  SkillDisabledHandler,
  MeasureStartblokHandler,
  SetStartblokHandler,
  NumberAnswerHandler,
  ToiletAdviceHandler,
  AllTipsHandler,
  PelvicTiltHandler,
  LifestyleAdviceHandler,
  SelfTestHandler,
  InfoHandler,
  RoutineHandler,
  AlarmSignalHandler,
  ExplainHandler,
  TimeLeftHandler,
  YesHandler,
  GoOnHandler,
  NoHandler,
  PauseHandler,
  HelpHandler,
  StopHandler,
  NavigateHomeHandler,
  RepeatHandler,
  StartOverHandler,
  SessionEndedHandler,
  ScreenEventHandler,
  // Last: takes AMAZON.FallbackIntent and every intent the handlers above do not know.
  FallbackHandler,
} as const satisfies Record<string, RequestHandler>;

export type HandlerName = keyof typeof REQUEST_HANDLERS;

/** Logs which handler answered; what it answered is not logged. */
function named(name: HandlerName, handler: RequestHandler, log: Logger): RequestHandler {
  return {
    canHandle: (input) => handler.canHandle(input),
    handle: (input) => {
      log({ event: 'handled', handler: name });
      return handler.handle(input);
    },
  };
}

/** Error lines count as metrics too: the general error is spoken, so only a metric shows it. */
function countingErrors(deps: SkillDeps): Logger {
  return (line) => {
    deps.log(line);
    if (line.event === 'error') deps.metric?.(line.error === 'PlanRuleError' ? METRIC.planError : METRIC.skillError);
  };
}

export function buildSkill(deps: SkillDeps, options: SkillOptions = {}): Skill {
  // Stores what the turn left waiting (skill/persist.ts finishTurn); never throws.
  const finish: ResponseInterceptor = {
    async process(input, response) {
      const turn = turnOf(input);
      if (turn && (await finishTurn(turn, input, response).catch(() => false))) keepState(turn);
    },
  };
  // A failed skill event must fail the invocation, so it is retried and alarmed.
  const rethrowEventErrors: ErrorHandler = {
    canHandle: (_input, error) => error instanceof SkillEventError,
    handle: (_input, error) => {
      throw error;
    },
  };

  const prepareTurn: RequestInterceptor = {
    async process(input) {
      const envelope = input.requestEnvelope;
      const requestType = safely(() => getRequestType(envelope));
      const turn = await beginTurn(input, deps);
      // While a self-test question is open the intent is the answer (ja, nee, or the silent count): log the step instead.
      const inSelfTest = turn.state.dialog.step === 'selfTest' || turn.state.dialog.step === 'selfTestCount';
      deps.log({
        event: 'request',
        requestType,
        intent: requestType === 'IntentRequest' && !inSelfTest ? safely(() => getIntentName(envelope)) : undefined,
        step: inSelfTest ? turn.state.dialog.step : undefined,
      });
      attachTurn(input, turn);
    },
  };

  const builder = SkillBuilders.custom()
    .addRequestInterceptors(prepareTurn)
    .addResponseInterceptors(finish)
    .addRequestHandlers(...Object.entries(REQUEST_HANDLERS).map(([name, handler]) => named(name as HandlerName, handler, deps.log)))
    .addErrorHandlers(rethrowEventErrors, errorHandler(countingErrors(deps)))
    .withApiClient(new TimedApiClient(new DefaultApiClient(), ALEXA_API_TIMEOUT_MS));
  if (options.skillId) builder.withSkillId(options.skillId);
  const skill = builder.create();

  return {
    async invoke(envelope) {
      try {
        return await skill.invoke(envelope);
      } catch (error) {
        // A request meant for another skill is refused, never answered.
        if ((error as Error).message?.includes(SKILL_ID_MISMATCH) || error instanceof SkillEventError) throw error;
        countingErrors(deps)({ event: 'error', error: (error as Error).name });
        return errorEnvelope();
      }
    },
  };
}
