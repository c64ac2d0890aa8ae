/**
 * The real terminal interview, driven through tmux (a pseudo-terminal): keys in with send-keys, the
 * screen read back with capture-pane. Needs `npm run build` (the command runs from dist/, as users
 * run it) and tmux.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../contract/assessment.js";
import type { Field } from "../../contract/profile.js";
import { ASK_ORDER, QUESTIONS } from "../../interview/questions.js";

const ROOT = join(import.meta.dirname, "../../..");
const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const tmp = mkdtempSync(join(tmpdir(), "interview-tmux-"));
let sessions: string[] = [];

/** A private tmux server for this file, so nothing touches the user's sessions. */
const SOCKET = `poe-interview-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Terminal {
  constructor(readonly name: string) {}
  static start(args: string[], name: string): Terminal {
    const cmd = `cd ${ROOT} && NO_COLOR=1 node bin/poe-permit.js ${args.join(" ")}; echo EXIT=$?; sleep 60`;
    tmux("new-session", "-d", "-s", name, "-x", "250", "-y", "60", cmd);
    sessions.push(name);
    return new Terminal(name);
  }
  screen(): string {
    return tmux("capture-pane", "-p", "-J", "-S", "-2000", "-t", this.name);
  }
  keys(...keys: string[]) {
    for (const k of keys) tmux("send-keys", "-t", this.name, k);
  }
  type(text: string) {
    tmux("send-keys", "-t", this.name, "-l", text);
  }
  async waitFor(test: RegExp | ((screen: string) => boolean), timeout = 15_000): Promise<string> {
    const ok = typeof test === "function" ? test : (s: string) => test.test(s);
    const end = Date.now() + timeout;
    for (;;) {
      const s = this.screen();
      if (ok(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${test}\n--- screen ---\n${s}`);
      await sleep(80);
    }
  }
  /** The active prompt's message (the last line starting with ◆) and the lines under it. */
  active(screen: string): { message: string; lines: string[] } | undefined {
    const all = screen.split("\n");
    const i = all.findLastIndex((l) => l.startsWith("◆"));
    if (i < 0) return undefined;
    return { message: all[i]!.replace(/^◆\s+/, "").trim(), lines: all.slice(i + 1) };
  }
  /** Moves the cursor of a select to the option with this label and confirms. */
  async choose(label: string) {
    const s = this.screen();
    const options = this.active(s)!.lines.filter((l) => /^│\s+[●○]/.test(l));
    const cursor = options.findIndex((l) => /^│\s+●/.test(l));
    const target = options.findIndex((l) => l.replace(/^│\s+[●○]\s+/, "").trim() === label);
    if (target < 0) throw new Error(`no option "${label}" in\n${s}`);
    const delta = target - cursor;
    for (let i = 0; i < Math.abs(delta); i++) this.keys(delta > 0 ? "Down" : "Up");
    this.keys("Enter");
  }
}

beforeAll(() => {
  // A session that outlives the tests' own, so the server does not exit between tests.
  if (hasTmux) tmux("new-session", "-d", "-s", "keeper", "sleep 600");
});
afterEach(() => {
  for (const s of sessions) spawnSync("tmux", ["-L", SOCKET, "kill-session", "-t", s]);
  sessions = [];
});
afterAll(() => {
  if (hasTmux) spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
});

const submitted = (s: string) => s.match(/^◇/gm)?.length ?? 0;
const promptReady = (s: string) => /^◆[^\n]*\n(?:│[^\n]*\n)+└/m.test(s);

/** Waits for the next question (one more answered prompt, and a new active one) or the end. */
async function nextField(
  t: Terminal,
  lang: Lang,
  after: number,
  until: RegExp,
): Promise<{ field?: Field; screen: string }> {
  const screen = await t.waitFor(
    (s) => until.test(s) || /EXIT=/.test(s) || (submitted(s) > after && promptReady(s)),
  );
  if (until.test(screen) || /EXIT=/.test(screen)) return { screen };
  const message = t.active(screen)!.message;
  const field = ASK_ORDER.find((f) => message.startsWith(QUESTIONS[f].prompt[lang]));
  if (!field) throw new Error(`unknown question: ${message}`);
  return { field, screen };
}

