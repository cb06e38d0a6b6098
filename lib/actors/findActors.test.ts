import { describe, expect, it } from "vitest";
import { analyseSentence, findActors } from "./findActors";
import { committedGazetteer } from "./testGazetteer";

const g = committedGazetteer();
const ids = (sentence: string, date: string | null = null) => findActors(sentence, g, { date }).map((m) => m.actorId);

describe("findActors on sentences from the committed articles", () => {
  it("matches names, spelling variants and possessives", () => {
    expect(
      ids("In an interview, Latvian President Edgars Rinkevičs said that Putin is determined to continue the war"),
    ).toEqual(["rinkevics", "putin"]);
    expect(
      ids(
        "“They never kept their agreements,” Rinkevichs said of the Russians, “and they broke them when they saw fit.”",
      ),
    ).toEqual(["rinkevics", "russia"]);
    const m = findActors("he is no longer calling for the resignation of Zelenskyi’s government.", g, { date: null });
    expect(m).toEqual([{ actorId: "zelensky", text: "Zelenskyi’s", index: 47, via: "alias" }]);
  });

  it("adds the organisation a named person's title names ('CIA director William Burns'), not the state", () => {
    expect(ids("CIA director William Burns flew to Cairo on Sunday.", "2023-11-26")).toEqual(["cia", "burns"]);
    expect(ids("Mossad chief David Barnea flew to Cairo on Sunday.", "2023-11-26")).toEqual(["mossad", "david-barnea"]);
    expect(ids("Latvian President Edgars Rinkevics flew to Cairo on Sunday.", "2023-11-26")).toEqual(["rinkevics"]);
  });

  it("reads 'the Security Council' as the UN's, but not a state's own council", () => {
    expect(ids("Egypt asked the Security Council to meet.")).toEqual(["egypt", "un"]);
    expect(ids("Egypt asked the UNSC to meet.")).toEqual(["egypt", "un"]);
    expect(ids("Russia's Security Council met on Friday.")).toEqual(["russia"]);
    expect(ids("The Russian Security Council met on Friday.")).not.toContain("un");
  });

  it("skips middle initials and reports the words as written", () => {
    expect(findActors("President Vladimir V. Putin’s confidence seems to know no bounds.", g, { date: null })).toEqual([
      { actorId: "putin", text: "Vladimir V. Putin’s", index: 10, via: "alias" },
    ]);
    expect(
      ids(
        "But William J. Burns, director of the CIA, and Sergei Naryshkin, director of Russia’s Foreign Intelligence Service, last met about a year ago in Turkey, officials said.",
        "2023-12-24",
      ),
    ).toEqual(["burns", "cia", "naryshkin", "svr"]);
  });

  it("matches both transliterations of a name", () => {
    expect(ids("as well as presidential aides Vladimir Medinsky and Yury Ushakov.")).toEqual(["medinsky", "ushakov"]);
    expect(ids("between US presidential envoy Steve Witkoff and top Kremlin aide Yuri Ushakov")).toEqual([
      "united-states",
      "witkoff",
      "ushakov",
    ]);
  });

  it("does not read a title with '-elect' as its holder on the day", () => {
    expect(ids("Moscow replied after U.S. President-elect Donald Trump called for talks.", "2024-12-08")).toEqual([
      "russia",
      "trump",
    ]);
  });

  it("resolves a title by the holder on the article's date", () => {
    expect(
      findActors("The Russian president added that the US leadership does take into account", g, {
        date: "2025-11-27",
      }),
    ).toEqual([
      { actorId: "putin", text: "The Russian president", index: 0, via: "title" },
      // a title that stands for its holder names the state it serves
      { actorId: "russia", text: "Russian", index: 4, via: "alias" },
      { actorId: "united-states", text: "US", index: 37, via: "alias" },
    ]);
    expect(ids("said that the Kremlin leader has repeatedly made it clear that Russia is open", "2024-05-24")).toEqual([
      "putin",
      "russia",
      "russia",
    ]);
    expect(
      ids("the appointment of economist Andrei Belousov as Russian Defense Minister was perceived", "2024-05-24"),
    ).toEqual(["belousov", "belousov", "russia"]);
  });

  it("takes a named person over a title standing next to the name", () => {
    expect(
      ids("only for President Donald Trump to slap sanctions on two major Russian oil companies", "2025-11-27"),
    ).toEqual(["trump"]);
    expect(
      findActors("Russian President Vladimir Putin has reiterated Moscow’s position", g, { date: "2025-11-27" }).map(
        (m) => m.text,
      ),
    ).toEqual(["Vladimir Putin", "Moscow’s"]);
    expect(ids("On February 5, Kremlin spokesperson Dmitry Peskov reiterated Russia's claim", "2025-02-06")).toEqual([
      "peskov",
      "russia",
    ]);
  });

  it("reads a capital after in/to/from/at as a place, otherwise as its government", () => {
    expect(
      ids(
        "However, U.S. Secretary of State Anthony Blinken, speaking in Kyiv last week, told reporters that he did not believe Putin was interested in serious negotiations.",
        "2024-05-24",
      ),
    ).toEqual(["blinken", "putin"]);
    expect(ids("Kyiv, however, is unlikely to accept such an offer.")).toEqual(["ukraine"]);
    expect(ids("Putin at a meeting with Lukashenko in Minsk on May 23, 2024.")).toEqual(["putin", "lukashenko"]);
    expect(
      ids("Putin described the prospect of signing an agreement with authorities in Kiev as “legally impossible.”"),
    ).toEqual(["putin", "ukraine"]);
    expect(ids("Russia expects US officials to arrive in Moscow next week")).toEqual(["russia", "united-states"]);
    expect(ids("The envoy urged the warring parties in Sudan to resume talks.")).toEqual(["sudan"]);
    expect(ids("Delegations from Kyiv and Moscow will meet again next week.")).toEqual(["ukraine", "russia"]);
    expect(ids("Envoys from Washington arrived on Monday.")).toEqual(["united-states"]);
    expect(ids("The minister flew from Kyiv to Warsaw.")).toEqual([]);
    // Those sent are only in the capital they meet in, and a party's people are not its government.
    expect(ids("The two delegations in Istanbul agreed to swap prisoners.")).toEqual([]);
    expect(ids("The envoy met rebel leaders in Havana.")).toEqual([]);
    expect(ids("The war in Sudan entered its third year.")).toEqual([]);
    // Sides in a capital are only there.
    expect(ids("The two sides in Doha agreed to a truce.")).toEqual([]);
    expect(ids("a general understanding between Washington and Moscow on several key points")).toEqual([
      "united-states",
      "russia",
    ]);
  });

  it("reads a plural demonym that acts as its state's people, and one that does not as no one", () => {
    expect(ids("Chileans firmly voted down the draft charter on Sunday.")).toEqual(["chile"]);
    expect(ids("Many Chileans are tired of the debate.")).toEqual([]);
  });

  it("maps the Kremlin to the Russian state, except as a place", () => {
    expect(ids("this may be an attempt by the Kremlin to divert attention")).toEqual(["russia"]);
    expect(ids("familiar with the Kremlin's messages")).toEqual(["russia"]);
    expect(ids("who has worked with Putin and is aware of the top-level discussions in the Kremlin.")).toEqual([
      "putin",
    ]);
  });

  it("counts a demonym only when it heads an agent phrase", () => {
    expect(ids("as he may change his mind if Russian forces seize the initiative on the battlefield.")).toEqual([
      "russia",
    ]);
    expect(
      ids("There is no evidence that Ukrainian leaders who intend to return their territories will accept"),
    ).toEqual(["ukraine"]);
    expect(ids("A year ago, in the fall of 2022, American officials add")).toEqual(["united-states"]);
    // States that no longer exist are listed too, for reports of their years.
    expect(ids("Soviet troops began to leave the valley in May.")).toEqual(["soviet-union"]);
    expect(ids("The USSR and East German officials signed the protocol.")).toEqual(["soviet-union", "east-germany"]);
    expect(ids("Yugoslav officials rejected the plan.")).toEqual(["yugoslavia"]);
    // Members of a state's parliament act for it when they vote as a body.
    expect(ids("Chilean deputies approved the charter on Sunday.")).toEqual(["chile"]);
    expect(ids("Chilean MPs and Peruvian members of the commission met.")).toEqual(["chile", "peru"]);
    // A seat of government stands for its state as a demonym does.
    expect(ids("Pentagon officials said the convoy would turn back.")).toEqual(["united-states"]);
    expect(ids("State Department officials said the convoy would turn back.")).toEqual(["united-states"]);
    expect(ids("Whitehall officials said the convoy would turn back.")).toEqual(["united-kingdom"]);
    expect(ids("but would leave nearly 20% of Ukrainian territory under Russian control.")).toEqual([]);
    expect(ids("the Russian delegation will be headed by Foreign Ministry officials")).toEqual(["russia"]);
    // a minister or prime minister with no name given speaks for the state
    expect(ids("The deal followed the Qatari PM's meeting with the delegation.")).toEqual(["qatar"]);
    expect(ids("The Egyptian prime minister said talks would resume.")).toEqual(["egypt"]);
    // so do a state's unnamed sources and its presidential office
    expect(ids("Qatari sources said the talks would resume.")).toEqual(["qatar"]);
    expect(ids("The plan was rejected by the Kenyan presidential office.")).toEqual(["kenya"]);
    // and its ministries and ministers, whatever their portfolio
    expect(ids("The Kenyan health ministry said 40 people had died.")).toEqual(["kenya"]);
    expect(ids("The Kenyan tourism minister said the parks were closed.")).toEqual(["kenya"]);
    expect(ids("The Kenyan tourism season was short.")).toEqual([]);
    // and the state whose things are attacked, though they do not act
    expect(ids("The rebels vowed more strikes on Kenyan bases.")).toEqual(["kenya"]);
    expect(ids("The rebels kept shelling Kenyan border posts.")).toEqual(["kenya"]);
    expect(ids("The rebels crossed into Kenyan territory.")).toEqual([]);
    // and the state whose weapons strike or whose blows land, past a model's name and a kind of weapon
    expect(ids("Overnight two Kenyan Sabre cruise missiles hit the depot.")).toEqual(["kenya"]);
    expect(ids("Kenyan tanks shelled the village.")).toEqual(["kenya"]);
    expect(ids("A Kenyan air strike hit the camp.")).toEqual(["kenya"]);
    expect(ids("Kenyan merchant ships left the port.")).toEqual([]);
  });

  it("reads a country after in/at as a place", () => {
    expect(ids("Putin is ready to start negotiations to end the war in Ukraine.")).toEqual(["putin"]);
    expect(ids("wants to postpone any negotiations until Donald Trump returns to power in the United States.")).toEqual(
      ["trump"],
    );
    expect(
      ids(
        "The signals are coming through various channels, including third-country governments linked to the United States and Russia.",
      ),
    ).toEqual(["united-states", "russia"]);
  });

  it("keeps a country read as a place apart, as named but not acting", () => {
    const found = analyseSentence("Peru reopened its embassy in Chile, ending a rift with Lima.", g, null);
    expect(found.mentions.map((m) => m.actorId)).toEqual(["peru"]);
    expect(found.places).toEqual([{ actorId: "chile", text: "Chile", index: 29, via: "name" }]);
  });
});

