/** Flow views of the street supervisor. */
package org.oneform.app.supervisor.ui;
