/**
 * Languages: every user-facing string lives in the {@code messages} bundles, Chinese (zh-CN) by
 * default and English switchable. The user's choice is kept in a cookie (before sign-in) and on the
 * account (after), and applied to every new UI.
 *
 * <p>API: {@link org.oneform.app.i18n.Languages}, {@link org.oneform.app.i18n.LanguageSwitch}.
 */
package org.oneform.app.i18n;
