import { describe, expect, it } from "vitest";
import {
  addMonths,
  easternDate,
  easternDay,
  formatEastern,
  instantOf,
  isIsoDate,
  parseDateTime,
} from "./time.js";

describe("Eastern-Time days", () => {
  it.each([
    ["2025-01-15", "2025-01-15T05:00:00.000Z", 24],
    ["2025-07-15", "2025-07-15T04:00:00.000Z", 24],
    ["2025-03-09", "2025-03-09T05:00:00.000Z", 23], // spring forward
    ["2025-11-02", "2025-11-02T04:00:00.000Z", 25], // fall back
  ])("%s starts at %s and lasts %i hours", (date, start, hours) => {
    const day = easternDay(date);
    expect(new Date(day.start).toISOString()).toBe(start);
    expect((day.end - day.start) / 3_600_000).toBe(hours);
  });

  it("reads the flagpoling instant and the date of an instant", () => {
    const t = instantOf("2024-12-23T23:59:00-05:00");
    expect(new Date(t).toISOString()).toBe("2024-12-24T04:59:00.000Z");
    expect(easternDate(t)).toBe("2024-12-23");
    expect(formatEastern(instantOf("2025-09-15"))).toBe("2025-09-15T00:00:00-04:00");
  });

  it("validates dates and date-times", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(parseDateTime("2025-01-01T10:00:00Z")).toBeTypeOf("number");
    expect(parseDateTime("2025-01-01T10:00:00")).toBeUndefined();
    expect(parseDateTime("2025-01-01T25:00:00Z")).toBeUndefined();
  });

  it("adds calendar months", () => {
    expect(addMonths("2025-08-20", 12)).toBe("2026-08-20");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2025-01-31", -1)).toBe("2024-12-31");
  });
});
