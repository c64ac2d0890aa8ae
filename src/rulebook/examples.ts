export interface RuleExample {
  /** A profile as a caller sends it (docs/contract.md §1); `arrival` fixes the instant. */
  profile: Record<string, unknown>;
  /** The moment the assessment is made, an ISO instant with offset (default: the runner's fixed one). */
  now?: string;
  /** Why this example (optional). */
  note?: string;
  /** Optional whole-assessment expectations, checked through the engine. */
  expect?: { poe?: "yes" | "no" | "unknown"; route?: string; missing?: string[] };
}
/** `fires`: the rule's condition is definitely true; `silent`: definitely false (not unknown). */
export interface RuleExamples {
  fires: RuleExample[];
  silent: RuleExample[];
}
export type ExampleTable = Record<string, RuleExamples>;
