/**
 * The OneForm application: security and accounts, Flow views (admin, department workspace,
 * supervisor, grid worker), HTTP adapters, demo data, storage wiring and operations.
 *
 * <p>Feature packages expose their API at their root; Flow views sit in a {@code ui} sub-package and
 * are package-private. {@code ModularityTest} enforces the boundaries.
 */
package org.oneform.app;