type Answer = string | { type: string } | { country: string };

/** Answers questions from a table until `done` shows; returns the fields asked, in order. */
async function drive(
  t: Terminal,
  lang: Lang,
  table: Partial<Record<Field, Answer>>,
  done: RegExp,
  fallback: Answer,
) {
  const asked: Field[] = [];
  // The question on screen now counts as new.
  let count = submitted(t.screen()) - 1;
  for (let i = 0; i < 60; i++) {
    const next = await nextField(t, lang, count, done);
    if (!next.field) return { asked, screen: next.screen };
    count = submitted(next.screen);
    asked.push(next.field);
    await answerWith(t, table[next.field] ?? fallback);
  }
  throw new Error("too many questions");
}

async function answerWith(t: Terminal, a: Answer) {
  if (typeof a === "string") await t.choose(a);
  else if ("type" in a) {
    t.type(a.type);
    t.keys("Enter");
  } else {
    t.type(a.country);
    await sleep(150);
    t.keys("Tab");
    await sleep(100);
    t.keys("Enter");
  }
}

/**
 * The answers both whole-interview journeys give, as the options read in the interview's language:
 * a citizen of `country` with a job offer, outside Canada, not a US permanent resident, no
 * public-health job, no stay in a designated country. Each journey adds the answers it is about.
 */
function travellerAnswers(lang: Lang, country: string): Partial<Record<Field, Answer>> {
  const [yes, no] = lang === "fr" ? ["Oui", "Non"] : ["Yes", "No"];
  return {
    jobOffer: yes,
    citizenships: { country },
    inCanadaWithStatus: no,
    usPermanentResident: no,
    publicHealthJob: no,
    designatedCountryStay: no,
  };
}

