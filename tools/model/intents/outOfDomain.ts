import type { IntentFamily } from '../source';

/**
 * Samples of AMAZON.FallbackIntent: what people say to an Echo that this skill does not do, close
 * enough to our own words to be mistaken for them ("zet de wekker", "vijf keer zeven", "mijn knie
 * doet pijn"). Alexa builds an out-of-domain model from the skill's intents, and samples added to
 * AMAZON.FallbackIntent fine-tune it (Amazon's Alexa blog on FallbackIntent's wider locale
 * support: "AMAZON.FallbackIntent ... can also be extended with sample utterances, so developers
 * can fine-tune the out-of-domain model as needed"). Written from what an Echo is asked every day,
 * never from an evaluation set. No slots: FallbackIntent takes none. Nothing here may be a
 * request of ours, and no alarm signal (fever, blood, sudden loss of control, numbness, a bulge,
 * severe pelvic pain) may ever be here.
 */
export const family: IntentFamily = {
  intents: [
    {
      name: 'AMAZON.FallbackIntent',
      templates: [
        // Everyday spoken Dutch (issue 20), written from the intent descriptions:
        '(ik hou van|ik ben gek op|ik vind) (appeltaart|chocola|koffie|drop|pannenkoeken|mijn kat|de zomer|voetbal|wandelen) [heel lekker|zo lekker|echt heerlijk]',
        "ik heb (een beetje|zo'n|een|last van|vreselijke|erge) (hoofdpijn|koppijn|migraine|keelpijn|oorpijn|kiespijn|tandpijn|rugpijn|nekpijn|spierpijn)",
        'ik ben (een beetje|flink|erg) (verkouden|grieperig|snotterig|moe|duizelig)',
        "ik heb (een|zo'n) (verkoudheid|snotneus|hoestje|griepje|zere keel|verstopte neus)",
        '(mijn maag|mijn buik) (doet|voelt) (een beetje|wat) (raar|vol|pijn|zeer) (na het eten|van het eten|na de lunch|na het avondeten)',
        'ik heb (een beetje|wat) (buikpijn|maagpijn|last van mijn maag) (na het eten|van het eten|na de lunch|na het avondeten)',
        'ik heb (te veel|te snel) gegeten',
        '(mijn knie|mijn enkel|mijn pols|mijn schouder) (is|voelt) (gezwollen|stijf|dik)',
        'ik heb (mijn enkel|mijn knie|mijn pols) (verstuikt|verzwikt|gestoten)',
        'ik heb slecht geslapen',
        'ik heb (een) (wondje|blaar|splinter|muggenbult|zonnebrand)',
        // Weather, time and date.
        '(wat voor|hoe wordt het) weer [wordt het] (vandaag|morgen|vanmiddag|dit weekend|overmorgen)',
        '(gaat het|gaat het vandaag|gaat het morgen) regenen',
        '(wat is|hoe is) het weer [vandaag|buiten|morgen|in het weekend]',
        'hoe (warm|koud) (wordt het|is het) [buiten|morgen|vandaag]',
        '(wat is|hoeveel graden is het) [de temperatuur] buiten',
        '(welke dag|welke datum|de hoeveelste) is het [vandaag|morgen]',
        'hoe laat is het [nu|in amerika|in new york]',
        'wanneer (is het|begint de) (zomertijd|wintertijd|kerst|pasen|koningsdag|sinterklaas)',
        // Music, radio, volume.
        '(speel|zet) [wat|even] (muziek|de radio|radio twee|klassieke muziek|kerstmuziek|een podcast) [op|aan]',
        'speel (iets van|een liedje van|muziek van) (de beatles|abba|marco borsato|frans bauer)',
        '(volgend|vorig) (nummer|liedje)',
        '(wat is dit voor|hoe heet dit) (nummer|liedje)',
        'zet het (volume|geluid) (harder|zachter|hoger|lager|op vijf)',
        '(harder|zachter) (graag|alsjeblieft)',
        // Timers, alarm clocks, being woken.
        'zet een timer (voor|op|van) (vijf|tien|twintig|drie) minuten',
        'hoe lang (loopt|duurt) de timer nog',
        '(zet|stel) (de|mijn) wekker (om|op) (zeven|half zeven|zes) uur [morgenochtend]',
        '(zet|stel) (de|mijn|een) wekker (om|op|voor) (morgenochtend|morgen|maandag)',
        '(zet|doe) (de|mijn) wekker (uit|af)',
        '(wek|maak) me (morgen|morgenochtend|om zeven uur) [wakker]',
        'maak me (morgen|morgenochtend) om (zeven|acht|half zeven) uur wakker',
        'hoe laat gaat (de|mijn) wekker',
        // Lists, calendar, calls, messages, parcels.
        'zet (melk|brood|eieren|koffie|wc papier|appels) op (de|mijn) boodschappenlijst',
        'wat staat er op (de|mijn) (boodschappenlijst|takenlijst)',
        'wat staat er (vandaag|morgen|deze week) in (de|mijn) agenda',
        'wanneer is (mijn|de) volgende afspraak',
        'zet (een afspraak|de tandarts|de kapper) in (de|mijn) agenda',
        '(bel|stuur een bericht naar) (mijn dochter|mijn zoon|mijn moeder|mama|papa|oma|de buurvrouw)',
        '(waar is|wanneer komt) mijn pakket',
        // Home: lights, heating.
        '(doe|zet) (het licht|de lamp|de lampen) [in de (keuken|woonkamer|slaapkamer|badkamer)] (aan|uit)',
        'zet de (thermostaat|verwarming) (op twintig graden|hoger|lager|aan|uit)',
        // Fun, news, sport, traffic.
        '(vertel|ken je) (een|nog een) (grap|grapje|mop|moppie|verhaaltje)',
        '(zing|speel) een liedje [voor me]',
        '(wat is het|lees het|vertel het|geef me het) (nieuws|laatste nieuws|journaal) [van vandaag]',
        '(hoe heeft|wanneer speelt) (ajax|psv|feyenoord|oranje) [gespeeld|vandaag]',
        '(is het druk op de weg|zijn er files|hoe druk is het op de snelweg)',
        // Knowledge, sums, words.
        '(hoe ver|hoe groot|hoe oud) is de (maan|zon|aarde)',
        'wie is de (koning|minister president|burgemeester) van (nederland|amsterdam|belgië)',
        'wat is de hoofdstad van (frankrijk|spanje|duitsland|australië)',
        '(wat is|hoeveel is) (zeven|twaalf|vijftien) (keer|plus|min|gedeeld door) (acht|dertien|vier)',
        'wat is de wortel van (honderd|negen|honderdvierenveertig)',
        'hoe (spel|schrijf) je (chrysant|rhythm|zeeuws)',
        'wat is (appel|fiets|dankjewel) in het (engels|duits|frans)',
        // Food and cooking.
        'hoe (maak ik|kook ik|bak ik) (pannenkoeken|erwtensoep|een ei|appeltaart|rijst|stamppot)',
        'hoe lang moet (een ei|rijst|pasta|de aardappels) koken',
        'wat (moet|zal) ik (vanavond|vandaag|morgen) (eten|koken)',
        '(geef me|heb je) een recept (voor|met) (kip|vis|pasta|soep)',
        // Everyday aches and ills that are neither our subject nor an alarm signal.
        'ik heb (hoofdpijn|kiespijn|keelpijn|oorpijn|een verkoudheid|griep|hooikoorts|een snee in mijn vinger|een blauwe plek)',
        'ik heb last van mijn (knie|knieën|schouder|nek|elleboog|pols|enkel|voet|tenen|ogen|oren|tand)',
        'mijn (knie|schouder|nek|elleboog|pols|enkel|voet|hoofd|keel|tand) doet (pijn|zeer)',
        'mijn rug doet (pijn|zeer) van het (tuinieren|sjouwen|fietsen|stofzuigen)',
        '(mijn benen zijn|ik ben) (moe|stijf|zwaar) van het (wandelen|fietsen|lopen|sporten|traplopen)',
        'ik heb (spierpijn|stijve spieren|zere spieren) [van het (sporten|fietsen|wandelen)|in mijn (benen|armen|kuiten)]',
        '(ik slaap slecht|ik kan niet slapen|ik ben zo moe|ik ben verkouden|ik heb een pleister nodig)',
        'waar is (de paracetamol|mijn bril|mijn telefoon|de afstandsbediening|mijn sleutels)',
        // Daily life, said aloud near an Echo.
        'wanneer (krijg ik|moet ik|is) (de griepprik|mijn vaccinatie|mijn uitkering|mijn salaris|de vuilnis|de kliko)',
        '(de planten|de plantjes|de tuin|de bloemen) (moeten|moet) [nog] water (hebben|krijgen)',
        '(ik moet|vergeet niet) de (planten|plantjes|bloemen) water te geven',
        '(ik moet|ik ga) (de was doen|boodschappen doen|koken|stofzuigen|de hond uitlaten|de kinderen ophalen|naar mijn werk)',
        '(wanneer|hoe laat) (moet ik|ga ik) (de kinderen ophalen|naar de tandarts|naar mijn werk)',
        '(hoe laat vertrekt|wanneer gaat) de (trein|bus) naar (utrecht|amsterdam|rotterdam)',
      ],
    },
  ],
};
