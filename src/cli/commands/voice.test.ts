import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.js";

const cli = runCli;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "poe-cli-voice-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A section of the text output, from its heading to the next blank line. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`${heading}\n`);
  if (start === -1) return "";
  const end = text.indexOf("\n\n", start);
  return text.slice(start, end === -1 ? undefined : end);
}

/** Everything known about a French LMIA-exempt worker in a public-health job, with a Letter of Introduction. */
const COMPLETE = {
  citizenships: ["FR"],
  usPermanentResident: false,
  passportKinds: [],
  inCanadaWithStatus: false,
  arrivingFrom: "FR",
  travelMode: "air",
  truckDriverCrossBorder: false,
  cbsaAppointment: false,
  permit: "lmia-exempt",
  jobOffer: true,
  complianceFeePaid: true,
  offerOfEmploymentNumber: "A1234567",
  lmiaExemptionCode: "C10",
  publicHealthJob: true,
  medicalExamDate: null,
  stayMonths: 12,
  letterOfIntroduction: true,
  designatedCountryStay: false,
  qualificationsProof: true,
  jobProvince: "ON",
  jobDays: 365,
  jobUnpaid: false,
  age: 30,
  biometricsWithin10Years: true,
  portOfEntry: "YUL",
  countryOfResidence: "FR",
  maintainedStatus: false,
  arrival: "2025-09-01",
};

describe("a settled no with an open route", () => {
  const PROFILE = JSON.stringify({
    citizenships: ["FR"],
    permit: "lmia",
    jobOffer: false,
    arrival: "2025-09-01",
  });

  it("says what is settled and what each open fact would decide, not 'Not settled yet'", async () => {
    const r = await cli(["assess"], PROFILE);
    expect(r.code).toBe(0);
    expect(section(r.stdout, "Can you apply at the border?")).toMatch(/No: you cannot apply/);
    const todo = section(r.stdout, "What to do");
    expect(todo).not.toMatch(/Not settled yet/);
    expect(todo).toMatch(
      /Not at the border\. Which other route is open to you depends on facts still unknown:/,
    );
    expect(todo).toMatch(
      /\? Letter of Introduction \(letterOfIntroduction\)\n {6}if no: No route on these facts: something must change first/,
    );
    expect(todo).toMatch(/\? in Canada now with temporary status \(inCanadaWithStatus\)/);
  });

  it("in French, with French typography", async () => {
    const r = await cli(["assess", "--lang", "fr"], PROFILE);
    const todo = section(r.stdout, "Que faire");
    expect(todo).toMatch(
      /Pas à la frontière\. La voie qui vous reste ouverte dépend de faits encore inconnus\u00a0:/,
    );
    expect(todo).toMatch(/ {6}si non\u00a0: Aucune voie/);
  });
});

describe("what would change it, on a partial profile", () => {
  // Needs a medical exam and has none; whether the border is open still depends on other facts.
  const PARTIAL = JSON.stringify({
    citizenships: ["FR"],
    permit: "lmia-exempt",
    publicHealthJob: true,
    medicalExamDate: null,
    letterOfIntroduction: true,
    arrival: "2025-09-01",
  });

  it("gives the action the complete profile gets (the medical exam), and the facts still needed, never 'nothing'", async () => {
    const complete = JSON.parse((await cli(["assess", "--json"], JSON.stringify(COMPLETE))).stdout) as {
      whatWouldChange: { changes: { action: string }[] }[];
    };
    const exam = complete.whatWouldChange[0]!.changes[0]!.action;
    expect(exam).toMatch(/medical exam/);

    const r = await cli(["assess"], PARTIAL);
    const changes = r.stdout.slice(r.stdout.indexOf("What would change the answer:"));
    expect(changes).not.toMatch(/Nothing you can change/);
    expect(changes).toContain(
      `  - ${exam}\n      lifts: Your job or stay requires an immigration medical exam`,
    );
    expect(changes).toMatch(
      /Whether that is enough also depends on facts still unknown:\n {4}\? US permanent resident/,
    );
  });

  it("says which facts it needs first when no action helps yet", async () => {
    const r = await cli(
      ["assess"],
      JSON.stringify({ citizenships: ["FR"], permit: "pgwp", arrival: "2025-09-01" }),
    );
    const changes = r.stdout.slice(r.stdout.indexOf("What would change the answer:"));
    expect(changes).not.toMatch(/Nothing you can change/);
    expect(changes).toMatch(/Nothing found on what is known so far; these facts decide it first:\n {4}\? /);
  });
});

