/**
 * The web page end to end, in Debian's headless Chromium (playwright-core, no downloaded browser),
 * on a fresh production build served by a plain static server:
 * - three journeys (a "yes", a "no" with what would change it, a French one) whose verdict and
 *   checklist must equal the engine's own output for the same answers; a screenshot of each result;
 * - axe-core: 0 WCAG 2.1 A/AA violations on question and result pages in both languages;
 * - a journey done with the keyboard only;
 * - the bundle budget: all JavaScript loaded before the PDF is asked for < 150 KB gzipped;
 * - a journey completed with every network request blocked after load;
 * - the PDF checklist, downloaded and read back with pdftotext (French accents intact).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assessment, Lang } from "../../src/contract/assessment.js";
import type { Profile } from "../../src/contract/profile.js";
import { realEngine } from "../../src/engine/engine.js";
import { assess, RULEBOOK_VERSION, rulebook } from "../../src/engine/index.js";
import { QUESTIONS } from "../../src/interview/questions.js";
import { whatWouldChange } from "../../src/interview/what-would-change.js";
import { verdictSentence } from "../../src/web/i18n/strings.js";
import { localSource } from "../../src/web/sources.js";
import { type Answered, answerScreen, emptyAnswered, runJourney, tabTo } from "./driver.js";
import { BLANK_PATH, buildPage, gzipSize, launch, RESULTS_DIR, ROOT, serve } from "./support.js";

/** The budget: every JS file the page loads before the PDF is requested, gzipped, in total. */
const MAIN_JS_BUDGET = 80 * 1024;

// Traveller profiles (no arrival: the page assesses on today's rules, and so does the check).

/**
 * What every journey's traveller has in common: a citizen of `country` who lives there and flies in
 * from there, 34, with a year-long paid job in Ontario they hold the offer and qualifications for,
 * and none of the history the questions ask about (no US status, no past Canadian visa, no medical
 * exam yet). Each profile below names only what sets it apart.
 */
function travellerFrom(country: string, differences: Profile): Profile {
  return {
    citizenships: [country],
    passportKinds: [],
    usPermanentResident: false,
    countryOfResidence: country,
    age: 34,
    travelMode: "air",
    arrivingFrom: country,
    usNonimmigrantVisa: false,
    canadianVisaPast10Years: false,
    inCanadaWithStatus: false,
    maintainedStatus: false,
    truckDriverCrossBorder: false,
    cbsaAppointment: false,
    letterOfIntroduction: false,
    jobOffer: true,
    qualificationsProof: true,
    jobProvince: "ON",
    jobDays: 365,
    jobUnpaid: false,
    stayMonths: 12,
    recentResidence: [],
    designatedCountryStay: false,
    publicHealthJob: false,
    medicalExamDate: null,
    biometricsWithin10Years: false,
    ...differences,
  };
}

/** A job on an LMIA that has been issued. */
const ISSUED_LMIA: Profile = { permit: "lmia", lmiaIssued: true, lmiaNumber: "8801234" };

const FRENCH_LMIA_EXEMPT_YVR = travellerFrom("FR", {
  permit: "lmia-exempt",
  offerOfEmploymentNumber: "A1234567",
  complianceFeePaid: true,
  lmiaExemptionCode: "C10",
  portOfEntry: "YVR",
});

const BRITISH_CARE_WORKER_NO_MEDICAL = travellerFrom("GB", {
  ...ISSUED_LMIA,
  jobDays: 120,
  stayMonths: 4,
  publicHealthJob: true,
  portOfEntry: "YYZ",
});

const FRENCH_LMIA_QUEBEC = travellerFrom("FR", {
  ...ISSUED_LMIA,
  jobProvince: "QC",
  caqAttestation: true,
  portOfEntry: "YUL",
});

const US_CITIZEN_DRIVING_IN = travellerFrom("US", {
  ...ISSUED_LMIA,
  travelMode: "land",
  jobProvince: "BC",
  portOfEntry: "Peace Arch",
});

const AUSTRALIAN_LMIA_PENDING = travellerFrom("AU", {
  permit: "lmia",
  lmiaIssued: false,
  portOfEntry: "YYZ",
});

let dir: string;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
let axeSource: string;
/** Scripts the 'yes' journey loaded before and after asking for the PDF (read by the budget test). */
let scripts: { beforePdf: string[]; pdf: string[] } | undefined;

