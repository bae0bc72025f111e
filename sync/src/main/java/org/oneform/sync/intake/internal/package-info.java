/** Internals of intake: canonical JSON and hashing, the checks a submission passes. */
package org.oneform.sync.intake.internal;
