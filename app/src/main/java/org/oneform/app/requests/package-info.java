/**
 * Field requests (数据需求) as screens: a department drafts, submits and withdraws its requests
 * ({@code /requests}); an admin approves or rejects them, seeing what an approval would change in the one form
 * ({@code /approvals}).
 *
 * <p>Its root maps the signed-in {@link org.oneform.app.accounts.Account} to the {@code forms} module's
 * {@link org.oneform.forms.request.Actor} ({@link org.oneform.app.requests.Actors}). The rules (who may do
 * what, which state follows which, what a valid request is) are {@link org.oneform.forms.request.FieldRequests}'s;
 * the screens only ask and show its answers. It does not own the catalog or the form versions.
 */
package org.oneform.app.requests;
