package org.oneform.sync.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.oneform.forms.catalog.SubjectType;

/**
 * Turns a {@link SearchQuery} into a Lucene query, programmatically: user text is only ever cut
 * into terms, never parsed, so quotes, brackets, {@code * ? \ AND} are plain characters. The boosts
 * below order the kinds of evidence: an exact ID or phone number over a tail, an exact name over
 * its pinyin, pinyin over a homophone, and BM25 over names and addresses for the rest.
 */
final class QueryPlanner {

    static final float EXACT_NUMBER = 100f;
    static final float ONE_EDIT = 50f;
    static final float TAIL = 20f;
    static final float EXACT_NAME = 20f;
    static final float PINYIN_FULL = 10f;
    static final float PINYIN_INITIALS = 8f;
    static final float PINYIN_PREFIX = 4f;
    static final float INITIALS_PREFIX = 2f;
    static final float HOMOPHONE = 3f;
    static final float NAME_TERMS = 2f;
    static final float ADDRESS_TERMS = 1f;
    static final float MEMBER_ADDRESS = 0.5f;
    /**
     * A name matches when all the query's characters are in it, or all but one from three characters
     * on (张卫明 finds 张伟明; a two-character typo is left to the homophone clause: 张卫 finds 张伟).
     */
    static final IntUnaryOperator NAME_MISSING = n -> n > 2 ? 1 : 0;
    /** An address matches when it has all but one in four of the fragment's tokens. */
    static final IntUnaryOperator ADDRESS_MISSING = n -> n / 4;
    /** A query is cut into at most this many words (after merging runs of pinyin or digits). */
    static final int MAX_PARTS = 8;
    /** Homophones are looked for in Chinese words of this length at most (names, not addresses). */
    static final int MAX_HOMOPHONE_CHARS = 8;

    private final SearchAnalyzer analyzer;
    private final IndexSchema schema;

    QueryPlanner(SearchAnalyzer analyzer, IndexSchema schema) {
        this.analyzer = analyzer;
        this.schema = schema;
    }

