// drizzle-kit configuration: generates SQL migrations from the one pg-core schema.
// Run from the project root: npx drizzle-kit generate
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/store/schema.ts",
  out: "./src/store/migrations",
});
