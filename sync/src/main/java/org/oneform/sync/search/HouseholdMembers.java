package org.oneform.sync.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/**
 * Residents found by their household's address, joined at query time on the same searcher: the
 * best {@value #MAX_HOUSEHOLDS} households in the scope whose address matches, then the residents
 * whose {@code resident.household_id} names one of them, scored by how well their household
 * matched. Joined at query time rather than copied into the resident's document because a changed
 * household address would otherwise have to re-index every member, and the index is given one
 * record at a time (see docs/decisions/0023-search-filters-and-geo.md).
 */
final class HouseholdMembers {

    /** No join: for queries that cannot find residents. */
    static final HouseholdMembers NONE = new HouseholdMembers(null, null);
    /** A broader address finds its members among the best this many households only. */
    static final int MAX_HOUSEHOLDS = 100;
    /**
     * Members score in this many tiers by how well their household matched (its score against the
     * best household's): the members of 3栋2单元 rank above those of 5栋1单元 for "3栋2单元".
     */
    static final int TIERS = 4;

    private final IndexSearcher searcher;
    private final AreaId scope;

    HouseholdMembers(IndexSearcher searcher, AreaId scope) {
        this.searcher = searcher;
        this.scope = scope;
    }

    /** The residents of the households in the scope that match {@code address}; null when there are none. */
    Query of(Query address) {
        if (searcher == null) {
            return null;
        }
        Query households = new BooleanQuery.Builder()
                .add(address, Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.TYPE, SubjectType.HOUSEHOLD.key())), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.SCOPE, scope.value())), Occur.FILTER)
                .build();
        try {
            // counting no further than the hits kept lets Lucene skip households that cannot make the top
            ScoreDoc[] found = searcher.search(households,
                    new TopScoreDocCollectorManager(MAX_HOUSEHOLDS, MAX_HOUSEHOLDS)).scoreDocs;
            if (found.length == 0) {
                return null;
            }
            StoredFields stored = searcher.storedFields();
            float best = found[0].score;
            List<List<BytesRef>> tiers = new ArrayList<>(TIERS);
            for (int i = 0; i < TIERS; i++) {
                tiers.add(new ArrayList<>());
            }
            for (ScoreDoc doc : found) {
                int tier = best > 0 ? Math.min(TIERS - 1, (int) ((1 - doc.score / best) * TIERS)) : 0;
                tiers.get(tier).add(new BytesRef(stored.document(doc.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID)));
            }
            BooleanQuery.Builder members = new BooleanQuery.Builder();
            for (int tier = 0; tier < TIERS; tier++) {
                if (!tiers.get(tier).isEmpty()) {
                    Query residents = new ConstantScoreQuery(new TermInSetQuery(IndexSchema.HOUSEHOLD_REF, tiers.get(tier)));
                    members.add(new BoostQuery(residents, (float) (TIERS - tier) / TIERS), Occur.SHOULD);
                }
            }
            return members.build();
        } catch (IOException e) {
            throw new UncheckedIOException("finding the households of an address failed", e);
        }
    }
}
