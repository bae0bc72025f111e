/** Internals of the XLSForm import: reading the workbook, the survey's structure, types, matching, expressions. Not API. */
package org.oneform.forms.xlsform.internal;
