import { describe, expect, it } from "vitest";
import { findArticleActors } from "./findArticleActors";
import { committedGazetteer } from "./testGazetteer";

const g = committedGazetteer();

/** Each string is a paragraph of one sentence. */
const article = (...paragraphs: string[]) => paragraphs.map((text, paragraph) => ({ text, paragraph }));
const found = (date: string, ...paragraphs: string[]) => findArticleActors(article(...paragraphs), g, date);
const kinds = (r: ReturnType<typeof found>) => r.discovered.map((a) => [a.id, a.kind]);
const ids = (r: ReturnType<typeof found>) => r.mentions.map((ms) => ms.map((m) => m.actorId));

describe("findOrganisations: a one-word name with no sign of being a body", () => {
  it("is an organisation when it acts again and again and 'it' points back to it", () => {
    const r = found(
      "2023-11-22",
      "The Israeli cabinet has approved a deal that will see 50 women and children kidnapped by Sedrak on October 7 freed.",
      "Under the terms of the agreement, Sedrak is to free 50 of the 239 hostages it is holding over four days.",
      "But Netanyahu said Israel would resume its offensive against Sedrak after the truce.",
    );
    expect(kinds(r)).toContainEqual(["sedrak", "organization"]);
    expect(ids(r)[0]).toEqual(["israel", "sedrak"]);
    expect(ids(r)[2]).toContain("sedrak");
  });

  it("is no name for opening the story after a dateline ('LUSAKA, May 5 -- Provincial leaders …')", () => {
    expect(
      kinds(found("2024-05-06", "LUSAKA, May 5 -- Provincial leaders of Zambia and Malawi met on Monday.")),
    ).toEqual([]);
    expect(kinds(found("2024-05-06", "LUSAKA (Wire) - Regional envoys met the two delegations."))).toEqual([]);
    // (a name of a body stays one there)
    expect(kinds(found("2024-05-06", "LUSAKA - The Kafue Liberation Front said it would attend."))).toContainEqual([
      "kafue-liberation-front",
      "group",
    ]);
  });

  it("makes a body whose members fight an armed group ('ZPLF commander Abel Moyo')", () => {
    expect(kinds(found("1991-06-01", "The president greeted ZPLF commander Abel Moyo at the palace."))).toContainEqual([
      "zplf",
      "group",
    ]);
    // (a body whose members only speak stays an organisation)
    expect(kinds(found("1991-06-01", "ZPLF officials said the talks would resume."))).toContainEqual([
      "zplf",
      "organization",
    ]);
  });

  it("reads a body by its forces or troops, and by a member after what it is ('the ZPLF rebel leader')", () => {
    expect(ids(found("1991-06-01", "ZPLF forces attacked the town on Monday."))[0]).toContain("zplf");
    expect(ids(found("1991-06-01", "The ZPLF rebel leader, Abel Moyo, signed the accord."))[0]).toContain("zplf");
    // a state's forces stay the state's, and a bare capitalised word before them names no body
    expect(kinds(found("1991-06-01", "Government forces attacked the town on Monday."))).toEqual([]);
  });

  it("reads a hyphenated acronym as one name ('the K-21 guerrillas', 'TLA-N said')", () => {
    const r = found(
      "1991-06-01",
      "K-21 commander Abel Moyo said the rebels would sign.",
      "The government and the K-21 guerrilla movement met on Monday.",
    );
    expect(kinds(r)).toContainEqual(["k-21", "group"]);
    expect(ids(r)[1]).toContain("k-21");
    expect(ids(found("1991-06-01", "The TLA-N said it would attend the talks."))[0]).toEqual(["tla-n"]);
    // two names joined by a hyphen stay two names
    expect(kinds(found("1991-06-01", "The Israel-Hamas talks resumed on Monday."))).toEqual([]);
  });

  it("reads a name that ends on what it is as a body's, even where it opens the sentence ('Human Rights Watch said')", () => {
    const r = found("2019-02-06", "Coastal Rights Watch said the amnesty in the accord would fail.");
    expect(kinds(r)).toEqual([["coastal-rights-watch", "organization"]]);
    expect(ids(r)[0]).toEqual(["coastal-rights-watch"]);
    // a person's name opening the sentence stays no body
    expect(kinds(found("2019-02-06", "Marta Quiroga said the amnesty in the accord would fail."))).toEqual([
      ["marta-quiroga", "person"],
    ]);
  });

  it("reads a title's abbreviation as no body ('Iranian FM called for …', 'the PM said')", () => {
    const r = found("2025-04-19", "Iranian FM called for a fair deal.", "The PM said the talks would resume.");
    expect(kinds(r)).toEqual([]);
    expect(ids(r).flat()).not.toContain("fm");
  });

  it("reads what a name does past its acronym in brackets ('the Mountain Liberation Front (MLF) said')", () => {
    const r = found("2016-08-26", "The Mountain Liberation Front (MLF) said it would sign the deal on Friday.");
    expect(kinds(r)).toEqual([["mountain-liberation-front", "group"]]);
    expect(r.discovered[0]!.aliases).toEqual(["MLF"]);
  });

  it("pairs a name with an acronym of its own language, whose initials come in another order", () => {
    const r = found(
      "2019-02-07",
      "The Popular Front for the Renewal of Harbour (FPRH), one of the main armed factions, said it would sign.",
    );
    expect(kinds(r)).toEqual([["popular-front-for-the-renewal-of-harbour", "group"]]);
    expect(r.discovered[0]!.aliases).toEqual(["FPRH"]);
    // (a word before the name that the acronym leaves out is no part of it)
    const naval = found("2019-02-07", "The Ghana Chief of Naval Staff (CNS) said the talks would go on.");
    expect(naval.discovered.map((a) => a.id)).not.toContain("ghana-chief-of-naval-staff");
  });

  it("keeps a state named after 'of' inside a rebel movement's name as part of that name", () => {
    const r = found(
      "2003-01-25",
      "Ana Ruiz Vela, secretary-general of the National Front for the Liberation of Chad (FNLC), the largest rebel group, said the talks would go on.",
      "She said the FNLC would lay down its weapons.",
    );
    expect(kinds(r)).toContainEqual(["national-front-for-the-liberation-of-chad", "group"]);
    expect(ids(r)[0]).not.toContain("chad");
    expect(ids(r)[1]).toContain("national-front-for-the-liberation-of-chad");
  });

  it("reads an acronym followed by a noun of what it is as a body ('the opposition KDR alliance')", () => {
    const r = found("2007-03-05", "An official of the opposition KDR alliance rejected the deal.");
    expect(kinds(r)).toEqual([["kdr", "organization"]]);
    expect(ids(r)[0]).toEqual(["kdr"]);
  });

  it("reads no relative clause after a place as an apposition that makes it a group", () => {
    const r = found("2015-06-21", "The militia must leave Varnak, which it took from the rebels last spring.");
    expect(kinds(r).map(([id]) => id)).not.toContain("varnak");
  });

  it("reads a body that reaches, suspends or hosts as an agent ('the Joint Border Committee reached a deal')", () => {
    for (const verb of ["reached a deal", "suspended the talks", "hosted the talks"]) {
      const r = found("2021-03-04", `The Joint Border Committee ${verb} on Friday.`);
      expect(kinds(r)).toEqual([["joint-border-committee", "organization"]]);
    }
  });

  it("reads a body named for a capital as a body, not the capital's state ('the Oslo Group said')", () => {
    const r = found("2019-01-24", "The Oslo Group issued a statement urging both sides to return to talks.");
    expect(kinds(r)).toEqual([["oslo-group", "group"]]);
    expect(ids(r)[0]).toEqual(["oslo-group"]);
  });

  it("reads an acronym cited as the source ('according to UNMISS') as a body, and an outlet cited so as none", () => {
    expect(kinds(found("2024-03-04", "According to UNMISS, 12 peacekeepers were injured."))).toEqual([
      ["unmiss", "organization"],
    ]);
    expect(found("2024-03-04", "According to AFP, 12 peacekeepers were injured.").discovered).toEqual([]);
  });

  it("reads a place's name with a governing body in lower case that acts as a body of that name", () => {
    const r = found("2024-02-10", "The Puntland government said it would join the talks.");
    expect(kinds(r)).toEqual([["puntland-government", "organization"]]);
    expect(kinds(found("2024-02-10", "Later the Ogaden regional government signed the deal."))).toEqual([
      ["ogaden-regional-government", "organization"],
    ]);
    // A known leader's administration stays the leader's and the state's.
    expect(found("2024-02-10", "Officials said the Biden administration would sign.").discovered).toEqual([]);
  });

  it("reads a name spelt otherwise than the gazetteer's, whose acronym in brackets it knows, as that actor", () => {
    const r = found("2023-05-06", "The Tigray Popular Liberation Front (TPLF) said it would sign the deal on Friday.");
    expect(r.discovered).toEqual([]);
    expect(ids(r)[0]).toEqual(["tplf"]);
  });

  it("reads a name that joins two words with 'and' after 'of' or 'for', acting past its apposition", () => {
    const r = found(
      "2023-05-06",
      "Peru's Front for Justice and Renewal, a political grouping backing the transition, also welcomed the talks.",
    );
    expect(kinds(r)).toEqual([["front-for-justice-and-renewal", "group"]]);
    // (an apposition that runs long, with a name of its own, still closes on the verb)
    const long = found(
      "2023-05-06",
      "The Movement for Unity and Renewal (MUR), the rebel group accused of the raid on the northern garrison at Faya in the first week of May of last year, said on Monday it would not sign the accord.",
    );
    expect(kinds(long)).toEqual([["movement-for-unity-and-renewal", "group"]]);
    // two names joined by "and" stay two
    expect(
      found("2023-05-06", "Talks between Varnak and Sedrak Movement resumed.").discovered.map((a) => a.id),
    ).not.toContain("varnak-and-sedrak-movement");
  });

  it("is a party when the article sets it beside a state, even once", () => {
    const r = found(
      "2024-11-27",
      "France announced a ceasefire agreement between Israel and Varnak, ending months of fighting in Lebanon.",
    );
    expect(kinds(r)).toEqual([["varnak", "organization"]]);
    expect(ids(r)).toEqual([["france", "israel", "varnak"]]);
    // Only dealings make parties: a line between a state and a region names no body.
    expect(found("2024-11-27", "Troops patrol the line between India and Kashmir, officials said.").discovered).toEqual(
      [],
    );
  });

  it("is a party when hyphened to a state before dealings ('the Israel-Varnak truce')", () => {
    const r = found("2024-11-27", "Diplomats said the Israel-Varnak truce was holding on Thursday.");
    expect(kinds(r)).toEqual([["varnak", "organization"]]);
  });

  it("is a body acting in a relative clause ('Varnak, which said'), not a place it happens to", () => {
    const r = found(
      "2024-10-01",
      "The strike was carried out by Varnak, which said it targeted a military base.",
      "Russian forces entered Bakhmut, which was captured in May.",
    );
    expect(kinds(r)).toEqual([["varnak", "organization"]]);
  });

  it("is the body a rank word and a member noun name ('Senior Sedrak official')", () => {
    const r = found("2025-10-09", "Senior Sedrak official Osama Hamdan said the movement rejected the latter.");
    expect(kinds(r)).toEqual([
      ["osama-hamdan", "person"],
      ["sedrak", "organization"],
    ]);
    // "the movement" is Sedrak again
    expect(ids(r)).toEqual([["sedrak", "osama-hamdan", "sedrak"]]);
  });

  it("stays a person's surname when the article introduced that person", () => {
    const r = found(
      "2023-11-22",
      "Prime Minister Benjamin Halvorsen said the talks would go on.",
      "Protesters marched against Halvorsen in the capital, and the opposition accused Halvorsen of stalling.",
      "Halvorsen said it would take time.",
    );
    expect(kinds(r)).toEqual([["benjamin-halvorsen", "person"]]);
    expect(ids(r)[1]).toEqual(["benjamin-halvorsen", "benjamin-halvorsen"]);
  });

  it("is not a body when 'he' follows it (a person, then), nor a people ('Russians')", () => {
    const r = found(
      "2024-08-14",
      "The offer was rejected by Brandtner on Monday, and the talks were criticised by Brandtner again.",
      "Brandtner said he would not attend the talks.",
      "Putin mentioned the number of Russians killed in the war, and said the Russians would prevail.",
    );
    expect(kinds(r)).toEqual([["brandtner", "person"]]);
  });

  it("makes a lone surname that speaks and is then 'he' a person of unknown role", () => {
    const said = "A special force has been formed within the KLF to protect Sudanese civilians, Osmanov added.";
    const he = 'He also called for an international commission "to determine who ignited this war".';
    const r = findArticleActors(
      [
        { text: said, paragraph: 0 },
        { text: he, paragraph: 0 },
      ],
      g,
      "2024-08-14",
    );
    expect(r.discovered.find((a) => a.id === "osmanov")).toMatchObject({
      kind: "person",
      gender: "male",
      role: "not stated in the article",
    });
    expect(r.mentions.map((ms) => ms.map((m) => `${m.text}→${m.actorId}`))).toEqual([
      ["Osmanov→osmanov"],
      ["He→osmanov"],
    ]);
    expect(found("2024-08-14", said).discovered.some((a) => a.id === "osmanov")).toBe(false);
  });

  it("leaves a lone name that only speaks, with nothing to tell a person from a body", () => {
    const r = found("2024-08-14", "The talks should start soon, Brandtner said on Monday.");
    expect(r.discovered).toEqual([]);
  });

  it("reads a name with its fighters as a group, whatever verb follows ('the army and Zarvan rebels have kept a truce')", () => {
    const r = found("2006-11-21", "Once enemies, the army and Zarvan rebels have kept a truce for six months.");
    expect(kinds(r)).toEqual([["zarvan-rebels", "group"]]);
    expect(ids(r)[0]).toContain("zarvan-rebels");
  });

  it("finds acronyms with digits and bodies after 'between … and the'", () => {
    const r = found(
      "2025-03-01",
      "K19 rebels seized Goma in January.",
      "Talks between Ethiopia and the ZPLF resumed in Pretoria.",
    );
    expect(kinds(r)).toEqual([
      ["k19", "group"],
      ["zplf", "organization"],
    ]);
  });
});

