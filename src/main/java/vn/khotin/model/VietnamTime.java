package vn.khotin.model;

import java.time.ZoneId;

/**
 * The site's time zone, the one time zone of the whole program: Báo Hà Tĩnh dates its articles in Vietnam time,
 * readers mean Vietnam days when they filter by date, and every time shown or written (pages, API, exports, Atom,
 * the command line) is in it. It lives in {@code model} because every stage needs it and {@code model} depends on
 * nothing.
 */
public final class VietnamTime {

    /**
     * Asia/Ho_Chi_Minh rather than a fixed +07:00: the same offset for every date since 1975, and the right one for
     * an older date should one turn up.
     */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {}
}
