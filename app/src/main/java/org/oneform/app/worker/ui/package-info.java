/** Flow views of the grid worker. */
package org.oneform.app.worker.ui;
