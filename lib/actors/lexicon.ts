/**
 * Closed-class English words the actor heuristics lean on. Everything about particular actors
 * lives in content/actors.json; these lists only describe how news prose uses names. All words
 * are folded (lower case, no diacritics).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Nouns that make a demonym an actor: "Russian officials" speak for Russia, "Qatari mediation"
 * is Qatar's, "the Israeli enemy" (a party's own statements name the other side so) is Israel,
 * "Ukrainian territory" does not act. Singular and plural, since "a senior Russian official" is still a
 * Russian voice.
 */
export const AGENT_NOUNS = set(`
  official officials forces troops army military delegation delegations delegates negotiator
  negotiators emissary emissaries envoy envoys diplomat diplomats government governments
  authorities side leadership leaders administration regime state command commanders generals
  soldiers servicemen team teams ministry ministries troop cabinet parliament presidency embassy
  service services counterpart counterparts mediator mediators intermediary intermediaries
  representative representatives spokesman spokeswoman spokesperson lawmaker lawmakers legislator
  legislators deputies mps members mediation minister ministers pm premier militaries armies navy navies sides guards parties
  rivals factions belligerents chiefs boss bosses source sources office enemy enemies adversary
  adversaries aggressor aggressors occupation occupiers
`);

/**
 * What a state fights with, and the blows it strikes: a demonym before them names the state that
 * acts ("two Russian missiles struck the port", "Israeli tanks shelled the town", "a Thai air
 * strike"). Ships are left out, since a state's flag on a merchant ship does not make it act.
 */
export const ARMS_NOUNS = set(`
  tank tanks missile missiles drone drones jet jets warplane warplanes aircraft helicopter helicopters
  gunship gunships bomber bombers artillery rocket rockets warship warships submarine submarines
  strike strikes airstrike airstrikes air-strike air-strikes shelling bombardment bombardments
  attack attacks raid raids offensive offensives fire gunfire sniper snipers marines paratroopers
  battalion battalions brigade brigades unit units
`);

/** Words that say what kind a weapon or blow is, between a demonym and the noun ("Russian cruise missiles"). */
export const ARMS_MODIFIERS = set(`
  cruise ballistic hypersonic attack combat kamikaze air artillery missile drone rocket naval
  tank armoured armored fighter long-range short-range
`);

/** Nouns of what a side puts forward, which make a demonym before them its author: "the Egyptian proposal" is Egypt's. */
export const PROPOSAL_NOUNS = set(
  `proposal proposals plan plans initiative initiatives offer offers blueprint roadmap`,
);

/** One word allowed between the demonym and the agent noun ("Russian armed forces"). */
export const AGENT_MODIFIERS = set(`
  armed military top senior government security defense defence foreign negotiating peace prime
  political intelligence technical diplomatic naval border presidential
`);

/**
 * Agent nouns that a word of any portfolio may stand before, after the demonym ("the Kenyan
 * health ministry", "the Thai tourism minister").
 */
export const PORTFOLIO_HEADS = set(`ministry ministries minister ministers`);

/**
 * Nouns of dealings between parties: two demonyms joined by a hyphen before one of them name
 * both parties ("direct Russian-Ukrainian negotiations", "the Israeli-Palestinian conflict").
 */
export const INTERACTION_NOUNS = set(`
  talks negotiations negotiation dialogue meeting meetings summit agreement agreements deal deals
  accord accords treaty ceasefire truce relations contacts consultations war conflict exchange
  exchanges memorandum mediation fighting clashes hostilities ties tensions
`);

/**
 * Words of meeting: a name right after one and "with" is the other party ("a phone call with
 * Jane Doe", "met with Jane Doe").
 */
/** What a person says or does that news names by its owner ("Jane Doe's appeal", "Doe's visit"). */
export const PERSONAL_ACTS = set(`
  appeal call message letter proposal plan offer demand demands statement remarks speech decision
  visit request initiative invitation order words comments
`);

export const MEETING_WORDS = set(`
  call calls called phone telephone talks talk talked meeting meetings met meet meets spoke speak
  speaks conversation conversations negotiations negotiated consultations
`);

/**
 * Words of attack: a demonym right after one, or after its "on" or "against", names the state
 * attacked ("attacks on Israeli ships", "shelled Ukrainian cities"), which is a party to the act.
 */
export const ATTACK_WORDS = set(`
  attack attacks attacked attacking strike strikes struck striking shelling shelled shell shells
  bombing bombings bombed bombardment bombardments raid raids raided targeting targeted target
  targets assault assaults offensive offensives
`);

