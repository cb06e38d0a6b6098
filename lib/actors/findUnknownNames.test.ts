import { describe, expect, it } from "vitest";
import { findUnknownNames } from "./findUnknownNames";
import { loadGazetteer } from "./gazetteer";
import { committedGazetteer } from "./testGazetteer";

const g = committedGazetteer();

describe("findUnknownNames", () => {
  it("reports people the gazetteer does not know", () => {
    expect(
      findUnknownNames(
        "Ashley Bailey is a talented author and journalist known for her writing on trending topics.",
        g,
      ),
    ).toEqual(["Ashley Bailey"]);
    expect(findUnknownNames("Eric Hill", g)).toEqual(["Eric Hill"]);
  });

  it("says nothing of known people, organisations, outlets, places and dates", () => {
    const sentences = [
      "Putin's spokesman, Dmitry Peskov, responding to a request for comment, said that the Kremlin leader has repeatedly made it clear",
      "The New York Times writes about this, citing former sources close to the Kremlin, as well as American and international officials familiar with the Kremlin's messages.",
      "During a discussion with his generals on Tuesday, Putin boasted that Ukraine is so backed into a corner that an invasion of Russian troops is doing “what we want,” the New Yotk Times reported, as cited by Rador Radio Romania.",
      "Ukraine's Foreign and Defense Ministries did not respond to the question, Reuters said.",
      "The agency also notes that the appointment of economist Andrei Belousov as Russian Defense Minister was perceived by some Western military and political analysts",
      "Putin at a meeting with Lukashenko in Minsk on May 23, 2024.",
      "The Russian president addressed this and other issues during a press conference in Bishkek, Kyrgyzstan on Thursday as he concluded a state visit to the Central Asian country.",
      "According to Putin, Ukraine’s entire frontline in Russia’s Zaporozhye Region faces collapse",
      "He shared this insight on Espreso TV.",
      "Ashley’s writing is a must-read for anyone interested in staying up-to-date with the latest developments.",
      "In an interview, Latvian President Edgars Rinkevičs said that Putin is determined to continue the war",
      "The president posted on Truth Social on Saturday that talks would go ahead.",
      "The regional bloc, the Intergovernmental Authority on Development, hosted the talks.",
      "On New Year's Eve, the president announced a truce.",
      "Missiles were fired at the Al Karama Air Base near the border.",
      "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani hosted the talks.",
    ];
    for (const s of sentences) expect(findUnknownNames(s, g), s).toEqual([]);
  });

  it("finds names after titles, with initials, when the gazetteer lacks them", () => {
    const small = loadGazetteer([
      {
        id: "putin",
        name: "Vladimir Putin",
        kind: "person",
        country: "RUS",
        role: "President of Russia",
        gender: "male",
        aliases: ["Putin"],
      },
      {
        id: "russia",
        name: "Russia",
        kind: "state",
        country: "RUS",
        role: "Russia",
        aliases: [],
        places: ["the Kremlin"],
        demonyms: ["Russian", "Kremlin"],
      },
    ]);
    expect(
      findUnknownNames(
        "Commenting on the recent alleged leaks of communications between US presidential envoy Steve Witkoff and top Kremlin aide Yuri Ushakov published in the Western media, Putin argued",
        small,
      ),
    ).toEqual(["Steve Witkoff", "Yuri Ushakov"]);
    expect(findUnknownNames("Ukrainian General Mykola Malomuzh says Putin is unofficially negotiating", small)).toEqual(
      ["Mykola Malomuzh"],
    );
    expect(findUnknownNames("But William J. Burns, director of the CIA, met envoy Witkoff.", small)).toEqual([
      "William J. Burns",
      "Witkoff",
    ]);
  });

  it("yields nothing for a Title Case headline", () => {
    expect(findUnknownNames("Putin Engages In Backchannel Negotiations With Western Partners", g)).toEqual([]);
  });
});
