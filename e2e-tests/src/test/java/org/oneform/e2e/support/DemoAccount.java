package org.oneform.e2e.support;

import java.util.Locale;

/** The demo city's accounts (password {@value OneFormServer#DEMO_PASSWORD}) and where each role lands. */
public enum DemoAccount {

    ADMIN("admin", "/admin", "系统管理", "Administration"),
    DEPARTMENT("civil-affairs", "/department", "部门工作台", "Department workspace"),
    SUPERVISOR("supervisor1", "/supervisor", "街道督导", "Street supervision"),
    GRID_WORKER("worker01", "/worker", "我的网格", "My grids");

    private final String username;
    private final String home;
    private final String chineseTitle;
    private final String englishTitle;

    DemoAccount(String username, String home, String chineseTitle, String englishTitle) {
        this.username = username;
        this.home = home;
        this.chineseTitle = chineseTitle;
        this.englishTitle = englishTitle;
    }

    public String username() {
        return username;
    }

    public String password() {
        return OneFormServer.DEMO_PASSWORD;
    }

    /** A short lower-case name for file names: {@code admin}, {@code department}, {@code supervisor}, {@code grid-worker}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role's home route, e.g. {@code /admin}. */
    public String home() {
        return home;
    }

    public String title(Language language) {
        return language == Language.CHINESE ? chineseTitle : englishTitle;
    }

    public String chineseTitle() {
        return chineseTitle;
    }

    public String englishTitle() {
        return englishTitle;
    }
}
