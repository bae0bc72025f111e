// The TypeScript API and the wording of errors (the same sentences as the Java ExpressionTest);
// the semantics are covered by conformance.test.ts.
import { describe, expect, it } from 'vitest';
import { evaluate, Expression, ExpressionException, findCycle, LocalDate, parse, references } from './index.js';

const today = LocalDate.of(2026, 11, 22);

function parseError(source: string): string {
  try {
    parse(source);
  } catch (e) {
    if (e instanceof ExpressionException) return e.message;
    throw e;
  }
  throw new Error(`parsed: ${source}`);
}

describe('expressions on the tablet', () => {
  it('evaluates the population filter of the issue', () => {
    const filter = parse('age(${resident.birth_date}) >= 60');
    expect([...references(filter)]).toEqual(['resident.birth_date']);
    expect(evaluate(filter, { values: { 'resident.birth_date': LocalDate.of(1960, 5, 1) }, today })).toBe(true);
    expect(filter.test({ values: { 'resident.birth_date': '1990-05-01' }, today })).toBe(false);
    expect(filter.test({ values: {}, today })).toBe(false);
  });

  it('lists references in order of first appearance and accepts a Map of values', () => {
    const e = Expression.parse('${b} + ${a} * ${b} + count-selected(${c}) + .');
    expect([...e.references]).toEqual(['b', 'a', 'c']);
    const values = new Map<string, string | readonly string[]>([['a', '2'], ['b', '1'], ['c', ['x', 'y']]]);
    expect(e.evaluate({ values, today, current: 10 })).toBe(1 + 2 * 1 + 2 + 10);
  });

  it('names position and reason in parse errors', () => {
    expect(parseError('1 + foo(2)')).toBe("unknown function 'foo' at 4");
    expect(parseError('(1 + 2')).toBe("expected ')' at 6");
    expect(parseError('if(1 2, 3)')).toBe("unexpected '2' at 5");
    expect(parseError('age(${a} 3)')).toBe("unexpected '3' at 9");
    expect(parseError('1 + 2)')).toBe("unexpected ')' at 5");
    expect(parseError('')).toBe('unexpected end of expression at 0');
    expect(parseError('if(1, 2)')).toBe('if() takes 3 arguments, not 2 at 0');
    expect(parseError('round(1, 2, 3)')).toBe('round() takes 1 or 2 arguments, not 3 at 0');
    expect(parseError('coalesce(1)')).toBe('coalesce() takes at least 2 arguments, not 1 at 0');
    expect(parseError("'abc")).toBe('unterminated string at 0');
    expect(parseError('${a b}')).toBe('invalid field reference ${a b} at 0');
    expect(parseError('1 # 2')).toBe("unexpected character '#' at 2");
  });

  it('names position and reason in evaluation errors', () => {
    const run = (source: string, values = {}) => () => parse(source).evaluate({ values, today });
    expect(run("1 + 'abc'")).toThrow("'abc' is not a number at 4");
    expect(run('${a} div 0', { a: 1 })).toThrow('division by zero at 5');
    expect(run("date('2023-02-29')")).toThrow("'2023-02-29' is not a date (YYYY-MM-DD) at 5");
  });

  it('finds cycles like the server does', () => {
    const deps = (o: Record<string, string[]>) => new Map(Object.entries(o));
    expect(findCycle(deps({ b: ['a'], a: ['b'] }))).toEqual(['a', 'b', 'a']);
    expect(findCycle(deps({ x: ['x'] }))).toEqual(['x', 'x']);
    expect(findCycle(deps({ a: ['b'], b: ['c'], c: ['d', 'e'], d: ['b'], e: [] }))).toEqual(['b', 'c', 'd', 'b']);
    expect(findCycle(deps({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }))).toBeNull();
    expect(findCycle(deps({ z: ['y'], y: ['z'], m: ['n'], n: ['m'] }))).toEqual(['m', 'n', 'm']);
  });

  it('does date arithmetic without time zones', () => {
    expect(LocalDate.ofEpochDay(0).toString()).toBe('1970-01-01');
    expect(LocalDate.of(0, 1, 1).toEpochDay()).toBe(-719_528);
    expect(LocalDate.of(9999, 12, 31).toEpochDay()).toBe(2_932_896);
    for (let day = -719_528; day <= 2_932_896; day += 997) {  // 0000-01-01 … 9999-12-31
      expect(LocalDate.parse(LocalDate.ofEpochDay(day).toString())!.toEpochDay()).toBe(day);
    }
  });
});
