package vn.khotin.search.eval;

/**
 * What the judged related-stories evaluation asks with: an archived query article ({@code related-queries.tsv}) or
 * a draft ({@code related-drafts.tsv}), by its key, its part (dev or test) and its topic label.
 */
record RelatedQuery(String key, String split, String topic) {}
