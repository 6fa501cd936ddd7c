/**
 * The variable check: every name a template reads (in `{{x}}`, `{{#if x}}`, `{{#each x}}`, `{{#with x}}`, helper
 * arguments, partials) is looked up in the shape of the view model, at the context where it is read.
 *
 * Static: the Handlebars AST of the template and of the partials it inserts is walked once, tracking the context
 * through `#each` and `#with` (and `../`, `@root`, `this`, `@index`/`@first`/`@last`/`@key`, block params) as
 * Handlebars does at run time. The shape comes from the real view model of a small built-in sample
 * (sample-view.ts), never from a list of names.
 */
import path from 'node:path';
import Handlebars from 'handlebars';

// ---------------------------------------------------------------- shapes

/** What a value of the view model looks like: the names a template may read under it. */
export type Shape =
  | { kind: 'leaf'; types: ReadonlySet<string> }
  | { kind: 'object'; keys: ReadonlyMap<string, Shape> }
  | { kind: 'list'; element: Shape }
  /** Anything may be read: a value the check cannot know (an element of a list that was empty, a helper's result). */
  | { kind: 'any' }
  /** The element of a list seen empty: replaced by the element of a non-empty one when shapes are merged. */
  | { kind: 'none' };

const ANY: Shape = { kind: 'any' };
const NONE: Shape = { kind: 'none' };
const leaf = (...types: string[]): Shape => ({ kind: 'leaf', types: new Set(types) });

/** The shape of a value. */
export function shapeOf(value: unknown): Shape {
  if (Array.isArray(value)) return { kind: 'list', element: value.map(shapeOf).reduce(mergeShapes, NONE) };
  if (value !== null && typeof value === 'object') return { kind: 'object', keys: new Map(Object.entries(value).map(([k, v]) => [k, shapeOf(v)])) };
  return leaf(value === null ? 'null' : typeof value);
}

/** The shape of a value that is either of two: every name that one of them has. */
export function mergeShapes(a: Shape, b: Shape): Shape {
  if (a.kind === 'none') return b;
  if (b.kind === 'none') return a;
  if (a.kind === 'any' || b.kind === 'any') return ANY;
  if (a.kind === 'object' && b.kind === 'object') {
    const keys = new Map(a.keys);
    for (const [k, v] of b.keys) keys.set(k, keys.has(k) ? mergeShapes(keys.get(k) as Shape, v) : v);
    return { kind: 'object', keys };
  }
  if (a.kind === 'list' && b.kind === 'list') return { kind: 'list', element: mergeShapes(a.element, b.element) };
  if (a.kind === 'leaf' && b.kind === 'leaf') return { kind: 'leaf', types: new Set([...a.types, ...b.types]) };
  // An object or list that may be null: what it holds may be read.
  return a.kind === 'leaf' ? b : a;
}

/** The value of `name` in a value of this shape, or undefined when it has none. */
function child(shape: Shape, name: string): Shape | undefined {
  switch (shape.kind) {
    case 'any':
    case 'none':
      return ANY;
    case 'object':
      return shape.keys.get(name);
    case 'list':
      if (/^\d+$/.test(name)) return shape.element.kind === 'none' ? ANY : shape.element;
      return name === 'length' ? leaf('number') : undefined;
    case 'leaf':
      // Not even `length`: strict mode refuses to look a name up in a text.
      return undefined;
  }
}

/** What `{{#each}}` gives for each element of a value of this shape. */
function elementOf(shape: Shape): Shape {
  if (shape.kind === 'list') return shape.element.kind === 'none' ? ANY : shape.element;
  if (shape.kind === 'object') {
    const values = [...shape.keys.values()].reduce(mergeShapes, NONE);
    return values.kind === 'none' ? ANY : values;
  }
  if (shape.kind === 'leaf') return leaf('string');
  return ANY;
}

/** The names that can be read in a value of this shape, for suggestions. */
const namesOf = (shape: Shape): string[] => (shape.kind === 'object' ? [...shape.keys.keys()] : []);

