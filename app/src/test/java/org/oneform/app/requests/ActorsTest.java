package org.oneform.app.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Role;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.Actor;
import org.oneform.sync.area.AreaId;

/** An account acts on field requests as an admin or as staff of its department, and nobody else does. */
class ActorsTest {

    private static final DepartmentCode CIVIL = new DepartmentCode("civil-affairs");

    @Test
    void anAdminActsAsAdminForEveryDepartment() {
        Actor actor = Actors.of(account("admin", Role.ADMIN, null));
        assertThat(actor).isEqualTo(Actor.admin("admin"));
        assertThat(actor.actsFor(CIVIL)).isTrue();
    }

    @Test
    void departmentStaffActForTheirDepartmentOnly() {
        Actor actor = Actors.of(account("civil-affairs", Role.DEPARTMENT, CIVIL));
        assertThat(actor).isEqualTo(Actor.staff("civil-affairs", CIVIL));
        assertThat(actor.admin()).isFalse();
        assertThat(actor.actsFor(CIVIL)).isTrue();
        assertThat(actor.actsFor(new DepartmentCode("health"))).isFalse();
    }

    @Test
    void supervisorsWorkersAndStaffWithoutADepartmentDoNotAct() {
        assertThatThrownBy(() -> Actors.of(account("s1", Role.SUPERVISOR, null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actors.of(account("w1", Role.GRID_WORKER, null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actors.of(account("lost", Role.DEPARTMENT, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no department");
    }

    private static Account account(String username, Role role, DepartmentCode department) {
        return new Account(username, username, role, department, List.<AreaId>of(), null, true);
    }
}
