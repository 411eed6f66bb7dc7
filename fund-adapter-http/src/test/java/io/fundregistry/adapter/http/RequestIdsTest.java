package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "abc-123", "trace:span.7_x", "A", "0"})
    void echoes_a_sane_id(String id) {
        assertThat(RequestIds.resolve(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "new\nline", "semi;colon", "slash/", "é", "<script>"})
    void replaces_an_insane_id_with_a_new_uuid(String id) {
        String resolved = RequestIds.resolve(id);

        assertThat(resolved).isNotEqualTo(id);
        assertThat(UUID.fromString(resolved).version()).isEqualTo(4);
    }

    @Test
    void accepts_128_characters_and_refuses_129() {
        assertThat(RequestIds.isSane("x".repeat(128))).isTrue();
        assertThat(RequestIds.isSane("x".repeat(129))).isFalse();
    }

    @Test
    void generates_a_different_id_each_time() {
        assertThat(RequestIds.generate()).isNotEqualTo(RequestIds.generate());
    }
}
