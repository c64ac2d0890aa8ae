import { describe, expect, it } from "vitest";
import type { Profile } from "../contract/profile.js";
import { assessProfile } from "../engine/assess.js";
import { VERIFIED_THROUGH, VERIFIED_THROUGH_END } from "./index.js";

const now = new Date("2026-11-28T12:00:00Z");
const base: Profile = {
  passportKinds: [],
  usPermanentResident: false,
  countryOfResidence: "FR",
  age: 30,
  travelMode: "air",
  arrivingFrom: "FR",
  usNonimmigrantVisa: false,
  canadianVisaPast10Years: false,
  inCanadaWithStatus: false,
  maintainedStatus: false,
  truckDriverCrossBorder: false,
  cbsaAppointment: false,
  letterOfIntroduction: false,
  jobOffer: true,
  complianceFeePaid: true,
  lmiaExemptionCode: "C10",
  stayMonths: 3,
  publicHealthJob: false,
  biometricsWithin10Years: true,
  portOfEntry: "YVR",
};
const at = (arrival: string, p: Profile) => assessProfile({ ...base, ...p, arrival }, { now });
const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

/** One arrival before, one after, and a date-only arrival on the day of each dated change. */
describe.each([
  {
    change: "PGWP no longer at the POE (2024-06-21, start of day ET)",
    profile: { citizenships: ["FR"], permit: "pgwp" } as Profile,
    before: "2024-06-20T23:59:00-04:00",
    after: "2024-06-21T00:00:00-04:00",
    day: "2024-06-21",
    dayPoe: "no",
  },
  {
    change: "flagpoling ban (2024-12-23 23:59 ET)",
    profile: {
      citizenships: ["DE"],
      permit: "lmia-exempt",
      inCanadaWithStatus: true,
      arrivingFrom: "US",
      travelMode: "land",
    } as Profile,
    before: "2024-12-23T23:58:00-05:00",
    after: "2024-12-23T23:59:00-05:00",
    day: "2024-12-23",
    dayPoe: "unknown",
  },
  {
    change: "dependent children lose open permits (2025-01-21 05:00 UTC)",
    profile: {
      citizenships: ["JP"],
      permit: "open",
      openPermitCategory: "dependent-child",
      principalTeer: 1,
      principalPermitMonthsLeft: 24,
      principalTransitioningToPr: false,
    } as Profile,
    before: "2025-01-20T23:59:59-05:00",
    after: "2025-01-21T00:00:00-05:00",
    day: "2025-01-21",
    dayPoe: "no",
  },
  {
    change: "Mexico moves to the conditional eTA (2024-02-29 23:30 ET)",
    profile: { citizenships: ["MX"], permit: "lmia-exempt" } as Profile,
    before: "2024-02-29T23:29:00-05:00",
    after: "2024-02-29T23:30:00-05:00",
    day: "2024-02-29",
    dayPoe: "unknown",
  },
  {
    change: "Qatar becomes visa-exempt (2025-11-25 05:30 EST)",
    profile: { citizenships: ["QA"], permit: "lmia-exempt" } as Profile,
    before: "2025-11-25T05:29:00-05:00",
    after: "2025-11-25T05:30:00-05:00",
    day: "2025-11-25",
    dayPoe: "unknown",
    opens: true,
  },
  {
    change: "spouses of students narrowed (2024-03-19, start of day)",
    profile: {
      citizenships: ["FR"],
      permit: "open",
      openPermitCategory: "spouse-of-student",
      principalProgram: "other",
    } as Profile,
    before: "2024-03-18T23:59:00-04:00",
    after: "2024-03-19T00:00:00-04:00",
    day: "2024-03-19",
    dayPoe: "no",
  },
])(
  "$change",
  ({
    profile,
    before,
    after,
    day,
    dayPoe,
    opens,
  }: {
    profile: Profile;
    before: string;
    after: string;
    day: string;
    dayPoe: string;
    opens?: boolean;
  }) => {
    it("changes the answer between the instant before and the instant after", () => {
      const a = at(before, profile);
      const b = at(after, profile);
      expect(a.poe).toBe(opens ? "no" : "yes");
      expect(b.poe).toBe(opens ? "yes" : "no");
    });

    it("on the day itself (date only): settled if the change is at the start of the day, else arrival is missing", () => {
      const d = at(day, profile);
      expect(d.poe).toBe(dayPoe);
      if (dayPoe === "unknown") expect(d.missing).toContain("arrival");
      else expect(d.missing).not.toContain("arrival");
    });
  },
);

describe("dated advisories", () => {
  it("US permanent residents stop needing an eTA on 2022-04-26 08:00 EDT", () => {
    const p: Profile = { citizenships: ["IN"], usPermanentResident: true, permit: "lmia-exempt" };
    expect(codes(at("2022-04-26T07:59:00-04:00", p).advisories)).toContain("eta-required");
    expect(codes(at("2022-04-26T08:00:00-04:00", p).advisories)).not.toContain("eta-required");
    const day = at("2022-04-26", p);
    expect(day.refine).toContain("arrival");
  });

  it("a boat from St. Pierre and Miquelon needs an eTA from 2026-06-05", () => {
    const p: Profile = { citizenships: ["DE"], permit: "lmia-exempt", travelMode: "sea", arrivingFrom: "PM" };
    expect(codes(at("2026-06-04", p).advisories)).not.toContain("eta-required");
    expect(codes(at("2026-06-05", p).advisories)).toContain("eta-required");
  });

  it("a future arrival uses today's rules and says they may change", () => {
    expect(codes(at("2027-05-01", { citizenships: ["FR"], permit: "lmia-exempt" }).advisories)).toContain(
      "rules-may-change",
    );
  });

  it("an arrival after verifiedThrough says the rules may have changed since that date (EN and FR)", () => {
    const p: Profile = { citizenships: ["FR"], permit: "lmia-exempt" };
    const next = new Date(VERIFIED_THROUGH_END + 3 * 3600_000).toISOString().slice(0, 10);
    expect(at(VERIFIED_THROUGH, p).verifiedThrough).toBe(VERIFIED_THROUGH);
    expect(codes(at(VERIFIED_THROUGH, p).advisories)).not.toContain("rules-may-change");
    const after = at(next, p).advisories.find((a) => a.code === "rules-may-change");
    expect(after?.text).toMatch(/checked against the law up to \d{1,2} [A-Z][a-z]+ \d{4}/);
    const fr = assessProfile({ ...p, arrival: next }, { now, lang: "fr" });
    expect(fr.advisories.find((a) => a.code === "rules-may-change")?.text).toMatch(/jusqu'au \d/);
  });

  it("Indonesia joins the conditional-eTA list on 2026-05-26 (05:30 EDT)", () => {
    const p: Profile = { citizenships: ["ID"], permit: "lmia-exempt" };
    expect(codes(at("2026-05-25", p).blockers)).toEqual(["visa-required"]);
    expect(codes(at("2026-05-27", p).blockers)).toEqual(["eta-conditional-country"]);
  });
});