/** "Qatari-led negotiations", "a Saudi-brokered truce": the state named by the demonym acts. */
export const HYPHEN_PARTICIPLES = set(`led brokered mediated backed sponsored hosted drafted proposed funded`);

/**
 * "the US-backed Syrian Democratic Forces", "Iranian-funded militias": a backer hyphenated to one of
 * these describes the party it supports and does not act itself ("a US-backed truce" it does).
 */
export const SUPPORT_PARTICIPLES = set(`backed funded armed supported allied aligned trained sponsored`);

/** Nouns for the armed or political parties a backer supports, besides AGENT_NOUNS. */
export const PARTY_NOUNS = set(`
  rebels rebel militia militias fighters group groups separatists proxies proxy insurgents
  coalition faction factions movement paramilitaries
`);

/** A capital (or seat of government) after these is where something happens, not who acts. */
export const CAPITAL_LOCATIVES = set(`
  in to from at near outside inside into toward towards via across around visit visits visited
  visiting reached leave left leaving
`);

/** A country after these is a place ("the war in Ukraine", "talks in Turkey"). */
export const COUNTRY_LOCATIVES = set(`in at inside across throughout within`);

/** "authorities in Kyiv", "officials in Moscow": the place names the people who act there. */
export const LOCATIVE_HOSTS = set(`
  officials authorities leadership government regime leaders politicians negotiators diplomats
  elites hawks
`);

/**
 * "a delegation from Kyiv", "envoys from Washington": the place names those sent from there
 * ("the delegations in Geneva" are only there).
 */
export const SENT_FROM_HOSTS = set(`delegation delegations envoy envoys emissary emissaries representatives`);

/** "rebel leaders in Havana": a party's people in a capital are not its government's. */
export const PARTY_MODIFIERS = set(`rebel rebels opposition separatist militant guerrilla insurgent`);

/**
 * "the warring parties in Sudan": a country names the sides of its own war; sides "in Doha" are
 * only there.
 */
export const COUNTRY_HOSTS = set(`parties sides factions`);

/** A capital used as a modifier of these names a venue or a document ("the Minsk agreements"). */
export const PLACE_NOUNS = set(`
  agreement agreements accord accords protocol protocols format process talks summit meeting
  conference round memorandum declaration communique time region oblast mayor residents suburbs
  airport metro city streets court
`);

/** Before a title these mean someone other than the holder at the article's date. */
export const NOT_CURRENT_HOLDER = set(`former ex then late previous erstwhile next future incoming would`);

/** Words of direction that, capitalised before a word, make a place's name ("Western Sahara", "North Kivu"). */
export const DIRECTIONS = set(`western eastern northern southern central north south east west`);

export const PRONOUN_GENDER: ReadonlyMap<string, "male" | "female"> = new Map([
  ["he", "male"],
  ["him", "male"],
  ["his", "male"],
  ["himself", "male"],
  ["she", "female"],
  ["her", "female"],
  ["hers", "female"],
  ["herself", "female"],
]);

/** "But he said …" still opens with the pronoun as subject. */
export const LEADING_CONJUNCTIONS = set(`but and yet`);

/** Words that open a relative clause ("Varnak, which the rebels took"). */
export const RELATIVE_WORDS = set(`which who whom whose that where when`);

/**
 * Singular people the gazetteer cannot name ("a senior official", "one source"). A pronoun
 * after one of them may point to it, so it makes the reference ambiguous.
 */
export const UNNAMED_PERSON_NOUNS = set(`
  official source analyst expert diplomat spokesman spokeswoman spokesperson person interlocutor
  man woman commander journalist author observer commentator lawmaker politician negotiator
  adviser advisor aide envoy insider general minister president leader ambassador senator
  colleague associate reporter correspondent
`);

/**
 * Verbs that report speech. A pronoun subject of one ("he insisted") most likely continues the
 * speaker of the sentence before ("…, Zelensky assessed."); a lone surname subject of one
 * ("Dagalo said") is a person or a body speaking.
 */
export const REPORTING_VERBS = set(`
  say says said tell tells told add adds added state states stated insist insists insisted
  assess assesses assessed note notes noted stress stresses stressed argue argues argued warn
  warns warned claim claims claimed explain explains explained emphasise emphasises emphasised
  emphasize emphasizes emphasized acknowledge acknowledges acknowledged remark remarks remarked
  write writes wrote assert asserts asserted declare declares declared reply replies replied
  continue continues continued conclude concludes concluded recall recalls recalled announce
  announces announced reiterate reiterates reiterated confirm confirms confirmed reveal reveals
  revealed disclose discloses disclosed respond responds responded comment comments commented
  underline underlines underlined underscore underscores underscored tweet tweets tweeted contend
  contends contended clarify clarifies clarified
`);

