import { writeFileSync } from 'node:fs';
import { MODEL_PATH } from '../nlu/interactionModel';
import { buildModel, renderModel } from './build';

/** npm run model: writes skill-package/interactionModels/custom/nl-NL.json from tools/model/intents/. */
const model = buildModel();
writeFileSync(MODEL_PATH, renderModel(model));
const intents = model.interactionModel.languageModel.intents;
console.log(`${MODEL_PATH}: ${intents.length} intents, ${intents.reduce((n, i) => n + i.samples.length, 0)} samples`);
