package org.complaintsuite.workflow.cases;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the statements sent to PostgreSQL (each execution or JDBC batch is one round trip) and the commits, for
 * the throughput measurement: registered as a bean, it wraps the application's data source.
 */
class StatementCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    final AtomicLong statements = new AtomicLong();
    final AtomicLong commits = new AtomicLong();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource target) || bean instanceof DelegatingDataSource) {
            return bean;
        }
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                return counted(Connection.class, super.getConnection());
            }
        };
    }

    private <T> T counted(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (type == Connection.class && method.getName().equals("commit")) {
                commits.incrementAndGet();
            }
            if (type == Statement.class && EXECUTIONS.contains(method.getName())) {
                statements.incrementAndGet();
            }
            if (result instanceof Statement statement && type == Connection.class) {
                return counted(Statement.class, statement);
            }
            return result;
        };
        Class<?>[] interfaces = type == Statement.class ? allInterfaces(target.getClass()) : new Class<?>[] {type};
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, handler));
    }

    private static Class<?>[] allInterfaces(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().startsWith("java.sql.")) {
                    all.add(i);
                }
            }
        }
        all.add(Statement.class);
        return all.toArray(Class<?>[]::new);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }
}
