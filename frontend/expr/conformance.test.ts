// Runs every case of forms/src/test/resources/expr/conformance.json against the TypeScript evaluator;
// the Java ConformanceTest runs the same file against the server's evaluator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Expression, ExpressionException, LocalDate, type FieldValue, type Value } from './index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Case {
  expr: string;
  values?: Record<string, Json>;
  current?: Json;
  today: string;
  expect?: Json;
  error?: { reason: string; position: number };
  note?: string;
}

const file = new URL('../../forms/src/test/resources/expr/conformance.json', import.meta.url);
const cases: Case[] = JSON.parse(readFileSync(file, 'utf-8')).cases;

/** The file's value encoding (see conformance.py) → what the collector passes. */
function decode(json: Json | undefined): FieldValue {
  if (json === undefined || json === null) return null;
  if (Array.isArray(json)) return json as string[];
  if (typeof json === 'object') return LocalDate.parse(json.date as string)!;
  return json;
}

function date(text: string): LocalDate {
  const d = LocalDate.parse(text);
  if (!d) throw new Error(`bad date in conformance.json: ${text}`);
  return d;
}

function run(c: Case): Value {
  const values: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(c.values ?? {})) values[k] = decode(v);
  return Expression.parse(c.expr).evaluate({ values, today: date(c.today), current: decode(c.current) });
}

describe('conformance.json', () => {
  it('has at least 200 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((c, i) => [i, c.expr, c] as const))('#%i %s', (_i, _expr, c) => {
    if (c.error) {
      let thrown: unknown;
      try {
        run(c);
      } catch (e) {
        thrown = e;
      }
      expect(thrown, 'expected an error').toBeInstanceOf(ExpressionException);
      const { reason, position, message } = (thrown as ExpressionException).error;
      expect({ reason, position }, message).toEqual(c.error);
      expect(message.endsWith(` at ${position}`)).toBe(true);
      return;
    }
    const actual = run(c);
    const expected = decode(c.expect);
    if (expected instanceof LocalDate) {
      expect(actual instanceof LocalDate ? actual.toString() : actual).toBe(expected.toString());
    } else if (Array.isArray(expected)) {
      throw new Error('an expected value is never a list');
    } else if (typeof expected === 'number') {
      expect(typeof actual).toBe('number');
      expect(actual === expected, `${String(actual)} = ${expected}`).toBe(true);
    } else {
      expect(actual).toBe(expected);
    }
  });
});
