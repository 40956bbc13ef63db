/**
 * Word lists shared by the intent families: the carrier phrases people put around a request,
 * and the particles that soften it. Kept small on purpose: every alternative multiplies.
 */

/** Before an object and an infinitive: "ik wil [de lift] doen", "laten we even [de lift] doen". */
export const WANT = '(ik wil|ik wil graag|ik zou graag|mag ik|kan ik|laten we|zullen we|kunnen we|ik ga)';

/** Asking Alexa to do it: "kun je [de lift] starten". */
export const CAN_YOU = '(kun je|kan je|wil je)';

/** A softening word after the verb: "start even de lift", "doe maar de lift". */
export const SOFT = '[even|maar]';

/** Politeness at the end: "... alsjeblieft". */
export const PLEASE = '[alsjeblieft|alstublieft|graag]';

/** "Start the X" in every everyday form, for an object phrase like `de (lift|liftoefening)`. */
export function doThing(object: string, verbs = '(doen|starten)'): string[] {
  return [
    object,
    `(start|begin|doe) ${SOFT} ${object}`,
    `${object} ${PLEASE}`,
    `${WANT} ${object} ${verbs}`,
    `${CAN_YOU} ${object} ${verbs}`,
    `(tijd voor|ik wil|graag|ik heb zin in) ${object}`,
    `(begin|ik wil beginnen|laten we beginnen|ik begin) met ${object}`,
    `[om] ${object} te ${verbs}`,
  ];
}

/** Questions put to the coach, after an opener: "kun je me vertellen ...", "ik wil weten ...". */
export const TELL_ME = '(vertel [me|mij]|zeg [me|mij]|ik wil weten|kun je me vertellen|weet jij)';

/**
 * Spoken Dutch around a request (issue 20): the hesitations people start with ("nou", "eh", "ja")
 * and the particles they end on ("hoor", "zeg maar", "effe"). Given to every intent alike, so
 * neither Alexa nor our classifier reads them as a sign of one intent, and so an exact sample
 * still fits when someone says "nou, start de training hoor". Kept to a few short cores per
 * intent: each core becomes about twenty samples.
 */
export const FILLER = '(nou|eh|ehm|ja|nou eh|ja eh|oké|zeg|nou ja)';
export const PARTICLE = '(hoor|zeg maar|eigenlijk|even|effe|dan|graag|toch|alsjeblieft)';

export function spoken(...cores: readonly string[]): string[] {
  return cores.flatMap((core) => [`${FILLER} ${core}`, `${core} ${PARTICLE}`]);
}

/** Carriers of a whole spoken sentence: "ik wou eigenlijk ...", "volgens mij ...", "mag ik ...". */
export const I_WOULD = '(ik wou|ik wou eigenlijk|ik wil eigenlijk|ik zou eigenlijk|ik zou wel|ik wil graag even|ik wou graag)';
export const HEDGE = '(volgens mij|ik denk|ik geloof|ik denk eigenlijk|eerlijk gezegd)';
