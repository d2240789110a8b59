package vn.khotin.replica;

/**
 * How article pages of one era look, for the page features the reference marks as unknown (§0). The
 * replica renders articles with IDs below {@link ReplicaConfig#currentEraStartId()} with
 * {@link ReplicaConfig#oldEra()}, the others with {@link ReplicaConfig#currentEra()}.
 *
 * @param dateStyle the visible publication date form
 * @param relatedTitle the heading of the post-body related block
 * @param relatedCount how many related items (3–6 on the real site)
 * @param inlineRelated an inline related box (title + sapo of another article) in the middle of the body
 * @param comments the comment-form templates block
 * @param olderNews the "Các tin đã đưa" list
 * @param weather the weather box
 * @param sharePrompt the "Hãy chia sẻ với bạn bè!" prompt and the "Tắt [X]" close button
 * @param imageMode where body images put their real URL
 * @param altMode what image alt text holds
 * @param entities how text is escaped: "minimal" (only markup characters), "named" (&amp;nbsp;, &amp;quot;,
 *     &amp;ndash;…) or "numeric" (every non-ASCII character as &amp;#NNNN;)
 */
public record EraStyle(
        DateStyle dateStyle,
        RelatedTitle relatedTitle,
        int relatedCount,
        boolean inlineRelated,
        boolean comments,
        boolean olderNews,
        boolean weather,
        boolean sharePrompt,
        ImageMode imageMode,
        AltMode altMode,
        String entities) {

    public EraStyle {
        if (relatedCount < 0 || relatedCount > 20) {
            throw new IllegalArgumentException("relatedCount out of range: " + relatedCount);
        }
        if (!entities.equals("minimal") && !entities.equals("named") && !entities.equals("numeric")) {
            throw new IllegalArgumentException("entities: " + entities);
        }
    }

    /** Defaults for articles of the old ({@code .htm}) era: the seed page's look. */
    public static EraStyle oldDefaults() {
        return new EraStyle(DateStyle.DMY_HM, RelatedTitle.TIN_LIEN_QUAN, 5, true, true, true, true, true,
                ImageMode.DATA_SRC, AltMode.TITLE, "named");
    }

    /** Defaults for current ({@code -post}) articles: the first variant of each §0 row. */
    public static EraStyle currentDefaults() {
        return new EraStyle(DateStyle.DMY_HM, RelatedTitle.TIN_LIEN_QUAN, 5, false, true, true, true, true,
                ImageMode.DATA_SRC, AltMode.FILE_NAME, "minimal");
    }

    public EraStyle withDateStyle(DateStyle v) {
        return new EraStyle(v, relatedTitle, relatedCount, inlineRelated, comments, olderNews, weather, sharePrompt,
                imageMode, altMode, entities);
    }

    public EraStyle withRelatedTitle(RelatedTitle v) {
        return new EraStyle(dateStyle, v, relatedCount, inlineRelated, comments, olderNews, weather, sharePrompt,
                imageMode, altMode, entities);
    }

    public EraStyle withRelatedCount(int v) {
        return new EraStyle(dateStyle, relatedTitle, v, inlineRelated, comments, olderNews, weather, sharePrompt,
                imageMode, altMode, entities);
    }

    /** All boilerplate blocks (comments, "Các tin đã đưa", weather, share prompt, inline related) on or off. */
    public EraStyle withBoilerplate(boolean on) {
        return new EraStyle(dateStyle, relatedTitle, relatedCount, on && inlineRelated, on, on, on, on,
                imageMode, altMode, entities);
    }

    public EraStyle withInlineRelated(boolean v) {
        return new EraStyle(dateStyle, relatedTitle, relatedCount, v, comments, olderNews, weather, sharePrompt,
                imageMode, altMode, entities);
    }

    public EraStyle withImageMode(ImageMode v) {
        return new EraStyle(dateStyle, relatedTitle, relatedCount, inlineRelated, comments, olderNews, weather,
                sharePrompt, v, altMode, entities);
    }

    public EraStyle withAltMode(AltMode v) {
        return new EraStyle(dateStyle, relatedTitle, relatedCount, inlineRelated, comments, olderNews, weather,
                sharePrompt, imageMode, v, entities);
    }

    public EraStyle withEntities(String v) {
        return new EraStyle(dateStyle, relatedTitle, relatedCount, inlineRelated, comments, olderNews, weather,
                sharePrompt, imageMode, altMode, v);
    }

    /** Visible publication date forms (reference §0, §7). */
    public enum DateStyle {
        /** {@code 04/03/2026 07:30} */
        DMY_HM,
        /** {@code Thứ Tư, ngày 04/03/2026 - 07:30} */
        WEEKDAY,
        /** {@code 04/03/2026 | 07:30} */
        PIPE
    }

    /** Headings of the related block (reference §0). */
    public enum RelatedTitle {
        TIN_LIEN_QUAN("Tin liên quan:"), DOC_THEM("Đọc thêm"), TIN_CUNG_CHUYEN_MUC("Tin cùng chuyên mục"), TIN_MOI("Tin mới");

        private final String text;

        RelatedTitle(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** Where a body image carries its real URL. */
    public enum ImageMode {
        /** {@code src="data:image/gif…"} placeholder, URL in {@code data-src} */
        DATA_SRC,
        /** placeholder, URL in {@code data-original} */
        DATA_ORIGINAL,
        /** URL in {@code src} */
        SRC
    }

    /** What image alt text holds (reference §2). */
    public enum AltMode {
        TITLE, FILE_NAME
    }
}