describe("findOrganisations: documents", () => {
  it("never makes a party of a document the parties signed ('the Varnak Declaration')", () => {
    const r = found(
      "2018-06-01",
      "The Varnak Declaration was signed by both leaders after their summit.",
      "The Agreement for General Cessation of Hostilities was signed in Tripoli.",
      "The Varnak Commission said it would monitor the truce.",
    );
    expect(kinds(r)).toEqual([["varnak-commission", "organization"]]);
  });

  it("reads an outlet's name opening a longer one as that outlet's edition ('Al Jazeera Arabic')", () => {
    const r = found(
      "2024-05-06",
      "Karim Zayed, a member of the political bureau, told Al Jazeera Arabic that the proposal included a truce.",
      "The Varnak Commission said it would monitor the truce.",
    );
    expect(kinds(r)).toEqual([
      ["karim-zayed", "person"],
      ["varnak-commission", "organization"],
    ]);
  });
});

describe("findOrganisations: the news media", () => {
  it("never makes a party of an outlet named by a media word ('Varnak Radio', 'Press TV')", () => {
    const r = found(
      "2023-12-24",
      "The talks had stalled, the paper reported, as cited by Varnak Radio.",
      "The Varnak Commission said it would monitor the truce.",
    );
    expect(kinds(r)).toEqual([["varnak-commission", "organization"]]);
  });
});
