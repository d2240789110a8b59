package vn.khotin.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file {@link WordForms} are saved in beside the index ({@link WordFormsCache}): a magic number, the format,
 * the number of articles, then each key with its best form, its count and its spellings' counts. Stateless.
 */
final class WordFormsFile {

    private WordFormsFile() {}

    private static final int MAGIC = 0x4B57463; // "KWF"
    /** Bump when {@link WordForms#build} counts differently: a file of another format is rebuilt. */
    static final int FORMAT = 3;

    /** Writes the statistics to {@code file} (through a temporary file, removed if the write fails). */
    static void save(WordForms forms, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                    1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(forms.docs());
                out.writeInt(forms.forms().size());
                for (Map.Entry<String, WordForms.Form> e : forms.forms().entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue().text());
                    out.writeLong(e.getValue().count());
                    out.writeInt(e.getValue().written().size());
                    for (Map.Entry<String, Long> w : e.getValue().written().entrySet()) {
                        out.writeUTF(w.getKey());
                        out.writeLong(w.getValue());
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Reads statistics {@link #save saved} before; an IOException for any other file or another format. */
    static WordForms load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not word statistics of format " + FORMAT + ": " + file);
            }
            int docs = in.readInt();
            int size = in.readInt();
            if (docs < 0 || size < 0) {
                throw new IOException("corrupt word statistics: " + file);
            }
            TreeMap<String, WordForms.Form> forms = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                String key = in.readUTF();
                String text = in.readUTF();
                long count = in.readLong();
                int spellings = in.readInt();
                if (spellings < 0) {
                    throw new IOException("corrupt word statistics: " + file);
                }
                Map<String, Long> written = new HashMap<>(spellings * 2);
                for (int j = 0; j < spellings; j++) {
                    written.put(in.readUTF(), in.readLong());
                }
                forms.put(key, new WordForms.Form(text, count, written));
            }
            return new WordForms(docs, forms);
        }
    }
}