describe.skipIf(!hasTmux || !existsSync(join(ROOT, "dist/cli/main.js")))(
  "poe-permit interview in a real terminal (tmux)",
  () => {
    it("English: I don't know, going back to change an answer, the result, and saving both files", async () => {
      const t = Terminal.start(["interview", "--arrival", "2025-09-15"], "iv-en");
      let screen = await t.waitFor(/Which work permit are you asking for\?/);
      expect(screen).toContain("Why we ask: it can decide");
      expect(screen).toMatch(/IRPR 198\(2\)\(a\)\(i\), https:\/\/laws-lois\.justice\.gc\.ca/);
      await t.choose("Employer-specific, LMIA-exempt (International Mobility Program)");
      screen = await t.waitFor(/Letter of Introduction \(your online application was approved\)\?\n/);
      await t.choose("No");
      await t.waitFor(/^◆\s+Do you have the job offer from your employer\?/m);
      // Back: the Letter of Introduction question again, with the earlier answer selected.
      await t.choose("← Back");
      screen = await t.waitFor(
        (s) =>
          (s.match(/^◆\s+Do you already hold a port-of-entry Letter/gm) ?? []).length === 1 &&
          /◇\s+Do you have the job offer/.test(s),
      );
      expect(t.active(screen)!.lines.find((l) => /●/.test(l))).toContain("No");
      await t.choose("Yes"); // changed: an LOI holder now
      await t.waitFor((s) => submitted(s) === 4 && promptReady(s));
      const { asked, screen: end } = await drive(
        t,
        "en",
        {
          ...travellerAnswers("en", "France"),
          complianceFeePaid: "I don't know",
          arrivingFrom: { country: "France" },
          passportKinds: { type: "" },
          stayMonths: { type: "12" },
        },
        /Save your answers and the checklist/,
        "Skip the remaining optional questions",
      );
      expect(asked.filter((f) => f === "complianceFeePaid")).toHaveLength(1); // "I don't know" is not asked again
      expect(asked).not.toContain("letterOfIntroduction");
      expect(end).toContain("Your assessment");
      expect(end).toMatch(/What to do next: .*Letter of Introduction/);
      expect(end).toContain("Still uncertain");
      expect(end).toContain("Has your employer submitted the offer");
      t.keys("y"); // the confirm prompt
      await t.waitFor(/File for your answers/);
      const answers = join(tmp, "en-answers.json");
      const checklist = join(tmp, "en-checklist.md");
      t.keys("C-u");
      t.type(answers);
      t.keys("Enter");
      await t.waitFor(/File for the checklist/);
      t.keys("C-u");
      t.type(checklist);
      t.keys("Enter");
      const last = await t.waitFor(/EXIT=\d+/);
      expect(last).toContain("EXIT=0");
      const saved = JSON.parse(readFileSync(answers, "utf8"));
      expect(saved).toMatchObject({
        permit: "lmia-exempt",
        letterOfIntroduction: true,
        citizenships: ["FR"],
        jobOffer: true,
      });
      expect(saved).not.toHaveProperty("complianceFeePaid");
      expect(readFileSync(checklist, "utf8")).toMatch(/^# Work permit at the border: checklist/);
    });

    it("French: a whole interview ends with the assessment and what would change a no", async () => {
      const t = Terminal.start(["interview", "--lang", "fr", "--arrival", "2025-05-12"], "iv-fr");
      const first = await t.waitFor(/Quel permis de travail demandez-vous \?/);
      expect(first).toContain("Pourquoi cette question : elle peut trancher « ");
      await t.choose("Lié à un employeur, avec une EIMT");
      await t.waitFor((s) => submitted(s) === 1 && promptReady(s));
      const { asked, screen } = await drive(
        t,
        "fr",
        {
          ...travellerAnswers("fr", "Australie"),
          letterOfIntroduction: "Non",
          lmiaIssued: "Non",
          countryOfResidence: { country: "Australie" },
        },
        /Enregistrer vos réponses/,
        "Passer les questions facultatives restantes",
      );
      expect(asked.slice(0, 3)).toEqual(["letterOfIntroduction", "jobOffer", "lmiaIssued"]);
      expect(screen).toContain("Votre évaluation");
      expect(screen).toContain("Demande à la frontière, à l'arrivée : Non");
      expect(screen).toContain("Ce qui changerait la réponse");
      expect(screen).toContain("Attendre que l'EIMT favorable soit délivrée");
      t.keys("n");
      expect(await t.waitFor(/EXIT=\d+/)).toContain("EXIT=0");
    });

    it("Ctrl-C leaves cleanly, saving nothing", async () => {
      const t = Terminal.start(["interview", "--arrival", "2025-09-15"], "iv-cancel");
      await t.waitFor(/Which work permit are you asking for\?/);
      await t.choose("Open work permit");
      await t.waitFor(/On what basis are you asking for an open work permit\?/);
      t.keys("C-c");
      const s = await t.waitFor(/EXIT=\d+/);
      expect(s).toContain("Interview stopped. Nothing was saved.");
      expect(s).toContain("EXIT=130");
    });

    it("asks for the arrival date first when not given, defaulting to today", async () => {
      const t = Terminal.start(["interview"], "iv-arrival");
      await t.waitFor(/When will you arrive at the border\?/);
      t.type("2019-01-01");
      t.keys("Enter");
      // Outside the rulebook's coverage: the prompt says so and asks again.
      await t.waitFor(/before the rulebook's coverage, which starts on 2022-01-01/);
      t.keys("C-u");
      t.keys("Enter"); // empty: today
      const s = await t.waitFor(/Which work permit are you asking for\?/);
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto" }).format(new Date());
      expect(s).toContain(`│  ${today}`);
    });
  },
);
