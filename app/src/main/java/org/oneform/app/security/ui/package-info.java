/** The sign-in page: Chinese by default, English switchable, one message for every wrong credential. */
package org.oneform.app.security.ui;
