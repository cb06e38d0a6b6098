import { describe, expect, it } from "vitest";
import type { GazetteerActor } from "./gazetteer";
import { officeState, withOfficeStates } from "./stateOffice";
import { committedGazetteer } from "./testGazetteer";

const g = committedGazetteer();
const listed = (id: string) => g.byId.get(id)!;
/** A person an article introduced by a title, as the actor finder records them. */
const introduced = (role: string, country: string | null): GazetteerActor => ({
  id: "amara-diallo",
  name: "Amara Diallo",
  kind: "person",
  country,
  role,
  aliases: [],
  titles: [],
  places: [],
  demonyms: [],
});

describe("officeState", () => {
  it("gives the state whose office a listed person holds, named by its name, demonym or seat", () => {
    expect(officeState(g, listed("ryabkov"), 2023)).toBe("russia");
    expect(officeState(g, listed("peskov"), 2023)).toBe("russia");
    expect(officeState(g, listed("zakharova"), 2023)).toBe("russia");
    expect(officeState(g, listed("zelensky"), 2025)).toBe("ukraine");
  });

  it("gives none for an office of an armed group or a movement, or one that names no state", () => {
    expect(officeState(g, listed("ismail-haniyeh"), 2023)).toBeUndefined();
    expect(officeState(g, listed("mazloum-abdi"), 2025)).toBeUndefined();
    expect(officeState(g, listed("kadyrov"), 2025)).toBeUndefined();
  });

  it("gives none for a mayor or a legislator, who speak for themselves", () => {
    expect(officeState(g, listed("klitschko"), 2025)).toBeUndefined();
    expect(officeState(g, listed("graham"), 2025)).toBeUndefined();
  });

  it("gives none for an office whose years ended before the event's", () => {
    expect(officeState(g, listed("poroshenko"), 2022)).toBeUndefined();
    expect(officeState(g, listed("kuleba"), 2023)).toBe("ukraine");
    expect(officeState(g, listed("kuleba"), 2025)).toBeUndefined();
  });

  it("gives an earlier office the role lists after the present one, within its years only", () => {
    const past = (role: string): GazetteerActor => ({ ...listed("medvedev"), id: "test-past-office", role });
    const role = "Chairman of the Ruling Party; President of Russia 2008–2012";
    expect(officeState(g, past(role), 2010)).toBe("russia");
    expect(officeState(g, past(role), 2006)).toBeUndefined();
    expect(officeState(g, past(role), 2015)).toBeUndefined();
    // An earlier office with no years could be any time.
    expect(officeState(g, past("Chairman of the Ruling Party; President of Russia"), 2010)).toBeUndefined();
  });

  it("takes the country a title named for a person the article introduced", () => {
    expect(officeState(g, introduced("finance minister", "SDN"), 2024)).toBe("sudan");
    expect(officeState(g, introduced("official", null), 2024)).toBeUndefined();
    expect(officeState(g, introduced("analyst", "SDN"), 2024)).toBeUndefined();
  });
});

describe("withOfficeStates", () => {
  it("adds the state of each person taking part, once, after the actors, taking no part itself", () => {
    const lookup = { get: (id: string) => g.byId.get(id) };
    expect(
      withOfficeStates(
        [
          { id: "peskov", role: "source" },
          { id: "lavrov", role: "subject" },
          { id: "zelensky", role: "mentioned" },
        ],
        lookup,
        g,
        2023,
      ),
    ).toEqual([
      { id: "peskov", role: "source" },
      { id: "lavrov", role: "subject" },
      { id: "zelensky", role: "mentioned" },
      { id: "russia", role: "represented" },
    ]);
    // A state the event lists already keeps its role.
    expect(
      withOfficeStates(
        [
          { id: "putin", role: "source" },
          { id: "russia", role: "target" },
        ],
        lookup,
        g,
        2023,
      ),
    ).toEqual([
      { id: "putin", role: "source" },
      { id: "russia", role: "target" },
    ]);
  });
});
