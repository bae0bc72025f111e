/** Flow views of the field catalog and the one form, for admins and department staff. */
package org.oneform.app.catalog.ui;
