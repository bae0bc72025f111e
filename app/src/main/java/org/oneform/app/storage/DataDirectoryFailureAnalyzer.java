package org.oneform.app.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a data directory problem into a short, clear start-up error instead of a stack trace. */
public final class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
