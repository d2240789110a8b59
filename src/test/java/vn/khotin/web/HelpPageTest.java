package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.khotin.search.ArticleSearch;
import vn.khotin.web.view.HelpView;

/**
 * The help page's notes read as paragraphs, one per topic, not as one block (a new user's check found a single long
 * paragraph hard to read).
 */
class HelpPageTest {

    @Test
    void eachBlockOfTheNotesIsAParagraph() {
        HelpView v = HelpPage.view(ArticleSearch.helpText());

        assertThat(v.notes()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(v.notes()).anySatisfy(n -> assertThat(n).startsWith("Từ vay mượn"));
        assertThat(v.notes()).anySatisfy(n -> assertThat(n).startsWith("Văn bản pháp quy"));
        assertThat(v.notes()).allSatisfy(n -> assertThat(n).doesNotContain("\n").isNotBlank());
        assertThat(v.examples()).isNotEmpty();
    }

    @Test
    void linesWithoutABlankBetweenThemAreOneParagraph() {
        HelpView v = HelpPage.view("Giới thiệu\n\n  lũ   bài có từ lũ\n\nMột câu\nnối tiếp.\n\nCâu khác.\n");

        assertThat(v.notes()).containsExactly("Một câu nối tiếp.", "Câu khác.");
    }
}
