package org.oneform.forms.expr;

/** Thrown by {@link Expression#parse} and {@link Expression#evaluate}; carries the {@link ExpressionError}. */
public final class ExpressionException extends RuntimeException {

    private final transient ExpressionError error;

    public ExpressionException(ExpressionError error) {
        super(error.message());
        this.error = error;
    }

    public ExpressionError error() {
        return error;
    }
}