describe("findActors edge cases", () => {
  it("changes a title's holder with the date and leaves it open without one", () => {
    expect(ids("The US president said so.", "2023-12-24")).toEqual(["biden", "united-states"]);
    expect(ids("The US president said so.", "2025-03-01")).toEqual(["trump", "united-states"]);
    expect(ids("The US president said so.", "2019-03-01")).toEqual(["trump", "united-states"]);
    expect(ids("The US president said so.", null)).toEqual([]);
    expect(ids("The CIA director flew in.", "2024-01-01")).toEqual(["burns", "cia"]);
    expect(ids("The CIA director flew in.", "2025-06-01")).toEqual(["ratcliffe", "cia"]);
    expect(ids("The US Secretary of State spoke.", "2025-06-01")).toEqual(["rubio", "united-states"]);
  });

  it("reads a name's first word joined by 'and' to another that begins a name as both ('North and South Korea')", () => {
    expect(ids("The leaders of North and South Korea met at Panmunjom.", "2018-04-27")).toEqual([
      "north-korea",
      "south-korea",
    ]);
    expect(ids("Russia and South Korea met.", "2018-04-27")).toEqual(["russia", "south-korea"]);
  });

  it("reads a known one-word surname after a particle of another name as part of that name", () => {
    expect(ids("Foreign Minister Ahmad Awad bin Mubarak said so.", "2023-04-10")).not.toContain("hosni-mubarak");
    expect(ids("Mubarak said so.", "2010-04-10")).toEqual(["hosni-mubarak"]);
  });

  it("does not resolve a title introduced as former or next, or as one of several ('a senior Hamas leader')", () => {
    expect(ids("The former US president said so.", "2023-12-24")).toEqual([]);
    expect(ids("A US president would never say so.", "2023-12-24")).toEqual([]);
    expect(ids("He met a senior Hamas leader in Doha.", "2024-01-10")).not.toContain("ismail-haniyeh");
    expect(ids("The next US president will decide.", "2024-06-01")).toEqual([]);
  });

  it("resolves a title with a single holder even without a date", () => {
    expect(ids("The Russian dictator is maneuvering.", null)).toEqual(["putin", "russia"]);
    expect(ids("The Kremlin spokesman said.", null)).toEqual(["peskov", "russia"]);
  });

  it("treats the White House as the president unless it is a place", () => {
    expect(ids("The White House rejected the plan.", "2025-03-01")).toEqual(["trump"]);
    expect(ids("until Trump is back in the White House.", "2023-12-24")).toEqual(["trump"]);
  });

  it("is case-aware and folds diacritics", () => {
    expect(ids("The fire burns on.")).toEqual([]);
    expect(ids("Erdoğan met Erdogan's advisers.")).toEqual(["erdogan", "erdogan"]);
    expect(ids("RINKĒVIČS and Nausėda spoke")).toEqual(["rinkevics", "nauseda"]);
    expect(ids("Give us a deal")).toEqual([]);
  });

  it("does not take another person's surname or a longer name for the actor", () => {
    expect(ids("The report mentioned Hunter Biden twice.")).toEqual([]);
    expect(ids("Reporters gathered at Trump Tower.")).toEqual([]);
    expect(ids("The Washington Post reported that the Minsk agreements had failed.")).toEqual([]);
    expect(ids("Meanwhile President Biden said")).toEqual(["biden"]);
  });

  it("ignores capitalisation hints in a Title Case headline", () => {
    expect(ids("Trump Says Putin Wants Peace")).toEqual(["trump", "putin"]);
  });

  it("matches organisations and initialisms written either way", () => {
    expect(ids("The U.N. and Nato met the E.U. in Brussels.")).toEqual(["un", "nato", "eu"]);
    expect(ids("The Secretary-General of the United Nations spoke.", "2024-01-01")).toEqual(["guterres", "un"]);
  });
});

