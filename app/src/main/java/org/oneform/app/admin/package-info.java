/**
 * The administrator's screens: an overview of the city (area tree with its records), the accounts
 * and the latest audit events. Field-request approval and account management follow with their issues.
 */
package org.oneform.app.admin;
