package dev.studybot.store;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Serves {@link BothDatabases}: one invocation per dialect, with a database shared by the test class. */
final class DatabaseExtension implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DatabaseExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(BothDatabases.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(Dialect.SQLITE, Dialect.POSTGRESQL).map(DialectInvocation::new);
    }

    /** The class's database for one dialect, closed when the class's tests are done. */
    static ClassDatabase classDatabase(ExtensionContext context, Dialect dialect) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(dialect, d -> ClassDatabase.open(dialect), ClassDatabase.class);
    }

    /** A database and its clock, kept for one test class. */
    record ClassDatabase(Database db, MutableClock clock)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        static ClassDatabase open(Dialect dialect) {
            MutableClock clock = new MutableClock();
            return new ClassDatabase(Database.open(TestDatabases.newUrl(dialect), TestDatabases.options(clock)), clock);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private record DialectInvocation(Dialect dialect) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + dialect.name().toLowerCase(java.util.Locale.ROOT) + "]";
        }

        @Override
        public List<org.junit.jupiter.api.extension.Extension> getAdditionalExtensions() {
            return List.of(new ParameterResolver() {
                @Override
                public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
                    Class<?> type = parameter.getParameter().getType();
                    return type == Database.class || type == MutableClock.class || type == Dialect.class;
                }

                @Override
                public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
                    Class<?> type = parameter.getParameter().getType();
                    if (type == Dialect.class) {
                        return dialect;
                    }
                    ClassDatabase shared = classDatabase(context, dialect);
                    return type == Database.class ? shared.db() : shared.clock();
                }
            });
        }
    }
}
