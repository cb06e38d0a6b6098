import { describe, expect, it } from "vitest";
import { valueErrorKind, valueShape } from "./errorKinds";

describe("error kinds", () => {
  it("names the shape of a value", () => {
    expect(
      ["1998-02-13", "1998-Q3", "1998-W07-WE", "PRESENT_REF", "P3Y", "199", "1998-02-13TNI"].map(valueShape),
    ).toEqual(["day", "quarter", "weekend", "reference", "duration", "decade", "time"]);
  });

  it("names how a value is wrong", () => {
    expect(valueErrorKind("1988-Q3", "1988-11")).toBe("quarter read as month");
    expect(valueErrorKind("1999-03", "1998-03")).toBe("month: an earlier year");
    expect(valueErrorKind("1998-02-10", "1998-02-17")).toBe("day: a week later");
    expect(valueErrorKind("1998-02-10", "1998-02-11")).toBe("day: other value");
  });
});