// ---------------------------------------------------------------- suggestions

/** Edit distance with transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The closest of the candidates, when it is close enough to be a misspelling. */
export function closest(name: string, candidates: Iterable<string>): string | null {
  const max = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const distance = c.toLowerCase() === name.toLowerCase() ? 0.5 : editDistance(name, c);
    if (distance <= max && distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

// ---------------------------------------------------------------- the AST

interface Loc {
  start: { line: number; column: number };
}
interface PathNode {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
  loc?: Loc;
}
interface LiteralNode {
  type: 'StringLiteral' | 'NumberLiteral' | 'BooleanLiteral' | 'UndefinedLiteral' | 'NullLiteral';
  value?: unknown;
  original?: unknown;
  loc?: Loc;
}
interface HashNode {
  pairs: Array<{ key: string; value: ExprNode }>;
}
interface CallNode {
  type: 'MustacheStatement' | 'SubExpression' | 'BlockStatement' | 'DecoratorBlock' | 'Decorator';
  path: PathNode | LiteralNode;
  params: ExprNode[];
  hash?: HashNode;
  program?: ProgramNode;
  inverse?: ProgramNode;
  loc?: Loc;
}
interface PartialNode {
  type: 'PartialStatement' | 'PartialBlockStatement';
  name: PathNode | LiteralNode | CallNode;
  params: ExprNode[];
  hash?: HashNode;
  program?: ProgramNode;
  loc?: Loc;
}
type ExprNode = PathNode | LiteralNode | CallNode;
type Statement = CallNode | PartialNode | { type: 'ContentStatement' | 'CommentStatement'; loc?: Loc };
interface ProgramNode {
  type: 'Program';
  body: Statement[];
  blockParams?: string[];
}

/** Handlebars' own helpers, and what they are for the check. */
const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'];

/** `{{"coverage"}}` reads `coverage`, as Handlebars does. */
function asPath(node: PathNode | LiteralNode): PathNode {
  if (node.type === 'PathExpression') return node;
  const name = String(node.original ?? node.value);
  return { type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, ...(node.loc ? { loc: node.loc } : {}) };
}
const scoped = (p: PathNode) => /^\.|this\b/.test(p.original);
const simpleName = (p: PathNode): string | null => (!p.data && !p.depth && p.parts.length === 1 && !scoped(p) ? (p.parts[0] as string) : null);
const isLiteral = (n: ExprNode): n is LiteralNode => n.type.endsWith('Literal');

/** How an argument is written, for messages: `columns`, `"x"`, `(lookup columns 0)`. */
function written(n: ExprNode): string {
  if (n.type === 'PathExpression') return n.original;
  if (n.type === 'StringLiteral') return JSON.stringify(n.value);
  if (isLiteral(n)) return String(n.original ?? n.value);
  const call = n as CallNode;
  return `(${[asPath(call.path).original, ...call.params.map(written), ...(call.hash?.pairs ?? []).map((p) => `${p.key}=${written(p.value)}`)].join(' ')})`;
}

// ---------------------------------------------------------------- the walk

export interface VariableProblem {
  file: string;
  line: number | null;
  message: string;
}

/** A context: what `this` is, and where it was entered. */
interface Frame {
  shape: Shape;
  /** The block that entered it, as written (`{{#each columns}}`); null at the top level. */
  label: string | null;
  /** The data frame it opens: `each` gives `@index`, `@first`, `@last`, `@key`; `with` keeps its parent's. */
  data: 'root' | 'each' | 'with' | null;
}

interface Scope {
  frames: readonly Frame[];
  /** Block params (`as |c i|`) of the enclosing blocks of this file, innermost last. */
  blockParams: ReadonlyArray<ReadonlyMap<string, Shape>>;
  file: string;
  /** Line of the file where the AST's line 1 is. */
  firstLine: number;
  /** For a partial: where it was inserted. */
  via: string | null;
  /** The partials being walked, to stop a partial that inserts itself. */
  partials: readonly string[];
}

export interface CheckInput {
  file: string;
  body: string;
  /** Line of the file where the body starts (1-based): the front matter lines come first. */
  bodyLine: number;
  partials: ReadonlyMap<string, string>;
  /** The helpers of the template environment (Handlebars' own are added). */
  helpers: readonly string[];
  /** The labels of the locale, for `{{t "label"}}`; not checked when absent. */
  labels?: ReadonlySet<string>;
}

/** A Handlebars error as `file:line: message`, the line counted in the file. */
export function handlebarsProblem(e: unknown, file: string, firstLine: number): VariableProblem {
  const msg = (e as Error).message;
  const lm = / - (\d+):(\d+)$/.exec(msg) ?? /line (\d+)/.exec(msg);
  const line = lm ? firstLine + Number(lm[1]) - 1 : null;
  const parse = /^Parse error on line \d+:\n(.*)\n-*\^\nExpecting (.*), got '(\w+)'/.exec(msg);
  if (!parse) return { file, line, message: msg.replace(/ - \d+:\d+$/, '').split('\n')[0] ?? msg };
  const [, near, expecting, got] = parse as unknown as [string, string, string, string];
  return { file, line, message: `Handlebars syntax: ${syntaxHint(expecting, got)}, near "${near.trim()}"` };
}

/** What a Handlebars parser error means, in a template author's words. */
function syntaxHint(expecting: string, got: string): string {
  if (got === 'EOF' && expecting.includes('OPEN_ENDBLOCK')) return 'a block opened with {{#...}} is not closed with {{/...}}';
  if (got === 'INVERSE' && expecting.includes('OPEN_ENDBLOCK')) return 'a second {{else}} in one block';
  if (got === 'INVALID') return 'a {{...}} that is not closed or holds something that is not a name, text or number';
  if (got === 'CLOSE' || got === 'CLOSE_UNESCAPED') return 'a {{...}} with nothing in it, or a name missing';
  return `unexpected ${got.toLowerCase().replace(/_/g, ' ')}`;
}

/** Every name the template reads that a view model of this shape does not have, with its file and line. */
export function findUnknownNames(input: CheckInput, view: Shape): VariableProblem[] {
  const problems: VariableProblem[] = [];
  const seen = new Set<string>();
  const helpers = new Set([...BUILTIN_HELPERS, ...input.helpers]);
  const partialFile = (name: string) => path.join(path.dirname(input.file), 'partials', `${name}.hbs`);
  const partialAsts = new Map<string, ProgramNode | null>();

  const report = (scope: Scope, node: { loc?: Loc } | undefined, message: string) => {
    const line = node?.loc ? scope.firstLine + node.loc.start.line - 1 : null;
    const key = `${scope.file}\0${line}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ file: scope.file, line, message });
  };
  const notes = (scope: Scope, ...more: Array<string | null>) => {
    const inner = scope.frames[scope.frames.length - 1];
    const list = [inner?.label ? `inside ${inner.label}` : null, scope.via, ...more].filter(Boolean);
    return list.length ? ` (${list.join('; ')})` : '';
  };
  const mean = (s: string | null) => (s ? `did you mean "${s}"?` : null);

  /** Walk `parts` from `from` in `base`: the shape reached, or where it failed. */
  const walk = (base: Shape, parts: readonly string[], from: number): { shape: Shape } | { at: number; in: Shape } => {
    let shape = base;
    for (let i = from; i < parts.length; i++) {
      const next = child(shape, parts[i] as string);
      if (!next) return { at: i, in: shape };
      shape = next;
    }
    return { shape };
  };

  /** The shape of a path, or ANY after reporting it when the view model has no such name. */
  const resolve = (p: PathNode, scope: Scope): Shape => {
    const { frames } = scope;
    const prefix = p.original.endsWith(p.parts.join('.')) ? p.original.slice(0, p.original.length - p.parts.join('.').length) : '';
    const spell = (parts: readonly string[]) => `${prefix}${parts.join('.')}`;
    const unknown = (extra: string | null) => report(scope, p, `unknown variable "${p.original}"${notes(scope, extra)}`);
    const failed = (r: { at: number; in: Shape }, candidates: string[]) => {
      const name = p.parts[r.at] as string;
      const best = closest(name, candidates);
      unknown(mean(best ? spell([...p.parts.slice(0, r.at), best, ...p.parts.slice(r.at + 1)]) : null));
      return ANY;
    };

    if (p.data) {
      const [head, ...rest] = p.parts;
      if (head === 'root') {
        const r = walk((frames[0] as Frame).shape, p.parts, 1);
        return 'shape' in r ? r.shape : failed(r, namesOf(r.in));
      }
      if (head === 'index' || head === 'first' || head === 'last' || head === 'key') {
        const dataFrames = frames.filter((f) => f.data);
        const target = dataFrames.length - 1 - p.depth;
        // `with` copies the data of its parent: `@index` inside a `with` inside an `each` is the each's.
        let hasIndex = false;
        for (let i = target; i >= 0; i--) {
          const d = (dataFrames[i] as Frame).data;
          if (d === 'each') hasIndex = true;
          if (d !== 'with') break;
        }
        if (!hasIndex) {
          unknown(`only inside {{#each}}`);
          return ANY;
        }
        if (rest.length) {
          unknown(null);
          return ANY;
        }
        return leaf(head === 'key' ? 'string' : head === 'index' ? 'number' : 'boolean');
      }
      if (head === 'partial-block' || head === 'level') return ANY;
      const best = closest(head ?? '', ['root', 'index', 'first', 'last', 'key']);
      unknown(mean(best ? spell([best, ...rest]) : null));
      return ANY;
    }

    const head = p.parts[0];
    if (head !== undefined && !p.depth && !scoped(p)) {
      for (let i = scope.blockParams.length - 1; i >= 0; i--) {
        const param = (scope.blockParams[i] as ReadonlyMap<string, Shape>).get(head);
        if (!param) continue;
        const r = walk(param, p.parts, 1);
        return 'shape' in r ? r.shape : failed(r, namesOf(r.in));
      }
    }
    if (p.depth > frames.length - 1) {
      unknown(`../ goes above the top level`);
      return ANY;
    }
    const r = walk((frames[frames.length - 1 - p.depth] as Frame).shape, p.parts, 0);
    if ('shape' in r) return r.shape;
    if (r.at === 0) {
      // A name of an enclosing context: suggest how to reach it.
      for (let d = p.depth + 1; d < frames.length; d++) {
        if ('shape' in walk((frames[frames.length - 1 - d] as Frame).shape, p.parts, 0)) {
          unknown(mean(d === frames.length - 1 ? `@root.${p.parts.join('.')}` : `${'../'.repeat(d)}${p.parts.join('.')}`));
          return ANY;
        }
      }
      return failed(r, [...namesOf(r.in), ...(p.depth || scoped(p) ? [] : scope.blockParams.flatMap((m) => [...m.keys()]))]);
    }
    return failed(r, namesOf(r.in));
  };

  const expr = (n: ExprNode, scope: Scope): Shape => {
    if (n.type === 'PathExpression') return resolve(n, scope);
    if (isLiteral(n)) return leaf(n.type === 'StringLiteral' ? 'string' : n.type === 'NumberLiteral' ? 'number' : n.type === 'BooleanLiteral' ? 'boolean' : 'null');
    return call(n as CallNode, scope, true);
  };
  const args = (n: CallNode | PartialNode, scope: Scope): Shape[] => {
    const shapes = n.params.map((a) => expr(a, scope));
    for (const pair of n.hash?.pairs ?? []) expr(pair.value, scope);
    return shapes;
  };

  /** What a helper gives, for `(lookup …)` and `{{#with (lookup …)}}`. */
  const helperResult = (name: string, n: CallNode, shapes: Shape[], scope: Scope): Shape => {
    if (name !== 'lookup') return name === 'if' || name === 'unless' || name === 'each' || name === 'with' ? ANY : leaf('string');
    const [obj, key] = n.params;
    const base = shapes[0] ?? ANY;
    if (!key || !isLiteral(key) || (key.type !== 'StringLiteral' && key.type !== 'NumberLiteral')) return base.kind === 'list' ? elementOf(base) : ANY;
    const k = String(key.value);
    const found = child(base, k);
    if (found) return found;
    const best = closest(k, namesOf(base));
    const where = obj ? written(obj) : '';
    report(scope, key, `unknown variable "${where}.${k}"${notes(scope, mean(best ? `${where}.${best}` : null))}`);
    return ANY;
  };

  /** A mustache, a sub-expression or a block's opening: a helper call or a lookup. Returns the shape of its value. */
  const call = (n: CallNode, scope: Scope, subExpression: boolean): Shape => {
    const p = asPath(n.path);
    const name = simpleName(p);
    const isBlockParam = name !== null && scope.blockParams.some((m) => m.has(name));
    const withArgs = subExpression || n.params.length > 0 || n.hash !== undefined;
    if (name !== null && !isBlockParam && helpers.has(name)) {
      const key = n.params[0];
      if (name === 't' && input.labels && key?.type === 'StringLiteral' && !input.labels.has(String(key.value))) {
        report(scope, key, `unknown label "${String(key.value)}"${notes(scope, mean(closest(String(key.value), input.labels)))}`);
      }
      return helperResult(name, n, args(n, scope), scope);
    }
    if (withArgs) {
      // Handlebars calls it as a helper: a name that is not one stops the build.
      report(scope, p, `unknown helper "${p.original}"${notes(scope, mean(closest(p.original, helpers)))}`);
      args(n, scope);
      return ANY;
    }
    return resolve(p, scope);
  };

  /** The scope inside a block: its block params (`as |x i|`) set to these values. */
  const withParams = (scope: Scope, params: string[] | undefined, values: Shape[]): Scope =>
    params?.length ? { ...scope, blockParams: [...scope.blockParams, new Map(params.map((x, i) => [x, values[i] ?? ANY]))] } : scope;
  /** The scope inside a block that changes the context. */
  const enter = (scope: Scope, frame: Frame, params: string[] | undefined, values: Shape[]): Scope => withParams({ ...scope, frames: [...scope.frames, frame] }, params, values);

  const block = (n: CallNode, scope: Scope) => {
    const p = asPath(n.path);
    const name = simpleName(p);
    const isBlockParam = name !== null && scope.blockParams.some((m) => m.has(name));
    const label = `{{#${[p.original, ...n.params.map(written)].join(' ')}}}`;
    const inverse = () => n.inverse && program(n.inverse, scope);
    if (name !== null && !isBlockParam && helpers.has(name)) {
      const shapes = args(n, scope);
      const first = shapes[0] ?? ANY;
      if (name === 'each') {
        const element = elementOf(first);
        if (n.program) program(n.program, enter(scope, { shape: element, label, data: 'each' }, n.program.blockParams, [element, leaf('number')]));
      } else if (name === 'with') {
        if (n.program) program(n.program, enter(scope, { shape: first, label, data: 'with' }, n.program.blockParams, [first]));
      } else if (n.program) {
        program(n.program, withParams(scope, n.program.blockParams, []));
      }
      inverse();
      return;
    }
    if (n.params.length || n.hash) {
      report(scope, p, `unknown helper "${p.original}"${notes(scope, mean(closest(p.original, helpers)))}`);
      args(n, scope);
      if (n.program) program(n.program, withParams(scope, n.program.blockParams, []));
      inverse();
      return;
    }
    // `{{#x}}…{{/x}}` without a helper: a list repeats, an object becomes the context, true keeps it.
    const value = resolve(p, scope);
    if (n.program) {
      const keeps = value.kind === 'any' || (value.kind === 'leaf' && [...value.types].every((t) => t === 'boolean' || t === 'null' || t === 'undefined'));
      if (value.kind === 'list') program(n.program, enter(scope, { shape: elementOf(value), label, data: 'each' }, n.program.blockParams, []));
      else if (keeps) program(n.program, withParams(scope, n.program.blockParams, []));
      else program(n.program, enter(scope, { shape: value, label, data: null }, n.program.blockParams, []));
    }
    inverse();
  };

  const partialAst = (name: string, scope: Scope, at: PartialNode): ProgramNode | null => {
    if (partialAsts.has(name)) return partialAsts.get(name) as ProgramNode | null;
    const text = input.partials.get(name);
    let ast: ProgramNode | null = null;
    if (text !== undefined) {
      try {
        ast = Handlebars.parse(text) as unknown as ProgramNode;
      } catch (e) {
        const pr = handlebarsProblem(e, partialFile(name), 1);
        report({ ...scope, file: pr.file, firstLine: 1 }, pr.line ? { loc: { start: { line: pr.line, column: 0 } } } : undefined, pr.message);
      }
    } else {
      // The same words as Handlebars' own error, with the line.
      report(scope, at, `The partial ${name} could not be found`);
    }
    partialAsts.set(name, ast);
    return ast;
  };

  const partial = (n: PartialNode, scope: Scope) => {
    const shapes = n.params.map((a) => expr(a, scope));
    const hash = (n.hash?.pairs ?? []).map((pair) => [pair.key, expr(pair.value, scope)] as const);
    // `{{#> name}}fallback{{/name}}`: the block is shown where the partial writes `{{> @partial-block}}`, or instead of a missing partial.
    if (n.type === 'PartialBlockStatement' && n.program) program(n.program, scope);
    if (n.name.type === 'SubExpression') {
      call(n.name as CallNode, scope, true);
      return;
    }
    const nameNode = n.name as PathNode | LiteralNode;
    if (nameNode.type === 'PathExpression' && nameNode.data) return;
    const name = nameNode.type === 'PathExpression' ? nameNode.original : String(nameNode.original ?? nameNode.value);
    if (scope.partials.includes(name)) return;
    if (n.type === 'PartialBlockStatement' && !input.partials.has(name)) return;
    const ast = partialAst(name, scope, n);
    if (!ast) return;
    let frames = scope.frames;
    const current = (frames[frames.length - 1] as Frame).shape;
    const label = `{{> ${[name, ...n.params.map(written)].join(' ')}}}`;
    if (shapes.length || hash.length) {
      let shape = shapes[0] ?? current;
      if (hash.length) shape = mergeShapes(shape, { kind: 'object', keys: new Map(hash) });
      frames = [...frames, { shape, label, data: null }];
    }
    const line = n.loc ? scope.firstLine + n.loc.start.line - 1 : null;
    program(ast, {
      frames,
      blockParams: [],
      file: partialFile(name),
      firstLine: 1,
      via: `in ${label} at ${scope.file}${line ? `:${line}` : ''}`,
      partials: [...scope.partials, name],
    });
  };

  const program = (prog: ProgramNode, scope: Scope) => {
    for (const s of prog.body) {
      switch (s.type) {
        case 'MustacheStatement':
          call(s as CallNode, scope, false);
          break;
        case 'BlockStatement':
          block(s as CallNode, scope);
          break;
        case 'PartialStatement':
        case 'PartialBlockStatement':
          partial(s as PartialNode, scope);
          break;
        case 'DecoratorBlock':
          if ((s as CallNode).program) program((s as CallNode).program as ProgramNode, scope);
          break;
        default:
          break;
      }
    }
  };

  const top: Scope = { frames: [{ shape: view, label: null, data: 'root' }], blockParams: [], file: input.file, firstLine: input.bodyLine, via: null, partials: [] };
  let ast: ProgramNode;
  try {
    ast = Handlebars.parse(input.body) as unknown as ProgramNode;
  } catch (e) {
    return [handlebarsProblem(e, input.file, input.bodyLine)];
  }
  program(ast, top);
  return problems;
}
