package org.oneform.e2e.support;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * What a screenshot cannot be trusted to show, measured in the page (shadow DOM included): whether
 * the page scrolls sideways, how long the scrolling content is, which elements stick out to the right
 * of the viewport, and which texts are cut (wider than their box with overflow hidden, e.g. an ellipsis
 * in a grid cell). For reports, not assertions: the journeys print it next to their screenshots.
 */
public final class LayoutProbe {

    private static final String MEASURE = """
            () => {
              const all = [];
              const walk = root => {
                for (const el of root.querySelectorAll('*')) {
                  all.push(el);
                  if (el.shadowRoot) walk(el.shadowRoot);
                }
              };
              walk(document);
              const label = el => {
                const text = (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
                return el.localName + (el.id ? '#' + el.id : '') + (text ? ' "' + text + '"' : '');
              };
              const shown = el => {
                const r = el.getBoundingClientRect();
                const s = getComputedStyle(el);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
              };
              const vw = document.documentElement.clientWidth;
              const outside = all.filter(el => shown(el) && el.getBoundingClientRect().right > vw + 1)
                  .filter(el => !el.parentElement || el.parentElement.getBoundingClientRect().right <= vw + 1)
                  .map(el => label(el) + ' right=' + Math.round(el.getBoundingClientRect().right));
              const cut = all.filter(el => shown(el) && el.children.length === 0 && el.scrollWidth > el.clientWidth + 1
                      && ['hidden', 'clip'].includes(getComputedStyle(el).overflowX))
                  .map(el => label(el) + ' ' + el.scrollWidth + '>' + el.clientWidth);
              const scroller = %s;
              return {
                viewport: vw + 'x' + document.documentElement.clientHeight,
                documentWidth: document.documentElement.scrollWidth,
                contentHeight: scroller ? scroller.scrollHeight : document.documentElement.scrollHeight,
                outside: outside.slice(0, 15),
                cut: cut.slice(0, 15),
                cutCount: cut.length
              };
            }
            """.formatted(Browser.MAIN_SCROLLER);

    private LayoutProbe() {
    }

    /** Measures the page and prints one summary line and up to 15 lines each of sticking-out and cut elements. */
    @SuppressWarnings("unchecked")
    public static void print(Page page, String what) {
        Map<String, Object> layout = (Map<String, Object>) page.evaluate(MEASURE);
        System.out.printf("[e2e] layout %s: viewport %s, document width %s, content height %s, %s cut texts%n", what,
                layout.get("viewport"), layout.get("documentWidth"), layout.get("contentHeight"), layout.get("cutCount"));
        for (String key : List.of("outside", "cut")) {
            for (Object item : (List<?>) layout.get(key)) {
                System.out.printf("[e2e]   %s: %s%n", key, item);
            }
        }
    }
}
