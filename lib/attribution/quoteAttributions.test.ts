import { describe, expect, it } from "vitest";
import type { ActorMention } from "../model/mentions";
import { attribute } from "./attribute";
import { splitAttributionTail } from "./attributionTail";
import { quoteAttributions } from "./quoteAttributions";

const at = (sentence: string, actorId: string, text: string): ActorMention => ({
  actorId,
  text,
  index: sentence.indexOf(text),
  via: "name",
});

describe("quotations and their attribution", () => {
  it("carries a closing attribution back to every sentence of the quotation", () => {
    // A real paragraph (Espreso TV, 6 Feb 2025), split into its sentences.
    const sentences = [
      "\"Putin is currently holding unofficial negotiations with the Americans and other partners to implement his version of 'peace.'",
      "His armed forces, economy, military-industrial complex, and international cooperation have suffered significant damage.",
      'He is now eager to negotiate because he sees the looming danger of a very difficult downfall," Malomuzh explained.',
      "He concluded that Ukraine must ensure any peace process aligns with its national interests.",
    ];
    const mentions = sentences.map((s) =>
      s.includes("Malomuzh")
        ? [at(s, "malomuzh", "Malomuzh")]
        : s.startsWith('"Putin')
          ? [at(s, "putin", "Putin")]
          : [],
    );
    const tails = quoteAttributions(sentences, mentions);
    expect(tails[0]?.text).toBe("Malomuzh explained.");
    expect(tails[1]?.text).toBe("Malomuzh explained.");
    expect(tails[2]).toBeNull();
    expect(tails[3]).toBeNull();
    expect(attribute(tails[0]!.text, tails[0]!.mentions, null)).toMatchObject({
      attribution: "on-record",
      speaker: "malomuzh",
    });
  });

  it("separates a quoted claim from an attribution that says where the speaker met whom", () => {
    const s =
      '"Neither Putin nor the Russian military wants to further weaken their capabilities," said a foreign official who met with a number of senior Russian officials this fall.';
    const { claim, tail } = splitAttributionTail(s);
    expect(claim).toBe('"Neither Putin nor the Russian military wants to further weaken their capabilities,"');
    expect(tail).toBe("said a foreign official who met with a number of senior Russian officials this fall.");
    expect(attribute(s, [], null).attribution).toBe("anonymous");
  });

  it("leaves a sentence without a trailing attribution whole", () => {
    const s = 'Putin described the prospect of signing an agreement with authorities in Kiev as "legally impossible."';
    expect(splitAttributionTail(s)).toMatchObject({ claim: s, tail: null });
  });
});

describe("attribution", () => {
  it.each([
    ["Reuters writes about this, citing four sources in Russia.", "anonymous"],
    [
      "According to the newspaper's interlocutors, Putin has been hinting since September that he is ready for a truce.",
      "anonymous",
    ],
    ["A number of analysts say Putin has something to gain from the protracted war.", "analyst"],
    ["The prospect of a ceasefire or even peace talks now seems remote, the agency said in its article.", "outlet"],
  ])("%s → %s", (sentence, expected) => {
    expect(attribute(sentence, [], null).attribution).toBe(expected);
  });

  it("names the speaker on record", () => {
    const s =
      'Putin\'s spokesman, Dmitry Peskov, responding to a request for comment, said that the Kremlin leader has repeatedly made it clear that Russia is "open to dialogue".';
    const mentions = [at(s, "putin", "Putin"), at(s, "peskov", "Dmitry Peskov")];
    expect(attribute(s, mentions, null)).toMatchObject({ attribution: "on-record", speaker: "peskov" });
  });
});
