/**
 * @pdf-lib/fontkit's Indic shaper (used for Devanagari, Bengali, Gurmukhi and
 * Tamil) was compiled with Babel's regenerator and calls a global
 * `regeneratorRuntime` that the package does not ship: without one, laying out
 * such a name throws "regeneratorRuntime is not defined". Its only generator
 * (StateMachine.match) uses `prev`, `next`, a returned value for each yield and
 * `stop()`, so this much of the runtime is enough. Installed only when none is
 * there, and only by the certificate PDF code.
 */

interface Context {
  prev: number;
  next: number | string;
  done: boolean;
  stop(): undefined;
}

/** Babel binds `this` to whatever the generator was called on. */
type Body = (this: any, context: Context) => unknown;

export const generatorShim = {
  mark: <T>(fn: T): T => fn,
  wrap(body: Body, _outer: unknown, self?: unknown): IterableIterator<unknown> {
    const context: Context = {
      prev: 0,
      next: 0,
      done: false,
      stop() {
        this.done = true;
        return undefined;
      },
    };
    const iterator: IterableIterator<unknown> = {
      next() {
        if (context.done) return { done: true, value: undefined };
        const value = body.call(self, context);
        return context.done ? { done: true, value: undefined } : { done: false, value };
      },
      [Symbol.iterator]: () => iterator,
    };
    return iterator;
  },
};

/** Sets `target.regeneratorRuntime` to the shim unless something already set it. */
export function installGeneratorShim(target: { regeneratorRuntime?: unknown }): void {
  target.regeneratorRuntime ??= generatorShim;
}
