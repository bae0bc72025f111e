/** The evaluator; mirrors org.oneform.forms.expr.internal.Evaluator and Comparison. */
import { start, type Node } from './ast.js';
import { ExpressionException } from './errors.js';
import { plusDays, textToBoolean, toBoolean, toDate, toNumber, type NonEmpty } from './conversions.js';
import { lookupFunction, type Evaluation } from './functions.js';
import { parseNumber } from './numbers.js';
import { LocalDate, toValue, type FieldValue, type Value } from './value.js';

/** What an expression is evaluated against; `current` is what `.` stands for. */
export interface EvaluationContext {
  readonly values: Readonly<Record<string, FieldValue>> | ReadonlyMap<string, FieldValue>;
  readonly today: LocalDate;
  readonly current?: FieldValue;
}

type Binary = Extract<Node, { kind: 'binary' }>;

export class Evaluator implements Evaluation {
  readonly today: LocalDate;

  constructor(private readonly context: EvaluationContext) {
    this.today = context.today;
  }

  evaluate(node: Node): Value {
    switch (node.kind) {
      case 'number':
        return node.value;
      case 'string':
        return node.value === '' ? null : node.value;
      case 'field':
        return toValue(lookup(this.context.values, node.id));
      case 'current':
        return toValue(this.context.current);
      case 'negate': {
        const v = this.evaluate(node.operand);
        return v === null ? null : -toNumber(v, start(node.operand));
      }
      case 'binary':
        return this.binary(node);
      case 'call':
        return lookupFunction(node.name)!.impl(this, node);
    }
  }

  private binary(b: Binary): Value {
    switch (b.op) {
      case 'or':
        return toBoolean(this.evaluate(b.left)) || toBoolean(this.evaluate(b.right));
      case 'and':
        return toBoolean(this.evaluate(b.left)) && toBoolean(this.evaluate(b.right));
      case '=':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=':
        return compare(b, this.evaluate(b.left), this.evaluate(b.right));
      default:
        return arithmetic(b, this.evaluate(b.left), this.evaluate(b.right));
    }
  }
}

function lookup(values: EvaluationContext['values'], id: string): FieldValue {
  if (values instanceof Map) return values.get(id);
  const record = values as Readonly<Record<string, FieldValue>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

function arithmetic(b: Binary, l: Value, r: Value): Value {
  if (l === null || r === null) return null;
  const ls = start(b.left);
  const rs = start(b.right);
  if (l instanceof LocalDate && (b.op === '+' || b.op === '-')) {
    if (r instanceof LocalDate && b.op === '-') return l.toEpochDay() - r.toEpochDay();
    const days = toNumber(r, rs);
    return plusDays(l, b.op === '+' ? days : -days, b.position);
  }
  if (r instanceof LocalDate && b.op === '+') return plusDays(r, toNumber(l, ls), b.position);
  const x = toNumber(l, ls);
  const y = toNumber(r, rs);
  if ((b.op === 'div' || b.op === 'mod') && y === 0) {
    throw new ExpressionException(b.position, 'division-by-zero', 'division by zero');
  }
  switch (b.op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case 'div':
      return x / y;
    default:
      return x % y;
  }
}

/** The comparison rules of the package manual, in the same order as Comparison.java. */
function compare(b: Binary, l: Value, r: Value): boolean {
  const op = b.op;
  const equality = op === '=' || op === '!=';
  if (l === null || r === null) {
    const same = l === null && r === null;
    return op === '=' ? same : op === '!=' && !same;
  }
  const ls = start(b.left);
  const rs = start(b.right);
  if (typeof l === 'boolean' || typeof r === 'boolean') {
    if (!equality) throw new ExpressionException(b.position, 'type-mismatch', 'booleans have no order');
    return (asBoolean(l, ls) === asBoolean(r, rs)) === (op === '=');
  }
  let c: number;
  if (l instanceof LocalDate || r instanceof LocalDate) {
    c = toDate(l, ls).compareTo(toDate(r, rs));
  } else if (typeof l === 'number' || typeof r === 'number') {
    c = numeric(toNumber(l, ls), toNumber(r, rs));
  } else {
    const nx = equality ? null : parseNumber(l);
    const ny = equality ? null : parseNumber(r);
    c = nx !== null && ny !== null ? numeric(nx, ny) : l < r ? -1 : l > r ? 1 : 0;
  }
  switch (op) {
    case '=':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

function numeric(x: number, y: number): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function asBoolean(v: NonEmpty, at: number): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return textToBoolean(v, at);
  throw new ExpressionException(at, 'type-mismatch', 'a date is not a boolean');
}
