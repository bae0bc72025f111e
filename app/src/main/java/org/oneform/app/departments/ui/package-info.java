/** Flow views of department staff. */
package org.oneform.app.departments.ui;
