/** Internals of field requests: the content check. Not API. */
package org.oneform.forms.request.internal;
