/**
 * Vietnamese text analysis for Lucene: the components every Khotin field is indexed and queried with.
 *
 * <h2>Entry point</h2>
 * {@link vn.khotin.analysis.VietnameseAnalysis}: build one instance ({@code VietnameseAnalysis.create()} or
 * {@code shared()}) and use it for both indexing and querying.
 * <pre>{@code
 * VietnameseAnalysis va = VietnameseAnalysis.create();
 * IndexWriterConfig cfg = new IndexWriterConfig(va.indexAnalyzer());   // per field, by suffix
 * for (Role r : Role.values()) doc.add(new TextField(r.field("title"), title, Store.NO));
 * Query q = new VietnameseQueryBuilder(va).build(Map.of("title", 3f, "body", 1f), userText);
 * }</pre>
 *
 * <h2>Field convention</h2>
 * Each text field (title, sapo, body, captions) is indexed into four Lucene fields named by suffix; the
 * per-field analyzers ({@code indexAnalyzer()}, {@code queryAnalyzer()}) pick the chain from the suffix
 * ({@link vn.khotin.analysis.VietnameseAnalysis.Role#ofField}):
 * <table>
 *   <caption>Fields per text field {@code F}</caption>
 *   <tr><th>field</th><th>role</th><th>terms of "Uỷ ban TP Hà Tĩnh"</th></tr>
 *   <tr><td>{@code F}</td><td>EXACT: syllables, lower case, accents kept, tone placement canonical</td>
 *       <td>ủy, ban, tp, hà, tĩnh</td></tr>
 *   <tr><td>{@code F.folded}</td><td>FOLDED: the same without any diacritic (đ → d)</td>
 *       <td>uy, ban, tp, ha, tinh</td></tr>
 *   <tr><td>{@code F.words}</td><td>WORDS: multi-syllable units, accents kept</td>
 *       <td>ủy_ban, ban_tp, tp_hà, hà_tĩnh</td></tr>
 *   <tr><td>{@code F.words.folded}</td><td>WORDS_FOLDED: the same, folded</td>
 *       <td>uy_ban, ban_tp, tp_ha, ha_tinh</td></tr>
 * </table>
 * Index-time chains never drop a word and never add synonyms (positions stay exact for phrases and
 * highlighting). Query-time chains of {@code F} and {@code F.folded} add the abbreviation synonym graph and
 * remove stopwords as position gaps; the {@code .words} query chains equal the index ones.
 *
 * <h2>Chains</h2>
 * <pre>
 * F               : vietnameseNormalization | vietnamese | lowercase | vietnameseTone
 * F.folded        : ... | vietnameseTone | vietnameseFolding
 * F.words         : vietnameseNormalization | vietnamese | vietnameseWord | lowercase | vietnameseTone
 * F.words.folded  : ... | vietnameseFolding
 * query F         : F | vietnameseAbbreviation | vietnameseQueryStop
 * query F.folded  : F.folded | vietnameseAbbreviation(folded=true) | vietnameseQueryStop(folded=true)
 * </pre>
 * In {@link vn.khotin.analysis.VietnameseAnalysis} the {@code .words} chains are one filter shorter in
 * code: the word filter emits its units already lower-cased, tone-normalized and, for {@code .words.folded},
 * folded ({@link vn.khotin.analysis.VietnameseWordFilter.TermForm}), which gives the same terms as the
 * chains above without passing over every unit again.
 * The names are the SPI names of the factories, so the same chains can be declared in Solr or OpenSearch
 * ({@code CustomAnalyzer.builder().addCharFilter("vietnameseNormalization").withTokenizer("vietnamese")...}).
 * <ul>
 *   <li>{@link vn.khotin.analysis.VietnameseNormalizationCharFilter}: NFC, zero-width characters removed,
 *       NBSP to space, offsets corrected.</li>
 *   <li>{@link vn.khotin.analysis.VietnameseTokenizer}: syllables; codes ({@code 02-NQ/ThU}), dates
 *       ({@code 28/2}), numbers ({@code 1.000}, {@code 2,5}), e-mails and URLs intact; case kept, because
 *       capitals mark names; clause boundaries flagged.</li>
 *   <li>{@link vn.khotin.analysis.VietnameseToneFilter}: old-style tone placement ({@code hoà, thuỷ,
 *       khoẻ, uỷ}) rewritten to the canonical <b>new style</b> ({@code hòa, thủy, khỏe, ủy}); see
 *       {@link vn.khotin.analysis.VietnameseText}.</li>
 *   <li>{@link vn.khotin.analysis.VietnameseFoldingFilter}: removes diacritics (folded fields only).</li>
 *   <li>{@link vn.khotin.analysis.VietnameseWordFilter}: lexicon words, capitalized names and syllable
 *       bigrams as single tokens with position length; never across punctuation. Mode {@code both}
 *       (default) was chosen by the known-item evaluation: bigrams gave the largest gain, lexicon words
 *       alone little, and both together equal bigrams while also keeping whole words and names of three
 *       or more syllables as units ({@code khotin eval analysis} prints the comparison).</li>
 *   <li>{@code vietnameseAbbreviation}: {@link org.apache.lucene.analysis.synonym.SynonymGraphFilter} over
 *       {@link vn.khotin.analysis.VietnameseAbbreviations}, both directions.</li>
 *   <li>{@link vn.khotin.analysis.VietnameseQueryStopFilter}: stopwords of
 *       {@link vn.khotin.analysis.VietnameseStopwords} removed from queries, as position gaps.</li>
 * </ul>
 *
 * <h2>Querying: the recommended strategy</h2>
 * {@link vn.khotin.analysis.VietnameseQueryBuilder} implements it and the evaluation measures it:
 * <ul>
 *   <li>Typed without diacritics ({@link vn.khotin.analysis.VietnameseAnalysis#isUnaccented}): query
 *       {@code F.folded} and {@code F.words.folded}.</li>
 *   <li>Typed with diacritics: query {@code F} and {@code F.words}, plus {@code F.folded} at weight 0.1
 *       so exact-diacritic matches always rank first and Vietnamese "thể" does not collide with English
 *       "the".</li>
 *   <li>{@code .words} fields are queried as a bag of unit terms: a document that has the query's words
 *       together ("thành phố Hà Tĩnh") outranks one with the syllables scattered.</li>
 *   <li>Telex/VNI typed with the input method off ({@code hoaf binhf}, {@code Tie61ng Vie65t}, also Telex's
 *       lone {@code w} for ư as in {@code nhwngx}): {@link vn.khotin.analysis.VietnameseAnalysis#repairCandidates}
 *       gives the accented form, searched as well.</li>
 * </ul>
 *
 * <h2>Accent restoration</h2>
 * {@link vn.khotin.analysis.AccentRestorer} puts the diacritics back on words typed without them, by phrase: every
 * accented form the training text writes with the same letters is a candidate, and a beam search picks the
 * sequence a word trigram model ({@link vn.khotin.analysis.AccentModel}, Kneser–Ney) finds most probable. Words
 * typed with diacritics, abbreviations in capitals, numbers and codes never change; the typed case is kept.
 * {@link vn.khotin.analysis.AccentModelBuilder} trains it on the archive's text plus phrases the project vouches
 * for (lexicon words, abbreviation expansions, gazetteer places). The served model prunes word pairs and triples
 * seen once and counts exactly in bounded memory ({@link vn.khotin.analysis.TrigramTrainer}: trigrams a slice at a
 * time over a temporary token file); counting only what fits a budget (lossy counting) lost more than a point,
 * because Kneser–Ney's lower orders are made of the rare grams. Case evidence (a capitalised word mid-sentence
 * favours forms the archive writes as names; lower case in running text, not in a query, favours lower-case
 * forms) added 0.1 point. {@code khotin eval accents} measures word accuracy on 2,000 held-out sentences with
 * every diacritic removed (every 50th article held out; on the 80,459 other articles of the shared corpus):
 * each syllable's most frequent form 72.00 %, the former word-pair method 87.60 %, the served model 97.91 %
 * (46 MB; 3 minutes and 70 MB of heap to train on two busy cores), every n-gram kept 98.08 %, beside 97.32 % for
 * phrase-based MT on news (Pham et al. 2017); on 2–6-word query-like spans restored without sentence context,
 * 94.66 % for the served model.
 *
 * <h2>Data files</h2>
 * Under {@code src/main/resources/vn/khotin/analysis/}, documented in its {@code README.md}:
 * {@code abbreviations.txt}, {@code stopwords.txt}, {@code lexicon.txt}; the registry lexicon comes from
 * the data-only dependency {@code org.codelibs:elasticsearch-analysis-vi:5.6.0}.
 *
 * <h2>Measuring</h2>
 * {@code khotin eval analysis} (known-item MRR@10 / recall@10 per query variant against StandardAnalyzer and
 * ICU folding; word segmentation P/R/F1), {@code khotin eval accents} (accent restoration word accuracy) and
 * {@code khotin bench analysis} (throughput), all in {@link vn.khotin.analysis.eval}.
 */
package vn.khotin.analysis;
