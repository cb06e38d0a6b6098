import { describe, expect, it } from "vitest";
import type { Position } from "../model/schema";
import { clauseAround, extractPositions } from "./extractPositions";
import { readVocabulary } from "./vocabulary";

const vocab = readVocabulary();
const read = (sentence: string, holder: string | null = "putin", negated?: boolean) =>
  extractPositions({ sentence, holder, negated }, vocab);
const stances = (positions: Position[]) => positions.map((p) => `${p.topic}/${p.stanceId ?? `"${p.stance}"`}`);

describe("extractPositions on the seed corpus's sentences", () => {
  it("reads Russia's territorial conditions: freeze at the current line", () => {
    expect(
      stances(read(`His condition is that Kyiv recognizes the "borders" along which the front line now runs.`)),
    ).toEqual(["territory/freeze-at-front-line"]);
    expect(
      stances(
        read(
          "According to the newspaper's interlocutors, Putin has been hinting since September that he is ready for a truce that would stop the fighting at the current positions.",
        ),
      ),
    ).toEqual(["territory/freeze-at-front-line", "ceasefire-terms/ceasefire-at-current-line"]);
    expect(
      stances(
        read(`"He is indeed ready to stay on the current positions," confirmed a former senior Russian official.`),
      ),
    ).toEqual(["territory/freeze-at-front-line"]);
    expect(
      stances(
        read(
          `"Putin can fight as long as he needs to, but Putin is also ready for a ceasefire – to freeze the war," said another senior Russian source out of four who has worked with Putin and is aware of the top-level discussions in the Kremlin.`,
        ),
      ),
    ).toEqual([
      "territory/freeze-at-front-line",
      "ceasefire-terms/ceasefire-at-current-line",
      "war-aims/keep-fighting",
    ]);
  });

  it("reads the withdrawal demand as a different, harder territorial stance", () => {
    const positions = read(
      "Putin emphasized that Russia will cease hostilities once Ukrainian troops leave Russian territories they still occupy.",
    );
    expect(stances(positions)).toEqual([
      "territory/ukrainian-withdrawal",
      "ceasefire-terms/ceasefire-after-withdrawal",
    ]);
    expect(positions[0]).toEqual({
      actor: "putin",
      topic: "territory",
      stance: "Ukrainian troops must withdraw from the regions Russia claims",
      stanceId: "ukrainian-withdrawal",
    });
  });

  it("reads keeping captured land and refusing to retreat as one stance", () => {
    for (const sentence of [
      "Putin made it clear that he was satisfied with the captured territory and was ready for a truce.",
      `At the same time, Putin is "not ready to retreat a meter" from the positions he has taken, he added.`,
      "They say the truce proposed by Putin would preserve a sovereign Ukraine with its capital in Kyiv, but allow Russia to control the 20 percent of Ukrainian territory it has already annexed.",
    ]) {
      expect(stances(read(sentence))).toContain("territory/keep-captured-territory");
    }
  });

  it("reads the NATO demand, and a negated drop cue does not turn it into its opposite", () => {
    expect(
      stances(
        read(
          "Among the many demands that will not be abandoned is Putin’s determination to prevent Ukraine from joining NATO.",
        ),
      ),
    ).toEqual(["nato-membership/no-nato"]);
  });

  it("reads claims that Kyiv's leadership is illegitimate", () => {
    expect(
      stances(
        read("Putin described the prospect of signing an agreement with authorities in Kiev as “legally impossible.”"),
      ),
    ).toEqual(["legitimacy/zelensky-illegitimate"]);
    expect(
      stances(
        read(
          `- On February 5, Kremlin spokesperson Dmitry Peskov reiterated Russia's claim about Zelenskyy’s alleged "illegitimacy" but stated that Russia is open to negotiations.`,
          "peskov",
        ),
      ),
    ).toEqual(["legitimacy/zelensky-illegitimate", "negotiation-format/open-to-talks"]);
    expect(
      stances(
        read(
          "With his mandate now expired, Moscow argues that any officials he has appointed lack legitimacy as well, rendering any agreements they sign legally void.",
          "russia",
        ),
      ),
    ).toEqual(["legitimacy/zelensky-illegitimate", "elections/elections-required"]);
  });

  it("maps a dropped demand to its own stance, not to the demand", () => {
    const nyt = read(
      "American officials note that Putin is no longer demanding that the Zelenskiy government be removed from power in Ukraine.",
    );
    expect(nyt).toEqual([
      {
        actor: "putin",
        topic: "legitimacy",
        stance: "no longer demands removal of Ukraine's government",
        stanceId: "no-longer-demands-removal",
      },
    ]);
    const reel = read(
      "But US officials see a change in Putin’s position, stressing that he is no longer calling for the resignation of Zelenskyi’s government.",
    );
    expect(stances(reel)).toEqual(["legitimacy/no-longer-demands-removal"]);
  });

  it("reads Ukraine's refusal to negotiate with Putin for its holder", () => {
    const positions = read(
      `It is also noted that Ukrainian President Volodymyr Zelenskyy rejected the possibility of peace on Putin's terms, promised to return the lost territories, including Crimea, and in 2022 signed a decree officially declaring any negotiations with Putin "impossible."`,
      "zelensky",
    );
    expect(stances(positions)).toEqual([
      "territory/restore-territorial-integrity",
      "negotiation-format/no-talks-with-putin",
      "peace-plan/rejects-other-sides-terms",
    ]);
    expect(positions.every((p) => p.actor === "zelensky")).toBe(true);
  });

  it("reads several topics from one list of goals", () => {
    const positions = read(
      "According to him, Putin is working through various negotiation tracks, attempting to secure certain goals: control over occupied territories, the establishment of a demarcation line, pressure on Ukraine regarding neutrality, and the status of the Russian language, among other demands.",
    );
    expect(stances(positions)).toEqual([
      "territory/freeze-at-front-line",
      "territory/keep-captured-territory",
      "neutrality/ukraine-neutral",
      "language/russian-language-status",
    ]);
  });

  it("tells the legitimate-president claim from the illegitimacy claim", () => {
    expect(
      stances(
        read(
          "Under Ukraine’s Constitution, during wartime, Zelenskyy remains the legitimate president and represents the state.",
          "malomuzh",
        ),
      ),
    ).toEqual(["legitimacy/zelensky-legitimate"]);
  });

  it("reads the US at the centre, back channels and scepticism about Putin's intent", () => {
    expect(
      stances(
        read(
          "Another possible deadlock could arise from Putin’s attempts to put the United States at the center of any negotiations.",
        ),
      ),
    ).toEqual(["negotiation-format/us-at-centre"]);
    expect(
      stances(
        read(
          "Ukrainian General Mykola Malomuzh says Putin is unofficially negotiating with the U.S. and other partners to push his version of a peace settlement",
        ),
      ),
    ).toEqual(["negotiation-format/us-at-centre", "peace-plan/peace-on-own-terms"]);
    expect(
      stances(
        read(
          "However, U.S. Secretary of State Anthony Blinken, speaking in Kyiv last week, told reporters that he did not believe Putin was interested in serious negotiations.",
        ),
      ),
    ).toEqual(["negotiation-format/not-interested-in-talks"]);
  });

  it("returns nothing without a holder, and nothing for a sentence off every topic", () => {
    expect(
      read(
        "Putin emphasized that Russia will cease hostilities once Ukrainian troops leave Russian territories they still occupy.",
        null,
      ),
    ).toEqual([]);
    expect(read("Putin at a meeting with Lukashenko in Minsk on May 23, 2024.")).toEqual([]);
  });

  it("falls back to a cleaned clause when a topic has no recognised stance", () => {
    expect(
      read(
        "While it is not yet clear who exactly will come, the Russian delegation will be headed by Foreign Ministry officials, as well as presidential aides Vladimir Medinsky and Yury Ushakov.",
      ),
    ).toEqual([
      {
        actor: "putin",
        topic: "negotiation-format",
        stance: "the Russian delegation will be headed by Foreign Ministry officials",
      },
    ]);
    expect(
      read(
        "The prospect of a ceasefire or even peace talks now seems remote, the agency said in its article.",
        "reuters",
      ),
    ).toEqual([
      {
        actor: "reuters",
        topic: "ceasefire-terms",
        stance: "The prospect of a ceasefire or even peace talks now seems remote",
      },
      {
        actor: "reuters",
        topic: "negotiation-format",
        stance: "The prospect of a ceasefire or even peace talks now seems remote",
      },
    ]);
  });
});

