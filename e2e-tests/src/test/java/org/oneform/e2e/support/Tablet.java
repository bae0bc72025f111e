package org.oneform.e2e.support;

import java.util.Locale;

/** The two tablet viewports OneForm is laid out for (CSS pixels). Landscape is the default of {@link Browser}. */
public enum Tablet {
    LANDSCAPE(1280, 800),
    PORTRAIT(800, 1280);

    private final int width;
    private final int height;

    Tablet(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** {@code landscape} or {@code portrait}, for file names. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
