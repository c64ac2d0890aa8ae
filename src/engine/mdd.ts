/**
 * Reduced ordered multi-valued decision diagrams over the unknown fields of one profile.
 *
 * Each unknown field is a variable whose values are its classes (rulebook/classes.ts); the known
 * fields stay fixed. A rule's condition is compiled by Shannon expansion (leaf facts) or by
 * combining its operands (all/any/not). In a reduced ordered diagram a variable appears exactly
 * when the function depends on it, so `support()` gives `missing` and `refine` exactly, and a
 * terminal diagram means the answer is settled whatever the unknowns turn out to be.
 *
 * Speed (ADR 0008): a fact none of whose fields is unknown is evaluated once, directly; expansion
 * assigns classes on one mutable copy of the profile instead of copying it per branch; operation
 * caches are keyed by numbers, not strings.
 */
import type { Field, Profile } from "../contract/profile.js";
import type { Decision } from "../rulebook/decision.js";
import type { Fact, View } from "../rulebook/logic.js";
import type { Instant } from "../rulebook/time.js";
import { domain, type State, sameAtEvery } from "./state.js";

export type Node<T = unknown> = Terminal<T> | Inner;
interface Terminal<T> {
  readonly id: number;
  readonly value: T;
}
interface Inner {
  readonly id: number;
  readonly level: number;
  readonly kids: readonly Node[];
}

const isTerminal = (n: Node): n is Terminal<unknown> => "value" in n;

/** Counts fact evaluations (for tests and benchmarks). */
export const mddStats = { evaluations: 0 };

/** Node ids stay below this, so up to three fit exactly in one number key (3 × 17 bits < 2^53). */
const ID_BITS = 2 ** 17;

/**
 * The view facts read while the diagrams are built: the profile with the classes assigned so far.
 * Reading an unknown field just answers `undefined`: expansion goes through the fact's own fields.
 */
class Cursor implements View {
  readonly values: Record<string, unknown>;
  instants: readonly Instant[];
  constructor(private readonly state: State) {
    this.values = { ...state.profile };
    this.instants = state.instants;
  }
  get<F extends Field>(field: F): Profile[F] | undefined {
    return this.values[field] as Profile[F] | undefined;
  }
  peek<F extends Field>(field: F): Profile[F] | undefined {
    return this.values[field] as Profile[F] | undefined;
  }
  need(): undefined {
    return undefined;
  }
  at(predicate: (t: Instant) => boolean): boolean | undefined {
    return sameAtEvery(this.instants, predicate);
  }
  arrivalDate(): string {
    return this.state.arrivalDate;
  }
  present(): Instant {
    return this.state.now;
  }
  leanOnUnverified(): void {}
}

export class Diagrams {
  /** Variables in order: the unknown fields of the state. */
  readonly fields: readonly Field[];
  /** For each position in `order`: the variable's level, or -1 when the field is known. */
  private readonly levelAt: Int8Array;
  private readonly positions: PositionCache;
  private readonly domains: (readonly unknown[])[] = [];
  private readonly cursor: Cursor;
  /** Hash-consing table: a hash of (level, children) → the nodes with that hash. */
  private readonly unique = new Map<number, Inner | Inner[]>();
  private readonly terminals = new Map<unknown, Terminal<unknown>>();
  /** Diagrams of facts already compiled, by fact id. */
  private readonly compiled: (Node<boolean> | undefined)[] = [];
  private readonly memo = {
    not: new Map<number, Node>(),
    all: new Map<number, Node>(),
    any: new Map<number, Node>(),
    ite: new Map<number, Node>(),
  };
  private nextId = 0;
  readonly TRUE: Terminal<boolean>;
  readonly FALSE: Terminal<boolean>;

  /**
   * @param known Facts' values found by Kleene evaluation of the same state (`View.memo` codes: 1
   *   false, 2 true). Kleene evaluation is sound, so a fact it found known is that constant for every
   *   completion, and its reduced diagram is that terminal: taken as is, never compiled.
   */
  constructor(
    private readonly state: State,
    order: readonly Field[],
    private readonly known?: Uint8Array,
  ) {
    this.fields = order.filter((f) =>
      f === "arrival" ? state.instants.length > 1 : state.profile[f] === undefined,
    );
    this.positions = positionCache(order);
    this.levelAt = new Int8Array(order.length).fill(-1);
    for (const [i, f] of this.fields.entries()) this.levelAt[order.indexOf(f)] = i;
    this.cursor = new Cursor(state);
    this.TRUE = this.terminal(true);
    this.FALSE = this.terminal(false);
  }

