/** Values computed on first read and then kept, for knowledge that a run may never need (another language's regexes). */

/** `eager` with the `lazy` properties added: each is computed on its first read, then stored as a plain property. */
export function withLazy<E extends object, L extends object>(eager: E, lazy: { [K in keyof L]: () => L[K] }): E & L {
  for (const name of Object.keys(lazy) as Array<keyof L & string>) {
    const compute = lazy[name];
    Object.defineProperty(eager, name, {
      configurable: true,
      enumerable: true,
      get() {
        const value = compute();
        Object.defineProperty(eager, name, { value, writable: true, configurable: true, enumerable: true });
        return value;
      },
    });
  }
  return eager as E & L;
}
