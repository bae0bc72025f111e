package org.oneform.forms.expr.internal;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.oneform.forms.expr.ExpressionError;
import org.oneform.forms.expr.ExpressionError.Reason;
import org.oneform.forms.expr.ExpressionException;
import org.oneform.forms.expr.grammar.ExprLexer;
import org.oneform.forms.expr.grammar.ExprParser;

/**
 * The parser front end: lex everything and report the first error token, then parse with ANTLR's
 * bail-out strategy (first syntax error wins), then build the tree. The TypeScript front end
 * ({@code frontend/expr/parse.ts}) does the same steps in the same order.
 */
public final class Parsing {

    private Parsing() {}

    public static Node parse(String source) {
        ExprLexer lexer = new ExprLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        for (Token token : tokens.getTokens()) {
            checkLexical(token);
        }
        ExprParser parser = new ExprParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        ExprParser.ExpressionContext tree;
        try {
            tree = parser.expression();
        } catch (ParseCancellationException e) {
            throw new ExpressionException(syntaxError((RecognitionException) e.getCause(), parser));
        }
        return new AstBuilder().visit(tree);
    }

    private static void checkLexical(Token token) {
        Reason reason = switch (token.getType()) {
            case ExprLexer.UNTERMINATED_STRING -> Reason.UNTERMINATED_STRING;
            case ExprLexer.BAD_FIELD -> Reason.INVALID_FIELD_REFERENCE;
            case ExprLexer.ERROR_CHAR -> Reason.UNEXPECTED_CHARACTER;
            default -> null;
        };
        if (reason != null) {
            String description = switch (reason) {
                case UNTERMINATED_STRING -> "unterminated string";
                case INVALID_FIELD_REFERENCE -> "invalid field reference " + token.getText();
                default -> "unexpected character '" + token.getText() + "'";
            };
            throw new ExpressionException(ExpressionError.of(token.getStartIndex(), reason, description));
        }
    }

    private static ExpressionError syntaxError(RecognitionException e, ExprParser parser) {
        Token token = e.getOffendingToken();
        IntervalSet expected = e.getExpectedTokens();
        String expectedOne = expected != null && expected.size() == 1 && expected.getMinElement() != Token.EOF
                ? parser.getVocabulary().getDisplayName(expected.getMinElement())
                : null;
        if (token.getType() == Token.EOF) {
            return ExpressionError.of(token.getStartIndex(), Reason.UNEXPECTED_END,
                    expectedOne != null ? "expected " + expectedOne : "unexpected end of expression");
        }
        // after a complete operand many tokens may follow, and ANTLR names only the last alternative: don't guess
        return ExpressionError.of(token.getStartIndex(), Reason.UNEXPECTED_TOKEN, "unexpected '" + token.getText() + "'");
    }
}
