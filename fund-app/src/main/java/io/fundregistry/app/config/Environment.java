package io.fundregistry.app.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The variables the service is configured by: the process environment over an optional {@code .env} file. */
public final class Environment {

    private final Map<String, String> variables;

    private Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The process environment, over the {@code .env} file in the working directory when there is one. */
    public static Environment load() {
        return of(DotEnvFile.read(Path.of(".env")), System.getenv());
    }

    /** The real variables win over the file's. */
    public static Environment of(Map<String, String> dotEnv, Map<String, String> real) {
        Map<String, String> merged = new HashMap<>(dotEnv);
        merged.putAll(real);
        return new Environment(merged);
    }

    /** The variable's value, or empty when it is unset or blank. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
