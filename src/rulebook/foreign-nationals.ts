/**
 * Every rule about visas, eTAs and work permits is a rule about foreign nationals: IRPA 2(1) says a
 * Canadian citizen is not one, whatever other citizenship they hold. The rulebook composes its rules
 * through `forForeignNationals`, so that a citizen meets only the `canadian-citizen` blocker (and the
 * few rules that speak to everyone), never a visa, eTA or permit rule that cannot concern them.
 */
import { all, not } from "./logic.js";
import { type Rule, rule } from "./rule.js";
import { canadianCitizenship } from "./rules/visa-and-eta.js";

/**
 * The same rule, silent for a Canadian citizen (same id, sources and window).
 *
 * @example
 * ```ts
 * const r = forForeignNationals(visaRequired);
 * r.deps.has("citizenships"); // true
 * ```
 */
export function forForeignNationals(r: Rule): Rule {
  const wrapped = rule({
    id: r.id,
    topic: r.topic,
    title: r.title,
    concludes: r.concludes,
    when: all(not(canadianCitizenship), r.when),
    effective: r.effective,
    sources: r.sources,
    lastVerified: r.lastVerified,
  });
  asForeignNational.set(wrapped, r);
  return wrapped;
}

/** Each wrapped rule's own condition, as it applies to a foreign national. */
const asForeignNational = new WeakMap<Rule, Rule>();

/**
 * The rule as it applies to a traveller known not to be a Canadian citizen: its own condition
 * without the citizenship guard (the rule itself when it was never wrapped). While the citizenships
 * are unknown, the engine reads a blocker this way to explain a settled "no" (a citizen would meet
 * `canadian-citizen`, anyone else this blocker), instead of listing nothing.
 *
 * @example
 * ```ts
 * forForeignNational(forForeignNationals(visaRequired)) === visaRequired; // true
 * ```
 */
export function forForeignNational(r: Rule): Rule {
  return asForeignNational.get(r) ?? r;
}
