/**
 * The search index over the registry (检索): one search box that finds residents, households and
 * places by name, pinyin, ID number, phone number or address, always inside an area.
 *
 * <h2>What it owns, what it does not</h2>
 *
 * <p>API: {@link org.oneform.sync.search.RegistryIndex}, {@link org.oneform.sync.search.SearchQuery},
 * {@link org.oneform.sync.search.SearchFilters} (with {@link org.oneform.sync.search.GeoCircle} and
 * {@link org.oneform.sync.search.GeoPolygon}), {@link org.oneform.sync.search.SearchResult},
 * {@link org.oneform.sync.search.SearchHit}. Everything else
 * here is package-private, except {@link org.oneform.sync.search.Pinyin#readings(char)}, which dedup
 * shares (all readings of a character). The index owns one Lucene directory (normally {@code <data-dir>/lucene})
 * and nothing else. It is <em>derived</em> data (DESIGN.md §5): the registry is the truth and the index
 * can be rebuilt from it at any time. It stores no record content — a hit is an id, a type and a grid,
 * and the caller resolves it through {@link org.oneform.sync.registry.Registry#find} (skipping an id
 * the registry no longer knows). It does not decide who may search which area: the caller passes
 * the scope its user is entitled to. It does not deduplicate, but it is where dedup's candidates come
 * from: each resident's document carries dedup's blocking terms in a {@code block} field (made by dedup,
 * handed in through {@link org.oneform.sync.search.BlockingTerms} and
 * {@link org.oneform.sync.search.RegistryIndex#useBlockingTerms}), and
 * {@link org.oneform.sync.search.RegistryIndex#candidates} returns the top k subjects of a type by
 * blocking-term overlap. Dedup keeps no index of its own
 * ({@code docs/decisions/0025-dedup-candidates-from-the-registry-index.md}).
 *
 * <h2>Documents and fields</h2>
 *
 * <p>One document per golden record, replaced as a whole on every change ({@code updateDocument} by
 * {@code id}).
 *
 * <table>
 * <caption>Fields</caption>
 * <tr><th>field</th><th>Lucene type</th><th>from</th><th>used for</th></tr>
 * <tr><td>{@code id}</td><td>StringField, stored</td><td>subject id</td><td>upsert and delete key; the hit</td></tr>
 * <tr><td>{@code type}</td><td>StringField, stored</td><td>{@code resident|household|place}</td><td>type filter; the hit</td></tr>
 * <tr><td>{@code grid}</td><td>StoredField</td><td>grid {@code AreaId}</td><td>the hit</td></tr>
 * <tr><td>{@code scope}</td><td>StringField ×4</td><td>every prefix of the grid path: {@code 330110},
 *     {@code 330110.001}, {@code 330110.001.002}, {@code 330110.001.002.03}</td><td>the area filter: one
 *     term lookup, whatever the level</td></tr>
 * <tr><td>{@code name}</td><td>TextField (analyzed, norms)</td><td>{@code resident.name},
 *     {@code household.head_name}, {@code place.name}</td><td>BM25 on characters and bigrams</td></tr>
 * <tr><td>{@code name_exact}</td><td>StringField</td><td>the name's letters and digits, lower case (no spaces, dots, punctuation)</td>
 *     <td>the exact-name boost</td></tr>
 * <tr><td>{@code pinyin}</td><td>StringField ×n</td><td>every toneless spelling of the name from all
 *     readings of every character (at most 32): 杨长青 → {@code yangchangqing}, {@code yangzhangqing}</td>
 *     <td>full pinyin, pinyin prefixes, homophones</td></tr>
 * <tr><td>{@code initials}</td><td>StringField ×n</td><td>first letters of those spellings: {@code ycq},
 *     {@code yzq}</td><td>initials and their prefixes</td></tr>
 * <tr><td>{@code address}</td><td>TextField</td><td>households: {@code household.address} and its estate,
 *     building, unit and room; places: {@code place.address}</td><td>address fragments</td></tr>
 * <tr><td>{@code id_number}, {@code id_tail}</td><td>StringField, binary</td><td>{@code resident.id_number}
 *     canonical (below) and its last 4</td><td>exact ID, ID one edit away, ID tail</td></tr>
 * <tr><td>{@code phone}, {@code phone_tail}</td><td>StringField, binary</td><td>{@code resident.phone},
 *     {@code place.contact_phone}, digits only, and the last 4</td><td>exact phone, phone one edit away, phone tail</td></tr>
 * <tr><td>{@code birth_day}</td><td>IntPoint</td><td>{@code resident.birth_date} as epoch day (an unreadable
 *     date is left out)</td><td>the age range</td></tr>
 * <tr><td>{@code household_ref}</td><td>StringField</td><td>{@code resident.household_id}</td><td>residents
 *     found by their household's address (query-time join)</td></tr>
 * <tr><td>{@code place_type}</td><td>StringField</td><td>{@code place.type} (choice code)</td><td>the place-type filter</td></tr>
 * <tr><td>{@code location}</td><td>LatLonPoint + LatLonDocValuesField</td><td>{@code place.location},
 *     {@code household.location} (GPS {@code "lat lon"})</td><td>{@code near} and {@code within}; nearest-first sort</td></tr>
 * <tr><td>{@code location_text}</td><td>StoredField</td><td>the same point as {@code "lat lon"}</td>
 *     <td>{@code RegistryIndex.location}; a hit's {@code distanceMeters}</td></tr>
 * <tr><td>{@code block}, {@code block_id}</td><td>StringField ×n; BinaryDocValues</td><td>dedup's blocking
 *     terms of a resident (opaque to the index; ID and phone parts keyed by dedup) and the subject id</td>
 *     <td>dedup's candidate query only, never the search box</td></tr>
 * </table>
 *
 * <p>Not indexed: gender, ethnicity, relation to the head, a resident's own address (residents have none;
 * they name their household, whose address finds them — below), household members listed inside the
 * household record, place details beyond name, type, address, contact phone and location, and every
 * field's history.
 *
 * <p><b>Sensitive terms.</b> ID and phone terms are not the numbers but a keyed hash (HMAC-SHA256 of
 * field and canonical value, 16 bytes) with the key given to {@code RegistryIndex.open}, so the index
 * files do not contain them in the clear and a 4-digit tail cannot be reversed without the key
 * (DESIGN.md §8). A query's number is hashed the same way, so exact and tail matching are unaffected.
 * Changing the key makes the index unusable: it is then recreated empty on open (see Durability).
 * Names and addresses are indexed as plain terms.
 *
 * <h2>Normalisation and analysis</h2>
 *
 * <p>Index and query text go through the same functions. All text: NFKC (full-width digits and letters
 * become ASCII, the ideographic space a space), control and zero-width characters become spaces,
 * spaces collapse. ID numbers: no spaces, upper-case {@code X}, a 15-digit first-generation number
 * widened to 18 digits (century 19 and the GB 11643 check character). Phones: digits only, a leading
 * {@code 86} before an 11-digit mobile number dropped ({@code +86 138-1234-5678} →
 * {@code 13812345678}); landlines keep their area code ({@code 057188881234}).
 *
 * <p>{@code name} and {@code address} use one analyzer: Unicode word breaks (each Han character is a
 * token, digit and Latin runs are one), lower case, CJK bigrams <em>plus</em> unigrams. So
 * 清河家园3栋 is indexed as 清 河 家 园 清河 河家 家园 3 栋. No stop words. {@code lucene-analysis-smartcn}
 * (word segmentation) is not used: names are not dictionary words, and bigrams match partial
 * addresses better.
 *
 * <h2>What the search box understands</h2>
 *
 * <p>The text is cut to 64 characters, then its kind is decided from its characters and length alone
 * (spaces, hyphens and a leading {@code +} ignored for numbers):
 *
 * <table>
 * <caption>Kinds of query text</caption>
 * <tr><th>looks like</th><th>example</th><th>matches</th></tr>
 * <tr><td>17 digits + digit/X, or 15 digits</td><td>{@code 33011019600101555x}, {@code 110105491231002}</td>
 *     <td>exactly that ID number (100), then the numbers one edit away (50)</td></tr>
 * <tr><td>11 digits from 1 (optionally after 86), or 10–12 digits from 0</td><td>{@code 138 1234 5678},
 *     {@code 0571-88881234}</td><td>exactly that phone (100), then the numbers one edit away (50)</td></tr>
 * <tr><td>4 characters: 3 digits + digit/X</td><td>{@code 5678}, {@code 555X}</td><td>the end of an ID or
 *     a phone; also a room or house number in an address</td></tr>
 * <tr><td>Latin letters (spaces and apostrophes allowed)</td><td>{@code zhangwei}, {@code Zhang Wei},
 *     {@code zw}, {@code lvli}</td><td>a full spelling (boost 10) or the initials (8) of a name; a
 *     prefix of either (4, 2; from two letters); Latin words in names and addresses</td></tr>
 * <tr><td>anything else</td><td>{@code 张伟}, {@code 清河家园3栋}, {@code 便民超市}</td><td>the exact name
 *     (boost 20); the name's characters (all of them, or all but one from three on), bigrams scoring
 *     extra; the address's characters (all but one in four); for 2–8 Han characters, names spelled
 *     the same (homophones: 张伟 finds 章伟, behind 张伟)</td></tr>
 * </table>
 *
 * <p>Several words separated by spaces must all match, each understood on its own ({@code 张伟 5678}:
 * the 张伟 whose phone or ID ends in 5678); runs of Latin words and of numbers stay together
 * ({@code zhang wei}, {@code 138 1234 5678}). Exact numbers score 100, tails 20: an exact hit is first.
 *
 * <p><b>One edit away.</b> The ID and phone terms are keyed hashes, so a fuzzy query over the terms
 * cannot work; the planner spells out every number one substitution (digits; {@code X} as an ID's
 * check character) or one swap of neighbours away (at most 180), hashes them and matches them with
 * one {@code TermInSetQuery} scored below the exact number. Insertions and deletions change the
 * length and are not tried; two typos find nothing.
 *
 * <p><b>Addresses.</b> In {@code address} (index and query) 幢, 棟 and 号楼 read as 栋. Residents are
 * found by their household's address: for a query that can find residents, each address clause also
 * finds the best 100 matching households in the scope and adds their members (by
 * {@code household_ref}), scored below the households, in four tiers by how well the household
 * matched — joined at query time so that a household's new address needs no re-indexing of its members.
 *
 * <p>Every query is filtered by {@code scope} (a grid, community, street or district; a path, so
 * {@code 330110.00} is not a prefix of {@code 330110.001}) and optionally by {@code type}.
 *
 * <p><b>Filters</b> ({@link org.oneform.sync.search.SearchFilters}, AND-ed, not scored): an age range in
 * whole years on a given day (a birth-day range computed at query time: {@code Period.between}
 * semantics, 29 February included), a place type, {@code near} ({@code LatLonPoint.newDistanceQuery})
 * and {@code within} ({@code LatLonPoint.newPolygonQuery}). A filter on one type's field finds only
 * that type. With {@code near} every hit has its {@code distanceMeters} (haversine); with {@code near}
 * and no searchable text the hits are sorted nearest first (score 0). Text with nothing searchable in it
 * counts as empty: with a filter the filter's matches are listed, without one nothing is found.
 * Invalid filters (min age above max, negative radius, fewer than three corners) are refused by the
 * records' constructors with an {@code IllegalArgumentException} naming the field.
 * See docs/decisions/0023-search-filters-and-geo.md.
 *
 * <p><b>Bad input.</b> User text is never parsed: queries are built term by term, so quotes, brackets,
 * {@code * ? ~ ^ \ :} and {@code AND OR NOT} are characters like any other (punctuation is dropped by
 * the tokenizer; {@code AND} is a Latin word). Null, empty or punctuation-only text finds nothing
 * (with a filter: the filter's matches);
 * 10,000 characters are cut to 64; a lone surrogate or an emoji is harmless. {@code search} throws only
 * for I/O failures or a closed index.
 *
 * <p>{@code totalHits} is exact up to 1,000 and a lower bound beyond.
 *
 * <h2>Near-real-time and durability</h2>
 *
 * <ul>
 * <li>{@code index} and {@code delete} go to the {@code IndexWriter}; a background thread refreshes
 *     the {@code SearcherManager} every 250 ms (configurable), so a write is searchable well within one
 *     second without a commit. {@code refresh()} makes it searchable at once (blocking) — for
 *     read-your-writes, e.g. dedup looking for a record the same batch created.</li>
 * <li>{@code commit(seq)} fsyncs and stores {@code oneform.lastAppliedSeq = seq} with
 *     {@code oneform.indexFormat} (schema version and key fingerprint) in the commit user data.
 *     {@code lastCommittedSeq()} reads it back after a restart. Commit every few seconds, not per
 *     batch: it is a disk sync.</li>
 * <li>{@code close()} does <em>not</em> commit: what was written after the last commit is lost, so the
 *     commit point always matches its sequence exactly. Commit before closing on a clean shutdown.</li>
 * <li>On open, an index of another schema version or key, or with an unreadable last commit, is
 *     recreated empty and reports {@link org.oneform.sync.search.RegistryIndex#NEVER_COMMITTED} (-1).</li>
 * <li>{@code rebuild(all, seq)} replaces everything and commits with {@code seq}; searches keep the old
 *     snapshot until it is done. If it fails, searches keep the old snapshot and {@code commit} is
 *     refused until a rebuild succeeds.</li>
 * </ul>
 *
 * <p>At start-up, compare with the registry: {@code NEVER_COMMITTED}, or an index <em>ahead</em> of
 * the registry (Eclipse Store rolled back), means rebuild; equal means nothing to do; behind means
 * re-index the records changed since (a field's {@code Provenance.ledgerSeq} above the index's
 * sequence) and commit with the registry's — or rebuild, which also drops records the registry no
 * longer has. Upserts are idempotent, so indexing a record twice is harmless.
 *
 * <h2>Cost</h2>
 *
 * <p>Per resident about 80 bytes of index; measured on the 2-core dev machine under load, with 1M
 * residents: rebuild 37 s; exact ID/phone p50 0.1 ms; name p50 under 3 ms; new record visible after
 * about 200 ms (figures from before the filters of decision 0023; the search benchmark measures the
 * current index). Lucene runs about ten times slower with assertions enabled (Surefire's default):
 * benchmark with {@code -da}.
 */
package org.oneform.sync.search;
