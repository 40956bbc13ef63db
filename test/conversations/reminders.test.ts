import { Conversation } from '../helpers/conversation';
import { useDatabase } from '../helpers/database';
import { FakeRemindersApi } from '../../tools/fakeRemindersApi';
import { permissionResponse } from '../helpers/requests';
import { testSkill } from '../helpers/skill';
import { turn } from '../helpers/transcript';

const database = useDatabase();
const api = new FakeRemindersApi();
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => {
  api.seen.length = 0;
  api.failWith = undefined;
  api.hang = false;
});

const SCOPE = 'alexa::alerts:reminders:skill:readwrite';
let users = 0;

function newUser(granted = false): Conversation {
  const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.reminders-${++users}`);
  Object.assign(c.who, { apiEndpoint: api.endpoint, apiAccessToken: 'in-session-token', remindersGranted: granted });
  return c;
}

const DAILY = (hour: number, minute = 0) => ({
  method: 'POST',
  path: '/v1/alerts/reminders',
  authorization: 'Bearer in-session-token',
  contentType: 'application/json',
  body: {
    requestTime: '2026-11-23T00:00:00.000',
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: `2026-11-23T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000`,
      timeZoneId: 'Europe/Amsterdam',
      recurrence: {
        startDateTime: `2026-11-23T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000`,
        recurrenceRules: [`FREQ=DAILY;BYHOUR=${hour};BYMINUTE=${minute};BYSECOND=0;INTERVAL=1;`],
      },
    },
    alertInfo: {
      spokenInfo: {
        content: [
          // Neutral by default: reminders show on lock screens and are spoken in shared rooms (issue 22).
          { locale: 'nl-NL', text: 'Tijd voor je oefeningen.' },
        ],
      },
    },
    pushNotification: { status: 'ENABLED' },
  },
});

describe('reminders', () => {
  it('asks the permission by voice, confirms time and recurrence, takes other times, and creates daily reminders', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    const ask = await c.user('herinner me aan mijn oefeningen');
    expect(ask.envelope.response.directives).toEqual([
      {
        type: 'Connections.SendRequest',
        name: 'AskFor',
        payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: SCOPE },
        token: JSON.stringify([
          { hour: 8, minute: 0 },
          { hour: 13, minute: 0 },
          { hour: 20, minute: 0 },
        ]),
      },
    ]);
    expect(ask.envelope.response.outputSpeech).toBeUndefined();

    // The user says yes to Alexa; from now on requests carry the permission.
    c.who.remindersGranted = true;
    const token = (ask.envelope.response.directives?.[0] as { token: string }).token;
    const accepted = await c.send(permissionResponse(c.who, 'ACCEPTED', token));
    expect([accepted.text, accepted.reprompt, accepted.end]).toEqual([
      "Ik zet 3 herinneringen voor je oefeningen, elke dag om 8 uur 's ochtends, om 1 uur 's middags en om 8 uur 's avonds. Had ik al herinneringen voor je gezet, dan komen deze ervoor in de plaats. Is dat goed?",
      'Zeg ja om de herinneringen te zetten, of nee om andere tijden te kiezen. Is dat goed?',
      false,
    ]);
    expect(api.seen).toEqual([]);

    await turn(c, 'nee', {
      A: "Zeg bijvoorbeeld: om acht uur, en om acht uur 's avonds. Hoe laat wil je een herinnering?",
      R: 'Noem één tot drie tijden, bijvoorbeeld: om negen uur. Hoe laat wil je een herinnering?',
      end: false,
    });
    await turn(c, "om zeven uur en om half tien 's avonds", {
      A: "Ik zet 2 herinneringen voor je oefeningen, elke dag om 7 uur 's ochtends en om half 10 's avonds. Had ik al herinneringen voor je gezet, dan komen deze ervoor in de plaats. Is dat goed?",
      R: 'Zeg ja om de herinneringen te zetten, of nee om andere tijden te kiezen. Is dat goed?',
      end: false,
    });
    await turn(c, 'ja', {
      A:
        "Klaar: elke dag om 7 uur 's ochtends en om half 10 's avonds herinner ik je aan je oefeningen. Tot dan! " +
        'Met een Alexa-routine start je de training ook met je eigen zin of op een vaste tijd: vraag bekkenbodem coach maar hoe dat gaat.',
      end: true,
    });
    // The reminders set before are asked for and stopped first (none here), then the new ones set.
    expect(api.seen.filter((r) => r.method === 'POST')).toEqual([DAILY(7), DAILY(21, 30)]);
    expect(api.seen[0]).toMatchObject({ method: 'GET', path: '/v1/alerts/reminders' });
    // The routine hint is said once: its date is kept in the profile.
    expect((await database().store.load({ userId: c.who.userId }, '2026-11-23')).profile.routineOfferedOn).toBe('2026-11-23');

    api.seen.length = 0;
    await turn(c, 'vraag bekkenbodem coach welke herinneringen heb ik', {
      A: "Je krijgt elke dag 2 herinneringen: om 7 uur 's ochtends en om half 10 's avonds. Tot de volgende keer!",
      end: true,
    });
    await turn(c, 'vraag bekkenbodem coach stop de herinneringen', {
      A: 'Klaar, ik heb je 2 herinneringen gestopt. Tot de volgende keer!',
      end: true,
    });
    expect(api.seen.map((r) => `${r.method} ${r.path} ${r.authorization}`)).toEqual([
      'GET /v1/alerts/reminders Bearer in-session-token',
      'GET /v1/alerts/reminders Bearer in-session-token',
      'DELETE /v1/alerts/reminders/alert-1 Bearer in-session-token',
      'DELETE /v1/alerts/reminders/alert-2 Bearer in-session-token',
    ]);
    await turn(c, 'vraag bekkenbodem coach welke herinneringen heb ik', {
      A: 'Je hebt nog geen herinneringen van mij. Zeg: herinner me aan mijn oefeningen, als je dat wilt. Tot de volgende keer!',
      end: true,
    });
  });

  it('"welke herinneringen heb ik" with an offer open: the answer, then the offer again, not a goodbye', async () => {
    const c = newUser(true);
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await turn(c, 'mijn startblok is vier seconden zes keer', {
      A: 'Je startblok is nu 4 seconden, 6 keer. Zullen we het meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    await turn(c, 'welke herinneringen heb ik', {
      A: 'Je hebt nog geen herinneringen van mij. Zeg: herinner me aan mijn oefeningen, als je dat wilt. Zullen we je training doen?',
      R: 'Je training is je startblok, met daarna de snelle kneepjes. Ik tel voor je en zeg wanneer je aanspant en loslaat. Zeg ja om te beginnen, of nee. Zullen we je training doen?',
      end: false,
    });
    expect(api.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/alerts/reminders']);
  });

  it('goes straight to the confirmation when the permission was given before, with the time the user named', async () => {
    const c = newUser(true);
    await turn(c, "vraag bekkenbodem coach herinner me om acht uur 's avonds", {
      A: "Ik zet een herinnering voor je oefeningen, elke dag om 8 uur 's avonds. Had ik al herinneringen voor je gezet, dan komt deze ervoor in de plaats. Is dat goed?",
      R: 'Zeg ja om de herinneringen te zetten, of nee om andere tijden te kiezen. Is dat goed?',
      end: false,
    });
    await c.user('ja');
    expect(api.seen.filter((r) => r.method === 'POST')).toEqual([DAILY(20)]);
  });

  it('new times replace the ones set before, so no hour is added on top or sounds twice', async () => {
    const c = newUser(true);
    await c.user("vraag bekkenbodem coach herinner me om acht uur 's avonds");
    await c.user('ja');
    await c.user("vraag bekkenbodem coach verander mijn herinnering naar acht uur 's ochtends");
    await c.user('ja');
    await turn(c, 'vraag bekkenbodem coach welke herinneringen heb ik', {
      A: "Je krijgt elke dag een herinnering om 8 uur 's ochtends. Tot de volgende keer!",
      end: true,
    });
  });

  it('accepts a "no" to the permission, and offers to train instead', async () => {
    const c = newUser();
    const ask = await c.user('vraag bekkenbodem coach om mij te herinneren aan mijn oefeningen');
    const denied = await c.send(permissionResponse(c.who, 'DENIED', (ask.envelope.response.directives?.[0] as { token: string }).token));
    expect([denied.text, denied.end]).toEqual([
      'Geen probleem, dan zet ik geen herinneringen. Je kunt het later altijd nog aanzetten. Zullen we nu oefenen?',
      false,
    ]);
    expect(api.seen).toEqual([]);
  });

  it('falls back to a consent card when the question went unanswered', async () => {
    const c = newUser();
    const ask = await c.user('vraag bekkenbodem coach zet een herinnering');
    const silent = await c.send(
      permissionResponse(c.who, 'NOT_ANSWERED', (ask.envelope.response.directives?.[0] as { token: string }).token),
    );
    expect(silent.text).toBe(
      'Ik heb een kaart in je Alexa-app gezet. Geef daar toestemming voor herinneringen, en vraag het me dan nog eens. Tot straks!',
    );
    expect(silent.envelope.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [SCOPE] });
  });

  it('explains a withdrawn permission (401) with a consent card, and a broken API without crashing', async () => {
    const c = newUser(true);
    await c.user('vraag bekkenbodem coach herinner me om negen uur');
    api.failWith = 401;
    const refused = await c.user('ja');
    expect(refused.text).toBe(
      'Ik mag nog geen herinneringen zetten. Ik heb een kaart in je Alexa-app gezet om het toe te staan. Tot straks!',
    );
    expect(refused.envelope.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [SCOPE] });
    api.failWith = 500;
    expect((await c.user('vraag bekkenbodem coach stop de herinneringen')).text).toBe(
      'Het lukte nu niet om bij je herinneringen te komen. Probeer het later nog eens. Tot straks!',
    );
  });

  it('answers in time when the Reminders API hangs', async () => {
    const c = newUser(true);
    api.hang = true;
    const started = Date.now();
    const reply = await c.user('vraag bekkenbodem coach welke herinneringen heb ik');
    expect(reply.text).toBe('Het lukte nu niet om bij je herinneringen te komen. Probeer het later nog eens. Tot straks!');
    // A correctness bound (Alexa's 8 s), not a speed target.
    expect(Date.now() - started).toBeLessThan(8000);
  });
});
