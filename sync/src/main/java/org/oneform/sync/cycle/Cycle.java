package org.oneform.sync.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/**
 * A collection cycle: which subject types of which areas must be visited between two dates. Immutable;
 * persisted in sync's Eclipse Store root (plain {@code ArrayList}s, which it stores natively).
 *
 * @param id        stable id
 * @param name      what people call it
 * @param types     the subject types expected, in enum order
 * @param areas     the areas covered (any level), none inside another
 * @param start     first day (inclusive)
 * @param due       last day (inclusive); a subject not done after it is overdue
 * @param definedBy who defined it
 * @param definedAt when
 */
public record Cycle(CycleId id, String name, List<SubjectType> types, List<AreaId> areas, LocalDate start,
                    LocalDate due, String definedBy, Instant definedAt) {

    public Cycle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        types = new ArrayList<>(types);
        areas = new ArrayList<>(areas);
        if (types.isEmpty() || areas.isEmpty() || due.isBefore(start)) {
            throw new IllegalArgumentException("cycle " + id + " needs types, areas and a due date from its start");
        }
    }

    @Override
    public List<SubjectType> types() {
        return Collections.unmodifiableList(types);
    }

    @Override
    public List<AreaId> areas() {
        return Collections.unmodifiableList(areas);
    }

    /** Whether a grid (or any area) lies inside one of the cycle's areas. */
    public boolean covers(AreaId area) {
        for (AreaId a : areas) {
            if (area.isWithin(a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cycle touches an area: covers part of it, or all of it. */
    public boolean touches(AreaId scope) {
        for (AreaId a : areas) {
            if (a.isWithin(scope) || scope.isWithin(a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether both cycles ask for the same subject type of the same place on a common day. */
    public boolean overlaps(Cycle other) {
        return !start.isAfter(other.due) && !other.start.isAfter(due)
                && types.stream().anyMatch(other.types::contains)
                && areas.stream().anyMatch(other::touches);
    }

    /** The first instant of the window (start of the start day in {@code zone}). */
    public Instant opens(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the window (start of the day after the due date in {@code zone}). */
    public Instant closes(ZoneId zone) {
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether a subject not done on {@code today} is overdue. */
    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(due);
    }
}
