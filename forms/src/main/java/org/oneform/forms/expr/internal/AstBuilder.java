package org.oneform.forms.expr.internal;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.oneform.forms.expr.ExpressionError;
import org.oneform.forms.expr.ExpressionError.Reason;
import org.oneform.forms.expr.ExpressionException;
import org.oneform.forms.expr.grammar.ExprBaseVisitor;
import org.oneform.forms.expr.grammar.ExprParser;

/**
 * Turns ANTLR's parse tree into {@link Node}s, checking function names and argument counts
 * left to right (the first problem in source order is reported).
 */
final class AstBuilder extends ExprBaseVisitor<Node> {

    @Override
    public Node visitExpression(ExprParser.ExpressionContext ctx) {
        return visit(ctx.orExpr());
    }

    @Override
    public Node visitOrExpr(ExprParser.OrExprContext ctx) {
        return fold(ctx);
    }

    @Override
    public Node visitAndExpr(ExprParser.AndExprContext ctx) {
        return fold(ctx);
    }

    @Override
    public Node visitEqExpr(ExprParser.EqExprContext ctx) {
        return fold(ctx);
    }

    @Override
    public Node visitRelExpr(ExprParser.RelExprContext ctx) {
        return fold(ctx);
    }

    @Override
    public Node visitAddExpr(ExprParser.AddExprContext ctx) {
        return fold(ctx);
    }

    @Override
    public Node visitMulExpr(ExprParser.MulExprContext ctx) {
        return fold(ctx);
    }

    /** {@code operand (op operand)*} → a left-associative chain of {@link Node.Binary}. */
    private Node fold(ParserRuleContext ctx) {
        Node left = visit(ctx.getChild(0));
        for (int i = 1; i < ctx.getChildCount(); i += 2) {
            Token op = ((TerminalNode) ctx.getChild(i)).getSymbol();
            Node right = visit(ctx.getChild(i + 1));
            left = new Node.Binary(Op.ofToken(op.getText()), left, right, op.getStartIndex());
        }
        return left;
    }

    @Override
    public Node visitUnary(ExprParser.UnaryContext ctx) {
        if (ctx.MINUS() != null) {
            return new Node.Negate(visit(ctx.unary()), ctx.MINUS().getSymbol().getStartIndex());
        }
        return visit(ctx.primary());
    }

    @Override
    public Node visitPrimary(ExprParser.PrimaryContext ctx) {
        if (ctx.orExpr() != null) {
            return visit(ctx.orExpr());
        }
        if (ctx.call() != null) {
            return visit(ctx.call());
        }
        Token token = ((TerminalNode) ctx.getChild(0)).getSymbol();
        String text = token.getText();
        int at = token.getStartIndex();
        return switch (token.getType()) {
            case ExprParser.NUMBER -> new Node.NumberLiteral(Double.parseDouble(text), text, at);
            case ExprParser.STRING -> new Node.StringLiteral(text.substring(1, text.length() - 1), at);
            case ExprParser.FIELD -> new Node.FieldRef(text.substring(2, text.length() - 1), at);
            case ExprParser.DOT -> new Node.Current(at);
            default -> throw new IllegalStateException("unexpected primary " + text);
        };
    }

    @Override
    public Node visitCall(ExprParser.CallContext ctx) {
        Token nameToken = ctx.NAME().getSymbol();
        String name = nameToken.getText();
        int at = nameToken.getStartIndex();
        Functions.Function function = Functions.lookup(name).orElseThrow(() -> new ExpressionException(
                ExpressionError.of(at, Reason.UNKNOWN_FUNCTION, "unknown function '" + name + "'")));
        List<Node> args = new ArrayList<>();
        for (ParseTree arg : ctx.orExpr()) {
            args.add(visit(arg));
        }
        if (!function.accepts(args.size())) {
            throw new ExpressionException(ExpressionError.of(at, Reason.WRONG_ARGUMENT_COUNT,
                    name + "() takes " + function.arity() + ", not " + args.size()));
        }
        return new Node.Call(name, args, at);
    }
}
