import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findArticleActors } from "./findArticleActors";
import { committedGazetteer } from "./testGazetteer";

const g = committedGazetteer();

/** Each string is a paragraph of one sentence. */
const article = (...paragraphs: string[]) => paragraphs.map((text, paragraph) => ({ text, paragraph }));
const ids = (sentences: ReturnType<typeof article>, date: string | null = "2025-06-27") =>
  findArticleActors(sentences, g, date).mentions.map((ms) => ms.map((m) => m.actorId));

describe("findArticleActors", () => {
  it("reads a pair phrase no nearby sentence resolves as the pair the article names together ('Warring sides …')", () => {
    const found = ids(
      article(
        "Warring sides in the border dispute signed a truce on Saturday.",
        "The deal was signed in Nairobi after a week of talks.",
        "Peru and Chile had fought over the valley for a decade.",
        "Later, both sides agreed to free detainees.",
      ),
    );
    expect(found[0]).toEqual(["peru", "chile"]);
    expect(found[3]).toEqual(["peru", "chile"]);
    // With no pair named anywhere, the phrase stays no one.
    expect(ids(article("Both sides agreed on a roadmap.", "Kenya hosted the talks."))[0]).toEqual([]);
  });

  it("reads a pair phrase as the story's sides, not a side and a go-between the sentence before names", () => {
    const found = ids(
      article(
        "Peru and Chile ended their border war with a truce on Friday.",
        "Peru later accused Chile of moving troops, and Chile denied it.",
        "The leader of Chile's delegation had signed on Thursday, handing the text to Kenya's envoy.",
        "From Saturday, both sides are to stop firing.",
      ),
    );
    expect(found[3]).toEqual(["peru", "chile"]);
  });

  it("reads 'the two leaders' opening a paragraph as the pair named before a paragraph on one other person", () => {
    const found = ids(
      article(
        "Donald Trump and Vladimir Putin spoke for two hours on Tuesday.",
        "Sergei Lavrov, the foreign minister, was in Ankara.",
        "The two leaders agreed to meet again.",
      ),
      "2025-03-19",
    );
    expect(found[2]).toEqual(expect.arrayContaining(["trump", "putin"]));
    // "the two presidents" are no pair of ministers named before.
    const ministers = ids(
      article(
        "Foreign Minister Sergei Lavrov and Defence Minister Andrei Belousov met in Minsk.",
        "Donald Trump said on Tuesday he was pleased.",
        "The two presidents will decide.",
      ),
      "2025-03-19",
    );
    expect(ministers[2]).toEqual([]);
  });

  it("finds the story's two sides: the pair named together whose members the article names most, never its go-betweens", () => {
    const sides = (...paragraphs: string[]) => findArticleActors(article(...paragraphs), g, "2025-06-27").sides();
    const story = [
      "The talks, co-hosted by Kenya and Egypt, opened in Nairobi on Monday.",
      "Kenya said the first day went well, and Egypt agreed.",
      "Peru rejected the draft, while Chile asked for more time.",
      "The truce between Peru and Chile has held since March.",
      "Peru later accused Chile of moving troops.",
    ];
    expect(sides(...story)).toEqual(["peru", "chile"]);
    // A pair beside a word of brokering is no pair of sides, though it is the only one named.
    expect(sides(story[0]!, story[1]!, story[2]!)).toBeNull();
    // Nor is a pair the article names less than its three most-named parties.
    expect(
      sides(
        "Peru and Chile signed the accord.",
        "Kenya, Egypt and Angola will monitor it.",
        "Monitors from Kenya, Egypt and Angola arrived on Friday.",
      ),
    ).toBeNull();
    // A headline joins its pair by a comma, where a verb follows; a list of three is no pair.
    expect(sides("Peru, Chile sign border accord", "The truce took hold.", "Both sides freed detainees.")).toEqual([
      "peru",
      "chile",
    ]);
    expect(sides("Peru, Chile, Bolivia sign border accord", "The truce took hold.")).toBeNull();
    // Two leaders joined by "and" that open a sentence stand for their sides: the armed group a
    // title names, else the leader's state.
    expect(
      sides(
        "Chile's interim president Ana Sorel and the commander of the ELN, Ivo Maren, signed the accord on Friday.",
        "Both sides then agreed on a truce.",
      ),
    ).toEqual(["chile", "eln"]);
    // Two of one side are no pair.
    expect(sides("Chile's president Ana Sorel and Chile's envoy Ivo Maren signed the accord.")).toBeNull();
    // A photo caption pictures hosts and mediators too: no side is read from it.
    const captioned = [
      {
        text: "The presidents of Kenya and Egypt with the delegations in Nairobi. Photo: Wire",
        paragraph: 0,
        caption: true,
      },
      { text: "The truce was signed on Monday.", paragraph: 1 },
      { text: "Both sides welcomed it.", paragraph: 2 },
    ];
    expect(findArticleActors(captioned, g, "2025-06-27").sides()).toBeNull();
  });

  it("reads a body's description no paragraph near it fits as the one such body the article named before ('the group')", () => {
    const found = ids(
      article(
        "Envoys of the ELN met government negotiators in Caracas on Monday.",
        "Colombia said it was studying the proposal.",
        "The group rejected the plan on Tuesday, a spokesman said.",
      ),
    );
    expect(found[2]).toEqual(["eln"]);
    // Two such bodies named before: neither.
    expect(
      ids(
        article(
          "The ELN and the FARC met government negotiators in Caracas.",
          "Colombia said it was studying the proposal.",
          "The group rejected the plan on Tuesday.",
        ),
      )[2],
    ).toEqual([]);
  });

  it("reads 'the two leaders' as the pair named paragraphs before, past sentences that name only states", () => {
    const found = ids(
      article(
        "President Ilham Aliyev on Monday met his Armenian counterpart, Nikol Pashinyan, at talks hosted by Emmanuel Macron.",
        "Mines along the border remain a threat to Armenia.",
        "Later, the two leaders also discussed a peace treaty.",
      ),
    );
    expect(found[2]).toEqual(["ilham-aliyev", "nikol-pashinyan"]);
  });

  it("reads context that starts inside a quotation as quoted, and opens each paragraph outside quotation", () => {
    const found = ids([
      { text: '"The offer is in line with our stand.', paragraph: 0 },
      { text: 'Talks should be held without preconditions," Kenya said.', paragraph: 0 },
      { text: "Ethiopia had earlier offered talks.", paragraph: 1 },
      { text: "Somalia agreed.", paragraph: 2 },
      { text: "On Friday Egypt said it welcomed the offer.", paragraph: 3 },
      { text: "It added that a venue was ready.", paragraph: 3 },
    ]);
    expect(found[5]).toEqual(["egypt"]);
  });

  it("makes states of the world-countries dataset actors, with slug ids", () => {
    expect(ids(article("Israel and Pakistan said on Friday they would talk."))).toEqual([["israel", "pakistan"]]);
    expect(ids(article("Armenia accused Azerbaijan of shelling border villages."))).toEqual([
      ["armenia", "azerbaijan"],
    ]);
  });

  it("reads a state's opposition as a group of its own, not as the state", () => {
    expect(ids(article("The Bolivian opposition said on Friday it would return to the talks."))).toEqual([
      ["bolivia-opposition"],
    ]);
    expect(ids(article("Peruvian opposition groups walked out of the talks."))).toEqual([["peru-opposition"]]);
    expect(g.byId.get("peru-opposition")).toMatchObject({ name: "Peruvian opposition", kind: "group", country: "PER" });
    // "The opposition" after it is that opposition.
    const later = ids(
      article(
        "The Bolivian opposition said on Friday it would return to the talks.",
        "The opposition delegation arrived on Monday.",
      ),
    );
    expect(later[1]).toEqual(["bolivia-opposition"]);
    expect(
      ids(article("Bolivia said on Friday it would return.", "The opposition delegation arrived on Monday."))[1],
    ).toEqual([]);
    // Its officials are still the state's.
    expect(ids(article("Bolivian officials said on Friday they would return to the talks."))).toEqual([["bolivia"]]);
  });

  it("reads 'His Highness' as the person named before, not as a name of its own", () => {
    const found = ids(
      article(
        "His Highness Sheikh Omar bin Rashid, the Foreign Minister, welcomed the talks.",
        "His Highness also praised the mediators.",
      ),
    );
    expect(found).toEqual([["omar-bin-rashid"], ["omar-bin-rashid"]]);
  });

  it("reads a demonym before what a side puts forward as its author ('the Egyptian proposal')", () => {
    expect(ids(article("Chile accepted the Peruvian proposal on Monday."))).toEqual([["chile", "peru"]]);
    expect(ids(article("Kenya rejected a Rwandan plan for the border."))).toEqual([["kenya", "rwanda"]]);
    // A proposal a state backs is no party it backs: the backer is named as ever.
    expect(ids(article("Chile joined a U.S.-backed initiative."))[0]).toContain("united-states");
  });

  it("keeps the gazetteer's rules for dataset states: places and agent demonyms", () => {
    expect(ids(article("The summit in Rwanda ended without a deal."))).toEqual([[]]);
    expect(ids(article("Rwandan officials rejected the report."))).toEqual([["rwanda"]]);
  });

  it("reads an ambiguous bare name only when the article names the state another way", () => {
    expect(ids(article("Georgia said it would not join the sanctions."))).toEqual([[]]);
    expect(
      ids(article("Georgian officials met in Tbilisi.", "Georgia said it would not join the sanctions."))[1],
    ).toEqual(["georgia"]);
  });

  it("reads an ambiguous name or demonym joined to a state by 'and' or 'or' as that state", () => {
    expect(ids(article("Talks between Russia and Georgia resumed."))).toEqual([["russia", "georgia"]]);
    expect(ids(article("Russian and Georgian officials met again."))).toEqual([["russia", "georgia"]]);
    // (joined to what is no state, it stays unread)
    expect(ids(article("Peaches and Georgia were on the menu."))).toEqual([[]]);
  });

  it("reads an ambiguous name and its own ambiguous demonym as the state when the demonym heads an agent", () => {
    const story = (later: string) => ids(article("Envoys of Georgia and the rebels met on Friday.", later))[0];
    expect(story("Georgian troops will pull back from the valley.")).toEqual(["georgia"]);
    expect(story("The Georgian side asked for more time.")).toEqual(["georgia"]);
    // (a demonym that heads no agent, or none at all, settles nothing)
    expect(story("Georgian architecture drew the visitors.")).toEqual([]);
    expect(story("The valley was quiet.")).toEqual([]);
  });

  it("knows breakaway authorities that sit across the table from a state, as data ('the Abkhaz leadership')", () => {
    expect(ids(article("The Abkhaz leadership called on the CIS for monitors."))).toEqual([["abkhazia", "cis"]]);
    expect(ids(article("The Turkish Cypriot side walked out."))).toEqual([["northern-cyprus"]]);
  });

  it("reads an ambiguous bare name once the article names a party or person of one of its states", () => {
    expect(ids(article("The M23 rebels took the town.", "Congo asked for a truce."))[1]).toEqual(["dr-congo"]);
    expect(ids(article("The rebels took the town.", "Congo asked for a truce."))[1]).toEqual([]);
  });

  it("introduces a person from a title before the name, with role and country, a title the gazetteer knows too", () => {
    const found = findArticleActors(
      article("And soon, there he was, the Indian Foreign Secretary Anil Varma before the press."),
      g,
      "2025-05-10",
    );
    expect(found.discovered).toContainEqual(
      expect.objectContaining({
        id: "anil-varma",
        name: "Anil Varma",
        kind: "person",
        country: "IND",
        role: "Foreign Secretary",
      }),
    );
  });

  it("introduces a person given an office 'as' its title ('elected Jan Kowal as interim president')", () => {
    for (const text of [
      "The assembly elected Lena Varga as interim president on Friday.",
      "The forum voted on a council, choosing Piet Kaas as its chair and Lena Varga as interim president.",
    ]) {
      const found = findArticleActors(article(text), g, "2021-02-05");
      expect(found.discovered).toContainEqual(
        expect.objectContaining({ id: "lena-varga", kind: "person", role: "interim president" }),
      );
    }
    // (not after a verb that gives no office: "described Lena Varga as a president in waiting")
    const described = findArticleActors(article("Critics described Lena Varga as interim president."), g, "2021-02-05");
    expect(described.discovered.map((a) => a.id)).not.toContain("lena-varga");
  });

  it("introduces a person after the press's title for a movement's leader ('rebel supremo Anil Varadan')", () => {
    const found = findArticleActors(article("The envoy met rebel supremo Anil Varadan on Wednesday."), g, "2006-01-26");
    expect(found.discovered.map((a) => [a.id, a.kind])).toContainEqual(["anil-varadan", "person"]);
  });

  it("introduces a person after a company's title ('Gazoil CEO Pavel Sorin')", () => {
    const found = findArticleActors(article("The envoy met Gazoil CEO Pavel Sorin on Wednesday."), g, "2022-09-27");
    expect(found.discovered.map((a) => [a.id, a.kind])).toContainEqual(["pavel-sorin", "person"]);
  });

  it("introduces a name with particles in a row ('Ramón de la Fuente'), and reads its surname with them later", () => {
    const found = findArticleActors(
      article(
        "Former Chilean Foreign Minister Ramón de la Fuente met the rebels.",
        '"We are close," de la Fuente said.',
      ),
      g,
      "2012-11-29",
    );
    expect(found.discovered.map((a) => [a.id, a.name])).toEqual([["ramon-de-la-fuente", "Ramón de la Fuente"]]);
    expect(found.mentions.map((ms) => ms.map((m) => m.actorId))).toEqual([
      ["chile", "ramon-de-la-fuente"],
      ["ramon-de-la-fuente"],
    ]);
  });

  it("keeps Portuguese and Italian particles inside a name ('Mário dos Santos', 'Luca della Torre')", () => {
    const found = findArticleActors(
      article("Mozambican Prime Minister Mário dos Santos met Foreign Minister Luca della Torre in Rome."),
      g,
      "2012-11-29",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["mario-dos-santos", "luca-della-torre"]);
  });

  it("gives a person the state of a gazetteer title none of its known holders held then ('Angola's President' in 1991)", () => {
    const found = findArticleActors(
      article("Angola's President Mário Tavares signed the accord in Lisbon."),
      g,
      "1991-06-01",
    );
    expect(found.discovered.map((a) => [a.id, a.country])).toEqual([["mario-tavares", "AGO"]]);
  });

  it("introduces a name that opens on a hyphenated article after a title ('General al-Hakim')", () => {
    const found = findArticleActors(article("General al-Hakim rejected the truce proposal."), g, "2025-11-06");
    expect(found.discovered.map((a) => [a.id, a.name, a.role])).toEqual([["al-hakim", "al-Hakim", "General"]]);
  });

  it("introduces a person whose party follows in brackets ('Prime Minister Kristen Michal (Reform)'), not a body before its acronym", () => {
    const found = findArticleActors(
      article("Prime Minister Anna Lind (Centre) said the talks had failed."),
      g,
      "2025-11-06",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([["anna-lind", "Prime Minister"]]);
    const body = findArticleActors(
      article("Director General of Military Operations (DGMO) Rajiv Ghai said the guns fell silent."),
      g,
      "2025-05-11",
    );
    expect(body.discovered.map((a) => a.id)).not.toContain("military-operations");
  });

  it("introduces a surname alone after a title of address ('President Obama'), not after any title word", () => {
    const found = findArticleActors(
      article(
        "President Halvorsen and Chancellor Brandtner spoke by phone on Sunday.",
        "General Motors said it would keep its plant open.",
        "President Volodymir Zelensky thanked them.",
      ),
      g,
      "2014-07-27",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([
      ["halvorsen", "President"],
      ["brandtner", "Chancellor"],
    ]);
    expect(found.mentions[2]!.map((m) => m.actorId)).toEqual(["zelensky"]);
  });

  it("reads a family name alone as the person named in full, for states that put it first ('Chairman Kim')", () => {
    const found = findArticleActors(
      article(
        "North Korean leader Kim Jong Un crossed the border on Sunday.",
        "Trump said he had a good meeting with Chairman Kim, and later met Kim again.",
        "Chinese envoy Zhao Mingde arrived in Kyiv.",
        "Zhao said the talks were useful, and Mr Mingde agreed.",
      ),
      g,
      "2019-06-30",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["zhao-mingde"]);
    expect(found.mentions[1]!.map((m) => m.actorId)).toEqual(["trump", "trump", "kim-jong-un", "kim-jong-un"]);
    expect(found.mentions[3]!.map((m) => m.actorId)).toEqual(["zhao-mingde", "zhao-mingde"]);
    // A Western name's first word names no one: "Mr Donald" is not Donald Tusk.
    const western = findArticleActors(
      article("Polish Prime Minister Jan Kowalczyk spoke.", "Jan said it was over."),
      g,
      "2019-06-30",
    );
    expect(western.mentions[1]!.map((m) => m.actorId)).toEqual([]);
  });

  it("reads a family name alone as a person whose hyphenated given name puts it first ('Mr. Ban' of 'Ban Ki-moon')", () => {
    const found = findArticleActors(
      article("Special Envoy Park Min-jun arrived in Geneva on Monday.", "Mr. Park then met the two delegations."),
      g,
      "2019-06-30",
    );
    expect(found.mentions[1]!.map((m) => m.actorId)).toEqual(["park-min-jun"]);
  });

  it("introduces people after abbreviated ranks and titles ('Lt. Gen.', 'Col.', 'Sen.')", () => {
    const found = findArticleActors(
      article(
        "Forces loyal to Gen. Tomas Reyes Alvar went door to door.",
        "Lt. Gen. Omar Haddad said the army would attend, and Col. Ana Petrova agreed.",
        "Sen. Halvorsen urged talks.",
      ),
      g,
      "2018-05-22",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([
      ["tomas-reyes-alvar", "Gen."],
      ["omar-haddad", "Lt. Gen."],
      ["ana-petrova", "Col."],
      ["halvorsen", "Sen."],
    ]);
  });

  it("introduces a person after the rank of brigadier alone, as after brigadier general", () => {
    const found = findArticleActors(
      article("Brigadier Tomas Okello said the army would attend.", "Brigadier General Ana Reyes agreed."),
      g,
      "2018-05-22",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([
      ["tomas-okello", "Brigadier"],
      ["ana-reyes", "Brigadier General"],
    ]);
  });

  it("keeps a lower-case syllable hyphened to a name ('Lee Dong-hwan'), not an English compound", () => {
    const found = findArticleActors(
      article(
        "South Korean President Park Jae-in welcomed the talks.",
        "They are held under the auspices of Peter Van Aalst, personal envoy for Lee Dong-hwan, the UN special adviser.",
        "Prime Minister Kim Min-seok said the Halvorsen-led group would attend.",
      ),
      g,
      "2018-06-01",
    );
    expect(found.discovered.map((a) => [a.id, a.name])).toEqual([
      ["park-jae-in", "Park Jae-in"],
      ["peter-van-aalst", "Peter Van Aalst"],
      ["lee-dong-hwan", "Lee Dong-hwan"],
      ["kim-min-seok", "Kim Min-seok"],
    ]);
  });

  it("introduces no body as a person after a title ('Deputy Chief of Defence Forces'), and keeps 'Sheikh' inside a name", () => {
    const found = findArticleActors(
      article(
        "The team included General Anan Rattana, Deputy Chief of Defence Forces; Admiral Pairat Somsak.",
        "Djibouti's President Ismail Sheikh Abdi has asked the regional leaders to mediate.",
      ),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["anan-rattana", "pairat-somsak", "ismail-sheikh-abdi"]);
  });

  it("introduces one name inside a sentence with 'the' and a title in apposition, but not a sentence's opening word or the last word of an institution's name", () => {
    const found = findArticleActors(
      article(
        "The army rejected a call by Teodor, the patriarch of the Romanian Church, for a truce.",
        "However, the president said he was ready.",
        "At the Ministry of Foreign Affairs and Cooperation, the envoy said talks would resume.",
      ),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["teodor"]);
  });

  it("introduces a person whose apposition opens on a possessive the gazetteer does not read ('America's envoy')", () => {
    const found = findArticleActors(
      article("Karl Moser, America's special envoy for reconciliation, signed the deal."),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["karl-moser"]);
  });

  it("introduces a person whose apposition opens on a state's demonym ('the Polish envoy')", () => {
    const found = findArticleActors(
      article("Karl Moser, the Austrian envoy, and Ivo Horvat, Croatian foreign minister, signed the deal."),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => [a.id, a.role, a.country])).toEqual([
      ["karl-moser", "envoy", "AUT"],
      ["ivo-horvat", "foreign minister", "HRV"],
    ]);
    expect(found.mentions[0]!.map((m) => m.actorId)).toEqual(expect.arrayContaining(["austria", "croatia"]));
    // A known holder's title stays the holder's: no one is named "Telegram".
    expect(
      findArticleActors(article("On Telegram, the US President posted a note."), g, "2025-09-10").discovered,
    ).toEqual([]);
  });

  it("introduces a person whose apposition is set off by dashes or told by 'who is'", () => {
    for (const text of [
      "Karl Moser - a member of the negotiating team - said the talks were delayed.",
      "Karl Moser, who is one of the negotiators, said the talks were delayed.",
      "Karl Moser - who was the chief negotiator - said the talks were delayed.",
    ])
      expect(
        findArticleActors(article(text), g, "2025-09-10").discovered.map((a) => a.id),
        text,
      ).toEqual(["karl-moser"]);
    // A dash joining words is no apposition's.
    expect(findArticleActors(article("Karl Moser-Grant, the team said, left."), g, "2025-09-10").discovered).toEqual(
      [],
    );
  });

  it("introduces a person whose apposition makes them a member of a body ('a member of its political bureau')", () => {
    const found = findArticleActors(
      article("Karim Zayed, a member of the group's political bureau, said talks would resume."),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => [a.id, a.kind])).toEqual([["karim-zayed", "person"]]);
  });

  it("reads given names before a known person's surname as that person ('Turkish President Recep Erdogan')", () => {
    const found = findArticleActors(
      article("Turkish President Recep Erdogan said talks would resume."),
      g,
      "2022-07-21",
    );
    expect(found.discovered).toEqual([]);
    // (the title not next to a name the gazetteer knows stands alone, and names its state)
    expect([...new Set(found.mentions[0]!.map((m) => m.actorId))]).toEqual(["erdogan", "turkey"]);
  });

  it("introduces a person after a title whose body, after 'for', is described in lower case", () => {
    const found = findArticleActors(
      article("Spokesman for the Hamas political office Karim Zayed said talks would resume."),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([
      ["karim-zayed", "Spokesman for the Hamas political office"],
    ]);
  });

  it("introduces a person whose apposition names a body in lower case before its possessive ('the interim government's foreign minister')", () => {
    const found = findArticleActors(
      article("Karim Zayed, the interim military government's foreign minister, said talks would resume."),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([["karim-zayed", "foreign minister"]]);
  });

  it("introduces no one from a place or a body before a title in apposition ('at the X Convention Centre, the envoy', 'in X, the envoy')", () => {
    const found = findArticleActors(
      article("On Friday, at the Lomé Convention Centre, the chief mediator opened the talks."),
      g,
      "2025-09-10",
    );
    expect(found.discovered).toEqual([]);
    const arriving = findArticleActors(
      article("Soon after arriving in Kisumu, the chief mediator met the delegations."),
      g,
      "2025-09-10",
    );
    expect(arriving.discovered).toEqual([]);
  });

  it("introduces a person who is one of several holders of a title ('X, one of the M23 leaders')", () => {
    const found = findArticleActors(
      article("Karim Zayed, one of the Hamas negotiators, said talks would resume."),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => [a.id, a.kind])).toEqual([["karim-zayed", "person"]]);
  });

  it("introduces a person after a title whose body is described in lower case ('the leader of the former rebel movement X, Name')", () => {
    const found = findArticleActors(
      article("Talks were led by the leader of the former rebel movement Renamo, Osko Mbela, in the capital."),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => a.id)).toContain("osko-mbela");
  });

  it("introduces a person whose apposition opens on a word of description or names a kin ('the powerful sister of …')", () => {
    const found = findArticleActors(
      article("Earlier, Pak Sol-mi, the powerful sister of the leader, said the offer was rejected."),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["pak-sol-mi"]);
    // A word of description, and a word more, before the title's head.
    const exiled = findArticleActors(
      article("The accord was signed by Tomas Varga, an exiled guerrilla leader who returned last year."),
      g,
      "2025-09-10",
    );
    expect(exiled.discovered.map((a) => [a.id, a.role])).toEqual([["tomas-varga", "leader"]]);
    // ... or after a place or body that opens the title.
    const place = findArticleActors(
      article("Tomas Varga, the Kivu militia commander, told reporters the truce would hold."),
      g,
      "2025-09-10",
    );
    expect(place.discovered.map((a) => a.id)).toContain("tomas-varga");
  });

  it("makes a full name said to go by another name a person, known by that name too ('…, better known as Tigre')", () => {
    const found = findArticleActors(
      article(
        "The army demanded the handover of two commanders, Abel Ruiz Muto, better known as Commander Tigre, and Ivo Sana.",
        "Fighters loyal to Tigre burned a village on Monday.",
      ),
      g,
      "2025-09-10",
    );
    expect(found.discovered.find((a) => a.id === "abel-ruiz-muto")?.aliases).toEqual(
      expect.arrayContaining(["Commander Tigre", "Tigre"]),
    );
    expect(found.mentions[1]!.map((m) => m.actorId)).toContain("abel-ruiz-muto");
    // A person named again by surname may be said there to go by a nom de guerre.
    const later = findArticleActors(
      article(
        "Rebel chairman Tomas Kamal Dahar signed the accord on Tuesday.",
        "In his speech, Dahar, who goes by the nom de guerre Volcano, declared the war over.",
        "Volcano said his fighters would disarm.",
      ),
      g,
      "2025-09-10",
    );
    expect(later.discovered.map((a) => a.id)).toEqual(["tomas-kamal-dahar"]);
    expect(later.mentions[2]!.map((m) => m.actorId)).toContain("tomas-kamal-dahar");
  });

  it("keeps a nickname quoted right after an introduced name as the person's ('General Abel Muto \"Tigre\"')", () => {
    const found = findArticleActors(
      article(
        'The rebel chief of staff, General Abel Muto "Tigre", signed on Friday.',
        "Later Tigre left for the north.",
      ),
      g,
      "2025-09-10",
    );
    expect(found.discovered.find((a) => a.id === "abel-muto")?.aliases).toContain("Tigre");
    expect(found.mentions[1]!.map((m) => m.actorId)).toEqual(["abel-muto"]);
    // A quotation that goes on past two words, or is no name, is none.
    const quoted = findArticleActors(
      article('The rebel chief of staff, General Abel Muto "will not sign this", he said.'),
      g,
      "2025-09-10",
    );
    expect(quoted.discovered.find((a) => a.id === "abel-muto")?.aliases).toEqual(["Muto"]);
  });

  it("introduces a full name a state's possessive gives, with that country, when it acts or is named again", () => {
    const found = findArticleActors(
      article(
        "Chile's Ana Sorel and Peru's Ivo Maren embraced after the signing.",
        "Sorel said the border was settled.",
        "Chile's Atacama Desert lies to the north.",
      ),
      g,
      "2025-09-10",
    );
    expect(found.discovered.find((a) => a.id === "ana-sorel")?.country).toBe("CHL");
    expect(found.discovered.find((a) => a.id === "ivo-maren")?.country).toBe("PER");
    expect(found.mentions[1]!.map((m) => m.actorId)).toEqual(["ana-sorel"]);
    expect(found.discovered.some((a) => a.name.includes("Atacama"))).toBe(false);
  });

  it("introduces a full name followed by 'of' and a state, with that country, when it is named again", () => {
    const found = findArticleActors(
      article(
        "The accord was signed by Ana Sorel of Chile, Tomas Varga of Peru and Ivo Maren of Bolivia.",
        "Sorel, whose government faces an election, said the border was settled.",
        "The Central Bank of Chile said nothing.",
      ),
      g,
      "2025-09-10",
    );
    expect(found.discovered.find((a) => a.id === "ana-sorel")?.country).toBe("CHL");
    expect(found.mentions[1]!.map((m) => m.actorId)).toContain("ana-sorel");
    // Named once and doing nothing, a name in such a list is left alone, as is a body's name.
    expect(found.discovered.some((a) => a.id === "tomas-varga" || a.name.includes("Bank"))).toBe(false);
  });

  it("introduces a person by the delegation or body a clause of 'who' says they lead", () => {
    const found = findArticleActors(
      article(
        "Tomas Varga, who led the rebel delegation, said the talks would go on.",
        "Ana Sorel, who led the march, was arrested.",
      ),
      g,
      "2025-09-10",
    );
    expect(found.discovered.find((a) => a.id === "tomas-varga")?.role).toBe("head of the rebel delegation");
    expect(found.mentions[0]!.map((m) => m.actorId)).toContain("tomas-varga");
    // Leading what is no delegation or body makes no title.
    expect(found.discovered.some((a) => a.id === "ana-sorel")).toBe(false);
  });

  it("reads a surname a title introduces, misspelt, as the person the article introduced", () => {
    const found = findArticleActors(
      article("The rebel leader, Dr Tomas Varganyi, signed the accord.", "Dr Varganiy told the ceremony it was over."),
      g,
      "2025-09-10",
    );
    expect(found.mentions[1]!.map((m) => m.actorId)).toEqual(["tomas-varganyi"]);
    // (the spelling joins the names the person goes by)
    expect(found.discovered.find((a) => a.id === "tomas-varganyi")?.aliases).toContain("Varganiy");
    expect(found.discovered.filter((a) => a.kind === "person")).toHaveLength(1);
  });

  it("introduces the person a faction goes by, or fighters are loyal to, as its leader", () => {
    const found = findArticleActors(
      article(
        "A rival faction of Tomas Varga Lind boycotted the signing.",
        "Fighters loyal to Ana Sorel Maren shelled the port.",
        "The square of Ivo Maren Costa was full.",
      ),
      g,
      "2025-09-10",
    );
    expect(found.discovered.find((a) => a.id === "tomas-varga-lind")?.role).toBe("leader of a faction");
    expect(found.mentions[0]!.map((m) => m.actorId)).toContain("tomas-varga-lind");
    expect(found.discovered.find((a) => a.id === "ana-sorel-maren")?.role).toBe("leader");
    // (a name after "of" a noun of no following is nobody's)
    expect(found.discovered.some((a) => a.id === "ivo-maren-costa")).toBe(false);
  });

  it("introduces a name that ends in 'Jr.' before its apposition, and never calls anyone 'Jr'", () => {
    const found = findArticleActors(
      article(
        "The accord was read out by Tomas Reyes Jr., the chief negotiator.",
        "Mayor Elena Cruz Jr. welcomed it.",
        "On Friday, Reyes said talks would resume.",
      ),
      g,
      "2025-09-10",
    );
    expect(found.discovered.find((a) => a.id === "tomas-reyes-jr")?.role).toBe("chief negotiator");
    expect(found.discovered.find((a) => a.id === "elena-cruz-jr")?.aliases).toEqual(["Cruz"]);
    expect(found.mentions[0]![0]!.text).toBe("Tomas Reyes Jr");
    expect(new Set(found.mentions[0]!.map((m) => m.actorId))).toEqual(new Set(["tomas-reyes-jr"]));
    expect(found.mentions[2]!.map((m) => m.actorId)).toEqual(["tomas-reyes-jr"]);
  });

  it("reads a place's fighters in lower case as an armed group ('Kachin rebels'), not the place", () => {
    const found = findArticleActors(
      article("On Monday, Kachin rebels agreed to talks.", "The army withdrew from Kachin state."),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => [a.id, a.kind])).toEqual([["kachin-rebels", "group"]]);
  });

  it("reads a place's fighters as the one armed group the article names whose name holds the place, wherever it is named", () => {
    const story = (...more: string[]) =>
      findArticleActors(article("On Monday, Kachin rebels agreed to talks.", ...more), g, "2025-09-10");
    const named = story("A spokesman for the Kachin Independence Army confirmed the meeting.");
    expect(named.mentions[0]!.map((m) => [m.actorId, m.text])).toEqual([["kia", "Kachin rebels"]]);
    expect(named.discovered.map((a) => a.id)).not.toContain("kachin-rebels");
    // A group whose name does not hold the place is someone else.
    const other = story("The Arakan Army said it would not attend.");
    expect(other.mentions[0]!.map((m) => m.actorId)).toEqual(["kachin-rebels"]);
  });

  it("reads Malaysian honorifics ('Datuk Seri') as no part of the name they precede", () => {
    const found = findArticleActors(
      article("The talks were chaired by Foreign Minister Datuk Seri Amran Hamid on Friday."),
      g,
      "2025-09-10",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["amran-hamid"]);
  });

  it("reads a state's name in a news outlet's masthead as no state ('the Times of Israel', 'China Daily')", () => {
    expect(
      ids(
        article(
          "The official told the Times of Israel that talks had stalled.",
          "According to China Daily, the talks will resume.",
          "The agreement was first reported by Agence France-Presse.",
          "Israel and Hamas agreed, Russia said today.",
        ),
      ),
    ).toEqual([[], [], [], ["israel", "hamas", "russia"]]);
  });

  it("reads a known body's name ending a longer name, or a state's opening a group's, as neither", () => {
    expect(
      ids(
        article(
          "The Tavoyan National Liberation Army attended.",
          "The Kosovo Liberation Army and Colombia's National Liberation Army attended.",
          "The Myanmar Armed Forces and Western Sahara's Polisario Front said.",
        ),
      ),
    ).toEqual([[], ["colombia", "eln"], ["myanmar", "polisario-front"]]);
  });

  it("reads a portfolio after 'on' ('Adviser on the Peace Process Ana Reyes') and clerical titles ('Papal Nuncio')", () => {
    const found = findArticleActors(
      article(
        "Presidential Adviser on the Peace Process Ana Reyes cancelled the meeting.",
        "The talks will include Papal Nuncio Tomas Novak.",
      ),
      g,
      "2017-11-22",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([
      ["ana-reyes", "Presidential Adviser on the Peace Process"],
      ["tomas-novak", "Papal Nuncio"],
    ]);
  });

  it("reads a short phrase of what a title is about before a full name ('envoy on the conflict Ana Reyes')", () => {
    const found = findArticleActors(
      article(
        "Washington's special envoy on the conflict Ana Reyes welcomed the deal.",
        "The adviser for African affairs, Tomas Novak, spoke.",
      ),
      g,
      "2020-12-02",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([
      ["ana-reyes", "special envoy on the conflict"],
      ["tomas-novak", "adviser for African affairs"],
    ]);
  });

  it("introduces no one from a compound title's end or a platform ('Chair-in-Office', 'its official Twitter account')", () => {
    const found = findArticleActors(
      article(
        "Anna Kovac, Foreign Minister and Chair-in-Office of the OSCE, welcomed the deal.",
        "The ministry said on its official Twitter account that talks would go on.",
      ),
      g,
      "2014-02-21",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["anna-kovac"]);
  });

  it("reads a bracketed acronym inside a title as part of it ('Chairperson of the African Union (AU) Commission, A B,')", () => {
    const found = findArticleActors(
      article("The Chairperson of the African Union (AU) Commission, Amara Diallo, welcomed the truce."),
      g,
      "2022-09-11",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([
      ["amara-diallo", "Chairperson of the African Union (AU) Commission"],
    ]);
  });

  it("reads a named body and the place it is in as part of a title ('Head of the UN Monitoring Mission in Chad A B')", () => {
    const found = findArticleActors(
      article("The talks will resume, Envoy and Head of the UN Monitoring Mission in Chad (UNMMC) Lena Vargo said."),
      g,
      "2022-09-11",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["lena-vargo"]);
    const plain = findArticleActors(
      article("The talks will resume, Head of the UN Mission Lena Vargo said."),
      g,
      "2022-09-11",
    );
    expect(plain.discovered.map((a) => a.id)).toEqual(["lena-vargo"]);
  });

  it("reads a portfolio after the title's 'of' as title, not name ('Minister of Culture and Information A B')", () => {
    const found = findArticleActors(
      article("Minister of Culture and Information Tomas Varga said the talks would go on."),
      g,
      "2024-07-11",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([
      ["tomas-varga", "Minister of Culture and Information"],
    ]);
  });

  it("reads a portfolio of two words after 'for' as title when a name of two follows ('Minister for Physical Planning A B')", () => {
    const found = findArticleActors(
      article("Minister for Physical Planning Ramesh Adhikari led the delegation."),
      g,
      "2001-11-14",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([
      ["ramesh-adhikari", "Minister for Physical Planning"],
    ]);
  });

  it("introduces each of the people a plural title names ('Foreign Ministers A and B')", () => {
    const found = findArticleActors(
      article("The envoy said he and Foreign Ministers Tarek Ameri and Selim Vardan will meet again in May."),
      g,
      "2024-07-11",
    );
    expect(found.discovered.map((a) => [a.id, a.role])).toEqual([
      ["tarek-ameri", "Foreign Minister"],
      ["selim-vardan", "Foreign Minister"],
    ]);
    expect(found.unresolved).toEqual([]);
  });

  it("introduces people from a possessive title with a comma and from an apposition", () => {
    const found = findArticleActors(
      article(
        "Thailand's acting deputy minister, Somchai Wongsawat, said the truce would hold.",
        "Pawan Kapur, head of the Indian delegation, emphasized that peace needs both sides.",
      ),
      g,
      "2025-07-28",
    );
    const byId = new Map(found.discovered.map((a) => [a.id, a]));
    expect(byId.get("somchai-wongsawat")).toMatchObject({ role: "acting deputy minister", country: "THA" });
    expect(byId.get("pawan-kapur")).toMatchObject({ role: "head of the Indian delegation", country: "IND" });
  });

  it("gives a person titled by a seat of government that seat's state ('Pentagon spokesman')", () => {
    const found = findArticleActors(
      article(
        "Pentagon spokesman Dale Orrin said the convoy would turn back.",
        "State Department spokeswoman Lena Marsh called the talks useful.",
        "A Downing Street adviser, Tom Pell, said the offer stood.",
      ),
      g,
      "2031-03-02",
    );
    const byId = new Map(found.discovered.map((a) => [a.id, a]));
    expect(byId.get("dale-orrin")).toMatchObject({ country: "USA" });
    expect(byId.get("lena-marsh")).toMatchObject({ country: "USA" });
    expect(byId.get("tom-pell")).toMatchObject({ country: "GBR" });
  });

  it("introduces a person after a title with a portfolio and its state, set off by commas", () => {
    const found = findArticleActors(
      article(
        "The Minister of Fisheries, Ana Ruiz Delgado, arrived on Monday.",
        "The Minister of Energy of Peru, Jorge Salas Vega, joined her.",
      ),
      g,
      "2025-06-27",
    );
    const ids = found.discovered.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(["ana-ruiz-delgado", "jorge-salas-vega"]));
    expect(found.discovered.find((a) => a.id === "jorge-salas-vega")).toMatchObject({ country: "PER" });
    // Without a comma closing it, the name opens the clause and is not the minister.
    const writer = findArticleActors(
      article("In a letter to the Minister of Health, Jorge Salas Vega urged talks."),
      g,
      "2025-06-27",
    );
    expect(writer.discovered.find((a) => a.id === "jorge-salas-vega")?.role ?? null).not.toBe("Minister of Health");
  });

  it("resolves a surname alone, a role noun and a near-miss spelling across the article", () => {
    const sentences = article(
      "The agreement was inked by Foreign Minister Jean-Claude Mbonyinshuti of Rwanda on Friday.",
      "Mbonyinshuti praised all the stakeholders involved in the peace process.",
      "The minister said more work was needed.",
      "The delegation met with president Volodymir Zelinsky of Ukraine on June 16.",
    );
    const found = findArticleActors(sentences, g, "2025-06-27");
    expect(found.discovered.find((a) => a.id === "jean-claude-mbonyinshuti")).toMatchObject({ country: "RWA" });
    expect(found.mentions[1]!.map((m) => m.actorId)).toEqual(["jean-claude-mbonyinshuti"]);
    expect(found.mentions[2]!.map((m) => `${m.text}→${m.actorId}`)).toEqual(["The minister→jean-claude-mbonyinshuti"]);
    expect(found.mentions[3]!.map((m) => `${m.text}→${m.actorId}`)).toEqual([
      "Volodymir Zelinsky→zelensky",
      "Ukraine→ukraine",
    ]);
  });

  it("reads a known one-word surname between name words as part of another name", () => {
    // "Abbas" alone is a gazetteer surname; here it is a middle name, of a new person and of a
    // misspelt known one.
    const found = findArticleActors(
      article(
        "Head of Mali's delegation Idriss Abbas Mahamat said the round ended without a deal.",
        "Foreign Minister Sayyid Abbas Aragchi replied on Monday.",
      ),
      g,
      "2025-06-27",
    );
    expect(found.mentions[0]!.map((m) => `${m.text}→${m.actorId}`)).toContain(
      "Idriss Abbas Mahamat→idriss-abbas-mahamat",
    );
    expect(found.mentions[1]!.map((m) => m.actorId)).toEqual(["abbas-araghchi"]);
  });

  it("knows a new person by a later word of the name, and one given office with no title before the name", () => {
    const titled = findArticleActors(
      article("Senior Adviser Amos Deng Malual led the delegation on Friday.", "Deng said the talks would resume."),
      g,
      "2025-06-27",
    );
    expect(titled.mentions[1]!.map((m) => m.actorId)).toEqual(["amos-deng-malual"]);
    const untitled = findArticleActors(
      article("Amos Deng Malual was appointed chief negotiator on Friday.", "Deng said the talks would resume."),
      g,
      "2025-06-27",
    );
    expect(untitled.mentions.map((ms) => ms.map((m) => m.actorId))).toEqual([
      ["amos-deng-malual"],
      ["amos-deng-malual"],
    ]);
  });

  it("names the state beside its leader when the leader's name stands for the government ('the Biden administration')", () => {
    const found = findArticleActors(
      article("The Biden administration eased the sanctions.", "Putin's government rejected the plan.", "Biden spoke."),
      g,
      "2023-10-22",
    );
    expect(found.mentions.map((ms) => ms.map((m) => m.actorId).sort())).toEqual([
      ["biden", "united-states"],
      ["putin", "russia"],
      ["biden"],
    ]);
  });

  it("makes a full name that speaks right beside its verb a person, named once, but not an outlet", () => {
    const found = findArticleActors(
      article(
        "Speaking for the rebel command, Tomas Verkel said the front would disarm.",
        '"We will keep our word," said Ana Sorel.',
        "Deutsche Welle said it had seen the text.",
      ),
      g,
      "2025-06-27",
    );
    expect(found.mentions.map((ms) => ms.map((m) => m.actorId))).toEqual([["tomas-verkel"], ["ana-sorel"], []]);
    // (the end of a name the article gave in full is that person)
    const again = findArticleActors(
      article("Sidi Omar Bel Tarek, a rebel leader, signed on Saturday.", '"We choose peace," Bel Tarek said.'),
      g,
      "2025-06-27",
    );
    expect(again.discovered.map((a) => a.id)).toEqual(["sidi-omar-bel-tarek"]);
  });

  it("makes a full name that owns an appeal a person when the article then calls it by its surname", () => {
    const found = findArticleActors(
      article("The minister welcomed Tomas Ferreira's appeal to the fighters.", "Ferreira spoke from prison."),
      g,
      "2025-06-27",
    );
    expect(found.mentions.map((ms) => ms.map((m) => m.actorId))).toEqual([["tomas-ferreira"], ["tomas-ferreira"]]);
    // a place's name owns no act of a person ("Costa Rica's plan" is no Mr Rica)
    const place = findArticleActors(
      article("The minister said Costa Rica's offer was welcome.", "Rica later spoke."),
      g,
      "2025-06-27",
    );
    expect(place.discovered).toEqual([]);
  });

  it("makes a full name met in talks a person when the article then calls it by its surname", () => {
    const found = findArticleActors(
      article("The envoy held a phone call with Marta Ribeiro on Friday.", "Ribeiro said the talks would resume."),
      g,
      "2025-06-27",
    );
    expect(found.mentions.map((ms) => ms.map((m) => m.actorId))).toEqual([["marta-ribeiro"], ["marta-ribeiro"]]);
  });

  it("makes an organisation acting in the text an actor, but not an outlet or a place", () => {
    const found = findArticleActors(
      article(
        "Qatar announced a deal between Israel and Sedrak, an Islamic militant group that has ruled Gaza.",
        "Sedrak said the deal includes the release of 50 hostages, Reuters reported.",
        "Aid would also increase in Gaza.",
      ),
      g,
      "2023-11-22",
    );
    expect(found.discovered.map((a) => [a.id, a.kind])).toEqual([["sedrak", "group"]]);
    expect(found.mentions.map((ms) => ms.map((m) => m.actorId))).toEqual([
      ["qatar", "israel", "sedrak"],
      ["sedrak"],
      [],
    ]);
  });

  it("reads 'the' + demonym + a one-word name as that body ('the Afghan Morvan'), a longer name whole", () => {
    const found = findArticleActors(
      article("Talks in Istanbul ended.", "An official said the Afghan Morvan refused to act against the militants."),
      g,
      "2025-10-29",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["morvan"]);
    expect(found.mentions[1]!.map((m) => m.actorId)).toContain("morvan");
  });

  it("introduces a full name in a list beside a known person ('Vladimir Putin, Ilham Aliyev and …')", () => {
    const found = findArticleActors(
      article("Vladimir Putin, Emil Varga and the envoys signed a joint statement on Friday."),
      g,
      "2022-09-13",
    );
    expect(found.discovered.map((a) => [a.id, a.kind])).toEqual([["emil-varga", "person"]]);
  });

  it("introduces a full name in a list of full names when the article then calls it by its surname alone", () => {
    const found = findArticleActors(
      article(
        "For three weeks Ana Sorel, Ivo Maren and Luka Petric argued over the maps.",
        "On the last night Maren agreed to leave the town to arbitration.",
      ),
      g,
      "1995-11-21",
    );
    // (Sorel and Petric are never called by their surname alone, so nothing says they are people)
    expect(found.discovered.map((a) => [a.id, a.kind])).toEqual([["ivo-maren", "person"]]);
  });

  it("knows the parties of other negotiations from the gazetteer, named once ('Hamas refused …')", () => {
    expect(ids(article("Hamas refused to accept the plan, and talks with the Houthis stalled."))).toEqual([
      ["hamas", "houthis"],
    ]);
  });

  it("reads a body the gazetteer knows, introduced with an acronym, as that body under either name", () => {
    const sentences = article("The Arakan Army (AA) attended the talks.", "The AA said the talks were useful.");
    expect(ids(sentences).map((m) => [...new Set(m)])).toEqual([["arakan-army"], ["arakan-army"]]);
    expect(findArticleActors(sentences, g, "2024-03-06").discovered.map((a) => a.id)).not.toContain("arakan-army-2");
  });

  it("reads a body's name that ends a person's name as the person's ('Mohamed Ali al-Houthi')", () => {
    const found = findArticleActors(
      article("Mohamed Ali al-Houthi, head of the group's political council, said the Houthis would attend."),
      g,
      "2023-09-14",
    );
    expect(found.discovered.map((a) => a.id)).toEqual(["mohamed-ali-al-houthi"]);
    expect(found.mentions[0]!.map((m) => m.actorId)).toEqual(["mohamed-ali-al-houthi", "houthis"]);
  });

  it("reads a demonym joined to a party's name before an agent noun as its state ('Israeli and Hamas negotiators')", () => {
    expect(ids(article("Egyptian and Hamas negotiators met in Cairo on Monday."))[0]).toEqual(["egypt", "hamas"]);
    // Not before a noun that acts for no one.
    expect(ids(article("Egyptian and Hamas flags hung in the hall."))[0]).toEqual(["hamas"]);
  });

  it("reads an ambiguous demonym in a series once the article settles it ('the Rwandan and Congolese teams')", () => {
    expect(
      ids(
        article(
          "Rwanda and DR Congo signed the deal.",
          "The text was checked by the Rwandan and Congolese negotiating teams in May.",
          "Talks between Congolese and Rwandan officials resumed.",
        ),
      ).slice(1),
    ).toEqual([
      ["rwanda", "dr-congo"],
      ["dr-congo", "rwanda"],
    ]);
  });

  it("reads demonyms before the armed forces or parties of states as those states ('Indian and Chinese militaries')", () => {
    expect(
      ids(
        article(
          "Indian and Chinese militaries held talks on Tuesday.",
          "The meeting between commanders of the Pakistani and Afghan armies ended late.",
          "Russian border guards and the Ukrainian sides exchanged lists.",
          "Sudanese parties have reached a peace agreement.",
        ),
      ),
    ).toEqual([["india", "china"], ["pakistan", "afghanistan"], ["russia", "ukraine"], ["sudan"]]);
  });

  it("introduces no one set off before a known title that names its holder ('On Truth Social, the US President …')", () => {
    const found = findArticleActors(
      article("On Truth Social, the US President made a post announcing a ceasefire."),
      g,
      "2025-05-10",
    );
    expect(found.discovered).toEqual([]);
    expect(found.mentions[0]!.map((m) => m.actorId)).toEqual(["trump", "united-states"]);
  });

  it("corrects no near-miss of a known name that is someone the article introduced, a given name or a place", () => {
    const found = findArticleActors(
      article(
        "Norway's foreign minister, Jan Petersen, said the two sides had agreed.",
        '"The objective is a negotiated solution," Mr Petersen said.',
        "UAE President Sheikh Mohamed said talks would resume.",
        "Western Sahara's Polisario Front rejected the plan.",
      ),
      g,
      "2002-02-22",
    );
    expect(found.discovered.find((a) => a.id === "jan-petersen")).toMatchObject({ country: "NOR" });
    expect(found.mentions[1]!.map((m) => m.actorId)).toEqual(["jan-petersen"]);
    // (a gazetteer's "Geir Pedersen", "Hassan Sheikh Mohamud" and "al-Sharaa" are not these)
    expect(found.mentions.flat().map((m) => m.actorId)).not.toContain("geir-pedersen");
    expect(found.mentions.flat().map((m) => m.actorId)).not.toContain("hassan-sheikh-mohamud");
    expect(found.mentions[3]!.map((m) => m.actorId)).toEqual(["polisario-front"]);
  });

  it("keeps a body named after a word that only opens the sentence ('Senior UN officials'), and intelligence chiefs' states", () => {
    expect(ids(article("Senior UN officials said the talks would resume."))).toEqual([["un"]]);
    expect(ids(article("GENEVA (AP) – Senior UN officials said the talks would resume."))).toEqual([["un"]]);
    expect(ids(article("Top CIA officials met Egyptian and Jordanian intelligence chiefs in Rome."))).toEqual([
      ["cia", "egypt", "jordan"],
    ]);
  });

  it("introduces no one from a portfolio in the plural ('Directors General of Military Operations')", () => {
    const found = findArticleActors(
      article("The Directors General of Military Operations will talk again on Monday."),
      g,
      "2025-05-10",
    );
    expect(found.discovered).toEqual([]);
  });

  it("reads the surname of someone introduced with a generational suffix as that person ('Jr.', 'III')", () => {
    const found = ids(
      article(
        "Peace adviser Tomas Reyes Jr. urged the rebels to return to the talks.",
        "On Tuesday, Reyes said the government was open to dialogue.",
        "Mediator Paul Okafor III arrived in Nairobi.",
        '"We are hopeful," Okafor said.',
      ),
    );
    expect(found).toEqual([["tomas-reyes-jr"], ["tomas-reyes-jr"], ["paul-okafor-iii"], ["paul-okafor-iii"]]);
  });

  it("reads the given name of one person the article introduced, beside a verb of saying, as that person", () => {
    const found = findArticleActors(
      article(
        "Tesfaye Bekele, the chief negotiator, confirmed that the government had accepted the invitation.",
        '"The talks must have no preconditions," Tesfaye said.',
        "Tesfaye Road was closed.",
      ),
      g,
      "2022-10-05",
    );
    expect(found.mentions[1]!.map((m) => m.actorId)).toEqual(["tesfaye-bekele"]);
    // (a given name that says nothing is no mention)
    expect(found.mentions[2]!.map((m) => m.actorId)).toEqual([]);
  });

  it("keeps a known one-word surname after a particle inside the name it ends ('Ahmad Awad bin Mubarak')", () => {
    const found = findArticleActors(
      article("Yemen's Foreign Minister Ahmad Awad bin Mubarak said the talks never stopped."),
      g,
      "2023-04-10",
    );
    expect(found.discovered.map((a) => [a.id, a.country])).toEqual([["ahmad-awad-bin-mubarak", "YEM"]]);
    expect(found.mentions[0]!.map((m) => m.actorId)).not.toContain("hosni-mubarak");
  });

  it("introduces a person whose surname is a gazetteer organisation's name", () => {
    const found = findArticleActors(
      article(
        "Rwanda and DR Congo signed the deal.",
        "It was inked by Foreign Minister Jean-Claude Mbonyinshuti of Rwanda and his Congolese counterpart Marie-Claire Mutombo Wagner.",
      ),
      g,
      "2025-06-27",
    );
    expect(found.discovered.find((a) => a.id === "marie-claire-mutombo-wagner")).toMatchObject({
      kind: "person",
      country: "COD",
    });
    expect(found.mentions[1]!.map((m) => m.actorId)).not.toContain("wagner");
  });

  it("never takes a name that ends in a body's word for a person's, though a later word of it speaks ('the Platform said')", () => {
    const found = findArticleActors(
      article(
        "Envoys of the government and the opposition Renewal Platform met in Oslo on Monday.",
        "The Platform said it would name its candidate next week.",
      ),
      g,
      "2025-06-27",
    );
    expect(found.discovered.map((a) => [a.id, a.kind])).toContainEqual(["renewal-platform", "organization"]);
    expect(found.discovered.filter((a) => a.kind === "person")).toEqual([]);
  });

  it("reads the last word of a body's name, standing alone, as that body ('the Tigers', 'the Platform')", () => {
    const found = findArticleActors(
      article(
        "Envoys of the Tamil Tigers and the opposition Renewal Platform met in Oslo.",
        "The Tigers said they would return in May, and the Platform said it would too.",
      ),
      g,
      "2025-06-27",
    );
    expect(found.mentions[1]!.map((m) => [m.actorId, m.text])).toEqual([
      ["ltte", "Tigers"],
      ["renewal-platform", "Platform"],
    ]);
    // (a word that ends two such names is neither's)
    const two = ids(
      article(
        "The Popular Front and the Patriotic Front met in Lusaka on Monday.",
        "The Front said it would sign the deal.",
      ),
    );
    expect(two[1]).toEqual([]);
  });

  it("reads 'the Government' beside an armed group, in a paper that never names its own state, as the group's state", () => {
    expect(ids(article("The Government and the LTTE agreed on Monday to meet again in Oslo."))[0]).toEqual([
      "sri-lanka",
      "ltte",
    ]);
  });

  it("resolves a role noun with a demonym to a person introduced with that role ('the Russian diplomat')", () => {
    const found = findArticleActors(
      article(
        "Russian diplomat Ivan Sorokin said the talks would resume in May.",
        "Ukraine's foreign minister Andrii Sybiha disagreed.",
        "According to the Russian diplomat, Moscow will wait.",
      ),
      g,
      "2025-03-01",
    );
    expect(found.mentions[2]!.map((m) => `${m.text}→${m.actorId}`)).toEqual([
      "the Russian diplomat→ivan-sorokin",
      "Russian diplomat→russia",
      "Moscow→russia",
    ]);
  });

  it("lets a paragraph's opening pronoun reach back over a quotation that names nobody", () => {
    const found = findArticleActors(
      article(
        '"It\'s an important signal," Mr Zelenskyy said, suggesting that Beijing did not offer a concrete plan.',
        '"So far, I see this as a signal."',
        "He also called on Beijing not to provide Moscow with arms.",
      ),
      g,
      "2023-02-24",
    );
    expect(found.mentions[2]!.map((m) => `${m.text}→${m.actorId}`)).toEqual([
      "He→zelensky",
      "Beijing→china",
      "Moscow→russia",
    ]);
  });

  it("reports only the names it could not resolve", () => {
    const found = findArticleActors(article("Olaf Meyer and Anna Berg attended the ceremony."), g, null);
    expect(found.unresolved.map((u) => u.name)).toEqual(["Olaf Meyer", "Anna Berg"]);
  });

  it("never throws, and keeps mentions inside their sentences and in text order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: "grapheme" }), fc.nat(3)), { maxLength: 6 }), (parts) => {
        const sentences = parts.map(([text, paragraph]) => ({ text, paragraph }));
        const { mentions } = findArticleActors(sentences, g, "2025-01-01");
        mentions.forEach((ms, n) => {
          for (const m of ms) expect(sentences[n]!.text.slice(m.index, m.index + m.text.length)).toBe(m.text);
          expect(ms.map((m) => m.index)).toEqual([...ms.map((m) => m.index)].sort((a, b) => a - b));
        });
      }),
      { numRuns: 200 },
    );
  });
});
