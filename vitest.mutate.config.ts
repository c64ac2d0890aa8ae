import { defineConfig } from "vitest/config";

/**
 * The tests `npm run mutate` runs against each mutant of the rule files: fast, in process, and the
 * ones that read rules (their examples, the rulebook's own checks, the validator, the public
 * scenarios in process). Property tests and the surfaces' end-to-end tests stay in `npm test`.
 */
export default defineConfig({
  test: {
    include: [
      "src/rulebook/rules/*.test.ts",
      "src/rulebook/every-rule.test.ts",
      "src/rulebook/facts.test.ts",
      "src/rulebook/decision.test.ts",
      "src/rulebook/dated.test.ts",
      "src/rulebook/rulebook.test.ts",
      "src/rulebook/rulebook.catalogue.test.ts",
      "src/rulebook/effective-dating.test.ts",
      "src/rulebook/time.test.ts",
      "src/engine/validate.test.ts",
      "test/scenarios.test.ts",
    ],
    env: { POE_PERMIT_MUTATE: "1" },
    testTimeout: 30_000,
  },
});
