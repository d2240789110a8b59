package vn.khotin.analysis;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.ObjIntConsumer;

/**
 * Reads the lexicon's word lists, handing each entry (word in any case and tone style, count) to a sink:
 * the registry's unigram XML and the project's own list. Knows the formats and resources, not the tables.
 */
final class LexiconReader {

    /** The classpath resource of the registry lexicon. */
    static final String CODELIBS_UNIGRAMS = "models/tokenization/bigram/unigram.xml";
    /** The classpath resource of the project's own additions. */
    static final String PROJECT_LEXICON = "vn/khotin/analysis/lexicon.txt";

    private LexiconReader() {
    }

    /** The registry words (when the artifact is on the classpath), then the project words. */
    static void readDefault(ObjIntConsumer<String> sink) {
        ClassLoader cl = LexiconReader.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(CODELIBS_UNIGRAMS)) {
            if (in != null) {
                readUnigramXml(in, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CODELIBS_UNIGRAMS, e);
        }
        try (InputStream in = cl.getResourceAsStream(PROJECT_LEXICON)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PROJECT_LEXICON);
            }
            readWordList(in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROJECT_LEXICON, e);
        }
    }

    /** A word list in the {@link #PROJECT_LEXICON} format, given as text. */
    static void readWordList(String wordList, ObjIntConsumer<String> sink) {
        try {
            readWordList(new ByteArrayInputStream(wordList.getBytes(StandardCharsets.UTF_8)), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vnTokenizer model: one {@code <w msd="count">word</w>} per line, the rest of the XML ignored. */
    private static void readUnigramXml(InputStream in, ObjIntConsumer<String> sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            int w = line.indexOf("<w msd=\"");
            if (w < 0) {
                continue;
            }
            int q = line.indexOf('"', w + 8);
            int gt = line.indexOf('>', q);
            int close = line.indexOf("</w>", gt);
            if (q < 0 || gt < 0 || close < 0) {
                continue;
            }
            int count;
            try {
                count = Integer.parseInt(line.substring(w + 8, q));
            } catch (NumberFormatException e) {
                continue;
            }
            String word = line.substring(gt + 1, close).replace("&amp;", "&").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
            sink.accept(word, count);
        }
    }

    /** One word a line, optionally a tab and its count (10 when absent); blank lines and # comments skipped. */
    private static void readWordList(InputStream in, ObjIntConsumer<String> sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            int count = 10;
            if (tab > 0) {
                count = Integer.parseInt(line.substring(tab + 1).strip());
                line = line.substring(0, tab).strip();
            }
            sink.accept(line, count);
        }
    }
}
