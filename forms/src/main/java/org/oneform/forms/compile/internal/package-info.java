/** Internals of the form compiler: the merge, relevance texts, period comparison, diffs. Not API. */
package org.oneform.forms.compile.internal;
