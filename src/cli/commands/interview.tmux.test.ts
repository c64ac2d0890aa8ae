/**
 * The real terminal interview, driven through tmux (a pseudo-terminal): keys in with send-keys, the
 * screen read back with capture-pane. The command runs from the sources through tsx (no build
 * needed), with NO_COLOR=1: everything a test reads is visible without colour. Needs tmux.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../contract/assessment.js";
import type { Field } from "../../contract/profile.js";
import { ASK_ORDER, QUESTIONS } from "../../interview/questions.js";
import { easternToday } from "../../rulebook/time.js";

const ROOT = join(import.meta.dirname, "../../..");
const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const tmp = mkdtempSync(join(tmpdir(), "interview-tmux-"));
let sessions: string[] = [];

/** A private tmux server for this file, so nothing touches the user's sessions. */
const SOCKET = `poe-interview-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The rows of the active list (under its ◆ line): the label, and whether the cursor is on it. */
interface ScreenRow {
  label: string;
  active: boolean;
}

class Terminal {
  constructor(readonly name: string) {}
  static start(args: string[], name: string, columns = 250): Terminal {
    const cmd = `cd ${ROOT} && NO_COLOR=1 node --import tsx src/cli/main.ts ${args.join(" ")}; echo EXIT=$?; sleep 60`;
    tmux("new-session", "-d", "-s", name, "-x", String(columns), "-y", "60", cmd);
    sessions.push(name);
    return new Terminal(name);
  }
  /** The screen and its history, the terminal's own line folds joined (-J). */
  screen(): string {
    return tmux("capture-pane", "-p", "-J", "-S", "-2000", "-t", this.name);
  }
  keys(...keys: string[]) {
    for (const k of keys) tmux("send-keys", "-t", this.name, k);
  }
  type(text: string) {
    tmux("send-keys", "-t", this.name, "-l", text);
  }
  async waitFor(test: RegExp | ((screen: string) => boolean), timeout = 20_000): Promise<string> {
    const ok = typeof test === "function" ? test : (s: string) => test.test(s);
    const end = Date.now() + timeout;
    for (;;) {
      const s = this.screen();
      if (ok(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${test}\n--- screen ---\n${s}`);
      await sleep(80);
    }
  }
  /** The active prompt's message (the last line starting with ◆ or ▲) and the lines under it. */
  active(screen: string): { message: string; lines: string[] } | undefined {
    const all = screen.split("\n");
    const i = all.findLastIndex((l) => /^[◆▲]/.test(l));
    if (i < 0) return undefined;
    const end = all.findIndex((l, j) => j > i && l.startsWith("└"));
    return {
      message: all[i]!.replace(/^[◆▲]\s+/, "").trim(),
      lines: all.slice(i + 1, end < 0 ? undefined : end),
    };
  }
  /** The rows of the active list: `│  ❯ label` (the cursor's) or `│    label`, a checkbox dropped. */
  rows(screen: string): ScreenRow[] {
    return (this.active(screen)?.lines ?? [])
      .filter((l) => /^│ {2}[❯ ] \S/.test(l) && !/^│ {4}…/.test(l))
      .map((l) => ({
        label: l
          .slice(5)
          .replace(/^[◻◼] /, "")
          .trim(),
        active: l[3] === "❯",
      }));
  }
  /** Moves the cursor of a list to the row with this label (Down, as a user would) and confirms. */
  async choose(label: string) {
    // In a list of countries the special rows come after some 250 countries: Up wraps to them.
    const key = this.rows(this.screen()).some((r) => /\([A-Z]{2}\)$/.test(r.label)) ? "Up" : "Down";
    for (let i = 0; i < 40; i++) {
      const rows = this.rows(this.screen());
      if (!rows.some((r) => r.label === label)) throw new Error(`no row "${label}" in\n${this.screen()}`);
      if (rows.find((r) => r.active)?.label === label) {
        this.keys("Enter");
        return;
      }
      this.keys(key);
      await sleep(60);
    }
    throw new Error(`could not reach "${label}"`);
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
/** Every line of the screen that a prompt, a note or the guide drew (not a line folded by us). */
const DRAWN = /^(?:[│◆◇▲■ℹ●┌└├╮╯─]|EXIT=|$)/;

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

type Answer = string | { type: string } | { country: string } | { keys: string[] };

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
  if (typeof a === "string") {
    const rows = t.rows(t.screen());
    if (rows.length === 0) {
      // A typed answer: "?" for I don't know.
      t.type("?");
      t.keys("Enter");
    } else if (rows.some((r) => r.label === a)) await t.choose(a);
    else await t.choose(rows.some((r) => r.label === "Je ne sais pas") ? "Je ne sais pas" : "I don't know");
  } else if ("type" in a) {
    t.type(a.type);
    t.keys("Enter");
  } else if ("keys" in a) {
    t.keys(...a.keys);
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

const today = easternToday();

/** Starts an interview and answers the arrival question (Enter: today) unless `--arrival` is given. */
async function startPast(args: string[], name: string, columns?: number): Promise<Terminal> {
  const t = Terminal.start(args, name, columns);
  if (!args.includes("--arrival")) {
    await t.waitFor(/^◆\s+(When will you arrive|Quand arriverez-vous)/m);
    t.keys("Enter");
  }
  await t.waitFor((s) => /^◆\s+(Which work permit|Quel permis de travail)/m.test(s) && promptReady(s));
  return t;
}

describe.skipIf(!hasTmux)("poe-permit interview in a real terminal (tmux)", () => {
  it("English: I don't know, going back to change an answer, the result, and saving both files", async () => {
    const t = await startPast(["interview", "--arrival", "2025-09-15"], "iv-en");
    let screen = t.screen();
    expect(screen).toContain("Why we ask: it can decide");
    expect(screen).toMatch(/IRPR 198\(2\)\(a\)\(i\),\s+https:\/\/laws-lois\.justice\.gc\.ca/);
    await t.choose("Employer-specific, LMIA-exempt (International Mobility Program)");
    screen = await t.waitFor(/^◆\s+Do you already hold a port-of-entry Letter of Introduction/m);
    await t.choose("No");
    await t.waitFor(/^◆\s+Do you have the job offer from your employer\?/m);
    // Back: the Letter of Introduction question again, with the earlier answer under the cursor.
    await t.choose("← Back");
    screen = await t.waitFor(
      (s) =>
        (s.match(/^◆\s+Do you already hold a port-of-entry Letter/gm) ?? []).length === 1 &&
        /◇\s+Do you have the job offer/.test(s) &&
        promptReady(s),
    );
    expect(t.rows(screen).find((r) => r.active)?.label).toBe("No");
    await t.choose("Yes"); // changed: an LOI holder now
    await t.waitFor((s) => submitted(s) === 4 && promptReady(s));
    const { asked, screen: end } = await drive(
      t,
      "en",
      {
        ...travellerAnswers("en", "France"),
        complianceFeePaid: "I don't know",
        arrivingFrom: { country: "France" },
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
    expect(end).toContain("Is your job offer complete in IRCC's Employer Portal");
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
    const t = await startPast(["interview", "--lang", "fr", "--arrival", "2025-05-12"], "iv-fr");
    const first = t.screen();
    expect(first).toMatch(/Quel permis de travail demandez-vous\u00a0\?/);
    expect(first).toContain("Pourquoi cette question\u00a0: elle peut trancher «\u00a0");
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
    expect(screen).toContain("Demande à la frontière, à l'arrivée\u00a0: Non");
    expect(screen).toContain("Ce qui changerait la réponse");
    expect(screen).toContain("Attendre que l'EIMT favorable soit délivrée");
    t.keys("n");
    expect(await t.waitFor(/EXIT=\d+/)).toContain("EXIT=0");
  });

  it("Ctrl-C leaves cleanly, saving nothing", async () => {
    const t = await startPast(["interview", "--arrival", "2025-09-15"], "iv-cancel");
    await t.choose("Open work permit");
    await t.waitFor(/On what basis are you asking for an open work permit\?/);
    t.keys("C-c");
    const s = await t.waitFor(/EXIT=\d+/);
    expect(s).toContain("Interview stopped. Nothing was saved.");
    expect(s).toContain("EXIT=130");
  });

  it("asks for the arrival date first, saying that empty is today in Eastern Time, and Back returns to it", async () => {
    const t = Terminal.start(["interview"], "iv-arrival");
    let s = await t.waitFor(/When will you arrive at the Canadian border\?/);
    expect(s).toContain(`Leave empty for today in Eastern Time: ${today}`);
    t.type("2019-01-01");
    t.keys("Enter");
    // Outside the rulebook's coverage: the prompt says so and asks again.
    await t.waitFor(/before the rulebook's coverage, which starts on 2022-01-01/);
    t.keys("C-u");
    t.keys("Enter"); // empty: today
    s = await t.waitFor((x) => /^◆\s+Which work permit are you asking for\?/m.test(x) && promptReady(x));
    expect(s).toMatch(new RegExp(`◇\\s+When will you arrive at the Canadian border\\?\\n│  ${today}`));
    // Back on the first question: the arrival again.
    await t.choose("← Back");
    await t.waitFor((x) => (x.match(/^◆\s+When will you arrive/gm) ?? []).length === 1 && promptReady(x));
    t.keys("C-u");
    t.type("2025-09-15");
    t.keys("Enter");
    s = await t.waitFor((x) => (x.match(/^◇\s+When will you arrive/gm) ?? []).length === 2 && promptReady(x));
    expect(s).toMatch(/◇\s+When will you arrive at the Canadian border\?\n│ {2}2025-09-15/);
  });

  it("shows the active row with a cursor mark (no colour), and no answer is pre-selected on a yes/no question", async () => {
    const t = await startPast(["interview", "--arrival", "2025-09-15"], "iv-cursor");
    let s = t.screen();
    // A list of answers: the cursor row is marked, one row only.
    expect(t.rows(s).filter((r) => r.active)).toHaveLength(1);
    await t.choose("Employer-specific, LMIA-exempt (International Mobility Program)");
    s = await t.waitFor((x) => /^◆\s+Do you already hold a port-of-entry Letter/m.test(x) && promptReady(x));
    expect(
      t
        .rows(s)
        .map((r) => r.label)
        .slice(0, 2),
    ).toEqual(["Yes", "No"]);
    expect(t.rows(s).filter((r) => r.active)).toEqual([]);
    expect(t.active(s)!.lines.at(-1)).toContain("↑/↓ move • Enter confirm • y yes • n no");
    t.keys("Enter"); // nothing chosen yet: refused, and asked again
    s = await t.waitFor(/Choose an answer first/);
    expect(s).not.toMatch(/◇\s+Do you already hold/);
    t.keys("Down");
    s = await t.waitFor((x) => t.rows(x).find((r) => r.active)?.label === "Yes");
    t.keys("n"); // a key answers at once
    s = await t.waitFor(/◇\s+Do you already hold a port-of-entry Letter[^\n]*\n│ {2}No/);
  });

  it("ranks exact country names and aliases first, marks the focused country, and recaps the countries by name", async () => {
    const t = await startPast(["interview", "--arrival", "2025-09-15"], "iv-country");
    await t.choose("Employer-specific, LMIA-exempt (International Mobility Program)");
    for (const q of [
      /Letter of Introduction/,
      /job offer from your employer/,
      /complete in IRCC.s Employer Portal/,
    ]) {
      await t.waitFor((x) => q.test(t.active(x)?.message ?? "") && promptReady(x));
      await t.choose(q.source.includes("Letter") ? "No" : "Yes");
    }
    await t.waitFor((x) => /^◆\s+Which citizenships do you hold\?/m.test(x) && promptReady(x));
    t.type("india");
    // Wait for the whole word: after "in" or "ind" India leads too, with Indonesia second.
    let s = await t.waitFor(
      (x) => /^│ {2}Search: india█/.test(t.active(x)?.lines[0] ?? "") && t.rows(x)[0]?.label === "India (IN)",
    );
    expect(t.rows(s).find((r) => r.active)?.label).toBe("India (IN)");
    expect(t.rows(s)[1]?.label).toBe("British Indian Ocean Territory (IO)");
    t.keys("Tab");
    await t.waitFor((x) => t.active(x)?.lines.includes("│  = India (IN)") === true);
    for (let i = 0; i < "india".length; i++) t.keys("BSpace");
    await t.waitFor((x) => t.active(x)?.lines[0] === "│  Search: █");
    t.type("usa");
    s = await t.waitFor(
      (x) => t.rows(x)[0]?.label === "United States of America (US)" && t.rows(x)[0]!.active,
    );
    t.keys("Tab");
    await t.waitFor(
      (x) => t.active(x)?.lines.includes("│  = India (IN), United States of America (US)") === true,
    );
    t.keys("Enter");
    s = await t.waitFor(/◇\s+Which citizenships do you hold\?/);
    expect(s).toMatch(
      /◇\s+Which citizenships do you hold\?\n│ {2}India \(IN\), United States of America \(US\)/,
    );
    expect(s).not.toContain("items selected");
  });

  it("asks only relevant questions: special passports for India (a Holy See or British document can go with any citizenship), no maintained status out of Canada, and where you lived after I don't know", async () => {
    const t = await startPast(["interview", "--arrival", "2025-09-15"], "iv-relevant");
    await t.choose("Employer-specific, LMIA-exempt (International Mobility Program)");
    await t.waitFor((s) => submitted(s) === 1 && promptReady(s));
    const { asked } = await drive(
      t,
      "en",
      {
        letterOfIntroduction: "No",
        jobOffer: "Yes",
        complianceFeePaid: "Yes",
        citizenships: { country: "India" },
        passportKinds: { keys: ["Enter"] }, // none of these: nothing checked
        inCanadaWithStatus: "No",
        usPermanentResident: "No",
        publicHealthJob: "No",
        designatedCountryStay: "I don't know",
        recentResidence: { country: "France" },
        stayMonths: { type: "12" },
      },
      /Save your answers and the checklist/,
      "Skip the remaining optional questions",
    );
    expect(asked).toContain("citizenships");
    expect(asked).toContain("passportKinds");
    expect(asked).not.toContain("maintainedStatus");
    expect(asked[asked.indexOf("designatedCountryStay") + 1]).toBe("recentResidence");
    t.keys("n");
    await t.waitFor(/EXIT=0/);
  });

  it("French: the key hints in French, o for oui, and the interview switches language on the way", async () => {
    const t = await startPast(["interview", "--lang", "fr", "--arrival", "2025-09-15"], "iv-lang");
    let s = t.screen();
    expect(t.active(s)!.lines.at(-1)).toBe("│  ↑/↓ déplacer • Entrée valider • Ctrl-C quitter");
    await t.choose("Lié à un employeur, dispensé d'EIMT (Programme de mobilité internationale)");
    s = await t.waitFor((x) => /^◆\s+Avez-vous déjà une lettre d'introduction/m.test(x) && promptReady(x));
    expect(t.active(s)!.lines.at(-1)).toContain("o oui • n non");
    t.keys("o");
    s = await t.waitFor((x) => /^◆\s+Avez-vous l'offre d'emploi/m.test(x) && promptReady(x));
    expect(s).toMatch(/◇\s+Avez-vous déjà une lettre d'introduction[^\n]*\n│ {2}Oui/);
    await t.choose("Continue in English");
    s = await t.waitFor(
      (x) => /^◆\s+Do you have the job offer from your employer\?/m.test(x) && promptReady(x),
    );
    expect(s).toContain("Why we ask: it can decide");
    expect(t.active(s)!.lines.at(-1)).toContain("↑/↓ move • Enter confirm • y yes • n no");
    expect(t.rows(s).map((r) => r.label)).toContain("Continuer en français");
  });

  it("wraps why we ask at the terminal's width, between words, keeping URLs whole", async () => {
    const t = await startPast(["interview", "--arrival", "2025-09-15"], "iv-wrap", 80);
    const s = t.screen();
    const lines = s.split("\n");
    // -J joins the terminal's own folds: a line the program broke itself starts with the guide.
    for (const l of lines) expect(l, `a line broken inside a word or URL: "${l}"`).toMatch(DRAWN);
    for (const l of lines) {
      const tokens = l.replace(/^│\s*/, "").split(" ").filter(Boolean);
      if ([...l].length > 80) expect(tokens, `too wide: "${l}"`).toHaveLength(1);
    }
    const urls = s.match(/https:\/\/\S+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u).toMatch(/\.html$|\/$|[a-z0-9]$/);
    expect(s).toContain("https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-198.html");
  });

  it("asks again for a save path that cannot be written, without a stack trace", async () => {
    const t = await startPast(["interview", "--arrival", "2025-09-15"], "iv-save");
    await t.choose("Seasonal Agricultural Worker Program (SAWP)");
    await t.waitFor((x) => /EXIT=|Save your answers/.test(x) || (submitted(x) === 1 && promptReady(x)));
    await drive(t, "en", {}, /Save your answers and the checklist/, "Skip the remaining optional questions");
    t.keys("y");
    await t.waitFor(/File for your answers/);
    // A folder where the file should be (EISDIR: unwritable even for root).
    const folder = join(tmp, "answers.json");
    mkdirSync(folder, { recursive: true });
    t.keys("C-u");
    t.type(folder);
    t.keys("Enter");
    await t.waitFor(/File for the checklist/);
    t.keys("C-u");
    t.type(join(tmp, "no-such-folder", "checklist.md"));
    t.keys("Enter");
    let s = await t.waitFor(/Cannot write this file: .*answers\.json \(EISDIR\)/);
    await t.waitFor(
      (x) => /^◆\s+File for your answers \(profile JSON\) — choose another file/m.test(x) && promptReady(x),
    );
    const good = join(tmp, "save-answers.json");
    t.type(good);
    t.keys("Enter");
    s = await t.waitFor(/Cannot write this file: .*checklist\.md \(ENOENT\)/);
    await t.waitFor(
      (x) => /^◆\s+File for the checklist \(Markdown\) — choose another file/m.test(x) && promptReady(x),
    );
    t.keys("Enter"); // empty: not saved
    s = await t.waitFor(/EXIT=\d+/);
    expect(s).toContain("EXIT=0");
    expect(s).toContain(`Saved: ${good}`);
    expect(s).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect(JSON.parse(readFileSync(good, "utf8"))).toMatchObject({ permit: "sawp" });
  });
});
