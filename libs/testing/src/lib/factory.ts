/**
 * A factory with overrides: `const newPing = defineFactory(() => ({ message: 'hola', workMs: 0 }))`,
 * then `newPing({ workMs: 500 })`. Defaults are built fresh per call, so no two objects share state.
 */
export function defineFactory<T extends object>(defaults: (sequence: number) => T): (overrides?: Partial<T>) => T {
  let sequence = 0;
  return (overrides = {}) => ({ ...defaults(++sequence), ...overrides });
}
