/**
 * Per-app state owned by feature modules (the speech service, live sessions, dialog tokens…).
 * Each part sits under a typed key made by its module, so it reads back as its own type with no
 * cast, and no module can reach another's state by guessing a string.
 */

/** One app's state holder: the identity every key files its value under. */
export class Slots {
  // A private field makes the type nominal: any other object is not a Slots.
  readonly #app = 'attune';

  /** For debugging: which app this holder belongs to. */
  toString(): string {
    return `Slots(${this.#app})`;
  }
}

/** A key to one part of the state; its values, one per app, live in the key itself. */
export interface SlotKey<T> {
  readonly name: string;
  readonly values: WeakMap<Slots, { value: T }>;
}

/** Anything that carries an app's slots (the AppContext, or a test's small stand-in). */
export interface HasSlots {
  readonly slots: Slots;
}

/** Makes the key a feature module keeps its state under. */
export function createSlot<T>(name: string): SlotKey<T> {
  return { name, values: new WeakMap() };
}

/** Returns the slot's value, creating it once. */
export function slot<T>(ctx: HasSlots, key: SlotKey<T>, create: () => T): T {
  let box = key.values.get(ctx.slots);
  if (!box) {
    box = { value: create() };
    key.values.set(ctx.slots, box);
  }
  return box.value;
}

/** The slot's value if it was set, without creating it. */
export function peekSlot<T>(ctx: HasSlots, key: SlotKey<T>): T | undefined {
  return key.values.get(ctx.slots)?.value;
}

/** Sets the slot's value. */
export function setSlot<T>(ctx: HasSlots, key: SlotKey<T>, value: T): void {
  key.values.set(ctx.slots, { value });
}

/** Empties the slot; answers the value it held, if any. */
export function clearSlot<T>(ctx: HasSlots, key: SlotKey<T>): T | undefined {
  const value = peekSlot(ctx, key);
  key.values.delete(ctx.slots);
  return value;
}
