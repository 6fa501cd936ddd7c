/**
 * Array.prototype.map, with a result of one shape whichever tier of the JIT runs it. Once V8
 * optimizes a function that calls `map`, its inlined `map` returns a holey array where the
 * builtin returned a packed one; every optimized function that had only seen the packed kind is
 * then thrown away and compiled again. For arrays that hot code reads, this spares those compiles.
 */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i] as T, i));
  return out;
}
