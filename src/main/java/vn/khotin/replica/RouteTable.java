package vn.khotin.replica;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes in the order they were added: the first whose pattern matches the whole path and whose handler answers
 * wins. A handler may answer null to let the routes after it try, as a path can look like more than one kind of
 * page.
 */
final class RouteTable {

    private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d{1,6})(?:&|$)");

    /** A request whose path matched a route. */
    record Call(Matcher match, HttpCore.Request request, int visit) {

        String path() {
            return request.path();
        }

        String group(int group) {
            return match.group(group);
        }

        long number(int group) {
            return Long.parseLong(match.group(group));
        }

        /** The {@code page} query parameter of a listing; 1 when absent. */
        int page() {
            Matcher m = PAGE.matcher(request.query());
            return m.find() ? Integer.parseInt(m.group(1)) : 1;
        }
    }

    @FunctionalInterface
    interface Handler {
        /** The page for the call, or null when this route does not answer it after all. */
        Page answer(Call call);
    }

    private record Route(Pattern path, Handler handler) {}

    private final List<Route> routes = new ArrayList<>();

    /** A route for one path exactly. */
    RouteTable get(String path, Handler handler) {
        return get(Pattern.compile(Pattern.quote(path)), handler);
    }

    /** A route for the paths the pattern matches as a whole; the handler reads its groups. */
    RouteTable get(Pattern path, Handler handler) {
        routes.add(new Route(path, handler));
        return this;
    }

    /** The first answer of a matching route, or null when none answers. */
    Page answer(HttpCore.Request request, int visit) {
        for (Route route : routes) {
            Matcher m = route.path.matcher(request.path());
            if (m.matches()) {
                Page page = route.handler.answer(new Call(m, request, visit));
                if (page != null) {
                    return page;
                }
            }
        }
        return null;
    }
}
