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
import org.oneform.e2e.pages.SearchScreen;
import org.oneform.e2e.pages.Shell;
import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.CommonPinyin;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;
import org.oneform.e2e.support.LayoutProbe;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.Tablet;

import com.microsoft.playwright.Locator;
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
    private static final String PLACE = "场所";
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

    /**
     * The search screen (检索) from the navigation: a name, its pinyin initials, the ID number's last four; residents
     * aged 60 to 70; a place by name and the places within 500 m of it, nearest first; a record's summary, masked;
     * and bad input (empty, 10,000 characters, syntax, min age above max age) answered at the field.
     */
    @Test
    void supervisorUsesTheSearchScreenWithFiltersAndPlacesNearby() {
        Page page = browser.page();
        Shell shell = LoginPage.open(page, server.baseUrl()).signIn(SUPERVISOR).assertHome(SUPERVISOR, Language.CHINESE);
        String street = ownStreet(shell);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(SearchScreen.TITLE)).click();
        SearchScreen screen = SearchScreen.on(page);
        Browser.settle(page);
        browser.screenshot("search-screen-1-empty");

        // empty: the message at the box, no results
        SearchScreen.Result empty = screen.search("");
        assertThat(empty.summary()).isEqualTo(SearchScreen.EMPTY);
        assertThat(screen.box()).hasAttribute("invalid", "");

        // a name read off a common surname's results, then by the name, its initials and its ID's last four
        String name = null;
        for (String surname : SURNAMES) {
            SearchScreen.Result found = screen.search(surname);
            assertScreenRows(screen, found, street);
            name = found.rows().stream().filter(r -> r.kind().equals(RESIDENT)).map(SearchScreen.Row::name)
                    .filter(n -> n.startsWith(surname) && (n.length() == 2 || n.length() == 3) && CommonPinyin.full(n).isPresent())
                    .max(Comparator.comparingInt(String::length)).orElse(null);
            if (name != null) {
                break;
            }
        }
        assertThat(name).as("a name with a common spelling among the results").isNotNull();
        String who = name;
        SearchScreen.Result byName = screen.search(name);
        assertScreenRows(screen, byName, street);
        SearchScreen.Row person = byName.rows().stream().filter(r -> r.kind().equals(RESIDENT) && r.name().equals(who))
                .findFirst().orElseThrow();
        assertThat(person.get("说明")).matches("\\d+ 岁");
        browser.screenshot("search-screen-2-name");

        String initials = CommonPinyin.initials(name).orElseThrow();
        String tail = person.get("身份证号").substring(person.get("身份证号").length() - 4);
        SearchScreen.Result byInitials = screen.search(initials);
        assertScreenRows(screen, byInitials, street);
        assertThat(byInitials.count()).isPositive();
        if (byInitials.count() < MAX_SHOWN) {
            assertThat(byInitials.rows()).extracting(SearchScreen.Row::name).contains(name);
        }
        browser.screenshot("search-screen-3-initials");
        SearchScreen.Result byTail = screen.search(tail);
        assertScreenRows(screen, byTail, street);
        if (byTail.count() < MAX_SHOWN) {
            assertThat(byTail.rows()).anyMatch(r -> r.name().equals(who) && r.get("身份证号").equals(person.get("身份证号")));
        }
        SearchScreen.Result byInitialsAndTail = screen.search(initials + " " + tail);
        assertThat(byInitialsAndTail.rows()).anyMatch(r -> r.name().equals(who) && r.get("身份证号").equals(person.get("身份证号")));
        browser.screenshot("search-screen-4-id-tail");

        // the record's summary: masked, no number in the clear
        page.locator("vaadin-grid#search-results vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(who)).first().click();
        Locator dialog = page.locator("#record-summary-lines");
        assertThat(dialog).containsText("********");
        assertThat(dialog).containsText(who);
        assertThat(CLEAR_NUMBER.matcher(dialog.innerText()).find()).as("numbers in the clear in the summary").isFalse();
        Browser.settle(page);
        browser.screenshot("search-screen-5-summary-masked");
        // the full numbers only with a reason (audited on the server)
        page.locator("#record-reveal").click();
        page.locator("#record-reveal-confirm").click();
        assertThat(page.locator("#record-reveal-reason")).hasAttribute("invalid", "");
        page.locator("#record-reveal-reason input").fill("上门核实身份");
        page.locator("#record-reveal-confirm").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("审计日志"))).not().hasCount(0);
        assertThat(dialog.locator("[data-field='resident.id_number']")).containsText(tail);
        assertThat(CLEAR_NUMBER.matcher(dialog.innerText()).find()).as("the revealed number").isTrue();
        Browser.settle(page);
        browser.screenshot("search-screen-5b-revealed");
        page.locator("#record-summary-close").click();

        // residents aged 60 to 70, then min above max: a message at the field
        screen.box().locator("input").fill("");
        screen.ages("60", "70");
        SearchScreen.Result elderly = screen.run("60-70");
        assertScreenRows(screen, elderly, street);
        assertThat(elderly.count()).isPositive();
        assertThat(elderly.rows()).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RESIDENT);
            int age = Integer.parseInt(r.get("说明").replace(" 岁", ""));
            assertThat(age).isBetween(60, 70);
        });
        screen.top();
        browser.screenshot("search-screen-6-age-60-70");
        screen.ages("70", "60");
        assertThat(screen.run("70-60").summary()).isEqualTo(SearchScreen.PROBLEM);
        assertThat(screen.maxAge()).hasAttribute("invalid", "");
        assertThat(screen.maxAge()).containsText("最大年龄不能小于最小年龄");
        browser.screenshot("search-screen-7-age-order");
        screen.ages("", "");

        // huge text and syntax: a message at the box or a sensible answer, no error anywhere
        long errorsBefore = ERROR_LINE.matcher(server.log()).results().count();
        assertThat(screen.search("王".repeat(10_000)).summary()).isEqualTo(SearchScreen.PROBLEM);
        assertThat(screen.box()).containsText("最多 200 个字");
        browser.screenshot("search-screen-8-huge");
        for (String odd : List.of("\"", "(((", "*", "?*~", "[]{}\\")) {
            assertThat(screen.search(odd).rows()).hasSizeLessThanOrEqualTo(MAX_SHOWN);
            assertThat(page.locator(".v-system-error")).hasCount(0);
        }
        assertThat(ERROR_LINE.matcher(server.log()).results().count()).as("error lines in the server log").isEqualTo(errorsBefore);

        // a place by its name, then the places within 500 m of it
        screen.choose("search-place-type", "餐饮店");
        SearchScreen.Result restaurants = screen.search("");
        assertThat(restaurants.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.get("说明")).isEqualTo("餐饮店"));
        String placeName = restaurants.rows().getFirst().name();
        screen.clear("search-place-type");
        SearchScreen.Result byPlaceName = screen.search(placeName);
        assertThat(byPlaceName.rows()).anyMatch(r -> r.kind().equals(PLACE) && r.name().equals(placeName));
        screen.top();
        browser.screenshot("search-screen-9-place");

        SearchScreen.Result near = null;
        for (SearchScreen.Row place : restaurants.rows()) {
            screen.search(place.name());
            near = screen.nearFirstPlace(place.name());
            if (near.count() > 0) {
                break;
            }
        }
        assertThat(near).isNotNull();
        assertThat(near.count()).as("a restaurant with places within 500 m").isPositive();
        List<Integer> metres = near.rows().stream().map(r -> Integer.parseInt(r.get("距离").replace(" 米", ""))).toList();
        assertThat(metres).isSorted().allSatisfy(m -> assertThat(m).isBetween(0, 500));
        assertThat(near.rows()).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(PLACE);
            assertThat(r.get("所在网格")).matches("\\S+社区 › 第\\d+网格");
        });
        screen.top();
        browser.screenshot("search-screen-10-places-within-500m");

        // English on request; back to Chinese (the choice is remembered for the account)
        page.locator("#language-switch").click();
        assertThat(page.locator("#home-title")).hasText("Search");
        assertThat(page.locator("#search-min-age")).containsText("Min. age");
        Browser.settle(page);
        browser.screenshot("search-screen-11-english");
        page.locator("#language-switch").click();
        assertThat(page.locator("#home-title")).hasText(SearchScreen.TITLE);
    }

    private static void assertScreenRows(SearchScreen screen, SearchScreen.Result result, String street) {
        for (SearchScreen.Row row : result.rows()) {
            // the supervisor's own street is left out of the path: community › grid, names not codes
            assertThat(row.get("所在网格")).as("grid of %s", row).matches("\\S+社区 › 第\\d+网格").doesNotContain("街道");
            if (row.kind().equals(RESIDENT)) {
                assertThat(row.get("身份证号")).as("ID number of %s", row).matches(MASKED_ID);
            }
            if (!row.get("手机号").isEmpty()) {
                assertThat(row.get("手机号")).as("phone of %s", row).matches(MASKED_PHONE);
            }
        }
        if (result.count() > 0) {
            assertThat(CLEAR_NUMBER.matcher(screen.resultsText()).results().map(m -> m.group()).toList())
                    .as("ID or phone numbers in the clear in the grid").isEmpty();
        }
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
