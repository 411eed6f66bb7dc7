package io.fundregistry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one JSON response body, value by value, with a streaming generator. */
@FunctionalInterface
interface JsonBody {

    void writeTo(JsonGenerator json) throws IOException;
}
