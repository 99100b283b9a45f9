import { describe, expect, it } from 'vitest';
import { clearSlot, createSlot, peekSlot, setSlot, slot, Slots } from '../../../electron/features/slots';

describe('typed app state', () => {
  it('creates a slot once per app and keeps apps apart', () => {
    const COUNTER = createSlot<{ n: number }>('counter');
    const one = { slots: new Slots() };
    const two = { slots: new Slots() };
    let made = 0;
    const make = () => ({ n: ++made });
    expect(slot(one, COUNTER, make)).toBe(slot(one, COUNTER, make));
    expect(slot(two, COUNTER, make).n).toBe(2);
    expect(made).toBe(2);
  });

  it('peeks without creating, sets, and clears answering the old value', () => {
    const NAME = createSlot<string>('name');
    const ctx = { slots: new Slots() };
    expect(peekSlot(ctx, NAME)).toBeUndefined();
    setSlot(ctx, NAME, 'tiny.en');
    expect(peekSlot(ctx, NAME)).toBe('tiny.en');
    expect(clearSlot(ctx, NAME)).toBe('tiny.en');
    expect(peekSlot(ctx, NAME)).toBeUndefined();
    expect(clearSlot(ctx, NAME)).toBeUndefined();
  });

  it("keeps two keys of the same name apart (no string can reach another module's state)", () => {
    const mine = createSlot<number>('speech');
    const theirs = createSlot<number>('speech');
    const ctx = { slots: new Slots() };
    setSlot(ctx, mine, 1);
    expect(peekSlot(ctx, theirs)).toBeUndefined();
  });
});