describe("a document the traveller said they do not have", () => {
  it.each([
    [
      "medical-certificate",
      {},
      "en",
      /^Proof of your immigration medical exam .*: needed, and you said you have not taken the exam yet\.$/,
    ],
    [
      "job-offer",
      { jobOffer: false },
      "en",
      /^Your job offer letter or contract: needed, and you said you do not have it yet\.$/,
    ],
    [
      "qualifications-proof",
      { qualificationsProof: false },
      "en",
      /^Proof that you meet the job's qualifications .*: needed, and you said you cannot show it yet\.$/,
    ],
    [
      "job-offer",
      { jobOffer: false },
      "fr",
      /^Votre lettre d'offre d'emploi ou votre contrat\u00a0: nécessaire, et vous avez dit ne pas l'avoir encore\.$/,
    ],
  ])("%s (%j, %s) is said to be needed and missing", async (code, change, lang, text) => {
    const r = await cli(["assess", "--json", "--lang", lang], JSON.stringify({ ...COMPLETE, ...change }));
    const a = JSON.parse(r.stdout) as { documents: { code: string; text: string }[] };
    expect(a.documents.find((d) => d.code === code)?.text).toMatch(text);
    // A document the traveller has is listed as before.
    if (code !== "job-offer")
      expect(a.documents.find((d) => d.code === "job-offer")?.text).toBe(
        "Your job offer letter or contract.",
      );
  });
});

describe("a Letter of Introduction that a blocker still stops", () => {
  it("batch: the settled no comes first and the letter is not shown 'to have the permit printed'", async () => {
    const roster = join(dir, "loi.jsonl");
    await writeFile(
      roster,
      `${JSON.stringify({ id: "blocked", ...COMPLETE })}\n${JSON.stringify({ id: "clear", ...COMPLETE, medicalExamDate: "2025-08-01" })}\n`,
    );
    const r = await cli(["batch", roster]);
    const rows = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; route: string; explanation: string });
    const blocked = rows.find((x) => x.id === "blocked")!;
    expect(blocked.route).toBe("letter-of-introduction");
    expect(blocked.explanation).toMatch(
      /^No: you cannot apply for this work permit at the port of entry\. Your job or stay requires an immigration medical exam/,
    );
    expect(blocked.explanation).not.toMatch(/to have the permit printed/);
    expect(blocked.explanation).toMatch(/only once this is resolved\.$/);
    expect(rows.find((x) => x.id === "clear")!.explanation).toMatch(/to have the permit printed/);
  });

  it("assess: 'What to do' does not say to show the letter to have the permit printed", async () => {
    const r = await cli(["assess"], JSON.stringify(COMPLETE));
    const todo = section(r.stdout, "What to do");
    expect(todo).not.toMatch(/to have the permit printed/);
    expect(todo).toMatch(/only once what is listed under Why is resolved/);
  });
});

describe("documents while the route is open", () => {
  const PARTIAL = JSON.stringify({ citizenships: ["FR"], permit: "lmia-exempt", arrival: "2025-09-01" });
  it("says what to bring depends on the route, not that there is nothing to bring", async () => {
    const en = await cli(["assess"], PARTIAL);
    expect(en.code).toBe(0);
    expect(section(en.stdout, "Bring these documents")).toContain("depends on the route");
    expect(en.stdout).not.toContain("Nothing to bring");
    const fr = await cli(["assess", "--lang", "fr"], PARTIAL);
    expect(fr.stdout).toContain("dépend de la voie");
  });
  it("a settled 'none' route still says there is nothing to bring", async () => {
    const canadian = await cli(["assess"], JSON.stringify({ citizenships: ["CA"], arrival: "2025-09-01" }));
    expect(canadian.stdout).toContain("Nothing to bring to the border on this route.");
  });
});
