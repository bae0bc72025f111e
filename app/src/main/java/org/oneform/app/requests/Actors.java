package org.oneform.app.requests;

import org.oneform.app.accounts.Account;
import org.oneform.forms.request.Actor;

/** Who an account is when it acts on field requests: an admin, or staff of its department. */
public final class Actors {

    private Actors() {
    }

    /**
     * The actor for {@code account}.
     *
     * @throws IllegalArgumentException for supervisors and grid workers, who do not act on requests, and for
     *                                  department staff without a department
     */
    public static Actor of(Account account) {
        return switch (account.role()) {
            case ADMIN -> Actor.admin(account.username());
            case DEPARTMENT -> {
                if (account.department() == null) {
                    throw new IllegalArgumentException("department account " + account.username() + " has no department");
                }
                yield Actor.staff(account.username(), account.department());
            }
            case SUPERVISOR, GRID_WORKER -> throw new IllegalArgumentException(
                    account.username() + " (" + account.role() + ") does not act on field requests");
        };
    }
}
