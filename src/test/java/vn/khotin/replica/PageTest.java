package vn.khotin.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aRedirectEscapesItsTargetInTheLinkTextAsInTheHref() {
        String target = "/tim-kiem?q=<b>&x=\"1\"";
        Page page = Page.redirect(301, target);
        String escaped = "/tim-kiem?q=&lt;b&gt;&amp;x=&quot;1&quot;";
        assertThat(new String(page.body(), StandardCharsets.UTF_8))
                .isEqualTo("<html><body><a href=\"" + escaped + "\">" + escaped + "</a></body></html>");
        assertThat(page.location()).as("the Location header keeps the target as it is").isEqualTo(target);
    }

    @Test
    void anOrdinaryRedirectBodyIsUnchanged() {
        assertThat(new String(Page.redirect(302, "/vong-lap/b").body(), StandardCharsets.UTF_8))
                .isEqualTo("<html><body><a href=\"/vong-lap/b\">/vong-lap/b</a></body></html>");
    }
}
