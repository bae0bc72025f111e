package org.oneform.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The data feed section of the department portal: delivery summary, API tokens. */
public final class FeedPanel {

    private final Page page;

    private FeedPanel(Page page) {
        this.page = page;
    }

    public static FeedPanel on(Page page) {
        var panel = new FeedPanel(page);
        assertThat(panel.root()).isVisible();
        return panel;
    }

    public Locator root() {
        return page.locator("#feed-panel");
    }

    public Locator summary() {
        return page.locator("#feed-summary");
    }

    /** The feed's figures: lag, last pull, last delivery. */
    public Locator status() {
        return page.locator("#feed-status");
    }

    /** Creates a token with a label and returns its value, read once from the dialog, which it then closes. */
    public String createToken(String label) {
        page.locator("#new-token-label input").fill(label);
        page.locator("#create-token").click();
        Locator value = page.locator("#new-token-value");
        assertThat(value).isVisible();
        String token = value.innerText().strip();
        page.locator("#close-new-token").click();
        assertThat(value).isHidden();
        return token;
    }

    /** The token rows' text (label, creator, times, state). */
    public Locator rows() {
        return page.locator("#feed-tokens vaadin-grid-cell-content");
    }

    /** Revokes the first live token, confirming in the dialog. */
    public void revokeFirst() {
        page.locator("#feed-tokens .revoke-token").first().click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], vaadin-confirm-dialog vaadin-button[slot='confirm-button']")
                .first().click();
    }
}
