/**
 * The field catalog: canonical fields per subject type, one per fact. So far it holds the subject
 * types every other module names; the catalog of fields itself comes with the one-form issue.
 */
package org.oneform.forms.catalog;
