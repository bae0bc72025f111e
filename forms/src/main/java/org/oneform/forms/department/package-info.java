/**
 * Departments (部门): the civil-affairs bureau, the health commission, public security and the rest.
 * A department requests fields and pulls what it requested. This package owns the directory of
 * departments; department user accounts live with the application's accounts.
 */
package org.oneform.forms.department;