// Paraphrases in the way other outlets word the same stances: the patterns must describe the
// wording of a stance, not one article's sentence.
describe("extractPositions on differently worded reports of the same stances", () => {
  it.each([
    ["Moscow wants the conflict frozen along the existing line of contact.", "territory/freeze-at-front-line"],
    [
      "The Kremlin insists that Kyiv must pull its forces out of the four regions it annexed in 2022.",
      "territory/ukrainian-withdrawal",
    ],
    [
      "Lavrov repeated that Ukraine must withdraw from Donetsk and Luhansk before any truce.",
      "territory/ukrainian-withdrawal",
    ],
    ["Russia demands that Kyiv abandon its NATO ambitions.", "nato-membership/no-nato"],
    ["The minister said Kyiv must give up any hope of joining NATO.", "nato-membership/no-nato"],
    ["He said Ukraine would never be allowed to become a member of NATO.", "nato-membership/no-nato"],
    ["Peskov again called the Ukrainian president illegitimate.", "legitimacy/zelensky-illegitimate"],
    [
      "Putin said any document signed by the current authorities would be null and void.",
      "legitimacy/zelensky-illegitimate",
    ],
    [
      "Zelensky said he will not sit down with Putin while Russian troops occupy Ukrainian land.",
      "negotiation-format/no-talks-with-putin",
    ],
    [
      "The Kremlin has dropped its demand for regime change in Kyiv, officials said.",
      "legitimacy/no-longer-demands-removal",
    ],
    ["Moscow is pressing for a neutral Ukraine outside any military bloc.", "neutrality/ukraine-neutral"],
    ["Russia wants guarantees for Russian-speaking citizens in eastern Ukraine.", "language/russian-language-status"],
    ["The Kremlin wants Western sanctions lifted as part of any settlement.", "sanctions/sanctions-relief"],
    [
      "Moscow said it would never accept European peacekeepers on Ukrainian soil.",
      "security-guarantees/no-foreign-troops",
    ],
    ["Kyiv is seeking binding security guarantees from its allies.", "security-guarantees/guarantees-for-ukraine"],
    ["Zelensky vowed to restore Ukraine's 1991 borders.", "territory/restore-territorial-integrity"],
    ["Putin signalled through Turkish mediators that he is willing to talk.", "negotiation-format/back-channels"],
  ])("%s → %s", (sentence, expected) => {
    expect(stances(read(sentence))).toContain(expected);
  });

  it("keeps the dropped demand apart from the demand when the wording differs", () => {
    expect(stances(read("The Kremlin is no longer insisting on the removal of the Ukrainian leadership."))).toEqual([
      "legitimacy/no-longer-demands-removal",
    ]);
    expect(stances(read("The Kremlin is insisting on the removal of the Ukrainian leadership."))).toEqual([
      "legitimacy/demands-removal-of-government",
    ]);
  });

  it("maps a denial reported by the pipeline to the counter-stance, or marks it when there is none", () => {
    expect(stances(read("Putin is open to talks with Kyiv.", "putin", true))).toEqual([
      "negotiation-format/not-interested-in-talks",
    ]);
    const positions = read("Russia demands that Kyiv abandon its NATO ambitions.", "russia", true);
    expect(positions).toEqual([
      { actor: "russia", topic: "nato-membership", stance: "denies: Ukraine must not join NATO" },
    ]);
  });

  it("lets a more specific stance replace the general one it overrides", () => {
    // "ready for a ceasefire" alone is readiness; with its terms it is the terms.
    expect(stances(read("Moscow is ready for a ceasefire."))).toEqual(["ceasefire-terms/ceasefire-ready"]);
    expect(stances(read("Moscow is ready for a ceasefire along the current front line."))).not.toContain(
      "ceasefire-terms/ceasefire-ready",
    );
  });
});

describe("clauseAround", () => {
  it("strips who-said-it framing and keeps long clauses short around the cue", () => {
    const sentence =
      "He noted that so far, the Americans have merely proposed a set of issues that still need thorough discussion and formulation, making it too early to speak of any draft peace deal.";
    expect(clauseAround(sentence, sentence.indexOf("peace deal"))).toBe(
      "making it too early to speak of any draft peace deal",
    );
    const long =
      "According to Putin, Ukraine’s entire frontline in Russia’s Zaporozhye Region faces collapse as Russian forces “are effectively bypassing the entire Ukrainian fortified line.”";
    const clause = clauseAround(long, long.indexOf("frontline"));
    expect(clause.startsWith("Ukraine’s entire frontline")).toBe(true);
    expect(clause.split(/\s+/).length).toBeLessThanOrEqual(17);
  });
});
