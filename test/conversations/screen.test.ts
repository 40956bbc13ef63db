import type { Reply } from '../helpers/conversation';
import { Conversation } from '../helpers/conversation';
import { useDatabase } from '../helpers/database';
import { aplUserEvent } from '../helpers/requests';
import { testSkill } from '../helpers/skill';
import { screenLines } from '../../tools/screenText';

const database = useDatabase();

/** 09:00 in Amsterdam, `days` after Monday 23 November 2026. */
const day = (days: number) => new Date(Date.parse('2026-11-23T08:00:00Z') + days * 86_400_000);

let users = 0;
function device(screen: boolean, skill = testSkill(database().store)): Conversation {
  const c = new Conversation(skill.skill, `amzn1.ask.account.screen-${++users}`);
  c.who.screen = screen;
  return c;
}

const directives = (reply: Reply) => reply.envelope.response.directives ?? [];
const shown = (reply: Reply) => directives(reply).flatMap((d) => screenLines(d));

describe('on an Echo Show the coach is also seen', () => {
  it('shows the training with its counter and timing, in step with the speech', async () => {
    const c = device(true);
    await c.user('vraag bekkenbodem coach om mijn startblok op drie seconden twee keer te zetten');
    const ready = await c.user('ja');
    expect(ready.text).toMatch(/^We doen je startblok: 3 seconden vasthouden, 2 keer\./);
    const training = await c.user('klaar');
    expect(shown(training)).toEqual([
      'Startblok',
      // The setup was said while the user got ready; then "Mooi, we beginnen", the point of technique, and each cue when it is said.
      '0.0 s  Maak je klaar',
      '5.2 s  1 van 2  Adem uit en span aan',
      '7.4 s  1 van 2  Vasthouden  nog 3 s',
      '10.4 s  1 van 2  Adem in en laat los',
      '12.0 s  1 van 2  Rust  nog 3 s',
      '16.0 s  2 van 2  Adem uit en span aan',
      '18.2 s  2 van 2  Vasthouden  nog 3 s',
      '21.2 s  2 van 2  Adem in en laat los',
      '22.9 s  2 van 2  Rust  nog 3 s',
    ]);
  });

  it('shows the last seven days against the advice, and the startblok growing', async () => {
    const skill = testSkill(database().store, { now: day(0) });
    const c = device(true, skill);
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden vier keer te zetten');
    await c.user('ja');
    await c.user('klaar');
    await c.user('ja');
    skill.setNow(day(2));
    const progress = await c.user('vraag bekkenbodem coach hoe gaat het met mijn training');
    expect(progress.text).toMatch(/^Vandaag heb je nog niet geoefend\./);
    expect(shown(progress)).toEqual([
      'Je laatste 7 dagen',
      'Advies: 4 tot 6 keer per dag',
      '0 do  0 vr  0 za  0 zo  1 ma  0 di  0 wo',
      'Je startblok',
      '2 s × 4',
    ]);
  });

  it('the same on an Echo without a screen: the same words, no directive', async () => {
    const withScreen = device(true);
    const without = device(false);
    for (const c of [withScreen, without]) {
      await c.user('vraag bekkenbodem coach om mijn startblok op drie seconden twee keer te zetten');
    }
    for (const c of [withScreen, without]) await c.user('ja');
    const [seen, heard] = [await withScreen.user('klaar'), await without.user('klaar')];
    expect(heard.ssml).toBe(seen.ssml);
    expect(directives(heard)).toEqual([]);
    const progress = await without.user('vraag bekkenbodem coach hoe gaat het met mijn training');
    expect(directives(progress)).toEqual([]);
  });

  it('a tap on the screen keeps the session and the exercise where they were', async () => {
    const c = device(true);
    await c.user('vraag bekkenbodem coach om mijn startblok op tien seconden twaalf keer te zetten');
    await c.user('ja');
    const first = await c.user('klaar');
    expect(first.end).toBe(false);
    const before = c.who.attributes;
    const tap = await c.send(aplUserEvent(c.who));
    expect(tap.ssml).toBe('');
    expect(tap.envelope.response.shouldEndSession).toBeUndefined();
    expect(c.who.attributes).toEqual(before);
    // And the training goes on with the next round.
    const next = await c.user('ja');
    expect(shown(next)[1]).toMatch(/van 12/);
  });
});
