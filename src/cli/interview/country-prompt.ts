/**
 * A searchable list of countries, for one country or several: the countries matching what is typed,
 * ranked by the interview's search (exact names, codes and aliases first), then the special rows.
 * The cursor row is marked `❯`; the answer is recapped by the countries' names.
 */
import { AutocompletePrompt } from "@clack/core";
import type { Lang } from "../../contract/assessment.js";
import { countryLabel, searchCountries } from "../../interview/countries.js";
import type { Messages } from "../../interview/messages.js";
import { windowOf } from "./choice-prompt.js";
import { BAR, frame, row } from "./frame.js";
import { isSpecial, type Row } from "./specials.js";

export interface CountryOptions {
  message: string;
  lang: Lang;
  m: Messages;
  multiple: boolean;
  /** For several: whether an empty list is an answer ("none"). */
  noneAllowed: boolean;
  specials: readonly Row[];
  /** The earlier answer offered back (a code, or a list of codes). */
  previous?: unknown;
}

/** Countries by name, with their code: "India (IN)". */
export const countryText = (code: string, lang: Lang) => `${countryLabel(code, lang)} (${code})`;

/** The chosen countries in words, for the recap. */
export function countriesText(value: unknown, lang: Lang, m: Messages): string {
  if (Array.isArray(value))
    return value.length === 0 ? m.noneChosen : value.map((c) => countryText(c, lang)).join(", ");
  if (typeof value === "string" && !isSpecial(value)) return countryText(value, lang);
  return "";
}

export function chooseCountries(o: CountryOptions): Promise<unknown> {
  const { lang, m } = o;
  const special = new Map(o.specials.map((r) => [r.value, r.label]));
  const previous = o.previous;
  let touched = previous !== undefined;
  const prompt: AutocompletePrompt<{ value: unknown; label: string }> = new AutocompletePrompt<{
    value: unknown;
    label: string;
  }>({
    options(this: AutocompletePrompt<{ value: unknown; label: string }>) {
      return [
        ...searchCountries(this.userInput, lang).map((c) => ({
          value: c.code,
          label: `${c.name} (${c.code})`,
        })),
        ...o.specials.map((r) => ({ value: r.value, label: r.label })),
      ];
    },
    multiple: o.multiple,
    ...(previous !== undefined ? { initialValue: Array.isArray(previous) ? previous : [previous] } : {}),
    render() {
      const list = this.filteredOptions;
      const countries = list.filter((x) => !isSpecial(x.value));
      const [from, to] = windowOf(countries.length, Math.min(this.cursor, countries.length - 1), 8);
      const chosen = this.selectedValues.filter((v) => !isSpecial(v));
      const body = [
        `${BAR}  ${m.search}${m.colon}${this.userInput}${this.state === "submit" ? "" : "█"}${
          this.userInput ? `  (${countries.length} ${m.matches})` : ""
        }`,
      ];
      if (countries.length === 0) body.push(`${BAR}    ${m.noMatch}`);
      if (from > 0) body.push(`${BAR}    …`);
      for (let i = from; i < to; i++) {
        const c = countries[i]!;
        body.push(
          row(
            c.label,
            touched && c.value === this.focusedValue,
            o.multiple ? chosen.includes(c.value) : undefined,
          ),
        );
      }
      if (to < countries.length) body.push(`${BAR}    …`);
      for (const x of list.filter((y) => isSpecial(y.value)))
        body.push(row(special.get(x.value) ?? "", touched && x.value === this.focusedValue));
      if (o.multiple && chosen.length > 0) body.push(`${BAR}  = ${countriesText(chosen, lang, m)}`);
      return frame({
        state: this.state,
        message: o.message,
        body,
        hints: o.multiple ? m.keysSearchMulti : m.keysSearch,
        answer: countriesText(this.value, lang, m),
        error: this.error,
      });
    },
    validate: (value) => {
      if (value === undefined) return m.typeToSearchFirst;
      if (Array.isArray(value) && value.length === 0 && !o.noneAllowed) return m.invalidCountry;
      return undefined;
    },
  });
  prompt.on("key", (_ch, key) => {
    if (key?.name !== "return") {
      touched = true;
      return;
    }
    const focused = prompt.focusedValue;
    if (!touched) prompt.value = undefined;
    else if (!o.multiple) prompt.value = focused;
    else {
      const chosen = prompt.selectedValues.filter((v) => !isSpecial(v));
      if (chosen.length > 0) prompt.value = chosen;
      else if (focused !== undefined && (isSpecial(focused) || prompt.userInput.trim() !== ""))
        prompt.value = isSpecial(focused) ? focused : [focused];
      else prompt.value = [];
    }
  });
  return prompt.prompt();
}
