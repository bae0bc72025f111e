/** Flow views of field requests: the department's request list and editor, the admin's approval queue. */
package org.oneform.app.requests.ui;
