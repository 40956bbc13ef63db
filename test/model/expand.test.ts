import { expand, expandAll, maybe, MAX_PER_TEMPLATE, oneOf, TemplateError } from '../../tools/model/expand';

describe('expand', () => {
  it.each([
    ['start de training', ['start de training']],
    ['(start|begin) de training', ['start de training', 'begin de training']],
    ['start [nu] de training', ['start de training', 'start nu de training']],
    ['[nu|even] stoppen', ['stoppen', 'nu stoppen', 'even stoppen']],
    ['(a (b|c)|d)', ['a b', 'a c', 'd']],
    ['[bekken]bodem', ['bodem', 'bekkenbodem']],
    ['ik wil {position} oefenen', ['ik wil {position} oefenen']],
    ['om {time} [en om {timeTwo}]', ['om {time}', 'om {time} en om {timeTwo}']],
  ])('"%s" -> %p', (template, samples) => {
    // Act
    const result = expand(template);
    // Assert
    expect(result).toEqual(samples);
  });

  it('tidies spaces, drops empty and repeated samples', () => {
    expect(expand('[ja]  [ja]')).toEqual(['ja', 'ja ja']);
    expect(expand('(ja|ja) (hoor|hoor)')).toEqual(['ja hoor']);
    expect(expand('[ja]')).toEqual(['ja']);
  });

  it('multiplies alternatives: verbs x objects x particles', () => {
    expect(expand('(start|begin|doe) [nu|even] (mijn|de) (training|oefeningen)')).toHaveLength(3 * 3 * 2 * 2);
  });

  it.each(['(start', 'start)', 'a|b', '[a)', '(a]'])('rejects the malformed template "%s"', (template) => {
    expect(() => expand(template)).toThrow(TemplateError);
  });

  it('refuses a template that would explode', () => {
    const ten = oneOf('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
    expect(() => expand(`${ten} ${ten} ${ten} ${ten}`)).toThrow(`more than ${MAX_PER_TEMPLATE} samples`);
  });

  it('keeps the first occurrence across templates, and builds groups from lists', () => {
    expect(expandAll(['ja', '(ja|jawel)'])).toEqual(['ja', 'jawel']);
    expect(oneOf('a', 'b')).toBe('(a|b)');
    expect(maybe('a', 'b')).toBe('[a|b]');
  });
});
