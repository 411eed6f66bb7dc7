package io.fundregistry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRequestBodyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=utf-8",
                "Application/JSON;charset=UTF-8",
                "application/merge-patch+json",
                "application/vnd.fund+json; version=1"
            })
    void accepts_json_media_types(String contentType) {
        assertThat(JsonRequestBody.isJson(contentType)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"text/plain", "application/xml", "text/json+x", "application/jsonp", "multipart/form-data"})
    void refuses_other_media_types(String contentType) {
        assertThat(JsonRequestBody.isJson(contentType)).isFalse();
    }
}