/** Forms of the verbs that tell a listener what follows ("told the envoy he …"). */
export const TELLING_FORMS = set(`
  tell tells told assure assures assured warn warns warned remind reminds reminded inform informs informed
`);

/** Adverbs between a subject and its verb ("he also said", "Dagalo later added"). */
export const VERB_ADVERBS = set(`also later then further again still already reportedly had has`);

/** Rank words that may open a capitalised run before an organisation's name ("Senior Hamas official"). */
export const RANK_WORDS = set(`senior top deputy acting interim former vice`);

/** "the two leaders", "both leaders": plural people nouns that refer back to a pair. */
export const PAIR_NOUNS = set(`leaders men women presidents ministers diplomats envoys negotiators statesmen heads`);

/** "the two sides", "both countries": plural nouns of states or armed groups that refer to a pair of parties. */
export const PARTY_PAIR_NOUNS = set(`sides countries parties nations governments neighbours neighbors states`);

/** Words that may precede a sentence's subject without making it the object of something. */
export const SUBJECT_PREFIX = set(`the former top senior`);

/** Words that introduce a name ("General Mykola Malomuzh", "envoy Witkoff"); not part of it. */
export const NAME_TITLES = set(`
  general gen colonel col lieutenant lt major maj admiral adm captain capt sergeant marshal
  minister president prime premier chancellor secretary ambassador senator sen representative rep
  congressman congresswoman governor gov mayor speaker envoy spokesman spokeswoman spokesperson
  director chief commander pope cardinal patriarch metropolitan king queen prince princess emir
  sheikh mr mrs ms dr prof professor aide adviser advisor deputy economist analyst expert
  journalist correspondent negotiator ombudsman judge prosecutor lawmaker politician businessman
  oligarch blogger
`);

/**
 * Generational suffixes, which close a name and are no one's surname: "Carlito Galvez Jr." goes
 * by "Galvez", "Martin Luther King III" by "King".
 */
export const GENERATIONS = set(`jr sr ii iii iv`);

/**
 * Name particles that sit between capitalised parts ("Mohammed bin Salman", "von der Leyen"), and
 * a title that Somali and Arab names carry inside them ("Hassan Sheikh Mohamud").
 */
export const NAME_PARTICLES = set(`bin ibn al el von van der de da das dos du del della di la le sheikh`);

/** Past the name particles from token `i` on ("de la", "van der", "bin"), at most three. */
export function pastParticles(tokens: readonly { fold: string }[], i: number): number {
  let k = i;
  while (k < i + 3 && NAME_PARTICLES.has(tokens[k]?.fold ?? "")) k++;
  return k;
}

/** Particles that may open a name when hyphenated to it ("al-Burhan", "el-Sisi"). */
export const ARTICLE_PARTICLES = set(`al el`);

/**
 * A capitalised run holding one of these is an organisation, outlet, place or event ("The New
 * York Times", "Rador Radio Romania", "Zaporozhye Region"), never a person.
 */
export const NON_PERSON_WORDS = set(`
  times news post reuters ministry ministries council committee agency service office union
  nations organization organisation fund bank group institute university party parliament
  assembly court army forces command department radio tv television press journal gazette media
  channel review daily herald tribune telegraph guardian economist federation republic region
  oblast province district constitution corridor street square palace house center centre
  airport summit conference forum talks treaty agreement accords plan formula operation operations affairs company
  corporation inc ltd foundation network bureau initiative coalition alliance movement front
  brigade battalion division fleet guard kingdom states sea ocean river island peninsula day
  prize award cup bloomberg interfax tass ria novosti ukrinform kommersant izvestia vedomosti
  meduza pravda politico axios cnn bbc jazeera spiegel bild kremlin duma rada verkhovna pentagon
  capitol congress senate cabinet church cathedral stadium station staff authority authorities
  commission relations development year eve base airbase port harbour harbor hotel hospital prison crossing bridge dam plant
  war accord declaration communique memorandum charter convention protocol pact mission secretariat directorate
`);

/**
 * Capitalised words that are not names: sentence openers, calendar words, honorifics ("His
 * Highness" is a pronoun's phrase), regional adjectives and the places news about this war keeps naming. They split a run of capitalised words.
 */
