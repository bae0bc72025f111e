/**
 * The application shell: the PWA configuration (一张表 / OneForm, icons, manifest, the custom service
 * worker {@code frontend/sw.ts}), the tablet-friendly layout with navigation by role, the route that
 * sends each role to its home screen, and small shared view pieces.
 *
 * <p>API: {@link org.oneform.app.shell.ViewPieces}, {@link org.oneform.app.shell.HomeRoutes}.
 */
package org.oneform.app.shell;
