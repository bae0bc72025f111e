/**
 * The append-only audit log in SQL: sign-ins and failed sign-ins now; reveals of masked values,
 * exports, deliveries and review decisions as their features land. Privacy is a feature: whatever
 * shows or hands out personal data records who, what, when and why here.
 */
package org.oneform.app.audit;