    /**
     * The full query (text match, scope filter, type filter, the query's filters), or empty when
     * there is nothing to search for: neither searchable text nor a filter. Text with nothing
     * searchable in it ({@code ***}) counts as empty, so with a filter it lists the filter's matches.
     */
    Optional<Query> plan(SearchQuery query, HouseholdMembers members) {
        boolean residents = query.type() == null || query.type() == SubjectType.RESIDENT;
        Optional<Query> match = match(Normalize.query(query.text()), residents ? members : HouseholdMembers.NONE);
        List<Query> filters = Filters.of(query.filters());
        if (match.isEmpty() && filters.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(match.orElseGet(MatchAllDocsQuery::new), Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.SCOPE, query.scope().value())), Occur.FILTER);
        if (query.type() != null) {
            all.add(new TermQuery(new Term(IndexSchema.TYPE, query.type().key())), Occur.FILTER);
        }
        filters.forEach(filter -> all.add(filter, Occur.FILTER));
        return Optional.of(all.build());
    }

    /** Whether the hits of this query are sorted by distance rather than relevance: {@code near} and no searchable text. */
    boolean sortsByDistance(SearchQuery query) {
        return query.filters().near() != null && match(Normalize.query(query.text()), HouseholdMembers.NONE).isEmpty();
    }

    /** The scoring part: the whole text as one kind if it is one, otherwise every word must match. */
    Optional<Query> match(String text, HouseholdMembers members) {
        QueryKind whole = QueryKind.of(text);
        if (whole != QueryKind.TEXT) {
            return part(whole, text, members);
        }
        List<String> parts = parts(text);
        if (parts.size() == 1) {
            return part(QueryKind.TEXT, text, members);
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        int clauses = 0;
        for (String part : parts) {
            Optional<Query> q = part(QueryKind.of(part), part, members);
            if (q.isPresent()) {
                every.add(q.get(), Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? Optional.empty() : Optional.of(every.build());
    }

    /** Words split at spaces, with runs of Latin words ({@code zhang wei}) and of numbers ({@code 138 1234}) kept together. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int runFamily = -1;
        for (String word : text.split(" ")) {
            int family = QueryKind.isNumeric(word) ? 1 : QueryKind.isLatin(word) ? 2 : 0;
            if (!run.isEmpty() && (family != runFamily || family == 0)) {
                parts.add(run.toString());
                run.setLength(0);
            }
            run.append(run.isEmpty() ? "" : " ").append(word);
            runFamily = family;
        }
        if (!run.isEmpty()) {
            parts.add(run.toString());
        }
        return parts.size() > MAX_PARTS ? parts.subList(0, MAX_PARTS) : parts;
    }

    private Optional<Query> part(QueryKind kind, String text, HouseholdMembers members) {
        Disjunction any = new Disjunction();
        switch (kind) {
            case NONE -> {
            }
            case ID_NUMBER -> number(any, IndexSchema.ID_NUMBER, Normalize.idNumber(QueryKind.numeric(text)),
                    OneEdit.idNumber(Normalize.idNumber(QueryKind.numeric(text))));
            case PHONE -> number(any, IndexSchema.PHONE, Normalize.phone(text), OneEdit.digits(Normalize.phone(text)));
            case TAIL -> {
                String tail = QueryKind.numeric(text);
                any.add(constant(schema.keyed(IndexSchema.ID_TAIL, tail)), TAIL);
                any.add(constant(schema.keyed(IndexSchema.PHONE_TAIL, tail)), TAIL);
                address(any, text, members);
            }
            case PINYIN -> pinyin(any, text, members);
            case TEXT -> text(any, text, members);
        }
        return any.build();
    }

    /**
     * An exact number first ({@value #EXACT_NUMBER}), then the numbers one typo away ({@value #ONE_EDIT}):
     * the terms are keyed hashes, so the variants are spelled out here and hashed like the number.
     */
    private void number(Disjunction any, String field, String canonical, List<String> variants) {
        any.add(constant(schema.keyed(field, canonical)), EXACT_NUMBER);
        List<BytesRef> hashed = variants.stream().map(v -> schema.keyed(field, v).bytes()).toList();
        if (!hashed.isEmpty()) {
            any.add(new ConstantScoreQuery(new TermInSetQuery(field, hashed)), ONE_EDIT);
        }
    }

    private void pinyin(Disjunction any, String text, HouseholdMembers members) {
        String spelled = QueryKind.pinyin(text);
        any.add(constant(new Term(IndexSchema.PINYIN, spelled)), PINYIN_FULL);
        any.add(constant(new Term(IndexSchema.INITIALS, spelled)), PINYIN_INITIALS);
        if (spelled.length() >= 2) {
            any.add(new ConstantScoreQuery(new PrefixQuery(new Term(IndexSchema.PINYIN, spelled))), PINYIN_PREFIX);
            any.add(new ConstantScoreQuery(new PrefixQuery(new Term(IndexSchema.INITIALS, spelled))), INITIALS_PREFIX);
        }
        any.add(terms(IndexSchema.NAME, text, NAME_MISSING), NAME_TERMS);
        address(any, text, members);
    }

    private void text(Disjunction any, String text, HouseholdMembers members) {
        SearchAnalyzer.Terms terms = analyzer.terms(IndexSchema.NAME, text);
        String key = Normalize.nameKey(text);
        if (terms.singles().isEmpty() || key.isEmpty()) {
            return;
        }
        any.add(constant(new Term(IndexSchema.NAME_EXACT, key)), EXACT_NAME);
        any.add(terms(IndexSchema.NAME, terms, NAME_MISSING), NAME_TERMS);
        address(any, text, members);
        if (isShortHan(key)) {
            List<BytesRef> spellings = Pinyin.of(key).full().stream().map(BytesRef::new).toList();
            if (!spellings.isEmpty()) {
                any.add(new ConstantScoreQuery(new TermInSetQuery(IndexSchema.PINYIN, spellings)), HOMOPHONE);
            }
        }
    }

    /**
     * The address's tokens (all but one in four), and — for residents, who have no address of their
     * own — the members of the households whose address matches them, scored below the households.
     */
    private void address(Disjunction any, String text, HouseholdMembers members) {
        Query address = terms(IndexSchema.ADDRESS, text, ADDRESS_MISSING);
        if (address != null) {
            any.add(address, ADDRESS_TERMS);
            any.add(members.of(address), MEMBER_ADDRESS);
        }
    }

    private static boolean isShortHan(String key) {
        int length = key.codePointCount(0, key.length());
        return length >= 2 && length <= MAX_HOMOPHONE_CHARS
                && key.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private Query terms(String field, String text, IntUnaryOperator missing) {
        return terms(field, analyzer.terms(field, text), missing);
    }

    /**
     * The single tokens, of which {@code missing} (given their number) may be absent, scored by BM25;
     * matching bigrams add to the score (they are rarer, so they weigh more). Null when the text has no tokens.
     */
    private static Query terms(String field, SearchAnalyzer.Terms terms, IntUnaryOperator missing) {
        if (terms.singles().isEmpty()) {
            return null;
        }
        BooleanQuery.Builder singles = new BooleanQuery.Builder();
        terms.singles().forEach(t -> singles.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
        int n = terms.singles().size();
        singles.setMinimumNumberShouldMatch(Math.max(1, n - missing.applyAsInt(n)));
        if (terms.pairs().isEmpty()) {
            return singles.build();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(singles.build(), Occur.MUST);
        terms.pairs().forEach(t -> all.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
        return all.build();
    }

    private static Query constant(Term term) {
        return new ConstantScoreQuery(new TermQuery(term));
    }

    /** SHOULD clauses with boosts; a null clause is skipped. */
    private static final class Disjunction {

        private final BooleanQuery.Builder builder = new BooleanQuery.Builder();
        private int clauses;

        void add(Query query, float boost) {
            if (query != null) {
                builder.add(new BoostQuery(query, boost), Occur.SHOULD);
                clauses++;
            }
        }

        Optional<Query> build() {
            return clauses == 0 ? Optional.empty() : Optional.of(builder.build());
        }
    }
}
