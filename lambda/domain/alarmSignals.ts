/**
 * The alarm signals of the content brief (seed 000): go to the huisarts promptly. Every place that
 * lists them says all six (nl.json care.alarmList and the strings that contain the list); a test
 * checks each one is named in lay words.
 */
export const ALARM_SIGNALS = ['suddenLossOfControl', 'persistentSeverePain', 'fever', 'blood', 'bulge', 'numbnessOrWeakness'] as const;

export type AlarmSignal = (typeof ALARM_SIGNALS)[number];
