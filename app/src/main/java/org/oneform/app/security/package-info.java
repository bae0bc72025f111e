/**
 * Sign-in and access control: Spring Security with Vaadin's security configurer, Argon2id password
 * hashes, deny by default (every Flow view names its roles), a separate stateless chain for the
 * actuator, and a throttle that slows down repeated failed sign-ins without telling whether the
 * account exists.
 *
 * <p>API: {@link org.oneform.app.security.CurrentUser}. The sign-in view is in {@code ui}.
 */
package org.oneform.app.security;
