import { parseProfile, profileCommand, profiledRight, sharesOf } from '../../tools/nlu/profile';

/**
 * npm run nlu:profile reads `ask smapi profile-nlu` answers. The shape below is SMAPI's
 * ProfileNluResponse as the ask-smapi-model defines it (v1/skill/evaluations: profile_nlu_response.py
 * with sessionEnded, selectedIntent, consideredIntents, multiTurn; intent.py with name,
 * confirmationStatus, slots; slot.py with name, value, confirmationStatus, resolutions in the
 * resolutionsPerAuthority form of a skill request).
 */
const answer = (name: string, slots: Record<string, unknown> = {}) =>
  JSON.stringify({
    sessionEnded: false,
    selectedIntent: { name, confirmationStatus: 'NONE', slots },
    consideredIntents: [{ name: 'AMAZON.FallbackIntent', confirmationStatus: 'NONE', slots: {} }],
    multiTurn: { dialogAct: null, token: null, prompt: null },
  });

const positionSlot = {
  position: {
    name: 'position',
    value: 'ik lig',
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.x.POSITION',
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: 'liggend', id: 'liggend' } }],
        },
      ],
    },
  },
};

describe('npm run nlu:profile', () => {
  it('reads the selected intent and its slots: a custom value by its resolution, a number as heard', () => {
    expect(parseProfile(answer('StartTrainingIntent', positionSlot))).toEqual({
      intent: 'StartTrainingIntent',
      slots: { position: 'liggend' },
    });
    expect(parseProfile(answer('NumberAnswerIntent', { number: { name: 'number', value: '3', confirmationStatus: 'NONE' } }))).toEqual({
      intent: 'NumberAnswerIntent',
      slots: { number: '3' },
    });
    expect(parseProfile(answer('AMAZON.YesIntent', { unused: { name: 'unused', confirmationStatus: 'NONE' } }))).toEqual({
      intent: 'AMAZON.YesIntent',
      slots: {},
    });
  });

  it('reads an answer without a selected intent as the fallback', () => {
    expect(parseProfile(JSON.stringify({ sessionEnded: false, consideredIntents: [] }))).toEqual({
      intent: 'AMAZON.FallbackIntent',
      slots: {},
    });
  });

  it('counts a case right only with its intent and its slots, and sums the shares without naming an utterance', () => {
    const said: Record<string, string> = {
      'ik lig': answer('StartTrainingIntent', positionSlot),
      drie: answer('NumberAnswerIntent', { number: { name: 'number', value: '3' } }),
      'het weer': answer('AMAZON.FallbackIntent'),
      hoofdpijn: answer('AlarmSignalIntent'),
      ja: answer('AMAZON.YesIntent'),
    };
    expect(profiledRight({ utterance: 'drie', intent: 'NumberAnswerIntent', slots: { number: '4' } }, parseProfile(said.drie))).toBe(false);
    const shares = sharesOf(
      'fixture.json',
      {
        header: '',
        cases: [
          { utterance: 'ik lig', intent: 'StartTrainingIntent', slots: { position: 'liggend' } },
          { utterance: 'drie', intent: 'NumberAnswerIntent', slots: { number: '3' } },
          { utterance: 'het weer', intent: 'StartTrainingIntent' },
        ],
        replies: [{ utterance: 'ja', intent: 'AMAZON.YesIntent', context: 'offer' }],
        outOfDomain: ['het weer'],
        healthOutOfDomain: ['hoofdpijn'],
      },
      (u) => parseProfile(said[u]),
    );
    expect(shares).toEqual({
      set: 'fixture.json',
      perIntent: { StartTrainingIntent: { right: 1, total: 2 }, NumberAnswerIntent: { right: 1, total: 1 } },
      custom: { right: 2, total: 3 },
      replies: { right: 1, total: 1 },
      outOfDomainToCustom: 0,
      healthToAlarm: 1,
      healthToCustom: 1,
    });
    expect(JSON.stringify(shares)).not.toContain('ik lig');
  });

  it('calls the ask CLI as documented', () => {
    expect(profileCommand('amzn1.ask.skill.x', 'development', 'start mijn training')).toEqual([
      'smapi',
      'profile-nlu',
      '-s',
      'amzn1.ask.skill.x',
      '-l',
      'nl-NL',
      '-g',
      'development',
      '--utterance',
      'start mijn training',
    ]);
  });
});
