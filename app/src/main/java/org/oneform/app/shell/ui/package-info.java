/** Flow views of the shell: the main layout and the route that forwards to a role's home. */
package org.oneform.app.shell.ui;
