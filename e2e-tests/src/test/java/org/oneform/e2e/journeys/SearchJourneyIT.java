package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oneform.e2e.pages.LoginPage;
import org.oneform.e2e.pages.SearchPanel;
import org.oneform.e2e.pages.SearchPanel.Result;
import org.oneform.e2e.pages.SearchPanel.Row;
import org.oneform.e2e.pages.Shell;
import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.CommonPinyin;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;
import org.oneform.e2e.support.LayoutProbe;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.Tablet;

import com.microsoft.playwright.Page;

/**
 * A street supervisor finds people in the search panel below their home screen: by a common surname,
 * by a whole name read off those results, by the name's full pinyin and by its initials. Every result
 * lies in the supervisor's own street and shows ID and phone numbers masked; text that is not a name
 * or a number (brackets, quotes, query syntax) finds nothing and breaks nothing. The demo city is
 * random, so the test reads a real name from the screen instead of assuming one.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SearchJourneyIT {

    private static final DemoAccount SUPERVISOR = DemoAccount.SUPERVISOR;
    /** The panel shows at most this many results (its summary says so). */
    private static final int MAX_SHOWN = 50;
    private static final String RESIDENT = "居民";
    private static final String HOUSEHOLD = "户";
    /** The most common surnames, tried in order until one yields a usable name. */
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈");
    private static final Pattern MASKED_ID = Pattern.compile("\\d{6}\\*{8}[\\dX]{4}");
    private static final Pattern MASKED_PHONE = Pattern.compile("\\d{3}\\*{4,}\\d{4}");
    /** An ID number (18 characters, or first-generation 15 digits) or a mobile number in the clear. */
    private static final Pattern CLEAR_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}|(?<!\\d)1\\d{10}(?!\\d)");
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^.*(\\bERROR\\b|Exception).*$");
    private static final List<String> GARBAGE = List.of("\"((*", "*?~^\\:[]{}", "');--");

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("search");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void supervisorFindsPeopleInTheirStreetByNamePinyinAndInitialsWithMaskedNumbers() {
        Page page = browser.page();
        Shell shell = LoginPage.open(page, server.baseUrl()).signIn(SUPERVISOR).assertHome(SUPERVISOR, Language.CHINESE);
        String street = ownStreet(shell);
        SearchPanel search = shell.searchPanel();
        search.scrollIntoView();
        browser.screenshot("search-1-supervisor-home");

        // a common surname: many hits, all in the street, all masked; read a real name off them
        Optional<String> picked = Optional.empty();
        for (String surname : SURNAMES) {
            Result bySurname = search.search(surname);
            print(bySurname);
            assertThat(bySurname.count()).as("hits for %s", surname).isPositive();
            assertInStreetAndMasked(search, bySurname, street);
            picked = pickName(bySurname, surname);
            if (picked.isPresent()) {
                break;
            }
        }
        assertThat(picked).as("a name with a common spelling among the results for %s", SURNAMES).isPresent();
        String name = picked.get();
        System.out.println("[e2e] searching for " + name);
        search.scrollIntoView();
        browser.screenshot("search-2-surname");

        // the whole name: that resident, first or among the first
        Result byName = search.search(name);
        print(byName);
        assertInStreetAndMasked(search, byName, street);
        Row person = residentNamed(byName, name);
        assertThat(byName.rows().getFirst().name() + " " + byName.rows().getFirst().detail())
                .as("the first hit for %s names them (a resident, or a household they head)", name).contains(name);
        search.scrollIntoView();
        browser.screenshot("search-3-full-name");
        LayoutProbe.print(page, "search-3-full-name");

        // full pinyin: the same resident (with any homophones)
        String pinyin = CommonPinyin.full(name).orElseThrow();
        Result byPinyin = search.search(pinyin);
        print(byPinyin);
        assertInStreetAndMasked(search, byPinyin, street);
        assertThat(byPinyin.names()).as("names found for %s", pinyin).contains(name);
        search.scrollIntoView();
        browser.screenshot("search-4-pinyin");

        // initials: a common name's initials can match more people than are shown, so alone they must
        // find someone, and the person if everything fits; with the last four of the ID, the person
        String initials = CommonPinyin.initials(name).orElseThrow();
        Result byInitials = search.search(initials);
        print(byInitials);
        assertInStreetAndMasked(search, byInitials, street);
        assertThat(byInitials.count()).as("hits for %s", initials).isPositive();
        if (byInitials.count() < MAX_SHOWN) {
            assertThat(byInitials.names()).as("names found for %s", initials).contains(name);
        }
        search.scrollIntoView();
        browser.screenshot("search-5-initials");

        String tail = person.idNumber().substring(person.idNumber().length() - 4);
        Result byInitialsAndTail = search.search(initials + " " + tail);
        print(byInitialsAndTail);
        assertInStreetAndMasked(search, byInitialsAndTail, street);
        assertThat(byInitialsAndTail.rows()).as("hits for %s %s", initials, tail)
                .anyMatch(row -> row.name().equals(name) && row.idNumber().equals(person.idNumber()));
        search.scrollIntoView();
        browser.screenshot("search-6-initials-and-id-tail");

        // garbage: the "nothing found" summary, no error on screen, nothing new in the server log
        long errorsBefore = ERROR_LINE.matcher(server.log()).results().count();
        for (int i = 0; i < GARBAGE.size(); i++) {
            String text = GARBAGE.get(i);
            Result garbage = i == 0 ? search.searchWithEnter(text) : search.search(text);
            print(garbage);
            assertThat(garbage.count()).as("hits for %s", text).isZero();
            assertThat(search.summary()).hasText(SearchPanel.NONE_SUMMARY);
            assertThat(page.locator(".v-system-error")).hasCount(0);
            assertThat(shell.homeTitle()).hasText(SUPERVISOR.chineseTitle());
            if (i == 0) {
                search.scrollIntoView();
                browser.screenshot("search-7-garbage");
            }
        }
        assertThat(ERROR_LINE.matcher(server.log()).results().count()).as("error lines in the server log").isEqualTo(errorsBefore);

        // the same name on a tablet held upright
        Result again = search.search(name);
        assertThat(again.names()).contains(name);
        Browser.resize(page, Tablet.PORTRAIT);
        assertThat(search.results()).isVisible();
        search.scrollIntoView();
        browser.screenshot("search-8-full-name-portrait");
        LayoutProbe.print(page, "search-8-full-name-portrait");
    }

    /** The street's name: the last step of the path under the supervisor's heading. */
    private static String ownStreet(Shell shell) {
        assertThat(shell.scopePath()).containsText("街道");
        String[] steps = shell.scopePath().innerText().split("›");
        String street = steps[steps.length - 1].strip();
        assertThat(street).endsWith("街道");
        return street;
    }

    /**
     * A resident's or household head's name from the results, with that surname and a spelling in the
     * pinyin table; three characters preferred (their initials are rarer than two-character ones).
     */
    private static Optional<String> pickName(Result result, String surname) {
        return result.rows().stream()
                .map(row -> switch (row.kind()) {
                    case RESIDENT -> row.name();
                    case HOUSEHOLD -> row.name();
                    default -> "";
                })
                .filter(n -> n.startsWith(surname) && (n.length() == 2 || n.length() == 3))
                .filter(n -> CommonPinyin.full(n).isPresent())
                .max(Comparator.comparingInt(String::length));
    }

    private static Row residentNamed(Result result, String name) {
        return result.rows().stream()
                .filter(row -> row.kind().equals(RESIDENT) && row.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no resident named " + name + " among " + result.rows()));
    }

    /** Every row lies in the street, IDs and phones are masked, and no number is in the clear anywhere in the grid. */
    private static void assertInStreetAndMasked(SearchPanel search, Result result, String street) {
        assertThat(result.rows()).as("rows for %s", result.query()).hasSize(result.count());
        for (Row row : result.rows()) {
            assertThat(row.area()).as("grid of %s", row).startsWith(street);
            if (row.kind().equals(RESIDENT)) {
                assertThat(row.idNumber()).as("ID number of %s", row).matches(MASKED_ID).contains("********");
            } else {
                assertThat(row.idNumber()).as("ID number of %s", row).isEmpty();
            }
            if (!row.phone().isEmpty()) {
                assertThat(row.phone()).as("phone of %s", row).matches(MASKED_PHONE);
            }
        }
        if (result.count() > 0) {
            assertThat(CLEAR_NUMBER.matcher(search.resultsText()).results().map(m -> m.group()).toList())
                    .as("ID or phone numbers in the clear in the grid").isEmpty();
        }
    }

    private static void print(Result result) {
        System.out.printf("[e2e] search \"%s\": %s%n", result.query(), result.summary());
        result.rows().stream().limit(5).forEach(row -> System.out.println("[e2e]   " + row));
    }
}
