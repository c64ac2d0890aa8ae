import { describe, expect, it } from "vitest";
import {
  addMonths,
  easternDate,
  easternDateOf,
  easternDay,
  easternToday,
  easternWallOffset,
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

describe("Eastern-Time helpers of the surfaces", () => {
  it.each([
    ["2026-03-02T02:30:00Z", "2026-03-01"], // 21:30 EST the day before
    ["2026-03-02T05:00:00Z", "2026-03-02"], // midnight EST
    ["2026-07-01T03:59:00Z", "2026-06-30"], // 23:59 EDT
    ["2026-03-02T02:30:00-05:00", "2026-03-02"],
    ["2026-03-02", "2026-03-02"],
  ])("easternDateOf(%s) is %s", (value, date) => {
    expect(easternDateOf(value)).toBe(date);
  });

  it("easternToday gives the Eastern date of the present instant", () => {
    expect(easternToday(new Date("2026-03-02T02:30:00Z"))).toBe("2026-03-01");
    expect(easternToday(new Date("2026-03-02T12:00:00Z"))).toBe("2026-03-02");
  });

  it.each([
    ["2025-01-15", "12:00", "-05:00"],
    ["2025-07-15", "12:00", "-04:00"],
    ["2026-03-08", "01:30", "-05:00"], // before the spring change (02:00 local)
    ["2026-03-08", "03:30", "-04:00"],
    ["2026-11-01", "00:30", "-04:00"],
    ["2026-11-01", "03:00", "-05:00"],
  ])("easternWallOffset(%s, %s) is %s", (date, time, offset) => {
    expect(easternWallOffset(date, time)).toBe(offset);
  });

  it("easternDateOf refuses what is not a date", () => {
    expect(() => easternDateOf("2026-02-30")).toThrow(RangeError);
  });
});
