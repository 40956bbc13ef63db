/**
 * Alexa's structural limits for a custom interaction model, with where they are written down.
 * Source for the counts: "Interaction model limits" in
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html
 * (the section is linked from
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-intents-utterances-and-slots.html).
 * The search excerpts of that page did not show the table itself: the figures below are the
 * documented ones as remembered (50,000 slot values is confirmed by
 * https://github.com/m0ngr31/kodi-alexa/issues/82); re-check them against the page before relying
 * on a limit being close.
 */
export const LIMITS = {
  /** Intents in one skill, built-ins included. */
  intents: 250,
  /** Slots across one skill's intents. */
  slots: 250,
  /** Values (synonyms included) of all custom slot types of one skill. */
  slotTypeValues: 50_000,
  /** Characters of one sample utterance. */
  sampleCharacters: 200,
  /** Characters of all sample utterances of one skill together. */
  totalSampleCharacters: 200_000,
  /** Bytes of the interaction model JSON. */
  modelBytes: 1_500_000,
} as const;

/**
 * The characters a sample may hold. Invocation names and samples follow the same rules: lower
 * case letters (Dutch accents included), spaces, possessive apostrophes ("'s avonds") and periods
 * in abbreviations ("a. b. c."); numbers spelled out ("twintig", never "20"); `{slot}` braces.
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/choose-the-invocation-name-for-a-custom-skill.html
 * and the certification text quoted in
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/troubleshooting-common-certification-failures.html
 */
const WORD = "[a-zà-ÿ]+(?:['.-][a-zà-ÿ]+)*\\.?|'[a-zà-ÿ]+";
export const SAMPLE_FORMAT = new RegExp(`^(?:${WORD}|\\{\\w+\\})(?: (?:${WORD}|\\{\\w+\\}))*$`);
