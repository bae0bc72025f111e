/**
 * The OneForm expression language on the tablet: the same grammar (generated/, from Expr.g4), the same
 * semantics and the same conformance file as the server's org.oneform.forms.expr. The manual is
 * forms/src/main/java/org/oneform/forms/expr/package-info.java. No DOM dependency.
 *
 *   const filter = parse('age(${resident.birth_date}) >= 60');
 *   references(filter);                                   // Set { 'resident.birth_date' }
 *   evaluate(filter, { values: { 'resident.birth_date': '1960-05-01' }, today: LocalDate.of(2026, 11, 22) });  // true
 */
import type { Node } from './ast.js';
import { toBoolean } from './conversions.js';
import { Evaluator, type EvaluationContext } from './evaluate.js';
import { parseTree } from './parse.js';
import type { Value } from './value.js';

export { LocalDate, toValue, type Value, type FieldValue } from './value.js';
export { ExpressionException, type ExpressionError, type Reason } from './errors.js';
export type { EvaluationContext } from './evaluate.js';
export { findCycle } from './cycle.js';
export { functionNames } from './functions.js';

/** A parsed expression: immutable and reusable. */
export class Expression {
  readonly references: ReadonlySet<string>;

  private constructor(
    readonly source: string,
    private readonly tree: Node,
  ) {
    this.references = collectReferences(tree, new Set());
  }

  /** @throws ExpressionException with the position and reason of the first error */
  static parse(source: string): Expression {
    return new Expression(source, parseTree(source));
  }

  /** @throws ExpressionException on a type error, a division by zero or an invalid regular expression */
  evaluate(context: EvaluationContext): Value {
    return new Evaluator(context).evaluate(this.tree);
  }

  /** Evaluates and converts as boolean() does: what relevance, constraints and filters need. */
  test(context: EvaluationContext): boolean {
    return toBoolean(this.evaluate(context));
  }

  toString(): string {
    return this.source;
  }
}

export function parse(source: string): Expression {
  return Expression.parse(source);
}

export function evaluate(expression: Expression, context: EvaluationContext): Value {
  return expression.evaluate(context);
}

/** The field ids referenced with ${…}, in order of first appearance ('.' is not one). */
export function references(expression: Expression): ReadonlySet<string> {
  return expression.references;
}

function collectReferences(node: Node, ids: Set<string>): Set<string> {
  switch (node.kind) {
    case 'field':
      ids.add(node.id);
      break;
    case 'negate':
      collectReferences(node.operand, ids);
      break;
    case 'binary':
      collectReferences(node.left, ids);
      collectReferences(node.right, ids);
      break;
    case 'call':
      node.args.forEach((a) => collectReferences(a, ids));
      break;
  }
  return ids;
}
