/**
 * Instants and Eastern-Time days (docs/contract.md §4). Pure arithmetic, no Intl/time-zone database, so the
 * engine behaves the same in every browser. Canada's Eastern Time follows the North American DST rule
 * in force since 2007: daylight time from the second Sunday of March, 02:00 local, to the first Sunday
 * of November, 02:00 local.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Milliseconds since the epoch. */
export type Instant = number;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Parses an ISO 8601 date-time with an offset (`Z` or `±HH:MM`); undefined when it is not one. */
export function parseDateTime(s: string): Instant | undefined {
  const m = DATE_TIME_RE.exec(s);
  if (!m) return undefined;
  if (!isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return undefined;
  const [h, mi, sec] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || sec > 59) return undefined;
  const offset = m[8]!;
  if (offset !== "Z") {
    const oh = Number(offset.slice(1, 3));
    const om = Number(offset.slice(4, 6));
    if (oh > 18 || om > 59) return undefined;
  }
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : undefined;
}

/** The n-th Sunday (1-based) of a month, as a UTC midnight instant. */
function nthSunday(year: number, month: number, n: number): Instant {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (7 - first.getUTCDay()) % 7;
  return Date.UTC(year, month - 1, 1 + offset + (n - 1) * 7);
}

/** Eastern Time's offset from UTC at instant `t`, in hours (-4 in daylight time, -5 otherwise). */
export function easternOffsetHours(t: Instant): -4 | -5 {
  const year = new Date(t).getUTCFullYear();
  const [start, end] = dstBounds(year);
  return t >= start && t < end ? -4 : -5;
}
/** Daylight time's start and end instants in a year: 02:00 EST = 07:00 UTC on the second Sunday of March, 02:00 EDT = 06:00 UTC on the first Sunday of November. */
const dstBounds = remembered((year: number): readonly [Instant, Instant] => [
  nthSunday(year, 3, 2) + 7 * HOUR,
  nthSunday(year, 11, 1) + 6 * HOUR,
]);

/** The instant an Eastern-Time calendar day starts (local midnight). */
export function startOfEasternDay(date: string): Instant {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  const asStandard = utcMidnight + 5 * HOUR;
  // Midnight is never inside a DST switch (switches happen at 02:00), so one probe is enough.
  return easternOffsetHours(asStandard) === -5 ? asStandard : utcMidnight + 4 * HOUR;
}

/**
 * Remembers a pure function's answers. Rosters reuse a few thousand dates, so most calls are
 * repeats; the cache is emptied when it reaches `bound` entries so hostile input cannot grow it.
 */
function remembered<K, V>(fn: (key: K) => V, bound = 10_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(key);
      if (cache.size >= bound) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/** The Eastern-Time day `[start, end)` of a calendar date. */
export const easternDay: (date: string) => { readonly start: Instant; readonly end: Instant } = remembered(
  (date) => {
    const start = startOfEasternDay(date);
    const next = new Date(start + DAY + 3 * HOUR).toISOString().slice(0, 10);
    return Object.freeze({ start, end: startOfEasternDay(next) });
  },
);

/** The Eastern-Time calendar date of an instant. */
export function easternDate(t: Instant): string {
  return new Date(t + easternOffsetHours(t) * HOUR).toISOString().slice(0, 10);
}

/** Formats an instant in Eastern Time with its offset, e.g. `2025-09-15T00:00:00-04:00`. */
export const formatEastern: (t: Instant) => string = remembered((t) => {
  const off = easternOffsetHours(t);
  return `${new Date(t + off * HOUR).toISOString().slice(0, 19)}-0${-off}:00`;
});

/**
 * Reads a dated value from the rulebook: a date alone means the start of that day in Eastern Time
 * (docs/contract.md §4: a change whose time of day is not known takes effect at the start of the day).
 */
export function instantOf(value: string): Instant {
  if (DATE_RE.test(value)) return startOfEasternDay(value);
  const t = parseDateTime(value);
  if (t === undefined) throw new Error(`not an ISO date or date-time: ${value}`);
  return t;
}

/** Adds whole calendar months to a `YYYY-MM-DD` date, clamping to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, "0")}-${String(nm).padStart(2, "0")}-${String(nd).padStart(2, "0")}`;
}

/**
 * Today's date in Eastern Time (the calendar the rules are dated in).
 *
 * @example
 * ```ts
 * easternToday(new Date("2026-03-02T02:30:00Z")); // "2026-03-01"
 * ```
 */
export function easternToday(now: Date = new Date()): string {
  return easternDate(now.getTime());
}

/**
 * The Eastern-Time calendar date of an arrival written as a date (itself) or a date-time with an
 * offset (the date in Eastern Time of that instant, not the date written in it).
 *
 * @example
 * ```ts
 * easternDateOf("2026-03-02T02:30:00Z"); // "2026-03-01"
 * easternDateOf("2026-03-02"); // "2026-03-02"
 * ```
 */
export function easternDateOf(value: string): string {
  if (isIsoDate(value)) return value;
  const t = parseDateTime(value);
  if (t === undefined) throw new RangeError(`not an ISO date or date-time: ${value}`);
  return easternDate(t);
}

/**
 * Eastern Time's UTC offset (`-05:00` or `-04:00`) at a wall-clock date and time `HH:MM`.
 *
 * @example
 * ```ts
 * easternWallOffset("2025-07-15", "12:00"); // "-04:00"
 * ```
 */
export function easternWallOffset(date: string, time: string): string {
  const guess = Date.parse(`${date}T${time}:00Z`);
  const first = easternOffsetHours(guess);
  return `-0${-easternOffsetHours(guess - first * HOUR)}:00`;
}
