/**
 * The interview's questions in a terminal: the help and "why we ask" above each question (wrapped
 * at the terminal's width), then the prompt its kind takes (a list, a searchable list of countries,
 * a typed answer), with "I don't know", "← Back" (once there is an answer to go back to) and the
 * switch to the other language on every question, and the key hints in the interview's language.
 */
import type { Lang } from "../../contract/assessment.js";
import { answerAsText, parseAnswer } from "../../interview/answer-input.js";
import { messages } from "../../interview/messages.js";
import type { AskContext, Asker, AskStep, Reply } from "../../interview/run.js";
import { choose } from "./choice-prompt.js";
import { chooseCountries } from "./country-prompt.js";
import { type Row, specialReply, specialRows, tokenReply } from "./specials.js";
import { askText } from "./text-prompt.js";
import { helpBlock } from "./why-lines.js";

const CANCEL: Reply = { kind: "cancel" };

export interface TerminalAskerOptions {
  out: NodeJS.WriteStream;
}

/** The earlier answer offered back, if any. */
const previousValue = (ctx: AskContext) =>
  ctx.previous && "value" in ctx.previous ? ctx.previous.value : undefined;
const previousUnknown = (ctx: AskContext) => ctx.previous !== undefined && "unknown" in ctx.previous;

async function askStep(step: AskStep, ctx: AskContext, lang: Lang): Promise<Reply> {
  const m = messages(lang);
  const q = step.question;
  const title = `${q.prompt[lang]}${step.optional ? ` (${m.optional})` : ""}`;
  const extra = specialRows(m, step, ctx);
  const prev = previousValue(ctx);
  const toReply = (raw: unknown): Reply => {
    if (typeof raw === "symbol") return CANCEL;
    return specialReply(raw, lang) ?? { kind: "answer", value: raw };
  };
  const startAt = (rows: readonly Row[]) =>
    previousUnknown(ctx)
      ? rows.findIndex((r) => specialReply(r.value, lang)?.kind === "dont-know")
      : rows.findIndex((r) => r.value === prev);
  const keys = `${m.keysList} • ${m.keysCancel}`;
  switch (q.kind) {
    case "yes-no": {
      const rows: Row[] = [{ value: true, label: m.yes }, { value: false, label: m.no }, ...extra];
      const yes = lang === "fr" ? { o: true, y: true } : { y: true };
      return toReply(
        await choose({
          message: title,
          rows,
          multiple: false,
          cursor: startAt(rows),
          keys: { ...yes, n: false },
          hints: `${m.keysList} • ${m.keysYesNo} • ${m.keysCancel}`,
          noRow: m.chooseFirst,
          recap: (v) => rows.find((r) => r.value === v)?.label ?? "",
        }),
      );
    }
    case "one-of": {
      const rows: Row[] = [...q.choices.map((c) => ({ value: c.value, label: c.label[lang] })), ...extra];
      return toReply(
        await choose({
          message: title,
          rows,
          multiple: false,
          cursor: Math.max(startAt(rows), 0),
          hints: keys,
          noRow: m.chooseOne,
          recap: (v) => rows.find((r) => r.value === v)?.label ?? "",
        }),
      );
    }
    case "several-of": {
      const rows: Row[] = [...q.choices.map((c) => ({ value: c.value, label: c.label[lang] })), ...extra];
      const raw = await choose({
        message: `${title} — ${q.noneLabel[lang]}${m.colon}↵`,
        rows,
        multiple: true,
        cursor: previousUnknown(ctx) ? startAt(rows) : 0,
        checked: Array.isArray(prev) ? prev : [],
        hints: `${m.keysMulti} • ${m.keysCancel}`,
        noRow: m.chooseOne,
        recap: (v) =>
          Array.isArray(v)
            ? v.length === 0
              ? q.noneLabel[lang]
              : v.map((x) => rows.find((r) => r.value === x)?.label ?? String(x)).join(", ")
            : (rows.find((r) => r.value === v)?.label ?? ""),
      });
      return toReply(raw);
    }
    case "country":
    case "countries": {
      const raw = await chooseCountries({
        message: title,
        lang,
        m,
        multiple: q.kind === "countries",
        noneAllowed: q.kind === "countries" && q.noneAllowed,
        specials: extra,
        previous: previousUnknown(ctx) ? undefined : prev,
      });
      return toReply(raw);
    }
    default: {
      const arrivalTime = q.field === "arrival" && (ctx.answers.arrival?.length ?? 0) === 10;
      const example =
        q.kind === "text"
          ? q.example
          : q.kind === "date"
            ? q.noneLabel
              ? "YYYY-MM-DD | none"
              : "YYYY-MM-DD"
            : "";
      const typed = await askText({
        message: title,
        placeholder: example,
        initial: arrivalTime ? `${ctx.answers.arrival} ` : previousUnknown(ctx) ? "?" : answerAsText(prev),
        ...(step.defaultAnswer
          ? { note: step.defaultAnswer.note, empty: answerAsText(step.defaultAnswer.value) }
          : {}),
        hints: `${m.keysText} • ${m.switchToken} ${m.switchLanguage} • ${m.keysCancel}`,
        check: (v) => {
          if (tokenReply(v, lang)) return undefined;
          if (v.trim() === "" && step.defaultAnswer) return undefined;
          const r = parseAnswer(q, v, lang);
          return r.ok ? step.check(r.value) : r.error;
        },
      });
      if (typeof typed === "symbol") return CANCEL;
      const text = typed ?? "";
      const token = tokenReply(text, lang);
      if (token) return token;
      if (text.trim() === "" && step.defaultAnswer)
        return { kind: "answer", value: step.defaultAnswer.value };
      const r = parseAnswer(q, text, lang);
      return r.ok ? { kind: "answer", value: r.value } : { kind: "dont-know" };
    }
  }
}

/** The terminal's asker: prints the help block, then asks. */
export function terminalAsker(lang: Lang, options: TerminalAskerOptions): Asker & { lang: Lang } {
  const asker = {
    lang,
    async ask(step: AskStep, ctx: AskContext): Promise<Reply> {
      const m = messages(asker.lang);
      const columns = options.out.columns ?? 80;
      const lines = helpBlock(step.question.help[asker.lang], step.why, m, columns);
      options.out.write(`│\n${lines.join("\n")}\n│\n`);
      const reply = await askStep(step, ctx, asker.lang);
      if (reply.kind === "language") asker.lang = reply.lang;
      return reply;
    },
  };
  return asker;
}