export const NOT_NAME_WORDS = set(`
  the a an and but or so yet as at by for from in into of on to with without after before during
  since until while when whenever where if although though because despite according however
  meanwhile moreover furthermore nevertheless nonetheless still also even only just then now
  thus therefore yesterday today tomorrow earlier later last next this that these those there
  here it its he she they we i you his her their our my your who what which why how some many
  several most all both each every any no not one two three four five six seven eight nine ten
  former other another such neither nor unlike like under over amid among against between within
  via per upon following instead whether background source read photo watch see update updated
  breaking exclusive opinion analysis live video
  highness majesty excellency holiness eminence
  january february march april may june july august september october november december feb
  mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
  sunday
  western eastern northern southern central european asian african arab soviet republican
  republicans democratic democrat democrats orthodox christian muslim catholic jewish baltic
  nordic atlantic pacific middle east mideast caucasus balkan balkans gulf sahel west north south
  global international national federal
  defense defence foreign intelligence security affairs interior economy finance justice
  crimea crimean donbas donbass donetsk luhansk lugansk zaporizhzhia zaporozhye kherson kharkiv
  kharkov kursk belgorod bakhmut avdiivka pokrovsk mariupol odesa odessa mykolaiv dnipro dnieper
  dniepr sumy chernihiv lviv bucha sevastopol kerch istanbul geneva alaska anchorage jeddah dubai
  bishkek astana almaty vienna munich davos sochi europe asia africa gaza israel syria georgia
  armenia azerbaijan kazakhstan kyrgyzstan uzbekistan tajikistan moldova transnistria romania
  bulgaria serbia austria netherlands belgium norway sweden canada japan korea australia egypt
  vostok
`);

/**
 * Verbs whose subject acts or speaks: "Hamas said", "the RSF had assured". A capitalised name
 * before one of them (after any AUXILIARIES) is an agent, which a place never is.
 */
export const AGENT_VERBS = set(`
  say says said tell tells told announce announces announced agree agrees agreed accept accepts
  accepted reject rejects rejected refuse refuses refused deny denies denied confirm confirms
  confirmed warn warns warned urge urges urged call calls called demand demands demanded insist
  insists insisted claim claims claimed add adds added sign signs signed propose proposes proposed
  offer offers offered welcome welcomes welcomed vow vows vowed pledge pledges pledged threaten
  threatens threatened accuse accuses accused launch launches launched release releases released
  free frees freed respond responds responded assure assures assured declare declares declared
  condemn condemns condemned want wants wanted seek seeks sought meet meets met hail hails hailed
  praise praises praised blame blames blamed negotiate negotiates negotiated dismiss dismisses
  dismissed criticise criticises criticised criticize criticizes criticized ask asks asked
  reiterate reiterates reiterated suggest suggests suggested argue argues argued acknowledge
  acknowledges acknowledged admit admits admitted allege alleges alleged issue issues issued
  approve approves approved decide decides decided attack attacks attacked seize seizes seized
  capture captures captured kill kills killed hold holds held control controls controlled
  withdraw withdraws withdrew pull pulls pulled recognise recognises recognised recognize
  recognizes recognized commit commits committed fire fires fired invite invites invited
  participate participates participated join joins joined vote votes voted reach reaches reached
  suspend suspends suspended resume resumes resumed host hosts hosted adopt adopts adopted endorse
  endorses endorsed postpone postpones postponed
`);

/** Words that may stand between an agent and its verb ("the RSF had assured", "Hamas is to free"). */
export const AUXILIARIES = set(`
  has have had will would is was are were also still then later already did does do could can
  may might must should not never to reportedly now again formally officially
`);

/** A news outlet's verbs: "Reuters reported" names a source, not an actor. */
export const OUTLET_VERBS = set(`reported reports report quoted quotes cited cites wrote writes published`);

/** Before a name these make it a place ("in Gaza", "near Doha"), never an organisation. */
export const PLACE_PREPOSITIONS = set(`in at near inside across throughout within outside`);

/** Nouns after a name that make it an organisation acting ("Mossad officials", "Hamas fighters"). */
export const MEMBER_NOUNS = set(`
  fighters militants members leaders leader leadership delegation negotiators negotiator official
  officials spokesman spokeswoman spokesperson chief head commander commanders representatives
  representative envoy envoys team rebels insurgents forces troops
`);

/** Words that make a capitalised name a news outlet's ("Rador Radio", "Press TV", "Sudan Tribune"). */
export const MEDIA_WORDS = set(`
  radio tv television news press presse times daily herald tribune gazette telegraph broadcasting newspaper magazine
`);

/**
 * Words of a news outlet's masthead beside a place's name ("the Times of Israel", "China Daily",
 * "Agence France-Presse", "the Kyiv Independent"): the media words and those that name a body
 * too only beside a place ("the Independent Electoral Commission" is no outlet).
 */
export const MASTHEAD_WORDS = new Set([
  ...MEDIA_WORDS,
  ...set(
    `post today independent journal observer monitor express chronicle guardian standard insider review weekly agence voice`,
  ),
]);
