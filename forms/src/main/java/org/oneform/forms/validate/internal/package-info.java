/** Internals of validation: type checks and normalisation, message texts. Not API. */
package org.oneform.forms.validate.internal;
