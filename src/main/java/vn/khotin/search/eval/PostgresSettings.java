package vn.khotin.search.eval;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Where the PostgreSQL peer of {@code bench search --peers} connects, from libpq's standard environment variables:
 * PGHOST (default localhost; a socket directory, which the JDBC driver cannot use, also means localhost), PGPORT
 * (5432), PGUSER (the operating-system user, as libpq), PGPASSWORD (none) and PGDATABASE (the user's name, as
 * libpq).
 */
record PostgresSettings(String host, int port, String user, String password, String database) {

    static PostgresSettings fromEnv(Map<String, String> env) {
        String host = env.getOrDefault("PGHOST", "");
        if (host.isBlank() || host.startsWith("/")) {
            host = "localhost";
        }
        int port;
        try {
            port = Integer.parseInt(env.getOrDefault("PGPORT", "5432").trim());
        } catch (NumberFormatException e) {
            port = 5432;
        }
        String user = env.getOrDefault("PGUSER", "");
        if (user.isBlank()) {
            user = System.getProperty("user.name", "postgres");
        }
        String database = env.getOrDefault("PGDATABASE", "");
        return new PostgresSettings(host, port, user, env.get("PGPASSWORD"), database.isBlank() ? user : database);
    }

    /** host:port, as the messages name the server. */
    String address() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "khotin bench search --peers");
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://" + address() + "/" + database, p);
    }

    /** Whether the server's host is this machine (its backends' CPU can then be read in /proc). */
    boolean local() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    /**
     * The line that says PostgreSQL FTS is skipped because no server answers at {@link #address()} within a
     * second, or null when one does.
     */
    String unreachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return skipped("không có máy chủ PostgreSQL nào trả lời ở " + address()
                    + " (đặt PGHOST/PGPORT nếu máy chủ ở nơi khác)");
        }
    }

    /** The skip line with its reason. */
    static String skipped(String reason) {
        return "PostgreSQL FTS: bỏ qua — " + reason + ".";
    }
}
