import nl from '../../lambda/i18n/nl.json';
import { ALARM_SIGNALS } from '../../lambda/domain/alarmSignals';
import type { AlarmSignal } from '../../lambda/domain/alarmSignals';
import { triagePain } from '../../lambda/domain/pain';
import { planProgramme } from '../../lambda/domain/programme';
import { describeResume } from '../../lambda/domain/resume';
import { cheerLine, checkInReply, painLines, resumeLines, retestLine } from '../../lambda/speech/careTexts';
import type { Line } from '../../lambda/speech/careTexts';
import { translatorFor } from '../../lambda/speech/translator';

const t = translatorFor('nl-NL');
const spoken = (lines: readonly Line[]) => lines.map((l) => t(l.key, l.vars)).join(' ');

/** Each alarm signal of the content brief, and the lay words that name it. */
const LAY_WORDS: Record<AlarmSignal, RegExp> = {
  suddenLossOfControl: /ineens je plas of ontlasting niet meer kunt ophouden/,
  persistentSeverePain: /hevige pijn die niet overgaat/,
  fever: /koorts/,
  blood: /bloed in je plas of ontlasting/,
  bulge: /bobbel die je van onderen voelt/,
  numbnessOrWeakness: /benen of je kruis ineens doof of krachteloos/,
};

describe('the spoken alarm list', () => {
  it.each(['care.alarmList', 'info.getHelp', 'selfTest.alarm'] as const)('%s names all six signals of the content brief', (key) => {
    const text = t(key);
    expect(ALARM_SIGNALS.filter((signal) => !LAY_WORDS[signal].test(text))).toEqual([]);
  });

  it('does so in two short sentences, with the huisarts', () => {
    const sentences = nl.care.alarmList.split(/(?<=\.)\s+/);
    expect(sentences).toHaveLength(2);
    expect(sentences.every((s) => s.split(' ').length <= 30)).toBe(true);
    expect(nl.care.alarmList).toMatch(/huisarts/);
  });
});

describe('care lines', () => {
  it('pain during an exercise: stop, let go, and no "shall we go on"', () => {
    const text = spoken(painLines(triagePain('exercise', 'mild')));
    expect(text).toBe(
      'Stop dan meteen, en laat alles los. Bij deze oefeningen hoort geen pijn. Komt de pijn terug als je oefent, laat dan een bekkenfysiotherapeut met je meekijken. Is hij hevig, of gaat hij niet over, bel dan je huisarts.',
    );
    expect(text).not.toMatch(/verder|doorgaan/);
  });

  it('pain during sex: relaxation first and a bekkenfysiotherapeut', () => {
    expect(spoken(painLines(triagePain('sex', 'mild')))).toMatch(/eerst leren loslaten, niet harder knijpen\. Een bekkenfysiotherapeut/);
  });

  it('resumption names the programme and the round, in words', () => {
    const request = { programme: 'startblokTraining', holdSeconds: 7, repetitions: 12, position: 'liggend' } as const;
    const where = describeResume({ request, setIndex: 0, segmentIndex: 1, repetitionsDone: 6, on: '2026-12-07' }, planProgramme(request));
    const said = where && resumeLines(where, 1);
    expect(said && spoken(said.lines)).toBe('Je was bij de tweede ronde van je startblok. Zullen we daar verdergaan?');
    const start = describeResume({ request, setIndex: 0, segmentIndex: 0, repetitionsDone: 0, on: '2026-12-07' }, planProgramme(request));
    const startSaid = start && resumeLines(start, 1);
    expect(startSaid && spoken(startSaid.lines)).toBe('Je wilde net beginnen met je startblok. Zullen we alsnog beginnen?');
  });

  it('says how long a break was, and praise only when earned', () => {
    expect(spoken([cheerLine({ kind: 'afterBreak', weeks: 8 }, 0)])).toBe(
      'Het is alweer 8 weken geleden dat je oefende. Fijn dat je er weer bent: we pakken het rustig op.',
    );
    expect(spoken([cheerLine({ kind: 'earned' }, 4)])).toMatch(/^Je oefent trouw, deze week op 4 dagen\./);
    expect(spoken([cheerLine({ kind: 'regularity' }, 1)])).not.toMatch(/goed bezig|trouw/);
  });

  it('the check-in "nee" suggests a bekkenfysiotherapeut', () => {
    expect(spoken([checkInReply('no')])).toMatch(/bekkenfysiotherapeut/);
  });

  it('a startblok of two months is said to be two months old', () => {
    expect(spoken([retestLine({ unit: 'months', count: 2 })])).toBe(
      'Je startblok is al 2 maanden oud. Zullen we kijken of het gegroeid is?',
    );
    expect(spoken([retestLine({ unit: 'weeks', count: 2 })])).toBe('Je startblok is nu 2 weken oud. Zullen we kijken of het gegroeid is?');
  });
});

describe('no promise to wait longer than Alexa does', () => {
  it('no string says it waits as long as needed, or that it waits', () => {
    const all = JSON.stringify(nl);
    expect(all).not.toMatch(/zo lang als je nodig hebt|Ik wacht|ik wacht even|Neem rustig de tijd/);
  });
});
