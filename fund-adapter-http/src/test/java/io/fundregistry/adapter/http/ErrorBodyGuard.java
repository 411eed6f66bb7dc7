package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * Checks that an error answer gives nothing away: JSON with an {@code error} sentence and no Java class name, stack
 * frame or exception name. Every error answer a test receives through {@link TestClient} passes through here.
 */
final class ErrorBodyGuard {

    private static final Pattern CLASS_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]\\w+");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w.$]+\\(");

    private ErrorBodyGuard() {}

    static void check(Answer answer) {
        if (answer.status() < 400 || answer.body().isEmpty()) {
            return;
        }
        assertThat(answer.body())
                .as("error body of a %s answer", answer.status())
                .doesNotContainPattern(CLASS_NAME)
                .doesNotContainPattern(STACK_FRAME)
                .doesNotContain("Exception")
                .doesNotContain("<html");
        assertThat(answer.json().path("error").isTextual())
                .as("error sentence in %s", answer.body())
                .isTrue();
    }
}
