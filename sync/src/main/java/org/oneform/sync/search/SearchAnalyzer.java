package org.oneform.sync.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analyzer of the tokenized fields ({@code name}, {@code address}): Unicode word breaks
 * (UAX #29: each Han character is a token, runs of digits or Latin letters are one), lower case,
 * then CJK bigrams <em>and</em> unigrams; in {@code address}, 幢/棟/号楼 are read as 栋 first. 清河家园3栋 becomes 清 河 家 园 清河 河家 家园 3 栋: a
 * unigram matches a one-character typo's neighbours, a bigram rewards the right order. No stop
 * words (a place may be called "AND"). Text is NFKC-normalised by {@link Normalize} before it gets here.
 */
final class SearchAnalyzer extends Analyzer {

    private static final String BIGRAM = "<DOUBLE>";
    /**
     * Words for "building" that addresses use interchangeably, folded to 栋 in the {@code address}
     * field only (index and query alike): 3幢, 3棟 and 3号楼 are all 3栋.
     */
    private static final NormalizeCharMap BUILDING_WORDS;

    static {
        NormalizeCharMap.Builder words = new NormalizeCharMap.Builder();
        words.add("幢", "栋");
        words.add("棟", "栋");
        words.add("号楼", "栋");
        BUILDING_WORDS = words.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return IndexSchema.ADDRESS.equals(fieldName) ? new MappingCharFilter(BUILDING_WORDS, reader) : reader;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /**
     * The distinct terms of a text, in order of appearance: single tokens (a Han character, a number,
     * a Latin word) and CJK bigrams.
     */
    Terms terms(String field, String text) {
        Set<String> singles = new LinkedHashSet<>();
        Set<String> pairs = new LinkedHashSet<>();
        try (TokenStream stream = tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                (BIGRAM.equals(type.type()) ? pairs : singles).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return new Terms(List.copyOf(singles), List.copyOf(pairs));
    }

    /** A text's terms: {@code singles} decide whether it matches, {@code pairs} reward the right order. */
    record Terms(List<String> singles, List<String> pairs) {
    }
}
