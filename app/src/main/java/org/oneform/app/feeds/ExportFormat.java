package org.oneform.app.feeds;

/** The formats a department can export its delivered records in. */
public enum ExportFormat {
    /** Excel, written streaming with FastExcel. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** CSV in UTF-8 with a byte order mark, so Excel shows Chinese correctly. */
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
