// @ts-check
/**
 * Mutation testing of the rule files and the decision code that combines them (`npm run mutate`;
 * docs/mutation.md). Every rule's examples
 * must kill the mutants of its condition; titles and URLs are checked by the texts tests instead,
 * so string literals are not mutated.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutate.config.ts" },
  mutate: [
    "src/rulebook/rules/**/*.ts",
    "!src/rulebook/rules/**/*.test.ts",
    "!src/rulebook/rules/**/*.examples.ts",
    // The decision code the rules are combined by, and the facts they share.
    "src/rulebook/decision.ts",
    "src/rulebook/facts.ts",
    "src/rulebook/foreign-nationals.ts",
    "src/rulebook/family-permits.ts",
  ],
  mutator: { excludedMutations: ["StringLiteral"] },
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  thresholds: { high: 95, low: 90, break: 90 },
};
