package vn.khotin.web.view;

import vn.khotin.search.RelatedReasons;

/**
 * A related story with the reason it was chosen ("Cùng sự kiện · Xã Kỳ Hoa · lũ lụt, sơ tán").
 *
 * @param url the story's original address on baohatinh.vn (what an editor pastes into a draft)
 * @param permalink absolute link to the story in this archive
 * @param date the date as shown ("04/03/2026"), empty when unknown
 * @param isoDate the publication time in ISO 8601 with offset, or null when unknown
 * @param reasons the reasons in parts, or null for the newsroom's own links
 */
public record RelatedView(long id, String title, String href, String url, String permalink, String date,
        String isoDate, String reason, RelatedReasons reasons) {}
