import { writeFileSync } from 'node:fs';
import { MODEL_PATH } from '../nlu/interactionModel';
import { buildModel, INTENT_NAMES_PATH, renderIntentNames, renderModel } from './build';

/** npm run model: writes skill-package/interactionModels/custom/nl-NL.json and lambda/skill/intentNames.ts from tools/model/intents/. */
const model = buildModel();
writeFileSync(MODEL_PATH, renderModel(model));
writeFileSync(INTENT_NAMES_PATH, renderIntentNames(model));
const intents = model.interactionModel.languageModel.intents;
console.log(`${MODEL_PATH}: ${intents.length} intents, ${intents.reduce((n, i) => n + i.samples.length, 0)} samples`);
