package vn.khotin.web.view;

/**
 * A related story with the reason it was chosen ("cùng nhắc đến: Thạch Kim, lễ hội").
 *
 * @param permalink absolute link for copying into a draft
 */
public record RelatedView(long id, String title, String href, String permalink, String date, String reason) {}
