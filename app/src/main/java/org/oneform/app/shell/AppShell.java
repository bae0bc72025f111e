package org.oneform.app.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML shell of every page. {@code @PWA} makes Vaadin serve the manifest and register the service
 * worker, which {@code frontend/sw.ts} replaces with ours (the collector issue decides what it
 * precaches for offline work).
 */
@PWA(name = "一张表 OneForm", shortName = "一张表", description = "基层一张表：一次采集，多部门共享",
        iconPath = "icons/icon.png", themeColor = "#165daa", backgroundColor = "#f4f7fb", startPath = "")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {
}
