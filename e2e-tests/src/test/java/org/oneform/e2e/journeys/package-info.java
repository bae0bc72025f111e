/** End-to-end journeys ({@code *IT}, run by failsafe against the packaged jar). */
package org.oneform.e2e.journeys;
