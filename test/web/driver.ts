/**
 * Drives the interview in a real page: on each screen, reads which field is asked (`data-field`)
 * and answers it from a target profile, with the mouse-free Playwright helpers or with the keyboard
 * only. Fields the profile does not have are answered "I don't know". Records what it answered, so
 * the test can ask the engine about exactly the same answers.
 */
import type { Page } from "playwright-core";
import type { Profile } from "../../src/contract/profile.js";
import { QUESTIONS } from "../../src/interview/questions.js";

export interface Answered {
  answers: Profile;
  unknown: string[];
  asked: string[];
}

type Mode = "pointer" | "keyboard";

async function screen(page: Page): Promise<{ kind: "question"; field: keyof Profile } | { kind: "result" }> {
  const el = await page.waitForSelector("article.question[data-field], article.result", { timeout: 20_000 });
  if ((await el.getAttribute("class"))?.includes("result")) return { kind: "result" };
  return { kind: "question", field: (await el.getAttribute("data-field")) as keyof Profile };
}

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`keyboard: ${selector} never got focus after ${max} Tab presses`);
}

/** Types into a country combobox and clicks the country in its list. */
async function pickCountry(page: Page, sel: string, code: string): Promise<void> {
  await page.fill(sel, code);
  await page.click(`[id="${sel.slice(1)}-opt-${code}"]`);
  const picked = await page.getAttribute(sel, "data-code");
  if (picked !== code) throw new Error(`pointer: picking ${code} in ${sel} gave ${picked}`);
}

async function pointerAnswer(page: Page, field: keyof Profile, value: unknown): Promise<void> {
  const q = QUESTIONS[field];
  const id = `#answer-${field}`;
  switch (q.kind) {
    case "yes-no":
      await page.check(`${id}-${value ? "yes" : "no"}`);
      break;
    case "one-of":
      await page.check(`${id}-${q.choices.findIndex((c) => c.value === value)}`);
      break;
    case "several-of": {
      const list = value as (string | number)[];
      if (list.length === 0) await page.check(`${id}-none`);
      for (const v of list) await page.check(`${id}-${q.choices.findIndex((c) => c.value === v)}`);
      break;
    }
    case "country":
      await pickCountry(page, id, String(value));
      break;
    case "countries": {
      const list = value as string[];
      if (list.length === 0) await page.check(`${id}-none`);
      for (const [i, code] of list.entries()) {
        if (i > 0) await page.click("[data-testid=add-country]");
        await pickCountry(page, `${id}-${i}`, code);
      }
      break;
    }
    case "date":
      if (value === null) await page.check(`${id}-none`);
      else {
        const [date, time] = String(value).split("T");
        await page.fill(id, date!);
        if (time) await page.fill(`${id}-time`, time.slice(0, 5));
      }
      break;
    case "number":
    case "text":
      await page.fill(id, String(value));
      break;
  }
  await page.click("[data-testid=next]");
}

async function keyboardAnswer(page: Page, field: keyof Profile, value: unknown): Promise<void> {
  const q = QUESTIONS[field];
  const id = `#answer-${field}`;
  const check = async (selector: string) => {
    await tabTo(page, selector);
    await page.keyboard.press("Space");
  };
  switch (q.kind) {
    case "yes-no":
    case "one-of": {
      // A radio group is one Tab stop; Space checks the first radio, arrows move the choice.
      const index = q.kind === "yes-no" ? (value ? 0 : 1) : q.choices.findIndex((c) => c.value === value);
      await tabTo(page, `input[type=radio][name="answer-${field}"]`);
      await page.keyboard.press("Space");
      for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
      break;
    }
    case "several-of": {
      const list = value as (string | number)[];
      if (list.length === 0) await check(`${id}-none`);
      for (const v of list) await check(`${id}-${q.choices.findIndex((c) => c.value === v)}`);
      break;
    }
    case "country":
    case "countries": {
      const list = q.kind === "country" ? [String(value)] : (value as string[]);
      if (list.length === 0) await check(`${id}-none`);
      for (const [i, code] of list.entries()) {
        if (i > 0) {
          await tabTo(page, "[data-testid=add-country]");
          await page.keyboard.press("Enter");
        }
        const sel = q.kind === "country" ? id : `${id}-${i}`;
        await tabTo(page, sel);
        // The combobox: type the code, Down to the first match (the exact code comes first), Enter.
        await page.keyboard.type(code);
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Enter");
        const picked = await page.getAttribute(sel, "data-code");
        if (picked !== code) throw new Error(`keyboard: typing "${code}" picked ${picked}, not ${code}`);
      }
      break;
    }
    case "date":
      if (value === null) await check(`${id}-none`);
      else {
        await tabTo(page, id);
        await page.keyboard.type(String(value).slice(0, 10));
      }
      break;
    case "number":
    case "text":
      await tabTo(page, id);
      await page.keyboard.type(String(value));
      break;
  }
  await tabTo(page, "[data-testid=next]");
  await page.keyboard.press("Enter");
}

/**
 * Answers the current screen from `profile` (or "I don't know"), records it in `done`, and waits
 * for the next screen. Returns `false` when the page already shows the result.
 */
export async function answerScreen(
  page: Page,
  profile: Profile,
  mode: Mode,
  done: Answered,
): Promise<boolean> {
  const s = await screen(page);
  if (s.kind === "result") return false;
  const { field } = s;
  done.asked.push(field);
  const value = profile[field];
  if (value === undefined) {
    done.unknown.push(field);
    if (mode === "keyboard") {
      await tabTo(page, "[data-testid=dont-know]");
      await page.keyboard.press("Enter");
    } else {
      await page.click("[data-testid=dont-know]");
    }
  } else {
    (done.answers as Record<string, unknown>)[field] = value;
    if (mode === "keyboard") await keyboardAnswer(page, field, value);
    else await pointerAnswer(page, field, value);
  }
  // The next screen, or an error message on this one.
  await page.waitForFunction(
    (f) => {
      const q = document.querySelector<HTMLElement>("article.question");
      if (!q) return document.querySelector("article.result") !== null;
      return q.dataset.field !== f || document.querySelector("[role=alert]") !== null;
    },
    field,
    { timeout: 20_000 },
  );
  const alert = await page.$("[role=alert]");
  if (alert) throw new Error(`the page refused the answer to ${field}: ${await alert.textContent()}`);
  return true;
}

export function emptyAnswered(): Answered {
  return { answers: {}, unknown: [], asked: [] };
}

/** Answers questions until the result page shows; returns what was answered. */
export async function runJourney(
  page: Page,
  profile: Profile,
  mode: Mode = "pointer",
  done: Answered = emptyAnswered(),
): Promise<Answered> {
  for (let step = 0; step < 60; step++) {
    if (!(await answerScreen(page, profile, mode, done))) return done;
  }
  throw new Error("the interview did not end after 60 questions");
}
