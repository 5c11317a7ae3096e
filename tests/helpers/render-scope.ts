import { AsyncLocalStorage } from "node:async_hooks";

// React's server renderer gives each page render its own cache: cache(fn) called again with the same arguments
// (compared as React compares them: objects by identity) answers from it, and outside a render it is a plain call.
// Tests run on React's client build, where cache() is always a plain call; a test that needs the render's
// behaviour mocks `react` with renderCache and wraps the work in renderScope() (tests/integration/render-session.int.test.ts).
const RESULT = Symbol("result");
type Node = Map<unknown, unknown>;
const scope = new AsyncLocalStorage<Node>();

export function renderScope<T>(work: () => Promise<T>): Promise<T> {
  return scope.run(new Map(), work);
}

export function renderCache<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const store = scope.getStore();
    if (!store) return fn(...args);
    let node = store;
    for (const key of [fn, ...args]) {
      if (!node.has(key)) node.set(key, new Map());
      node = node.get(key) as Node;
    }
    if (!node.has(RESULT)) node.set(RESULT, fn(...args));
    return node.get(RESULT) as R;
  };
}
