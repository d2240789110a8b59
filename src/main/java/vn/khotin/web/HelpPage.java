package vn.khotin.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khotin.web.view.HelpView;
import vn.khotin.web.view.Link;
import vn.khotin.web.view.PageView;

/** The help page's content: the query syntax as runnable examples, and URL parameters as links. */
final class HelpPage {

    /** "  Hương Khê mưa      bài có đủ các từ…": the query, then two or more spaces, then what it does. */
    private static final Pattern EXAMPLE_LINE = Pattern.compile(" {2}(\\S.*?) {2,}(\\S.*)");

    private HelpPage() {}

    /**
     * The help page from the syntax help text: its indented lines ("  query   meaning") become examples that run
     * their query, the first line is the introduction and the rest the notes, a paragraph per block of lines.
     */
    static HelpView view(String syntax) {
        List<String> lines = syntax.strip().lines().toList();
        List<HelpView.Example> examples = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            Matcher m = EXAMPLE_LINE.matcher(line);
            if (m.matches()) {
                String query = m.group(1).strip();
                examples.add(new HelpView.Example(query, m.group(2).strip(),
                        SearchParams.of(query, SearchParams.Sort.RELEVANCE).href()));
            } else if (!line.isBlank()) {
                note.append(note.isEmpty() ? "" : " ").append(line.strip());
            } else if (!note.isEmpty()) {
                notes.add(note.toString()); // a blank line ends a paragraph of the notes
                note.setLength(0);
            }
        }
        if (!note.isEmpty()) {
            notes.add(note.toString());
        }
        List<Link> parameters = List.of(parameterExample("lúa", "since", "2024-01"),
                parameterExample("lúa", "until", "2024-06-30"), parameterExample("", "category", "Xã hội"),
                parameterExample("", "place", "Can Lộc"), parameterExample("học sinh", "sort", "newest"));
        return new HelpView(new PageView("Cách tìm – " + Views.SITE, "", "tro-giup"), lines.getFirst().strip(), examples,
                List.copyOf(notes), parameters);
    }

    /** A URL parameter shown as "name=value", linking to a search (for {@code query}, or all articles) using it. */
    private static Link parameterExample(String query, String name, String value) {
        String q = query.isEmpty() ? "" : "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&";
        return Link.of(name + "=" + value, "/?" + q + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
