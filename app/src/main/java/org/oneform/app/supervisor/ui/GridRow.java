package org.oneform.app.supervisor.ui;

/** One grid of the supervisor's street, as the overview table shows it. */
record GridRow(String community, String grid, int households, int residents, int places, String workers) {
}
