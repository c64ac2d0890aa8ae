/**
 * Reduced ordered multi-valued decision diagrams over the unknown fields of one profile.
 *
 * Each unknown field is a variable whose values are its classes (rulebook/classes.ts); the known
 * fields stay fixed. A rule's condition is compiled by Shannon expansion (leaf facts) or by
 * combining its operands (all/any/not). In a reduced ordered diagram a variable appears exactly
 * when the function depends on it, so `support()` gives `missing` and `refine` exactly, and a
 * terminal diagram means the answer is settled whatever the unknowns turn out to be.
 */
import type { Field } from "../contract/profile.js";
import type { Decision } from "../rulebook/decision.js";
import type { Fact } from "../rulebook/logic.js";
import { branches, Probe, type State } from "./search.js";

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

export class Diagrams {
  /** Variables in order: the unknown fields of the state. */
  readonly fields: readonly Field[];
  private readonly level = new Map<Field, number>();
  private readonly domains: State[][] = [];
  private readonly unique = new Map<string, Node>();
  private readonly terminals = new Map<unknown, Terminal<unknown>>();
  private readonly compiled = new Map<Fact, Node<boolean>>();
  private readonly opMemo = new Map<string, Node>();
  private nextId = 0;

  constructor(
    private readonly state: State,
    order: readonly Field[],
  ) {
    this.fields = order.filter((f) =>
      f === "arrival" ? state.instants.length > 1 : state.profile[f] === undefined,
    );
    for (const [i, f] of this.fields.entries()) this.level.set(f, i);
  }

  terminal<T>(value: T): Terminal<T> {
    let t = this.terminals.get(value);
    if (!t) {
      t = { id: this.nextId++, value };
      this.terminals.set(value, t);
    }
    return t as Terminal<T>;
  }

  private mk(level: number, kids: Node[]): Node {
    const first = kids[0]!;
    if (kids.every((k) => k === first)) return first;
    const key = `${level}:${kids.map((k) => k.id).join(",")}`;
    let n = this.unique.get(key);
    if (!n) {
      n = { id: this.nextId++, level, kids };
      this.unique.set(key, n);
    }
    return n;
  }

  /** The diagram of a fact: composites by combining operands, leaves by Shannon expansion. */
  fact(f: Fact): Node<boolean> {
    const done = this.compiled.get(f);
    if (done) return done;
    let node: Node;
    if (f.op === "not") node = this.negate(this.fact(f.args![0]!));
    else if (f.op === "all" || f.op === "any") {
      const neutral = f.op === "all";
      node = this.terminal(neutral);
      for (const a of f.args!) {
        node = this.apply2(f.op, node, this.fact(a), (x, y) => (neutral ? x && y : x || y) as boolean);
        if (isTerminal(node) && node.value !== neutral) break;
      }
    } else node = this.expand(f);
    this.compiled.set(f, node as Node<boolean>);
    return node as Node<boolean>;
  }

  /** The diagram of a decision list. */
  decision<T>(d: Decision<T>): Node<T> {
    if ("value" in d) return this.terminal(d.value);
    return this.ite(this.fact(d.if), this.decision(d.then), this.decision(d.else)) as Node<T>;
  }

  private expand(f: Fact): Node {
    const vars = [...f.deps].map((d) => this.level.get(d)).filter((l): l is number => l !== undefined);
    vars.sort((a, b) => a - b);
    const go = (state: State, i: number): Node => {
      mddStats.evaluations++;
      const value = f(new Probe(state));
      if (value !== undefined) return this.terminal(value);
      if (i >= vars.length)
        throw new Error(`a fact stayed unknown with every field it declares known (deps incomplete?)`);
      const level = vars[i]!;
      return this.mk(
        level,
        branches(state, this.fields[level]!).map((s) => go(s, i + 1)),
      );
    };
    return go(this.state, 0);
  }

  private negate(n: Node): Node {
    const key = `not:${n.id}`;
    const memo = this.opMemo.get(key);
    if (memo) return memo;
    const out = isTerminal(n)
      ? this.terminal(!n.value)
      : this.mk(
          n.level,
          n.kids.map((k) => this.negate(k)),
        );
    this.opMemo.set(key, out);
    return out;
  }

  private apply2(op: string, a: Node, b: Node, fn: (x: unknown, y: unknown) => unknown): Node {
    if (isTerminal(a) && isTerminal(b)) return this.terminal(fn(a.value, b.value));
    const key = `${op}:${a.id}:${b.id}`;
    const memo = this.opMemo.get(key);
    if (memo) return memo;
    const level = Math.min(levelOf(a), levelOf(b));
    const width = this.width(level);
    const kids: Node[] = [];
    for (let i = 0; i < width; i++)
      kids.push(this.apply2(op, cofactor(a, level, i), cofactor(b, level, i), fn));
    const out = this.mk(level, kids);
    this.opMemo.set(key, out);
    return out;
  }

  /** if-then-else: `c` boolean, `t` and `e` of any terminal type. */
  ite(c: Node, t: Node, e: Node): Node {
    if (isTerminal(c)) return c.value ? t : e;
    if (t === e) return t;
    const key = `ite:${c.id}:${t.id}:${e.id}`;
    const memo = this.opMemo.get(key);
    if (memo) return memo;
    const level = Math.min(levelOf(c), levelOf(t), levelOf(e));
    const width = this.width(level);
    const kids: Node[] = [];
    for (let i = 0; i < width; i++)
      kids.push(this.ite(cofactor(c, level, i), cofactor(t, level, i), cofactor(e, level, i)));
    const out = this.mk(level, kids);
    this.opMemo.set(key, out);
    return out;
  }

  private width(level: number): number {
    let d = this.domains[level];
    if (!d) {
      d = branches(this.state, this.fields[level]!);
      this.domains[level] = d;
    }
    return d.length;
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

function levelOf(n: Node): number {
  return isTerminal(n) ? Number.POSITIVE_INFINITY : n.level;
}

function cofactor(n: Node, level: number, i: number): Node {
  return !isTerminal(n) && n.level === level ? n.kids[i]! : n;
}
