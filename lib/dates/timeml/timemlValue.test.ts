import { describe, expect, it } from "vitest";
import { isTimemlValue } from "./timemlValue";

describe("isTimemlValue", () => {
  it.each([
    "2024",
    "2024-05",
    "2024-05-23",
    "2024-W21",
    "2024-W21-WE",
    "2024-Q2",
    "2024-H1",
    "2024-SU",
    "198",
    "19",
    "199X",
    "XXXX-WXX-4",
    "XXXX-07",
    "2024-05-23T22:00",
    "2024-05-23TNI",
    "P3Y",
    "PT2H",
    "P2Y6M",
    "PXD",
    "PT1M30S",
    "P1E",
    "PRESENT_REF",
  ])("accepts %j", (v) => expect(isTimemlValue(v)).toBe(true));

  it.each(["", "P", "PT", "2024-13", "2024-Q5", "24-05", "2024-05-23T25:00", "NOW", "P3", "2024-W21-8"])(
    "rejects %j",
    (v) => expect(isTimemlValue(v)).toBe(false),
  );
});
