package org.complaintsuite.benchmark;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A DataSource wrapper that times every statement the service executes (and every commit), by SQL text, and keeps
 * the parameters of the slowest execution of each, so that it can be explained afterwards. Used only in the
 * profiling pass, never in the measured ones: it adds a little overhead of its own.
 * <p>
 * It also tells the complaint's own work from the re-assessment of ring members: a re-assessment starts by
 * reading an earlier complaint's payload ({@link #REASSESSMENT_MARKER}), the expansion of a grown ring into its
 * members by taking the ring from its queue ({@link #RING_EXPANSION_MARKER}), and the rest of the transaction counts
 * as re-assessment.
 */
final class StatementProfiler implements DataSource {

    static final String REASSESSMENT_MARKER = "SELECT payload::text FROM complaint WHERE complaint_id = ?";
    static final String RING_EXPANSION_MARKER = "SELECT cluster_id FROM ring_reassessment";
    static final String COMMIT = "COMMIT";

    /** One setter call on a prepared statement, to replay it for EXPLAIN. */
    record Parameter(Method setter, Object[] args) {
    }

    private final DataSource target;
    private final Map<String, StatementStats> stats = new LinkedHashMap<>();
    private final ThreadLocal<boolean[]> inReassessment = ThreadLocal.withInitial(() -> new boolean[1]);
    private final ThreadLocal<long[]> sqlNanos = ThreadLocal.withInitial(() -> new long[2]);
    private final ThreadLocal<Map<String, long[]>> ownStatements = ThreadLocal.withInitial(LinkedHashMap::new);

    StatementProfiler(DataSource target) {
        this.target = target;
    }

    /** Starts a complaint on this thread: clears its SQL time and the re-assessment flag. */
    void begin() {
        inReassessment.get()[0] = false;
        long[] nanos = sqlNanos.get();
        nanos[0] = 0;
        nanos[1] = 0;
        ownStatements.get().clear();
    }

    /** The complaint's own statements on this thread so far (re-assessments left out): SQL to {calls, nanos}. */
    Map<String, long[]> ownStatements() {
        Map<String, long[]> copy = new LinkedHashMap<>();
        ownStatements.get().forEach((sql, figures) -> copy.put(sql, figures.clone()));
        return copy;
    }

    /** SQL time of the complaint on this thread so far: [own work, re-assessments]. */
    long[] sqlNanos() {
        return sqlNanos.get().clone();
    }

    synchronized List<StatementStats> stats() {
        List<StatementStats> all = new ArrayList<>(stats.values());
        all.sort(Comparator.comparingLong((StatementStats s) -> s.totalNanos).reversed());
        return all;
    }

    private StatementStats statsOf(String sql) {
        synchronized (this) {
            return stats.computeIfAbsent(sql, StatementStats::new);
        }
    }

    private void record(String sql, long nanos, List<Parameter> parameters) {
        if (sql.equals(REASSESSMENT_MARKER) || sql.startsWith(RING_EXPANSION_MARKER)) {
            inReassessment.get()[0] = true;
        }
        boolean reassessment = inReassessment.get()[0];
        sqlNanos.get()[reassessment ? 1 : 0] += nanos;
        if (!reassessment) {
            long[] figures = ownStatements.get().computeIfAbsent(sql, key -> new long[2]);
            figures[0]++;
            figures[1] += nanos;
        }
        statsOf(sql).add(nanos, reassessment, parameters);
    }

    // ------------------------------------------------------------------------------------------------ proxies

    @Override
    public Connection getConnection() throws SQLException {
        return connection(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(target.getConnection(username, password));
    }

    private Connection connection(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                PreparedStatement statement = (PreparedStatement) invoke(method, connection, args);
                return preparedStatement(statement, normalize(sql));
            }
            if (name.equals("commit")) {
                long started = System.nanoTime();
                Object result = invoke(method, connection, args);
                record(COMMIT, System.nanoTime() - started, List.of());
                return result;
            }
            return invoke(method, connection, args);
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private PreparedStatement preparedStatement(PreparedStatement statement, String sql) {
        List<Parameter> parameters = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer
                    && method.getDeclaringClass() == PreparedStatement.class) {
                parameters.add(new Parameter(method, args.clone()));
            }
            else if (name.equals("clearParameters")) {
                parameters.clear();
            }
            if ((name.equals("execute") || name.equals("executeQuery") || name.equals("executeUpdate")
                    || name.equals("executeLargeUpdate")) && (args == null || args.length == 0)) {
                long started = System.nanoTime();
                Object result = invoke(method, statement, args);
                record(sql, System.nanoTime() - started, List.copyOf(parameters));
                return result;
            }
            return invoke(method, statement, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

    static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }

    /** Runs EXPLAIN (ANALYZE, BUFFERS) of a statement with the given parameters, in a transaction rolled back. */
    static List<String> explain(DataSource dataSource, String sql, List<Parameter> parameters) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            try (PreparedStatement ps = con.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                for (Parameter parameter : parameters) {
                    try {
                        parameter.setter().invoke(ps, parameter.args());
                    }
                    catch (ReflectiveOperationException ex) {
                        throw new SQLException("cannot replay " + parameter.setter().getName(), ex);
                    }
                }
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            }
            finally {
                con.rollback();
                con.setAutoCommit(true);
            }
        }
        return plan;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