  terminal<T>(value: T): Terminal<T> {
    let t = this.terminals.get(value);
    if (!t) {
      t = { id: this.nextId++, value };
      this.terminals.set(value, t);
    }
    return t as Terminal<T>;
  }

  private bool(value: boolean): Terminal<boolean> {
    return value ? this.TRUE : this.FALSE;
  }

  private mk(level: number, kids: Node[]): Node {
    const first = kids[0]!;
    let hash = level + 1;
    let same = true;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k !== first) same = false;
      hash = (Math.imul(hash, 0x01000193) ^ k.id) | 0;
    }
    if (same) return first;
    const found = this.unique.get(hash);
    if (found !== undefined) {
      if (!Array.isArray(found)) {
        if (sameNode(found, level, kids)) return found;
      } else {
        for (const n of found) if (sameNode(n, level, kids)) return n;
      }
    }
    const n: Inner = { id: this.nextId++, level, kids };
    if (found === undefined) this.unique.set(hash, n);
    else if (Array.isArray(found)) found.push(n);
    else this.unique.set(hash, [found, n]);
    return n;
  }

  /** The diagram of a fact: known-only facts directly, composites by combining operands, leaves by Shannon expansion. */
  fact(f: Fact): Node<boolean> {
    const done = this.compiled[f.id];
    if (done) return done;
    let node: Node;
    const found = this.known?.[f.id];
    if (found === 1 || found === 2) {
      node = this.bool(found === 2);
      this.compiled[f.id] = node as Node<boolean>;
      return node as Node<boolean>;
    }
    const vars = this.variablesOf(f);
    if (vars.length === 0) {
      mddStats.evaluations++;
      const value = f(this.cursor);
      if (value === undefined)
        throw new Error("a fact stayed unknown with every field it declares known (deps incomplete?)");
      node = this.bool(value);
    } else if (f.op === "not") node = this.negate(this.fact(f.args![0]!));
    else if (f.op === "all" || f.op === "any") {
      const neutral = f.op === "all";
      node = this.bool(neutral);
      for (const a of f.args!) {
        node = this.apply2(f.op, node, this.fact(a));
        if (isTerminal(node) && node.value !== neutral) break;
      }
    } else node = this.expand(f, vars);
    this.compiled[f.id] = node as Node<boolean>;
    return node as Node<boolean>;
  }

  /** The diagram of a decision list. */
  decision<T>(d: Decision<T>): Node<T> {
    if ("value" in d) return this.terminal(d.value);
    return this.ite(this.fact(d.if), this.decision(d.then), this.decision(d.else)) as Node<T>;
  }

  /** The levels of the unknown fields a fact reads, in order. */
  private variablesOf(f: Fact): number[] {
    const vars: number[] = [];
    if (this.fields.length === 0) return vars;
    // Positions are sorted in `order`, and levels follow `order`, so the levels come out sorted.
    for (const p of this.positions(f)) {
      const l = this.levelAt[p]!;
      if (l >= 0) vars.push(l);
    }
    return vars;
  }

  private domain(level: number): readonly unknown[] {
    let d = this.domains[level];
    if (!d) {
      d = domain(this.state, this.fields[level]!);
      this.domains[level] = d;
    }
    return d;
  }

  /** Fixes the variable at `level` to its `i`-th class (`undefined`: unknown again). */
  private assign(level: number, value: unknown): void {
    const field = this.fields[level]!;
    if (field === "arrival")
      this.cursor.instants = value === undefined ? this.state.instants : [value as Instant];
    else this.cursor.values[field] = value;
  }

  private expand(f: Fact, vars: readonly number[]): Node {
    const go = (i: number): Node => {
      mddStats.evaluations++;
      const value = f(this.cursor);
      if (value !== undefined) return this.bool(value);
      if (i >= vars.length)
        throw new Error("a fact stayed unknown with every field it declares known (deps incomplete?)");
      const level = vars[i]!;
      const values = this.domain(level);
      const kids: Node[] = new Array(values.length);
      for (let k = 0; k < values.length; k++) {
        this.assign(level, values[k]);
        kids[k] = go(i + 1);
      }
      this.assign(level, undefined);
      return this.mk(level, kids);
    };
    return go(0);
  }

  private negate(n: Node): Node {
    if (isTerminal(n)) return this.bool(!n.value);
    const memo = this.memo.not;
    const hit = memo.get(n.id);
    if (hit) return hit;
    const out = this.mk(
      n.level,
      n.kids.map((k) => this.negate(k)),
    );
    memo.set(n.id, out);
    return out;
  }

  private apply2(op: "all" | "any", a: Node, b: Node): Node {
    const aT = isTerminal(a);
    const bT = isTerminal(b);
    // Short cuts: the absorbing value decides alone, the neutral one leaves the other operand.
    if (aT) {
      if ((a.value as boolean) === (op === "any")) return a;
      return b;
    }
    if (bT) {
      if ((b.value as boolean) === (op === "any")) return b;
      return a;
    }
    if (a === b) return a;
    const key = a.id < b.id ? a.id * ID_BITS + b.id : b.id * ID_BITS + a.id;
    const memo = this.memo[op];
    const hit = memo.get(key);
    if (hit) return hit;
    this.checkIds();
    const level = Math.min(a.level, b.level);
    const width = this.domain(level).length;
    const kids: Node[] = new Array(width);
    for (let i = 0; i < width; i++) kids[i] = this.apply2(op, cofactor(a, level, i), cofactor(b, level, i));
    const out = this.mk(level, kids);
    memo.set(key, out);
    return out;
  }

  /** if-then-else: `c` boolean, `t` and `e` of any terminal type. */
  ite(c: Node, t: Node, e: Node): Node {
    if (isTerminal(c)) return c.value ? t : e;
    if (t === e) return t;
    const key = (c.id * ID_BITS + t.id) * ID_BITS + e.id;
    const memo = this.memo.ite;
    const hit = memo.get(key);
    if (hit) return hit;
    this.checkIds();
    const level = Math.min(c.level, levelOf(t), levelOf(e));
    const width = this.domain(level).length;
    const kids: Node[] = new Array(width);
    for (let i = 0; i < width; i++)
      kids[i] = this.ite(cofactor(c, level, i), cofactor(t, level, i), cofactor(e, level, i));
    const out = this.mk(level, kids);
    memo.set(key, out);
    return out;
  }

  private checkIds(): void {
    if (this.nextId >= ID_BITS) throw new Error("decision diagram too large for numeric cache keys");
  }

  /** The settled value, or undefined when the diagram still branches. */
  settledValue<T>(n: Node<T>): T | undefined {
    return isTerminal(n) ? (n.value as T) : undefined;
  }

  /** The fields the function depends on (exact for a reduced ordered diagram). */
  support(n: Node, into = new Set<Field>(), seen = new Set<number>()): Set<Field> {
    if (isTerminal(n) || seen.has(n.id)) return into;
    seen.add(n.id);
    into.add(this.fields[n.level]!);
    for (const k of n.kids) this.support(k, into, seen);
    return into;
  }
}

type PositionCache = (f: Fact) => Uint8Array;
const POSITION_CACHES = new WeakMap<readonly Field[], PositionCache>();

/** Per variable order: each fact's fields as sorted positions in that order (computed once per fact). */
function positionCache(order: readonly Field[]): PositionCache {
  let cache = POSITION_CACHES.get(order);
  if (!cache) {
    const byFact: Uint8Array[] = [];
    cache = (f: Fact) => {
      let p = byFact[f.id];
      if (!p) {
        p = Uint8Array.from(f.depList.map((d) => order.indexOf(d)).filter((i) => i >= 0)).sort();
        byFact[f.id] = p;
      }
      return p;
    };
    POSITION_CACHES.set(order, cache);
  }
  return cache;
}

function sameNode(n: Inner, level: number, kids: readonly Node[]): boolean {
  if (n.level !== level || n.kids.length !== kids.length) return false;
  for (let i = 0; i < kids.length; i++) if (n.kids[i] !== kids[i]) return false;
  return true;
}

function levelOf(n: Node): number {
  return isTerminal(n) ? Number.POSITIVE_INFINITY : n.level;
}

function cofactor(n: Node, level: number, i: number): Node {
  return !isTerminal(n) && n.level === level ? n.kids[i]! : n;
}
