/** Values computed on first read and then kept, for knowledge that a run may never need (another language's regexes). */

const VALUES = Symbol('lazy values');
const COMPUTE = Symbol('lazy computations');
const UNSET = Symbol('not computed yet');

interface LazyStore {
  [VALUES]: unknown[];
  [COMPUTE]: Array<() => unknown>;
}

/**
 * A maker of objects that share the same lazy properties: `eager` with the `lazy` properties
 * added, each computed on its first read and then kept. The lazy properties are getters on one
 * prototype shared by every object the maker makes, so the objects keep one fast shape. (Turning
 * each getter into a plain property on first read, as this used to do, left the objects as slow
 * dictionaries and threw away the optimized code that had read them.) Every object of a kind
 * must have the same lazy names, in the same order.
 */
export function lazyKind<E extends object, L extends object>(): (eager: E, lazy: { [K in keyof L]: () => L[K] }) => E & L {
  let proto: object | null = null;
  let names: string[] = [];
  const prototypeFor = (lazyNames: string[]): object => {
    if (proto) {
      if (lazyNames.join() !== names.join()) throw new Error(`lazy properties differ within one kind: ${lazyNames.join()} vs ${names.join()}`);
      return proto;
    }
    names = lazyNames;
    const shared = {};
    names.forEach((name, i) => {
      Object.defineProperty(shared, name, {
        enumerable: true,
        get(this: LazyStore) {
          const values = this[VALUES];
          let value = values[i];
          if (value === UNSET) {
            value = (this[COMPUTE][i] as () => unknown)();
            values[i] = value;
          }
          return value;
        },
      });
    });
    proto = shared;
    return shared;
  };
  return (eager, lazy) => {
    const lazyNames = Object.keys(lazy);
    const out = Object.assign(Object.create(prototypeFor(lazyNames)) as LazyStore, eager);
    out[VALUES] = lazyNames.map(() => UNSET);
    out[COMPUTE] = lazyNames.map((name) => lazy[name as keyof L] as () => unknown);
    return out as unknown as E & L;
  };
}

/** Every lazy property of an object made by a lazy kind, computed now (a check that they all compute). */
export function computeAll(object: object): void {
  for (const key in object) void (object as Record<string, unknown>)[key];
}
