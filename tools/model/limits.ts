/**
 * Alexa's structural limits for a custom interaction model, and where each figure comes from.
 * Amazon's own table ("Interaction model limits", the #limits section of
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html,
 * linked from .../custom-skills/create-intents-utterances-and-slots.html: "For limits on the
 * number of intents you can create in a single skill, see Interaction model limits") could not be
 * read from here; looked up again on 2026-12-04:
 *
 * - 1.5 MB model, 250 intents, 350 intents and slot types together, 140 characters per slot
 *   value or synonym: a public report quoting that table. The 140 is also the console's own error,
 *   "Slot value length exceeds the limit of 140 characters" (m0ngr31/kanzi issue #263).
 * - 50,000 custom slot values in all: older Amazon docs, copied in public READMEs ("A skill can have
 *   a total of 50,000 custom slot values, totaled across all custom slots"), m0ngr31/kodi-alexa #82.
 * - No per-skill total of sample characters was found for Alexa. The 200,000 once written here is
 *   Amazon Lex V2's quota ("Total characters in sample utterances per locale in each bot: 200,000
 *   in all other locales", https://docs.aws.amazon.com/lexv2/latest/dg/quotas.html). Our own
 *   budget was 300,000; issue 20 raised it to 550,000 for spoken Dutch (fillers, hedges, whole
 *   sentences, replies) across every intent; the care intents and the alarm signals in worried
 *   everyday words took it to 650,000, and whole spoken sentences in every intent (issue 20's
 *   second round) to 800,000.
 *   What binds is the 1.5 MB model: the JSON takes about 1.5 bytes per sample character
 *   (882,996 bytes for 585,076 characters on 2026-12-07), so 800,000 characters stay near 1.2 MB,
 *   a fifth under it. More samples are no aim in themselves: each must be a way people talk.
 * - 200 characters per sample: our own budget too (no Alexa figure found); samples are sentences.
 */
export const LIMITS = {
  /** Intents in one skill, built-ins included. */
  intents: 250,
  /** Intents and custom slot types together. */
  intentsAndSlotTypes: 350,
  /** Slots across one skill's intents (our budget: one slot per intent family is the norm). */
  slots: 250,
  /** Values (synonyms included) of all custom slot types of one skill. */
  slotTypeValues: 50_000,
  /** Characters of one slot value or synonym. */
  slotValueCharacters: 140,
  /** Characters of one sample utterance (our budget). */
  sampleCharacters: 200,
  /** Characters of all sample utterances of one skill together (our budget; see above). */
  totalSampleCharacters: 800_000,
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
