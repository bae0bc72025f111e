/** Internals of department feeds: pseudonym derivation, filter evaluation. */
package org.oneform.sync.feeds.internal;
