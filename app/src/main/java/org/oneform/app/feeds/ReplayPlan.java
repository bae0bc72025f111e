package org.oneform.app.feeds;

/**
 * What a webhook replay will push again, shown before it is confirmed.
 *
 * @param from       where it starts, as asked
 * @param position   the push cursor it sets (a feed position; the deliveries after it are pushed)
 * @param deliveries how many of the department's deliveries lie after that position, i.e. will be re-sent
 */
public record ReplayPlan(ReplayFrom from, long position, long deliveries) {
}
