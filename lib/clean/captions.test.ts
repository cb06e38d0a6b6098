import { describe, expect, it } from "vitest";
import { isCaption } from "./captions";

describe("captions, credits and datelines", () => {
  it("knows a photo caption and its credit", () => {
    expect(isCaption("Putin at a meeting with Lukashenko in Minsk on May 23, 2024. Kremlin photo")).toBe(true);
    expect(
      isCaption(
        "Ukrainian President Volodymyr Zelensky during the closing press conference of the Ukraine Peace Summit in Burgenstock near Lucerne, Switzerland on June 16, 2024 (AFP / Dimitar DILKOFF)",
      ),
    ).toBe(true);
    expect(isCaption("The Foreign Ministry has released a paper on the settlement. /CFP")).toBe(true);
    expect(isCaption("Photo shows Trump (L) Putin (R) having a phone call")).toBe(true);
    // Who stands where in the picture.
    expect(isCaption("At the signing of the accord on May 3, 2021, from left, President Jan Varn and the envoy.")).toBe(
      true,
    );
    expect(isCaption("(L-R) The foreign ministers of the two states at the talks.")).toBe(true);
  });

  it("knows a credit after a pipe, a file photo and a bare photo credit", () => {
    expect(isCaption("Kremlin press secretary Dmitry Peskov. Oct. 4, 2022. | Photo: Twitter/@KremlinRussia")).toBe(
      true,
    );
    expect(isCaption("File photo: Russian President Vladimir Putin in Moscow.")).toBe(true);
    expect(isCaption("Photo: Reuters")).toBe(true);
    expect(isCaption("Delegates arrive for the talks in Doha, Qatar, on Monday. (AP Photo/Jane Doe)")).toBe(true);
    expect(isCaption("Delegates arrive for the talks in Doha. (Reuters)")).toBe(true);
    expect(isCaption("The two ministers at their meeting in Cairo on Friday. Jane Doe / AFP / AP hide caption")).toBe(
      true,
    );
  });

  it("knows an agency and its photographer joined by slashes, closing the caption on their own", () => {
    expect(isCaption("The two presidents shake hands after talks in Riga, May 2, 2021. REUTERS/Jane Doe")).toBe(true);
    expect(isCaption("The two presidents shake hands after talks in Riga. Baltic Wire/Pool")).toBe(true);
    expect(isCaption("The envoy arrives in Riga. Sputnik/Jane Doe/Kremlin via REUTERS")).toBe(true);
    // A slash inside article text is no credit.
    expect(isCaption("The envoy flew on to the Riga/Vilnius talks. They ended late.")).toBe(false);
    expect(isCaption("The talks went on. Riga said no.")).toBe(false);
  });

  it("knows a credit of whoever took or gave out the picture, after the last sentence", () => {
    expect(isCaption("The rebel commander speaks to reporters at his camp. Harbour Daily photo")).toBe(true);
    expect(isCaption("The two leaders after the signing. Presidency Handout")).toBe(true);
    // A photo that a sentence mentions is no credit.
    expect(isCaption("The talks ended. He showed a Harbour Daily photo.")).toBe(false);
  });

  it("leaves article text alone, even a wire dateline with the agency's name", () => {
    expect(
      isCaption(
        "ISTANBUL, July 25. /TASS/. Turkish President Recep Tayyip Erdogan promised to phone his Russian and American counterparts.",
      ),
    ).toBe(false);
    expect(isCaption("CAIRO (Reuters) - Talks on a Gaza truce ended on Sunday without a deal, two sources said.")).toBe(
      false,
    );
    expect(isCaption("KHARTOUM, Sudan (AP) — The army said it would join the talks in Jeddah.")).toBe(false);
    expect(isCaption("DOHA (AFP/REUTERS) - The two sides announced a truce on Sunday.")).toBe(false);
    expect(isCaption("The envoys at the signing ceremony (AFP/Reuters)")).toBe(true);
    // a city in capitalised words, and a colon for the dash
    expect(isCaption("Lima, Feb 9 (AFP/APP):Peru's rebels on Monday rejected the offer of talks.")).toBe(false);
    expect(isCaption("San Salvador (AFP/EFE): The two sides met on Friday.")).toBe(false);
    expect(isCaption("Smoke rises over the city (AFP/Jane Doe)")).toBe(true);
    // a reprint's mark with the day of filing, and no dash
    expect(
      isCaption("NAIROBI (Daily Post / Sputnik - 4th March, 2021) The envoys agreed to meet again in a week."),
    ).toBe(false);
    expect(isCaption("Smoke rises over the city (Daily Post / Sputnik)")).toBe(true);
    expect(isCaption("Putin told reporters that Russia was ready for talks, according to Reuters.")).toBe(false);
    expect(isCaption("Putin met the AP's reporters in the Kremlin.")).toBe(false);
    expect(isCaption("The talks were held in a photo studio.")).toBe(false);
    expect(isCaption("   ")).toBe(false);
  });
});
