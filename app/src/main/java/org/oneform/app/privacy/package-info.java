/**
 * Privacy helpers for screens: ID numbers and phone numbers are masked on the server by default
 * ({@code 110101********1234}, {@code 138****8000}), so the full value never reaches the browser
 * unless a reveal (with a reason, audited) asks for it.
 */
package org.oneform.app.privacy;
