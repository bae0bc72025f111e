/** Internals of the catalog: the definition and expression checks. Not API. */
package org.oneform.forms.catalog.internal;
