package vn.khotin.web.view;

import java.util.List;

/** A facet in the sidebar: its heading and values with counts; each value links to the drilled-down search. */
public record FacetView(String title, List<Link> values) {}
