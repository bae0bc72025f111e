/**
 * The ANTLR-generated lexer, parser and visitor for {@code Expr.g4} (generated into
 * {@code target/generated-sources/antlr4} by the build). Not API: use {@link org.oneform.forms.expr.Expression}.
 */
package org.oneform.forms.expr.grammar;
