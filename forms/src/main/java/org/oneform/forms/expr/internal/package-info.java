/**
 * Internals of the expression language: the parser front end ({@link org.oneform.forms.expr.internal.Parsing}),
 * the syntax tree ({@link org.oneform.forms.expr.internal.Node}), the evaluator, conversions, functions and
 * the canonical printer. Each has a TypeScript twin in {@code frontend/expr/} that follows it step for step;
 * change both together and add a case to {@code conformance.json}. Not API.
 */
package org.oneform.forms.expr.internal;
