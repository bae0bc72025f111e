/**
 * The street supervisor's screens: the street's communities and grids with the records expected in
 * each and who works there. Completion, review and returns follow with the supervisor issue.
 */
package org.oneform.app.supervisor;