describe("a capital as a source", () => {
  it("reads 'According to Moscow' as Russia speaking", () => {
    const s =
      'According to Moscow, not holding elections was "a fundamental, strategic mistake," rendering Vladimir Zelenskiy an illegitimate leader.';
    expect(ids(s, "2025-11-27")).toEqual(["russia", "zelensky"]);
  });
});

describe("demonyms that act together", () => {
  it("reads demonyms coordinated before an agent noun as each state ('the Ukrainian and American teams')", () => {
    expect(ids("The proposal was initialed by the Ukrainian and American technical teams on Friday.")).toEqual([
      "ukraine",
      "united-states",
    ]);
    expect(ids("The U.S., Qatari and Egyptian negotiators met in Doha.")).toEqual(["united-states", "qatar", "egypt"]);
    // A state's acronym stands in such a series as its demonym does.
    expect(ids("Ukrainian and US delegations will meet in Riyadh.")).toEqual(["ukraine", "united-states"]);
    expect(ids("Talks between Russian and UAE officials ended.")).toEqual(["russia", "united-arab-emirates"]);
    // Delegations and mediators speak for their states as negotiators do.
    expect(ids("Talks between the Serbian and Kosovar delegations ended in Brussels.")).toEqual(["serbia", "kosovo"]);
    expect(ids("The group handed its reply to Qatari and Egyptian mediators.")).toEqual(["qatar", "egypt"]);
    expect(ids("Talks resumed under Turkish and Qatari mediation.")).toEqual(["turkey", "qatar"]);
  });

  it("reads the enemy, aggressor or occupation a party's statement names by demonym as that state", () => {
    expect(ids("We call on the world to stop the Israeli enemy.")).toEqual(["israel"]);
    expect(ids("The statement said the American aggressors would pay.")).toEqual(["united-states"]);
    expect(ids("Shelling by the Russian occupation continued.")).toEqual(["russia"]);
    expect(ids("Ukrainian territory is mined.")).toEqual([]);
  });

  it("reads two demonyms joined by a hyphen before dealings as both parties", () => {
    expect(
      ids(
        "On July 23, Istanbul hosted the third round of direct Russian-Ukrainian negotiations on the conflict settlement.",
      ),
    ).toEqual(["russia", "ukraine"]);
    expect(ids("The Indian-Pakistani ceasefire held overnight.")).toEqual(["india", "pakistan"]);
    // A border or a territory is not a dealing; "and" without an agent noun names nobody acting.
    expect(ids("The Russian-Ukrainian border is long, and Russian and Ukrainian territory is mined.")).toEqual([]);
  });

  it("does not read the backer of a party as acting ('the US-backed Kurdish forces', 'Iranian-funded militias')", () => {
    expect(ids("The US-backed Kurdish forces signed the accord.")).toEqual([]);
    expect(ids("Iranian-funded militias rejected the truce.")).toEqual([]);
    expect(ids("A US-backed ceasefire proposal was tabled.")).toEqual(["united-states"]);
    expect(ids("The Turkish-backed plan was tabled.")).toEqual(["turkey"]);
  });

  it("reads a capital before talks as their venue, but two capitals hyphened as the parties ('Moscow-Kyiv talks')", () => {
    expect(ids("The Istanbul talks ended without a deal.")).toEqual([]);
    expect(ids("Moscow-Kyiv talks ended without a deal.")).toEqual(["russia", "ukraine"]);
  });

  it("reads a demonym hyphened to a participle of leading as that state ('Qatari-led talks')", () => {
    expect(ids("It ended weeks of indirect Qatari-led negotiations.")).toEqual(["qatar"]);
    expect(ids("A Turkish-brokered grain deal was signed.")).toEqual(["turkey"]);
  });

  it("reads a plural demonym after 'the' as that state's side ('the Russians presented …')", () => {
    expect(ids("The Russians presented their memorandum, and talks with the Americans went on.")).toEqual([
      "russia",
      "united-states",
    ]);
    // Without "the", people of a country are not its side.
    expect(ids("Thousands of Ukrainians fled the city.")).toEqual([]);
  });

  it("reads a demonym before a counterpart, a cabinet or a troop as an agent", () => {
    expect(ids('"The Pakistan DGMO called up his Indian counterpart at 15:35," Misri said.')).toEqual([
      "pakistan",
      "india",
      "vikram-misri",
    ]);
    expect(ids("The Israeli cabinet has approved a deal.")).toEqual(["israel"]);
    expect(ids("A prominent Russian lawmaker said any deal must be on their terms.")).toEqual(["russia"]);
    expect(ids("Any plan without a full Russian troop withdrawal would be unacceptable.")).toEqual(["russia"]);
  });
});
