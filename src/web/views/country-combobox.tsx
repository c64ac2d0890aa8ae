/**
 * A type-ahead country picker (WAI-ARIA APG "combobox with listbox popup", list autocomplete): a
 * text input with `role="combobox"` filters the ~250 countries with the interview's own search
 * (`searchCountries`: names in both languages and ISO codes), and a listbox below it offers the
 * matches. Keyboard: Down/Up open the list and move through it (focus stays in the input,
 * `aria-activedescendant` names the option), Enter picks, Escape closes the list (or clears the
 * text when it is closed), Tab leaves. A name or code typed in full is taken without picking
 * (`resolveCountry`). The list is in the flow of the page, so it reflows at 320 px.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Lang } from "../../contract/assessment.js";
import { countryLabel, resolveCountry, searchCountries } from "../../interview/countries.js";
import { UNFOUND } from "../answer-input.js";
import { STRINGS } from "../i18n/strings.js";

export interface CountryComboboxProps {
  id: string;
  lang: Lang;
  /** The picked alpha-2 code, `""` for none, `UNFOUND` for a text that names no country. */
  value: string;
  onChange: (code: string) => void;
  /** The element(s) naming the input (and its list). */
  labelledBy: string;
  describedBy: string;
  invalid: true | undefined;
  disabled?: boolean;
  first?: boolean;
}

export function CountryCombobox(p: CountryComboboxProps) {
  const s = STRINGS[p.lang].question;
  // The text lives in a ref so that a value from outside (the language switched, "None" ticked, a
  // row removed) is shown in the same render; effects may run late, after more typing.
  const textRef = useRef(p.value ? countryLabel(p.value, p.lang) : "");
  const [, redraw] = useState(0);
  const setText = (t: string) => {
    textRef.current = t;
    redraw((n) => n + 1);
  };
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  /** The last value this input gave out: any other value came from outside. */
  const emitted = useRef(p.value);
  const listId = `${p.id}-list`;
  const optionId = (code: string) => `${p.id}-opt-${code}`;

  /** The value and language last drawn, to tell a value from outside from the one this input gave out. */
  const drawn = useRef({ value: p.value, lang: p.lang });
  if (drawn.current.value !== p.value || drawn.current.lang !== p.lang) {
    const outside = p.value !== emitted.current;
    const relabel = p.lang !== drawn.current.lang && p.value !== "";
    drawn.current = { value: p.value, lang: p.lang };
    if ((outside || relabel) && p.value !== UNFOUND)
      textRef.current = p.value ? countryLabel(p.value, p.lang) : "";
    emitted.current = p.value;
  }
  const text = textRef.current;

  const matches = useMemo(() => searchCountries(text, p.lang), [text, p.lang]);
  const shown = open && !p.disabled;
  const activeCode = shown ? matches[active]?.code : undefined;

  useEffect(() => {
    if (activeCode) document.getElementById(optionId(activeCode))?.scrollIntoView({ block: "nearest" });
  }, [activeCode]);

  const emit = (code: string) => {
    emitted.current = code;
    if (code !== p.value) p.onChange(code);
  };
  const choose = (code: string) => {
    emit(code);
    setText(countryLabel(code, p.lang));
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const n = matches.length;
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (!shown) {
          setOpen(true);
          setActive(
            e.altKey
              ? -1
              : Math.max(
                  0,
                  matches.findIndex((c) => c.code === p.value),
                ),
          );
        } else setActive(Math.min(n - 1, active + 1));
        return;
      case "ArrowUp":
        e.preventDefault();
        if (shown) setActive(Math.max(0, active - 1));
        return;
      case "Enter":
        // Picks the option under the cursor; with none, the form's Next goes ahead.
        if (shown && activeCode) {
          e.preventDefault();
          choose(activeCode);
        } else setOpen(false);
        return;
      case "Escape":
        if (shown) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== "") {
          e.preventDefault();
          setText("");
          emit("");
        }
        return;
      case "Tab":
        setOpen(false);
        return;
    }
  };

  return (
    <div class="combo">
      <input
        type="text"
        id={p.id}
        class="combo-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown ? "true" : "false"}
        aria-controls={listId}
        aria-activedescendant={activeCode ? optionId(activeCode) : undefined}
        aria-labelledby={p.labelledBy}
        aria-describedby={p.describedBy}
        aria-invalid={p.invalid}
        autoComplete="off"
        autoCapitalize="off"
        spellcheck={false}
        value={text}
        disabled={p.disabled}
        data-answer-input={p.first ? "" : undefined}
        data-code={p.value}
        onInput={(e) => {
          const t = (e.currentTarget as HTMLInputElement).value;
          setText(t);
          setOpen(t.trim() !== "");
          setActive(-1);
          emit(t.trim() === "" ? "" : (resolveCountry(t, p.lang) ?? UNFOUND));
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
          if (p.value && p.value !== UNFOUND) setText(countryLabel(p.value, p.lang));
        }}
      />
      <div
        id={listId}
        class="combo-list"
        role="listbox"
        aria-labelledby={p.labelledBy}
        hidden={!shown || matches.length === 0}
      >
        {shown &&
          matches.map((c, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive lint/a11y/useKeyWithClickEvents: APG combobox: focus stays in the input (aria-activedescendant), whose keys move and pick
            <div
              key={c.code}
              id={optionId(c.code)}
              role="option"
              aria-selected={i === active ? "true" : "false"}
              class={i === active ? "combo-option active" : "combo-option"}
              data-code={c.code}
              // Keeps focus in the input, so the click is a pick and not a blur.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(c.code)}
            >
              {c.name}
            </div>
          ))}
      </div>
      {shown && matches.length === 0 && <p class="combo-none">{s.noCountryFound}</p>}
      <p class="visually-hidden" role="status" aria-live="polite">
        {shown ? (matches.length === 0 ? s.noCountryFound : s.countriesFound(matches.length)) : ""}
      </p>
    </div>
  );
}
