/**
 * The first visit as a new user hears it, measured with the project's own speech estimate:
 * `npx tsx tools/report/firstVisit.ts [hold] [repetitions]`. The user opens the skill, says
 * "ja" to every offer and "klaar" when asked, gives the measured hold and count, and the
 * script follows the conversation until the skill closes it. Prints every turn's length,
 * the longest speech before the first squeeze, the total, and the contractions asked for.
 */
import { buildSkill } from '../../lambda/buildSkill';
import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';
import { MemoryUserStore } from '../memoryUserStore';
import { fixedRandom } from '../seededRandom';
import { SimulatedAlexa } from '../simulator/session';
import { readable, tokenize } from '../ssmlText';

const hold = Number(process.argv[2] ?? 6);
const repetitions = Number(process.argv[3] ?? 8);
const NUMBER = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

function seconds(ssml: string): { total: number; speech: number; beforeSqueeze?: number } {
  let total = 0;
  let speech = 0;
  let beforeSqueeze: number | undefined;
  for (const token of tokenize(ssml)) {
    if (token.kind === 'break') total += token.seconds;
    else {
      const s = estimateSpeechSeconds(token.text);
      if (beforeSqueeze === undefined && /adem uit/i.test(token.text) && /span|knijp|lift/i.test(token.text)) beforeSqueeze = speech + s;
      total += s;
      speech += s;
    }
  }
  return { total, speech, beforeSqueeze };
}

/** Squeeze cues in a response: maximal held ones, gentle practice ones ("zachtjes"), and quick ones. */
function squeezes(ssml: string): { held: number; gentle: number; quick: number } {
  const counted = { held: 0, gentle: 0, quick: 0 };
  for (const token of tokenize(ssml)) {
    if (token.kind !== 'sentence') continue;
    const text = token.text.toLowerCase();
    if (!/adem uit/.test(text) || !/span|knijp/.test(text)) continue;
    if (/knijp kort|adem uit: knijp|snel en stevig/.test(text)) counted.quick += 1;
    else if (/zachtjes/.test(text)) counted.gentle += 1;
    else counted.held += 1;
  }
  return counted;
}

async function main(): Promise<void> {
  const store = new MemoryUserStore();
  const skill = buildSkill({
    store,
    now: () => new Date('2026-11-23T08:00:00+01:00'),
    newId: (() => {
      let i = 0;
      return () => `run-${++i}`;
    })(),
    log: () => undefined,
    random: fixedRandom(0),
  });
  const alexa = new SimulatedAlexa((event) => skill.invoke(event), 'amzn1.ask.account.first-visit');
  let said = 'open bekkenbodem coach';
  let total = 0;
  let longestBeforeFirstSqueeze = 0;
  let squeezed = false;
  const counted = { held: 0, gentle: 0, quick: 0 };
  for (let turn = 0; turn < 40; turn++) {
    const { response } = await alexa.hear(said);
    const ssml = (response.response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
    const s = seconds(ssml);
    const c = squeezes(ssml);
    counted.held += c.held;
    counted.quick += c.quick;
    counted.gentle += c.gentle;
    if (!squeezed) longestBeforeFirstSqueeze = Math.max(longestBeforeFirstSqueeze, s.beforeSqueeze ?? s.speech);
    if (s.beforeSqueeze !== undefined) squeezed = true;
    total += s.total;
    const text = readable(ssml);
    console.log(
      `U: ${said}\nA (${s.total.toFixed(1)} s, speech ${s.speech.toFixed(1)} s${s.beforeSqueeze === undefined ? '' : `, first squeeze after ${s.beforeSqueeze.toFixed(1)} s of speech`}): ${text.length > 300 ? `${text.slice(0, 300)} …` : text}\n`,
    );
    if (!alexa.inSession) break;
    const last = (text.split(/(?<=[.?!])\s/).pop() ?? '').toLowerCase();
    if (/tot hoeveel/.test(last)) said = NUMBER[hold];
    else if (/hoe vaak|bij welk nummer/.test(last)) said = NUMBER[repetitions];
    else if (/zeg klaar|zit je goed|lig je goed|sta je goed|ben je zover|klaar\?/.test(last) && !/volgende|snelle/.test(last))
      said = 'klaar';
    else if (/lukt het nog/.test(last)) said = 'ja';
    else said = 'ja';
  }
  console.log(
    `first visit (${hold} s x ${repetitions}): total ${total.toFixed(1)} s (${(total / 60).toFixed(1)} min); ` +
      `maximal held contractions ${counted.held}, gentle ${counted.gentle}, quick ${counted.quick}; longest speech before the first squeeze ${longestBeforeFirstSqueeze.toFixed(1)} s`,
  );
}

void main();
