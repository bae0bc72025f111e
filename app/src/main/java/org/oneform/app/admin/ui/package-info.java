/** Flow views of the administrator. */
package org.oneform.app.admin.ui;
