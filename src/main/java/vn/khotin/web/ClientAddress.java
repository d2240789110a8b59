package vn.khotin.web;

import java.util.Set;

/**
 * The address of the client a request came from, for the rate limit and the access log. Behind a reverse proxy
 * every request arrives from the proxy; when the connection comes from a proxy the configuration trusts, the
 * client is read from {@code X-Forwarded-For}: the right-most address there that is not itself a trusted proxy
 * (each proxy appends the address it saw, so entries further left are whatever the client chose to send).
 * Anything unusable there (empty, not an address) falls back to the connection's address.
 */
final class ClientAddress {

    private ClientAddress() {}

    static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (trustedProxies.isEmpty() || !trustedProxies.contains(peer) || forwardedFor == null
                || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!looksLikeAddress(hop)) {
                return peer;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** An IPv4 or IPv6 literal (digits, hex letters, dots and colons), short enough to be one. */
    private static boolean looksLikeAddress(String s) {
        if (s.isEmpty() || s.length() > 45) {
            return false;
        }
        boolean separator = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (c == '.' || c == ':') {
                separator = true;
            } else if (!hex) {
                return false;
            }
        }
        return separator;
    }
}
