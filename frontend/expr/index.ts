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
import { lookupFunction } from './functions.js';
import type { Value } from './value.js';

export { LocalDate, toValue, type Value, type FieldValue } from './value.js';
export { ExpressionException, type ExpressionError, type Reason } from './errors.js';
export type { EvaluationContext } from './evaluate.js';
export { findCycle } from './cycle.js';
export type { Node as SyntaxTree } from './ast.js';
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

  /**
   * An expression from a syntax tree that {@link syntaxTree} gave earlier (kept in IndexedDB with the form version, so a
   * new page does not run the parser for a form it has seen: docs/decisions/0035). The tree is checked node by node.
   * @throws Error when the tree is not one the parser produces (a damaged or foreign copy: parse the source instead)
   */
  static fromTree(source: string, tree: unknown): Expression {
    checkTree(tree);
    return new Expression(source, tree);
  }

  /** The syntax tree, plain data (structured-clone and JSON safe); see {@link fromTree}. */
  get syntaxTree(): Node {
    return this.tree;
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

/**
 * The shape of the trees {@link Expression.syntaxTree} gives: a stored copy is accepted only when it has it. Bump
 * when ast.ts changes, so trees kept by an older build are parsed again instead of trusted.
 */
export const SYNTAX_TREE_FORMAT = 1;

const OPS = new Set(['or', 'and', '=', '!=', '<', '<=', '>', '>=', '+', '-', '*', 'div', 'mod']);

function checkTree(node: unknown, depth = 0): asserts node is Node {
  const bad = (why: string): never => {
    throw new Error(`not a syntax tree: ${why}`);
  };
  if (depth > 200) bad('too deep');
  if (typeof node !== 'object' || node === null) bad('not an object');
  const n = node as Record<string, unknown>;
  if (typeof n.position !== 'number') bad('no position');
  switch (n.kind) {
    case 'number':
      if (typeof n.value !== 'number' || typeof n.text !== 'string') bad('number');
      return;
    case 'string':
      if (typeof n.value !== 'string') bad('string');
      return;
    case 'field':
      if (typeof n.id !== 'string') bad('field');
      return;
    case 'current':
      return;
    case 'negate':
      checkTree(n.operand, depth + 1);
      return;
    case 'binary':
      if (typeof n.op !== 'string' || !OPS.has(n.op)) bad('operator');
      checkTree(n.left, depth + 1);
      checkTree(n.right, depth + 1);
      return;
    case 'call': {
      const fn = typeof n.name === 'string' ? lookupFunction(n.name) : undefined;
      if (!fn || !Array.isArray(n.args) || n.args.length < fn.min || n.args.length > fn.max) bad('call');
      (n.args as unknown[]).forEach((a) => checkTree(a, depth + 1));
      return;
    }
    default:
      bad('kind');
  }
}
