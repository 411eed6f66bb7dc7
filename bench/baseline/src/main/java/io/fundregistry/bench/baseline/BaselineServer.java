package io.fundregistry.bench.baseline;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The floor the benchmark holds the service against: the fund detail and the newest-funds page served by Javalin over
 * a HikariCP pool with one prepared statement each, and nothing more. No validation, no domain objects, no access
 * log, no request ids, no CORS, no error mapping. The answers carry the same fields in the same order and formats as
 * the service's, so what separates the two is the cost of the service's features.
 *
 * <p>Configured by {@code HOST}, {@code PORT}, {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} and {@code
 * DB_MAX_CONNECTIONS}; every fund it reads belongs to the {@code default} tenant. Stops on SIGTERM.
 */
public final class BaselineServer {

    private static final String TENANT = "default";
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;

    private static final String COLUMNS = "id, name, slug, description, status, target_raise, capacity_limit,"
            + " current_nav, nav_date, total_shares, show_on_dashboard, created_at, updated_at";
    private static final String BY_SLUG = "select " + COLUMNS + " from fund where tenant_id = ? and slug = ?";
    private static final String NEWEST = "select " + COLUMNS
            + " from fund where tenant_id = ? order by tenant_id, created_at desc, id desc" + " fetch next ? rows only";

    private final DataSource pool;

    private BaselineServer(DataSource pool) {
        this.pool = pool;
    }

    public static void main(String[] args) {
        HikariDataSource pool = openPool();
        BaselineServer server = new BaselineServer(pool);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/health/ready", ctx -> ctx.result("ready"));
            config.routes.get("/v1.0/funds", server::newest);
            config.routes.get("/v1.0/funds/{slug}", server::detail);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            pool.close();
        }));
        app.start(setting("HOST", "127.0.0.1"), Integer.parseInt(setting("PORT", "8081")));
    }

    private void detail(Context ctx) throws Exception {
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement(BY_SLUG)) {
            query.setString(1, TENANT);
            query.setString(2, ctx.pathParam("slug"));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    ctx.status(404).contentType(FundRowJson.CONTENT_TYPE).result("{\"error\":\"Fund not found.\"}");
                    return;
                }
                FundRowJson.writeFund(row, ctx.res());
            }
        }
    }

    private void newest(Context ctx) throws Exception {
        int limit = Optional.ofNullable(ctx.queryParam("limit"))
                .map(Integer::parseInt)
                .map(wanted -> Math.max(1, Math.min(MAX_LIMIT, wanted)))
                .orElse(DEFAULT_LIMIT);

        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement(NEWEST)) {
            query.setString(1, TENANT);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                FundRowJson.writePage(rows, ctx.res());
            }
        }
    }

    private static HikariDataSource openPool() {
        int size = Integer.parseInt(setting("DB_MAX_CONNECTIONS", "8"));
        HikariConfig config = new HikariConfig();
        config.setPoolName("baseline");
        config.setJdbcUrl(setting("DB_URL", "jdbc:postgresql://127.0.0.1:5432/fund_bench"));
        config.setUsername(setting("DB_USER", "postgres"));
        config.setPassword(setting("DB_PASSWORD", "postgres"));
        config.setMinimumIdle(size);
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }

    private static String setting(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).orElse(fallback);
    }
}
