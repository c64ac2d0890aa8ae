/**
 * A question's help and its "why we ask", for the terminal: one paragraph per rule (the rule in plain
 * words, then its source), wrapped at the terminal's width between words, URLs kept whole.
 */
import type { Messages } from "../../interview/messages.js";
import type { WhyRule } from "../../interview/why.js";
import { BAR } from "./frame.js";
import { width, wrapBlock } from "./wrap.js";

/** "Why we ask" as one line per rule: the rule in plain words, then its source. */
export function whyLines(why: readonly WhyRule[], m: Messages): string[] {
  const head = `${m.whyWeAsk}${m.colon}`;
  if (why.length === 0) return [`${head}${m.whyNoRule}`];
  return why.map(
    (w, i) =>
      `${i === 0 ? head : " ".repeat(width(head))}${m.decides} ${m.openQuote}${w.title}${m.closeQuote} — ${w.provision}, ${w.url}`,
  );
}

/** The help and "why we ask" block above a question, as the lines to print at `columns` wide. */
export function helpBlock(help: string, why: readonly WhyRule[], m: Messages, columns: number): string[] {
  const indent = " ".repeat(width(`${m.whyWeAsk}${m.colon}`));
  const lines = wrapBlock([help], columns, `${BAR}  `);
  const whys = whyLines(why, m).map((l) => l.slice(indent.length));
  // The first "why" line carries the heading; the others, and every continuation, line up under it.
  const [first, ...rest] = whys;
  lines.push(...wrapBlock([`${m.whyWeAsk}${m.colon}${first!.trimStart()}`], columns, `${BAR}  `, indent));
  for (const l of rest) lines.push(...wrapBlock([l.trimStart()], columns, `${BAR}  ${indent}`));
  return [`ℹ${lines[0]!.slice(1)}`, ...lines.slice(1)];
}