beforeAll(async () => {
  dir = await buildPage();
  server = await serve(dir);
  browser = await launch();
  context = browser.context;
  axeSource = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  mkdirSync(RESULTS_DIR, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A fresh page (empty local storage) that fails the test on any script error. */
async function openPage(lang: Lang): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  await setStorage(page, null);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${m.text()} (${m.location().url || "no url"})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.goto(`${server.url}#/${lang}/`);
  await page.waitForSelector("[data-testid=start]");
  return { page, errors };
}

/**
 * Sets (or clears) the page's saved interview from a same-origin page without the app, so a
 * running app cannot write its state back after the change.
 */
async function setStorage(page: Page, value: string | null): Promise<void> {
  await page.goto(new URL(BLANK_PATH, server.url).href);
  await page.evaluate((v) => {
    localStorage.clear();
    if (v !== null) localStorage.setItem("poe-permit.web.v1", v);
  }, value);
}

async function start(page: Page): Promise<void> {
  await page.click("[data-testid=start]");
  await page.waitForSelector("article.question");
}

function engineSays(answered: Answered, lang: Lang): Assessment {
  const r = assess(answered.answers, { lang });
  if (!r.ok) throw new Error(`engine refused the journey's answers: ${JSON.stringify(r.errors)}`);
  return r.assessment;
}

/** The result page shows exactly the engine's verdict, route, blockers, documents and advisories. */
async function expectResultMatches(page: Page, a: Assessment, lang: Lang): Promise<void> {
  const article = page.locator("article.result");
  expect(await article.getAttribute("data-poe")).toBe(a.poe);
  expect(await article.getAttribute("data-route")).toBe(a.route);
  expect(await page.textContent("[data-testid=verdict]")).toBe(verdictSentence(lang, a.poe, a.route));
  const codes = (sel: string) =>
    page.$$eval(`[data-testid=${sel}] li[data-code]`, (els) => els.map((e) => e.getAttribute("data-code")));
  expect(await codes("documents")).toEqual(a.documents.map((d) => d.code));
  const labels = await page.$$eval("[data-testid=documents] li[data-code] label", (els) =>
    els.map((e) => e.textContent),
  );
  expect(labels).toEqual(a.documents.map((d) => d.text));
  expect(await codes("blockers")).toEqual(a.blockers.map((b) => b.code));
  // Advisories: the steps before travelling in their own checklist, the rest below; together, the engine's.
  const shownAdvisories = [...(await codes("before-travel")), ...(await codes("advisories"))];
  expect(shownAdvisories.sort()).toEqual(a.advisories.map((x) => x.code).sort());
  // Every blocker and advisory links to its official sources.
  for (const x of [...a.blockers, ...a.advisories]) {
    const hrefs = await page.$$eval(`li[data-code="${x.code}"] a.source`, (els) =>
      els.map((e) => e.getAttribute("href")),
    );
    // On the French page, the French version of each source the rulebook records one for.
    expect(hrefs).toEqual(x.sources.map((u) => localSource(u, lang).url));
  }
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    const axe = (window as any).axe;
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

describe("web page journeys (headless Chromium)", () => {
  it("a 'yes' at the POE: verdict and checklist equal the engine's", async () => {
    const { page, errors } = await openPage("en");
    // Every script the page fetches, from a cold load to the result (for the budget test below).
    const loaded = new Set<string>();
    page.on("request", (r) => {
      if (r.resourceType() === "script") loaded.add(basename(new URL(r.url()).pathname));
    });
    await page.reload();
    await page.waitForSelector("[data-testid=start]");
    await start(page);
    const answered = await runJourney(page, FRENCH_LMIA_EXEMPT_YVR);
    const a = engineSays(answered, "en");
    expect(a.poe).toBe("yes");
    expect(a.route).toBe("apply-at-poe");
    expect(a.documents.map((d) => d.code)).toContain("passport");
    await expectResultMatches(page, a, "en");
    await screenshot(page, "journey-yes-en");
    // The fees paid at the border: the rulebook's table, with its provision.
    expect(await page.textContent("[data-testid=fees] li[data-fee=workPermit]")).toContain("CAD 155");
    expect(await page.textContent("[data-testid=fees] li[data-fee=workPermit] a")).toBe("IRPR 299(1)");
    expect(await page.$("[data-testid=fees] li[data-fee=openPermitHolder]")).toBeNull();

    // Only now ask for the PDF: what loads from here on is the on-demand PDF code.
    const beforePdf = [...loaded];
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=pdf]")]);
    const pdfPath = join(RESULTS_DIR, "checklist-en.pdf");
    await download.saveAs(pdfPath);
    expect(squash(pdfText(pdfPath))).toContain(squash(verdictSentence("en", a.poe, a.route)));
    expect(squash(pdfText(pdfPath))).toContain(squash("The work permit processing fee, CAD 155"));
    scripts = { beforePdf, pdf: [...loaded].filter((f) => !beforePdf.includes(f)) };
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a 'no' with what would change it", async () => {
    const { page, errors } = await openPage("en");
    await start(page);
    const answered = await runJourney(page, BRITISH_CARE_WORKER_NO_MEDICAL);
    const a = engineSays(answered, "en");
    expect(a.poe).toBe("no");
    expect(a.blockers.map((b) => b.code)).toContain("medical-certificate-missing");
    await expectResultMatches(page, a, "en");
    const options = whatWouldChange(answered.answers, { lang: "en", engine: realEngine });
    expect(options.length).toBeGreaterThan(0);
    const shown = await page.$$eval("[data-testid=what-would-change] li[data-fields]", (els) =>
      els.map((e) => e.getAttribute("data-fields")),
    );
    expect(shown).toEqual(options.map((o) => o.changes.map((c) => c.field).join(" ")));
    expect(shown).toContain("medicalExamDate");
    const text = await page.textContent("[data-testid=what-would-change]");
    for (const o of options) for (const c of o.changes) expect(text).toContain(c.action);
    await screenshot(page, "journey-no-en");

    // Acting on it: change the medical exam answer from the summary; the verdict follows the engine.
    const examDate = new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);
    await page.click(
      '[data-testid=answers] button:has-text("When did you take your immigration medical exam?")',
    );
    await page.waitForSelector("article.question[data-field=medicalExamDate]");
    expect(await page.isChecked("#answer-medicalExamDate-none")).toBe(true);
    await page.uncheck("#answer-medicalExamDate-none");
    await page.fill("#answer-medicalExamDate", examDate);
    await page.click("[data-testid=next]");
    await page.waitForFunction(() => !document.querySelector("article.question[data-field=medicalExamDate]"));
    // The new answer may open follow-up questions: they are asked, then the result shows.
    const edited = { ...BRITISH_CARE_WORKER_NO_MEDICAL, medicalExamDate: examDate };
    answered.answers = { ...answered.answers, medicalExamDate: examDate };
    await runJourney(page, edited, "pointer", answered);
    const after = engineSays(answered, "en");
    expect(after.poe).toBe(options[0]?.result.poe);
    await expectResultMatches(page, after, "en");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a French journey, switching language mid-way without losing answers", async () => {
    const { page, errors } = await openPage("en");
    await start(page);
    // Two answers in English, then switch to French.
    const answered = emptyAnswered();
    for (let i = 0; i < 2; i++)
      expect(await answerScreen(page, FRENCH_LMIA_QUEBEC, "pointer", answered)).toBe(true);
    const field = await page.getAttribute("article.question", "data-field");
    await page.click("[data-testid=lang-switch]");
    await page.waitForFunction(() => document.documentElement.lang === "fr-CA");
    expect(await page.textContent("[data-testid=next]")).toBe("Suivant");
    // Same question, same answers so far: nothing was lost.
    expect(await page.getAttribute("article.question", "data-field")).toBe(field);
    expect(
      await page.evaluate(() => JSON.parse(localStorage.getItem("poe-permit.web.v1") ?? "{}").state?.answers),
    ).toEqual(answered.answers);
    await runJourney(page, FRENCH_LMIA_QUEBEC, "pointer", answered);
    const a = engineSays(answered, "fr");
    expect(a.poe).toBe("yes");
    expect(a.documents.map((d) => d.code)).toContain("caq-attestation");
    await expectResultMatches(page, a, "fr");
    expect(await page.textContent("h2#docs-title")).toBe("Apportez ces documents");
    expect(await page.textContent("[data-testid=fees] li[data-fee=workPermit]")).toContain(
      "155\u00a0$\u00a0CA",
    );
    expect(await page.getAttribute("[data-testid=fees] li[data-fee=workPermit] a", "href")).toContain(
      "/fra/",
    );
    await screenshot(page, "journey-fr");

    // The checklist as a PDF, made in the browser: the text read back keeps its accents.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=pdf]")]);
    const pdfPath = join(RESULTS_DIR, "checklist-fr.pdf");
    await download.saveAs(pdfPath);
    const text = pdfText(pdfPath);
    // Accented words, exactly as written (with the no-break space before the colon).
    // (pdftotext gives the no-break space before the colon back as a plain space.)
    expect(text).toContain("Permis de travail à la frontière : liste de vérification");
    expect(text).toMatch(/Règles en vigueur le .+ \(règles version /);
    expect(text).toContain("Préparée le");
    // Every line of the checklist. pdftotext joins a word broken at a line-end hyphen ("ci-" +
    // "dessous" → "cidessous"), so these compare without spaces and hyphens.
    const flat = squash(text);
    expect(flat).toContain(squash(verdictSentence("fr", a.poe, a.route)));
    for (const d of a.documents) expect(flat).toContain(squash(d.text));
    for (const x of a.advisories) expect(flat).toContain(squash(x.text));
    expect(flat).toContain(squash("Frais à payer à la frontière"));
    // Every source, in its French version where there is one, whole: its lines joined are the URL.
    const lines = execFileSync("pdftotext", ["-enc", "UTF-8", pdfPath, "-"], { encoding: "utf8" }).replace(
      /\n/g,
      "",
    );
    const urls = [...a.blockers, ...a.advisories].flatMap((x) =>
      x.sources.map((u) => localSource(u, "fr").url),
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(lines).toContain(u);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a journey with the keyboard only reaches the result", async () => {
    const { page, errors } = await openPage("en");
    // From the top of the page: Tab to Start, Enter.
    await tabTo(page, "[data-testid=start]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("article.question");
    // Focus moved to the question's heading, so the next Tab lands in the answer.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    const answered = await runJourney(page, US_CITIZEN_DRIVING_IN, "keyboard");
    const a = engineSays(answered, "en");
    expect(a.poe).toBe("yes");
    await expectResultMatches(page, a, "en");
    // The checklist is usable by keyboard too.
    await tabTo(page, "[data-testid=documents] input[type=checkbox]");
    await page.keyboard.press("Space");
    expect(
      await page.$eval(
        "[data-testid=documents] input[type=checkbox]",
        (e) => (e as HTMLInputElement).checked,
      ),
    ).toBe(true);
    await screenshot(page, "journey-keyboard-en");
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Puts a finished interview (every field of `profile` answered) in local storage and opens the result. */
async function showResult(page: Page, lang: Lang, profile: Profile): Promise<void> {
  const answers = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
  const saved = {
    state: { answers, unknown: [], history: Object.keys(answers), skipRefine: false },
    checked: [],
  };
  await setStorage(page, JSON.stringify(saved));
  await page.goto(`${server.url}#/${lang}/result`);
  await page.waitForSelector("article.result");
  const a = engineSays({ answers: answers as Profile, unknown: [], asked: [] }, lang);
  expect(await page.getAttribute("article.result", "data-poe")).toBe(a.poe);
}

const squash = (t: string) => t.replace(/[\s\u00a0-]+/g, "");

function pdfText(file: string): string {
  if (!existsSync("/usr/bin/pdftotext")) {
    throw new Error(
      "pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils; .ci/run does it)",
    );
  }
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(
    /[ \t\r\n\f]+/g,
    " ",
  );
}

describe("web page details", () => {
  it("Back shows the previous answer again; 'I don't know' throughout gives an honest 'not settled'", async () => {
    const { page, errors } = await openPage("en");
    await start(page);
    // The arrival date comes first; "I don't know yet" means today's rules.
    expect(await page.getAttribute("article.question", "data-field")).toBe("arrival");
    expect(await page.textContent("[data-testid=dont-know]")).toBe("I don't know yet");
    await page.click("[data-testid=dont-know]");
    await page.waitForSelector("article.question[data-field=permit]");
    await page.check("#answer-permit-1");
    await page.click("[data-testid=next]");
    await page.waitForFunction(
      () => document.querySelector("article.question")?.getAttribute("data-field") !== "permit",
    );
    await page.click("[data-testid=back]");
    await page.waitForSelector("article.question[data-field=permit]");
    expect(await page.isChecked("#answer-permit-1")).toBe(true);

    // A reload loses nothing.
    await page.click("[data-testid=next]");
    await page.waitForFunction(
      () => document.querySelector("article.question")?.getAttribute("data-field") !== "permit",
    );
    const second = await page.getAttribute("article.question", "data-field");
    await page.reload();
    await page.waitForSelector(`article.question[data-field=${second}]`);

    const answered = await runJourney(page, {}, "pointer", {
      answers: { permit: "lmia-exempt" },
      unknown: [],
      asked: [],
    });
    const a = engineSays(answered, "en");
    expect(a.poe).toBe("unknown");
    await expectResultMatches(page, a, "en");
    const listed = await page.$$eval("[data-testid=missing] li[data-field]", (els) =>
      els.map((e) => e.getAttribute("data-field")),
    );
    expect(listed).toEqual(a.missing);
    expect(listed.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of ["en", "fr"] as const) {
    it(`"How we decide" shows every rule of the rulebook with its sources (${lang})`, async () => {
      const { page } = await openPage(lang);
      await page.goto(`${server.url}#/${lang}/rules`);
      await page.waitForSelector("article.rules");
      const shown = await page.$$eval("li.rule", (els) =>
        els.map((e) => ({
          id: e.getAttribute("data-rule"),
          title: e.querySelector("h3")?.textContent,
          sources: [...e.querySelectorAll(".sources a")].map((a) => a.getAttribute("href")),
        })),
      );
      expect(shown.length).toBe(rulebook.length);
      for (const r of rulebook) {
        expect(shown.find((x) => x.id === r.id)).toEqual({
          id: r.id,
          title: r.title[lang],
          sources: r.sources.map((x) => (lang === "fr" && x.fr ? x.fr.url : x.url)),
        });
      }
      expect(await page.textContent("article.rules")).toContain(RULEBOOK_VERSION);
      // French readers get French sources: every link to the regulations is to its French text.
      const laws = await page.$$eval('a[href*="laws-lois.justice.gc.ca"]', (els) =>
        els.map((e) => e.getAttribute("href")),
      );
      expect(laws.length).toBeGreaterThan(10);
      for (const href of laws)
        expect(href).toMatch(lang === "fr" ? /\.gc\.ca\/fra\/(reglements|lois)\// : /\.gc\.ca\/eng\//);
      // A source with no French version says so on the French page ("(en anglais)"), and only then.
      const links = await page.$$eval("li.rule .sources a", (els) =>
        els.map((e) => ({
          href: e.getAttribute("href") ?? "",
          lang: e.getAttribute("lang"),
          hreflang: e.getAttribute("hreflang"),
          note: e.nextElementSibling?.classList.contains("source-note")
            ? e.nextElementSibling.textContent
            : null,
        })),
      );
      const frenchVersion = /\/fra\/|-fra\.html$|\/fr\/|\/francais\//;
      for (const l of links) {
        const english = lang === "fr" && !frenchVersion.test(l.href);
        expect(l, l.href).toEqual({
          href: l.href,
          lang: english ? "en" : null,
          hreflang: english ? "en" : null,
          note: english ? " (en anglais)" : null,
        });
      }
      if (lang === "fr") expect(links.some((l) => l.note !== null)).toBe(true);
      await page.close();
    });
  }
});

describe("web page accessibility (axe-core in Chromium)", () => {
  const report: Record<string, unknown> = {};
  afterAll(() => writeFileSync(join(RESULTS_DIR, "axe.json"), `${JSON.stringify(report, null, 2)}\n`));

  for (const lang of ["en", "fr"] as const) {
    it(`0 violations on the home, question, result and rules pages (${lang})`, async () => {
      const { page } = await openPage(lang);
      report[`home-${lang}`] = await axeViolations(page);
      await start(page);
      report[`question-${lang}`] = await axeViolations(page);
      // An error state is part of the question page too.
      await page.click("[data-testid=next]");
      await page.waitForSelector("[role=alert]");
      report[`question-error-${lang}`] = await axeViolations(page);
      // Result pages: a "no" (with what would change it) and a "yes" (with the checklist).
      await showResult(page, lang, BRITISH_CARE_WORKER_NO_MEDICAL);
      report[`result-no-${lang}`] = await axeViolations(page);
      await showResult(page, lang, FRENCH_LMIA_QUEBEC);
      report[`result-yes-${lang}`] = await axeViolations(page);
      await page.goto(`${server.url}#/${lang}/rules`);
      await page.waitForSelector("article.rules");
      report[`rules-${lang}`] = await axeViolations(page);
      for (const key of ["home", "question", "question-error", "result-no", "result-yes", "rules"]) {
        expect(report[`${key}-${lang}`], `${key}-${lang}`).toEqual([]);
      }
      await page.close();
    });
  }
});

describe("web page budget and privacy", () => {
  it(`main-bundle JS (every script loaded before the PDF is asked for) is under ${MAIN_JS_BUDGET / 1024} KB gzipped`, () => {
    if (!scripts) throw new Error("the 'yes' journey did not record the scripts it loaded (did it fail?)");
    const size = (files: string[]) => files.reduce((n, f) => n + gzipSize(join(dir, "assets", f)), 0);
    const mainBytes = size(scripts.beforePdf);
    const pdfBytes = size(scripts.pdf);
    const all = readdirSync(join(dir, "assets")).filter((f) => f.endsWith(".js"));
    const sizes = {
      rule: "main = all JS loaded from a cold start through a full interview to the result page, before the PDF button",
      budgetBytes: MAIN_JS_BUDGET,
      mainJsGzipBytes: mainBytes,
      mainJsFiles: scripts.beforePdf,
      pdfJsGzipBytes: pdfBytes,
      pdfJsFiles: scripts.pdf,
      allJsGzipBytes: size(all),
    };
    writeFileSync(join(RESULTS_DIR, "bundle.json"), `${JSON.stringify(sizes, null, 2)}\n`);
    console.log(
      `web bundle: main JS ${(mainBytes / 1024).toFixed(1)} KB gzipped (${scripts.beforePdf.length} file); ` +
        `PDF on demand ${(pdfBytes / 1024).toFixed(1)} KB gzipped (${scripts.pdf.length} files)`,
    );
    expect(scripts.beforePdf.length).toBeGreaterThan(0);
    expect(scripts.beforePdf.some((f) => f.includes("pdfkit"))).toBe(false);
    expect(scripts.pdf.some((f) => f.includes("pdfkit"))).toBe(true);
    expect(mainBytes).toBeLessThan(MAIN_JS_BUDGET);
  });

  it("the built page forbids connections to other sites (Content-Security-Policy)", async () => {
    const { page } = await openPage("en");
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    // And the page obeys it: a fetch to another origin is refused by the browser itself.
    const refused = await page.evaluate(() =>
      fetch("https://example.org/").then(
        () => false,
        () => true,
      ),
    );
    expect(refused).toBe(true);
    await page.close();
  });

  it("completes an interview with every network request blocked after load", async () => {
    const { page, errors } = await openPage("en");
    const attempted: string[] = [];
    await page.route("**/*", (route) => {
      attempted.push(route.request().url());
      return route.abort();
    });
    await start(page);
    const answered = await runJourney(page, AUSTRALIAN_LMIA_PENDING);
    const a = engineSays(answered, "en");
    await expectResultMatches(page, a, "en");
    expect(a.poe).toBe("no");
    expect(attempted).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, "journey-offline-en");
    // The PDF code is not loaded yet and cannot be now: the page says so and offers Print.
    await page.click("[data-testid=pdf]");
    await page.waitForSelector("text=The PDF could not be prepared");
    expect(attempted.some((u) => u.includes("/assets/"))).toBe(true);
    await page.close();
  });
});

/** A saved interview with exactly these answers (and "I don't know yet" for the arrival when absent). */
async function showAnswers(page: Page, lang: Lang, answers: Profile): Promise<void> {
  const fields = Object.keys(answers);
  const saved = {
    state: {
      answers,
      unknown: "arrival" in answers ? [] : ["arrival"],
      history: "arrival" in answers ? fields : ["arrival", ...fields],
      skipRefine: true,
    },
    checked: [],
  };
  await setStorage(page, JSON.stringify(saved));
  await page.goto(`${server.url}#/${lang}/result`);
  await page.waitForSelector("article.result");
}

describe("the answer is for the trip, and whole", () => {
  it("an arrival date in the past, on each side of a rule change, gives different answers", async () => {
    const verdicts: Record<string, { poe: string; blockers: string[]; asOf: string | null }> = {};
    for (const arrival of ["2024-06-20", "2024-06-22"]) {
      const { page, errors } = await openPage("en");
      await start(page);
      expect(await page.getAttribute("article.question", "data-field")).toBe("arrival");
      expect(await page.getAttribute("#answer-arrival", "type")).toBe("date");
      const answered = await runJourney(page, { arrival, permit: "pgwp", citizenships: ["FR"] });
      const a = engineSays(answered, "en");
      await expectResultMatches(page, a, "en");
      expect(await page.getAttribute("[data-testid=as-of]", "data-date")).toBe(arrival);
      expect(await page.$("[data-testid=used-today]")).toBeNull();
      verdicts[arrival] = {
        poe: a.poe,
        blockers: a.blockers.map((b) => b.code),
        asOf: await page.textContent("[data-testid=as-of]"),
      };
      expect(errors).toEqual([]);
      await page.close();
    }
    // PGWP applications at the border ended on 2024-06-21 (IRCC news release): the day after, a "no".
    expect(verdicts["2024-06-22"]?.blockers).toContain("pgwp");
    expect(verdicts["2024-06-20"]?.blockers).not.toContain("pgwp");
    expect(verdicts["2024-06-22"]?.asOf).toContain("June 22, 2024");
  });

  it("'I don't know yet' for the arrival: today's rules, and the page says so", async () => {
    const { page } = await openPage("en");
    await showAnswers(page, "en", { permit: "lmia-exempt" });
    expect(await page.textContent("[data-testid=used-today]")).toContain("rules in force today");
    expect(await page.textContent("[data-testid=last-verified]")).toMatch(/checked against the law on/);
    expect(await page.textContent("[data-testid=not-goc]")).toContain("not a Government of Canada service");
    await page.close();
  });

  it("a 'yes' says why, with the rules; 'Forget my answers' deletes them from the browser", async () => {
    const { page } = await openPage("fr");
    await showResult(page, "fr", FRENCH_LMIA_QUEBEC);
    expect(await page.getAttribute("article.result", "data-poe")).toBe("yes");
    expect(await page.textContent("[data-testid=why-yes]")).toMatch(
      /Aucune des \d+[\s\u00a0]règles en vigueur/,
    );
    expect(await page.getAttribute("[data-testid=why-yes] a", "href")).toContain("view=rules");
    expect(await page.evaluate(() => localStorage.getItem("poe-permit.web.v1"))).not.toBeNull();
    await page.click("[data-testid=forget]");
    expect(await page.textContent("[data-testid=forgotten]")).toContain("effacées de ce navigateur");
    await expect
      .poll(() =>
        page.evaluate(
          () => JSON.parse(localStorage.getItem("poe-permit.web.v1") ?? "{}").state?.history ?? [],
        ),
      )
      .toEqual([]);
    await page.close();
  });

  it("an arrival weeks away says to check again before travelling", async () => {
    const { page } = await openPage("fr");
    const inSixWeeks = new Date(Date.now() + 42 * 86_400_000).toISOString().slice(0, 10);
    await showAnswers(page, "fr", { arrival: inSixWeeks, permit: "lmia-exempt" });
    expect(await page.textContent("[data-testid=check-again]")).toContain(
      "Vérifiez de nouveau avant de partir\u00a0:",
    );
    await page.close();
  });

  it("the early result of a French citizen flying in shows the eTA before travelling", async () => {
    const { page, errors } = await openPage("en");
    await start(page);
    const answered = emptyAnswered();
    // Answer until the page offers the result early ("we already have enough to answer").
    for (let i = 0; i < 40 && !(await page.$("[data-testid=see-result]")); i++) {
      expect(await answerScreen(page, FRENCH_LMIA_EXEMPT_YVR, "pointer", answered)).toBe(true);
    }
    expect(answered.asked).toContain("travelMode");
    expect(await page.textContent(".notice[role=status]")).toContain("We already have enough to answer");
    await page.click("[data-testid=see-result]");
    await page.waitForSelector("article.result");
    const a = engineSays(answered, "en");
    expect(a.advisories.map((x) => x.code)).toContain("eta-required");
    await expectResultMatches(page, a, "en");
    expect(await page.$("[data-testid=before-travel] li[data-code=eta-required]")).not.toBeNull();
    // What is still unanswered, and what it may add, is said.
    expect(await page.textContent("[data-testid=refine]")).toMatch(
      /questions? left that can add documents or advice/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("an employer that has not paid the fee: the employer's action is shown, never 'nothing'", async () => {
    for (const lang of ["en", "fr"] as const) {
      const { page } = await openPage(lang);
      await showAnswers(page, lang, {
        permit: "lmia-exempt",
        jobOffer: true,
        complianceFeePaid: false,
        citizenships: ["FR"],
      });
      expect(await page.getAttribute("article.result", "data-poe")).toBe("no");
      const text = await page.textContent("[data-testid=what-would-change]");
      expect(text).toContain(lang === "en" ? "pay the compliance fee" : "frais de conformité payés");
      expect(text).not.toContain(lang === "en" ? "Nothing you can do" : "rien de ce que vous pourriez faire");
      expect(await page.getAttribute("[data-testid=lifting] li", "data-lifts")).toBe(
        "employer-offer-incomplete",
      );
      await page.close();
    }
  });

  it("a medical exam date in the future is refused with a clear message", async () => {
    const { page } = await openPage("en");
    await showResult(page, "en", BRITISH_CARE_WORKER_NO_MEDICAL);
    await page.click(
      '[data-testid=answers] button:has-text("When did you take your immigration medical exam?")',
    );
    await page.waitForSelector("article.question[data-field=medicalExamDate]");
    await page.uncheck("#answer-medicalExamDate-none");
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await page.fill("#answer-medicalExamDate", tomorrow);
    await page.click("[data-testid=next]");
    expect(await page.textContent("[role=alert]")).toContain("This date is after today");
    expect(await page.getAttribute("article.question", "data-field")).toBe("medicalExamDate");
    await page.close();
  });

  it("no country codes in the answers; no PDF button when there is nothing to put in it", async () => {
    const { page } = await openPage("en");
    await showResult(page, "en", US_CITIZEN_DRIVING_IN);
    const answers = await page.textContent("[data-testid=answers]");
    expect(answers).toContain("United States of America");
    expect(answers).not.toMatch(/\(US\)/);
    expect(await page.$("[data-testid=pdf]")).not.toBeNull();
    await showAnswers(page, "en", {});
    expect(await page.getAttribute("article.result", "data-poe")).toBe("unknown");
    expect(await page.$("[data-testid=pdf]")).toBeNull();
    await page.close();
  });
});

describe("a page that behaves like the web", () => {
  it("focus: on load the skip link is the first Tab stop; after the PDF, focus is back on its button", async () => {
    const { page } = await openPage("en");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    await showResult(page, "en", FRENCH_LMIA_QUEBEC);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=pdf]")]);
    await download.path();
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "pdf");
    await page.close();
  });

  it("320 px wide: no horizontal scrolling on any page", async () => {
    const { page } = await openPage("en");
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const seen: Record<string, number> = {};
    seen.home = await overflow();
    await start(page);
    seen.arrival = await overflow();
    await page.click("[data-testid=dont-know]");
    await page.waitForSelector("article.question[data-field=permit]");
    seen.question = await overflow();
    await page.click("[data-testid=next]");
    await page.waitForSelector("[role=alert]");
    seen.error = await overflow();
    await showResult(page, "en", BRITISH_CARE_WORKER_NO_MEDICAL);
    seen.resultNo = await overflow();
    await showResult(page, "fr", FRENCH_LMIA_QUEBEC);
    seen.resultYesFr = await overflow();
    await page.screenshot({ path: join(RESULTS_DIR, "result-fr-320.png"), fullPage: true });
    await page.goto(`${server.url}#/en/rules`);
    await page.waitForSelector("article.rules");
    seen.rules = await overflow();
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, 0])));
    await page.close();
  });

  it("countries: a type-ahead combobox (names in both languages, alpha-2 and alpha-3 codes), by keyboard, at 320 px, axe-clean", async () => {
    const { page, errors } = await openPage("fr");
    // The citizenship question, reached with the arrival date and the citizenships not known yet.
    const state = { answers: {}, unknown: ["arrival"], history: ["arrival"], skipRefine: false };
    await setStorage(
      page,
      JSON.stringify({ state: { ...state, history: ["arrival", "citizenships"] }, checked: [] }),
    );
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.url}?lang=fr&view=question&q=citizenships`);
    await page.waitForSelector("article.question[data-field=citizenships]");
    expect(await page.$("select")).toBeNull();
    const row = (i: number) => `#answer-citizenships-${i}`;
    const attr = (i: number, name: string) => page.getAttribute(row(i), name);
    const options = (i: number) =>
      page.$$eval(`${row(i)}-list [role=option]`, (els) => els.map((e) => e.textContent));
    expect(await attr(0, "role")).toBe("combobox");
    expect(await attr(0, "aria-expanded")).toBe("false");
    expect(await attr(0, "aria-autocomplete")).toBe("list");

    // A name in the page's language: typed, the list opens with the matches and says how many.
    await page.focus(row(0));
    await page.keyboard.type("allem");
    await expect.poll(() => attr(0, "aria-expanded")).toBe("true");
    await expect.poll(async () => (await options(0))[0]).toBe("Allemagne");
    expect(await page.textContent(`.combo:has(${row(0)}) [role=status]`)).toMatch(
      /^\d+\u00a0pays trouvés?\.$/,
    );
    await page.keyboard.press("ArrowDown");
    expect(await attr(0, "aria-activedescendant")).toBe("answer-citizenships-0-opt-DE");
    expect(await page.getAttribute("#answer-citizenships-0-opt-DE", "aria-selected")).toBe("true");
    // The open list: no axe violation, no horizontal scrolling at 320 px.
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await page.keyboard.press("Enter");
    expect(await page.inputValue(row(0))).toBe("Allemagne");
    expect(await attr(0, "data-code")).toBe("DE");
    expect(await attr(0, "aria-expanded")).toBe("false");

    // The other language's name finds the country too.
    await page.click("[data-testid=add-country]");
    await page.focus(row(1));
    await page.keyboard.type("japan");
    await expect.poll(async () => (await options(1))[0]).toBe("Japon");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await attr(1, "data-code")).toBe("JP");

    // An ISO code: its country first. Escape closes the list, then clears the text.
    await page.click("[data-testid=add-country]");
    await page.focus(row(2));
    await page.keyboard.type("mx");
    await expect.poll(async () => (await options(2))[0]).toBe("Mexique");
    await page.keyboard.press("Escape");
    expect(await attr(2, "aria-expanded")).toBe("false");
    await page.keyboard.press("Escape");
    expect(await page.inputValue(row(2))).toBe("");
    // An alpha-3 code finds its country too (no name starts with these letters).
    await page.keyboard.type("gbr");
    await expect.poll(async () => (await options(2))[0]).toBe("Royaume-Uni");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await attr(2, "data-code")).toBe("GB");
    // A text that names no country is said so as it is typed, and refused (never silently dropped).
    await page.click("[data-testid=add-country]");
    await page.focus(row(3));
    await page.keyboard.type("zzqx");
    expect(await page.textContent(`.combo:has(${row(3)}) .combo-none`)).toContain("Aucun pays ne correspond");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#error-summary");
    expect(await page.textContent("#error-summary")).toContain("Nous n'avons pas trouvé le pays tapé");
    expect(await page.inputValue(row(3))).toBe("zzqx");
    await page.click("button:has-text('Retirer Pays 4')");
    // Enter with the list closed is the form's Next: the three countries are the answer.
    await page.focus(row(2));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !document.querySelector("article.question[data-field=citizenships]"));
    expect(
      await page.evaluate(
        () => JSON.parse(localStorage.getItem("poe-permit.web.v1") ?? "{}").state?.answers?.citizenships,
      ),
    ).toEqual(["DE", "JP", "GB"]);

    // On the English page, the French name finds it as well.
    await page.goto(`${server.url}?lang=en&view=question&q=citizenships`);
    await page.waitForSelector("article.question[data-field=citizenships]");
    expect(await page.inputValue(row(0))).toBe("Germany");
    await page.fill(row(0), "");
    await page.focus(row(0));
    await page.keyboard.type("allemagne");
    await expect.poll(async () => (await options(0))[0]).toBe("Germany");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("screenshots of the result page: English, French, and French on a 320 px phone", async () => {
    // Saved with the test results, and also in POE_SCREENS_DIR when it is set (for the closing note).
    const extra = process.env.POE_SCREENS_DIR;
    if (extra) mkdirSync(extra, { recursive: true });
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const profile: Profile = { ...FRENCH_LMIA_EXEMPT_YVR, arrival: inTenDays };
    const { page, errors } = await openPage("en");
    for (const [name, lang, width] of [
      ["result-en", "en", 1000],
      ["result-fr", "fr", 1000],
      ["result-fr-phone-320", "fr", 320],
    ] as const) {
      await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
      await showResult(page, lang, profile);
      expect(await page.$("[data-testid=before-travel] li[data-code=eta-required]")).not.toBeNull();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      const path = join(RESULTS_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      expect(readFileSync(path).subarray(1, 4).toString()).toBe("PNG");
      if (extra) writeFileSync(join(extra, `${name}.png`), readFileSync(path));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works offline after the first visit (service worker), through a whole interview", async () => {
    const sw = await launch({ serviceWorkers: "allow" });
    try {
      const page = await sw.context.newPage();
      await page.goto(`${server.url}#/en/`);
      await page.waitForSelector("[data-testid=start]");
      // The page registers its service worker; once it is active, the page and its scripts are cached.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await expect
        .poll(() => page.evaluate(async () => (await caches.keys()).some((k) => k.startsWith("poe-permit-"))))
        .toBe(true);
      await sw.context.setOffline(true);
      await page.reload();
      await page.waitForSelector("[data-testid=start]");
      await start(page);
      const answered = await runJourney(page, AUSTRALIAN_LMIA_PENDING);
      const a = engineSays(answered, "en");
      await expectResultMatches(page, a, "en");
      await page.close();
    } finally {
      await sw.close();
    }
  }, 180_000);
});

describe("addresses, Back and Forward", () => {
  it("each question has its own address; browser Back and Forward move through five questions", async () => {
    const { page, errors } = await openPage("en");
    await start(page);
    const answered = emptyAnswered();
    const seen: { field: string | null; url: string; title: string }[] = [];
    for (let i = 0; i < 6; i++) {
      seen.push({
        field: await page.getAttribute("article.question", "data-field"),
        url: page.url(),
        title: await page.title(),
      });
      if (i < 5) await answerScreen(page, FRENCH_LMIA_QUEBEC, "pointer", answered);
    }
    for (const s of seen) {
      expect(new URL(s.url).searchParams.get("q")).toBe(s.field);
      expect(new URL(s.url).hash).toBe("");
      expect(s.title).toContain(QUESTIONS[s.field as keyof typeof QUESTIONS].prompt.en);
    }
    // Back, five times: each question again, with its answer shown.
    for (let i = 4; i >= 0; i--) {
      await page.goBack();
      await page.waitForSelector(`article.question[data-field=${seen[i]!.field}]`);
      expect(page.url()).toBe(seen[i]!.url);
    }
    expect(await page.isChecked("#answer-arrival-none").catch(() => false)).toBe(false);
    // Forward, five times.
    for (let i = 1; i <= 5; i++) {
      await page.goForward();
      await page.waitForSelector(`article.question[data-field=${seen[i]!.field}]`);
    }
    // A reload keeps the question and the answers.
    await page.reload();
    await page.waitForSelector(`article.question[data-field=${seen[5]!.field}]`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("'Change' on the result: the questions the new answer opens are asked; the count says 'about N more', never 'N of N'", async () => {
    const { page, errors } = await openPage("en");
    await showResult(page, "en", FRENCH_LMIA_EXEMPT_YVR);
    await page.click('[data-testid=answers] button:has-text("Which work permit are you asking for?")');
    await page.waitForSelector("article.question[data-field=permit]");
    const progress = /^Question \d+(, about \d+ more after this one)?$/;
    expect(await page.textContent("#q-progress")).toMatch(progress);
    await page.check(
      `#answer-permit-${QUESTIONS.permit.kind === "one-of" ? QUESTIONS.permit.choices.findIndex((c) => c.value === "lmia") : -1}`,
    );
    await page.click("[data-testid=next]");
    // (The saved interview has no arrival date: "I don't know yet" is asked for first.) Then the
    // questions an LMIA job opens are asked, not the result straight away.
    await page.waitForSelector("article.question:not([data-field=permit])");
    const texts = [await page.textContent("#q-progress")];
    const profile: Profile = { ...FRENCH_LMIA_EXEMPT_YVR, ...ISSUED_LMIA };
    const answered: Answered = {
      answers: { ...FRENCH_LMIA_EXEMPT_YVR, permit: "lmia" },
      unknown: [],
      asked: [],
    };
    while (await answerScreen(page, profile, "pointer", answered)) {
      const t = await page.$("#q-progress");
      if (t) texts.push(await t.textContent());
    }
    expect(answered.asked).toContain("lmiaIssued");
    for (const t of texts) expect(t).toMatch(progress);
    const a = engineSays(answered, "en");
    await expectResultMatches(page, a, "en");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a refused answer: 'Error:' in the title and an error summary that takes focus", async () => {
    const { page } = await openPage("fr");
    await start(page);
    await page.click("[data-testid=dont-know]");
    await page.waitForSelector("article.question[data-field=permit]");
    await page.click("[data-testid=next]");
    await page.waitForSelector("#error-summary");
    expect(await page.title()).toMatch(/^Erreur\u00a0: /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    await page.close();
  });

  for (const lang of ["en", "fr"] as const) {
    it(`a deep link to one rule, the contents and the filter of "How we decide" (${lang})`, async () => {
      const { page } = await openPage(lang);
      await page.goto(`${server.url}?lang=${lang}&view=rules#R-POE-09`);
      await page.waitForSelector("article.rules");
      await page.waitForFunction(() => document.activeElement?.closest("li.rule")?.id === "R-POE-09");
      expect(await page.evaluate(() => window.location.hash)).toBe("#R-POE-09");
      expect(await page.$$eval(".rules-contents a", (els) => els.length)).toBeGreaterThan(3);
      expect(await page.textContent("article.rules")).toContain(
        lang === "en" ? "arrivals from" : "arrivées depuis le",
      );
      // No internal codes (e.g. visa-required) on the page.
      const codes = rulebook.map((r) => r.concludes.code).filter((c) => c.includes("-"));
      const text = (await page.textContent("article.rules")) ?? "";
      for (const c of codes) expect(text.includes(` ${c} `) || text.includes(`: ${c}`)).toBe(false);
      expect(await page.$("article.rules code")).toBeNull();
      await page.fill("[data-testid=rules-filter]", "200(3)");
      const visible = await page.$$eval("li.rule:not([hidden])", (els) => els.length);
      expect(visible).toBeGreaterThan(0);
      expect(visible).toBeLessThan(rulebook.length);
      await page.close();
    });
  }
});
