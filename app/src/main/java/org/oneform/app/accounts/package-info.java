/**
 * Accounts of the people who sign in, in SQL: user name, display name, hashed password (Argon2id),
 * role, department (for department staff), areas (grids for a grid worker, the street for a
 * supervisor) and the language they chose.
 *
 * <p>API: {@link org.oneform.app.accounts.Accounts}, {@link org.oneform.app.accounts.Account},
 * {@link org.oneform.app.accounts.NewAccount}, {@link org.oneform.app.accounts.Role}.
 */
package org.oneform.app.accounts;
