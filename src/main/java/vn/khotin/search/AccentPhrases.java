package vn.khotin.search;

import java.util.ArrayList;
import java.util.List;
import vn.khotin.analysis.VietnameseAbbreviations;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.index.Gazetteer;

/**
 * The phrase evidence the accent model gets beside the archive's text: the lexicon's multi-syllable words,
 * the abbreviations' expansions and the gazetteer's place names (with their type words and aliases). They
 * add candidate forms and word sequences a small archive may lack ("thị xã Kỳ Anh", "ủy ban nhân dân").
 */
public final class AccentPhrases {

    private AccentPhrases() {
    }

    /** The phrases of the bundled data files. */
    public static List<String> standard() {
        List<String> out = new ArrayList<>(40_000);
        VietnameseLexicon lexicon = VietnameseLexicon.get();
        lexicon.forEachWord((word, count) -> out.add(word));
        for (VietnameseAbbreviations.Entry e : VietnameseAbbreviations.load(lexicon).entries()) {
            out.addAll(e.expansions());
        }
        for (Gazetteer.Place p : Gazetteer.get().places()) {
            out.add(p.label());
            out.add(p.name());
            out.addAll(p.aliases());
        }
        return out;
    }
}
