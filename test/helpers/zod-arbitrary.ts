/**
 * fast-check arbitraries derived from a zod 4 schema: objects (optional fields sometimes absent),
 * arrays, strings (length caps, regex patterns, ISO times), numbers (int, bounds), booleans,
 * literals, enums, unions, nullables. Derived from the schema's own checks, so a new field or cap
 * is generated without touching the test. Sizes stay small (fast-check's "small" size) so that a
 * property runs many cases quickly; the caps themselves are checked by the schema's own specs.
 */
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: Record<string, unknown> } }>;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Array<Record<string, unknown>> => (def.checks ?? []).map((c) => c._zod.def);

/** Length bounds from `min_length` / `max_length` checks. */
function lengths(def: Def): { min: number; max: number } {
  let min = 0;
  let max = Number.MAX_SAFE_INTEGER;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') min = check.minimum as number;
    if (check.check === 'max_length') max = check.maximum as number;
  }
  return { min, max };
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  if (def.format === 'datetime') return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
  const pattern = checksOf(def).find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern as RegExp | undefined;
  const { min, max } = lengths(def);
  if (pattern) return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max);
  // Mostly ASCII, sometimes any Unicode (emoji, combining marks, right-to-left text); a grapheme may be several UTF-16 units.
  const maxLength = Math.max(min, Math.min(max, 40));
  const ascii = fc.string({ minLength: min, maxLength });
  const unicode = fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, Math.floor(maxLength / 4)) }).filter((s) => s.length <= max);
  return fc.oneof({ weight: 3, arbitrary: ascii }, { weight: 1, arbitrary: unicode });
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -1e9;
  let max = 1e9;
  let isInt = false;
  for (const check of checksOf(def)) {
    if (check.check === 'greater_than') min = check.value as number;
    if (check.check === 'less_than') max = check.value as number;
    if (check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32')) isInt = true;
  }
  return isInt ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** An arbitrary of values that `schema` accepts (refinements it cannot see are the caller's to filter). */
export function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, arbitraryOf(defOf(field).type === 'optional' ? (defOf(field).innerType as z.ZodType) : field)]));
      const requiredKeys = Object.keys(shape).filter((key) => defOf(shape[key]).type !== 'optional');
      return fc.record(fields, { requiredKeys });
    }
    case 'array': {
      const { min, max } = lengths(def);
      return fc.array(arbitraryOf(def.element as z.ZodType), { minLength: min, maxLength: max, size: 'small' });
    }
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map(arbitraryOf));
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType as z.ZodType), { nil: null });
    case 'optional':
      return fc.option(arbitraryOf(def.innerType as z.ZodType), { nil: undefined });
    default:
      throw new Error(`arbitraryOf: no generator for a zod ${def.type}; add one here.`);
  }
}
