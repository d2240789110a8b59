package vn.khotin.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts facet values over the matching documents by ordinal of the field's sorted-set doc values, during the
 * search's own pass over the matches: each segment's ordinals are read once into plain arrays (kept while the
 * segment is open), segment ordinals mapped to global ones with an {@link OrdinalMap} built once per reader (not
 * per query) and dropped when the reader closes ({@link OrdinalCache}), and only the values shown turned into
 * strings ({@link FacetCounts}, {@link FacetListing}). No taxonomy index, so nothing but this map is rebuilt when the
 * near-real-time reader changes. Part of the facets stage of a search ({@link FacetsAndTimeline}). Thread-safe.
 */
final class FacetCounter {

    private final OrdinalCache ordinals = new OrdinalCache();

    /** How many documents have each value of a field, in the archive and in the sample. */
    OrdinalCache.Strata strata(IndexReader reader, String field) throws IOException {
        return ordinals.strata(reader, field);
    }

    /**
     * A collector manager that counts the matches and, per field, the matches of each value while the search
     * visits them (no bit set of matches kept and walked again). It needs no scores, so a search with it skips
     * scoring and optional clauses entirely.
     */
    CollectorManager<Tally, Tally> counting(IndexReader reader, Set<String> fields) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        String[] names = fields.toArray(new String[0]);
        OrdinalMap[] maps = new OrdinalMap[names.length];
        PlaceRollup[] rollups = new PlaceRollup[names.length];
        int[] sizes = new int[names.length];
        for (int f = 0; f < names.length; f++) {
            maps[f] = leaves.size() > 1 ? ordinals.ordinalMap(reader, names[f]) : null;
            rollups[f] = ordinals.rollup(reader, names[f]);
            sizes[f] = rollups[f] == null ? ordinals.valueCount(reader, names[f]) : rollups[f].size();
        }
        return new CollectorManager<>() {
            @Override
            public Tally newCollector() {
                return new Tally(reader, names, maps, rollups, sizes);
            }

            @Override
            public Tally reduce(Collection<Tally> tallies) {
                Tally sum = newCollector();
                for (Tally t : tallies) {
                    sum.total += t.total;
                    for (int f = 0; f < names.length; f++) {
                        for (int o = 0; o < sizes[f]; o++) {
                            sum.global[f][o] += t.global[f][o];
                        }
                    }
                }
                return sum;
            }
        };
    }

    /** The number of matches and the counts of each field's values among them. */
    final class Tally implements Collector {
        private final String[] names;
        private final OrdinalMap[] maps;
        private final List<LeafReaderContext> leaves;
        private final PlaceRollup[] rollups;
        private final int[][] global;
        private final IndexReader reader;
        private long total;

        private Tally(IndexReader reader, String[] names, OrdinalMap[] maps, PlaceRollup[] rollups, int[] sizes) {
            this.reader = reader;
            this.names = names;
            this.maps = maps;
            this.rollups = rollups;
            this.leaves = reader.leaves();
            this.global = new int[names.length][];
            for (int f = 0; f < names.length; f++) {
                global[f] = new int[sizes[f]];
            }
        }

        /** Number of matching documents. */
        long total() {
            return total;
        }

        /**
         * Scales a sample's counts to the whole archive: the total and the fields without strata by {@code factor},
         * each value of a field with strata by its own share of the sample (a month's articles may all lie in one
         * stretch of document numbers, sampled more or less than 1 in 8).
         */
        void scale(double factor, Map<String, OrdinalCache.Strata> strata) {
            total = Math.round(total * factor);
            for (int f = 0; f < names.length; f++) {
                OrdinalCache.Strata s = strata.get(names[f]);
                int[] counts = global[f];
                for (int o = 0; o < counts.length; o++) {
                    double share = s == null ? factor : s.sampled()[o] == 0 ? 0 : (double) s.docs()[o] / s.sampled()[o];
                    counts[o] = (int) Math.round(counts[o] * share);
                }
            }
        }

        /** Counts of every value of each field among the matches. */
        Map<String, FacetCounts> counts() {
            Map<String, FacetCounts> out = new HashMap<>();
            for (int f = 0; f < names.length; f++) {
                out.put(names[f], new FacetCounts(names[f], global[f], leaves, maps[f], rollups[f]));
            }
            return out;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = names.length;
            OrdinalCache.SegmentOrdinals[] ords = new OrdinalCache.SegmentOrdinals[n];
            int[][] local = new int[n][];
            for (int f = 0; f < n; f++) {
                ords[f] = ordinals.segmentOrdinals(context.reader(), names[f]);
                local[f] = new int[ords[f].valueCount()];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    total++;
                    for (int f = 0; f < n; f++) {
                        OrdinalCache.SegmentOrdinals o = ords[f];
                        int[] counts = local[f];
                        if (o.starts() == null) {
                            int ord = o.values()[doc];
                            if (ord >= 0) {
                                counts[ord]++;
                            }
                        } else {
                            int[] values = o.values();
                            for (int k = o.starts()[doc], end = o.starts()[doc + 1]; k < end; k++) {
                                counts[values[k]]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int f = 0; f < n; f++) {
                        LongValues toGlobal = maps[f] == null ? null : maps[f].getGlobalOrds(context.ord);
                        int[] l = local[f];
                        for (int ord = 0; ord < l.length; ord++) {
                            if (l[ord] > 0) {
                                global[f][ordinals.globalOrd(reader, names[f], ords[f], toGlobal, ord)] += l[ord];
                            }
                        }
                    }
                }
            };
        }
    }


}
