package io.fundregistry.adapter.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;

/** The one JSON factory of the adapter: thread-safe, built once, with limits sized for a fund and nothing more. */
final class Json {

    // A decimal amount needs far fewer than 64 characters; a description at most 2,000 characters.
    private static final StreamReadConstraints FUND_SIZED = StreamReadConstraints.builder()
            .maxNumberLength(64)
            .maxStringLength(10_000)
            .maxNameLength(256)
            .maxNestingDepth(8)
            .build();

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(FUND_SIZED)
            // Field names come from strangers: keep them out of the JVM's string pool.
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    static final String CONTENT_TYPE = "application/json";

    private Json() {}
}
