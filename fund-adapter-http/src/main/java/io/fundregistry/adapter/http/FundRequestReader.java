package io.fundregistry.adapter.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.fundregistry.domain.model.FundField;
import io.fundregistry.domain.port.in.CreateFundCommand;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a create-fund request body into a {@link CreateFundCommand}, walking the JSON object field by field with
 * Jackson's streaming parser and noting every wrong type, {@code null} for a required field, repeated field and
 * unknown field under its request key. Nothing is coerced: a number is not a string, {@code 10.5} or {@code "10"} is
 * not a share count, {@code "true"} is not a boolean. Amounts are read as {@link BigDecimal} from the number's text,
 * never through {@code double}.
 *
 * <p>Body-wide problems (not JSON at all, text after the object) are {@link Malformed}; a body that is JSON but not
 * an object is reported under {@value #BODY_KEY}, as the reference service does.
 */
final class FundRequestReader {

    static final String BODY_KEY = "_schema";
    static final String NOT_AN_OBJECT = "Invalid input type.";
    static final String NOT_A_STRING = "Not a valid string.";
    static final String NOT_A_NUMBER = "Not a valid number.";
    static final String NOT_AN_INTEGER = "Not a valid integer.";
    static final String NOT_A_BOOLEAN = "Not a valid boolean.";
    static final String NULL_NOT_ALLOWED = "Field may not be null.";
    static final String UNKNOWN = "Unknown field.";
    static final String REPEATED = "Field may appear only once.";
    static final String SHARES_TOO_LARGE = "Must be at most " + Long.MAX_VALUE + ".";
    static final String SHARES_NOT_POSITIVE = "Must be greater than 0.";

    /** What came of reading a body. */
    sealed interface Outcome {}

    /** The body is not a single JSON value. */
    record Malformed() implements Outcome {}

    /**
     * The body is JSON. {@code command} holds every field that had the right type; {@code errors} the problems found.
     * {@code complete} is false when reading had to stop early (a value beyond the size limits), so later fields
     * were never seen and must not be reported missing.
     */
    record Parsed(CreateFundCommand command, FieldErrors errors, boolean complete) implements Outcome {}

    private FundRequestReader() {}

    static Outcome read(byte[] body) {
        try (JsonParser parser = Json.FACTORY.createParser(body)) {
            return read(parser);
        } catch (JsonProcessingException | IllegalArgumentException notJson) {
            return new Malformed();
        } catch (IOException cannotHappenInMemory) {
            return new Malformed();
        }
    }

    private static Outcome read(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return new Malformed();
        }
        if (first != JsonToken.START_OBJECT) {
            return notAnObject(parser);
        }

        Fields fields = new Fields();
        FieldErrors errors = new FieldErrors();
        Set<String> seen = new HashSet<>();
        String key = null;
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                key = parser.currentName();
                JsonToken token = parser.nextToken();
                if (seen.add(key)) {
                    readField(key, token, parser, fields, errors);
                } else {
                    errors.add(key, REPEATED);
                    parser.skipChildren();
                }
                key = null;
            }
        } catch (StreamConstraintsException beyondLimits) {
            // The parser cannot go on past a value it refused to hold, so the fields after it stay unread.
            errors.add(culpritOf(beyondLimits, key, parser), beyondLimitsMessage(beyondLimits));
            return new Parsed(fields.command(), errors, false);
        }

        // Anything after the object, even another object, makes the body something other than one JSON value.
        if (parser.nextToken() != null) {
            return new Malformed();
        }
        return new Parsed(fields.command(), errors, true);
    }

    private static Outcome notAnObject(JsonParser parser) throws IOException {
        try {
            parser.skipChildren();
        } catch (StreamConstraintsException beyondLimits) {
            return new Parsed(new Fields().command(), FieldErrors.of(BODY_KEY, NOT_AN_OBJECT), false);
        }
        if (parser.nextToken() != null) {
            return new Malformed();
        }
        return new Parsed(new Fields().command(), FieldErrors.of(BODY_KEY, NOT_AN_OBJECT), false);
    }

    private static void readField(String key, JsonToken token, JsonParser parser, Fields fields, FieldErrors errors)
            throws IOException {
        FundField field = fieldOf(key);
        if (field == null) {
            errors.add(key, UNKNOWN);
            parser.skipChildren();
            return;
        }
        if (token == JsonToken.VALUE_NULL) {
            if (isRequired(field)) {
                errors.add(key, NULL_NOT_ALLOWED);
            }
            return;
        }
        switch (field) {
            case NAME -> fields.name = text(key, token, parser, errors);
            case SLUG -> fields.slug = text(key, token, parser, errors);
            case DESCRIPTION -> fields.description = text(key, token, parser, errors);
            case STATUS -> fields.status = text(key, token, parser, errors);
            case TARGET_RAISE -> fields.targetRaise = decimal(key, token, parser, errors);
            case CAPACITY_LIMIT -> fields.capacityLimit = decimal(key, token, parser, errors);
            case CURRENT_NAV -> fields.currentNav = decimal(key, token, parser, errors);
            case TOTAL_SHARES -> fields.totalShares = shareCount(key, token, parser, errors);
            case SHOW_ON_DASHBOARD -> fields.showOnDashboard = flag(key, token, parser, errors);
        }
    }

    private static String text(String key, JsonToken token, JsonParser parser, FieldErrors errors) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        return wrongType(key, NOT_A_STRING, parser, errors);
    }

    private static BigDecimal decimal(String key, JsonToken token, JsonParser parser, FieldErrors errors)
            throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            return wrongType(key, NOT_A_NUMBER, parser, errors);
        }
        try {
            return parser.getDecimalValue();
        } catch (StreamConstraintsException beyondLimits) {
            throw beyondLimits;
        } catch (JsonProcessingException | NumberFormatException outOfRange) {
            // Valid JSON whose exponent no decimal can hold, such as 1e9999999999.
            errors.add(key, NOT_A_NUMBER);
            return null;
        }
    }

    private static Long shareCount(String key, JsonToken token, JsonParser parser, FieldErrors errors)
            throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            return wrongType(key, NOT_AN_INTEGER, parser, errors);
        }
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            errors.add(key, parser.getBigIntegerValue().signum() < 0 ? SHARES_NOT_POSITIVE : SHARES_TOO_LARGE);
            return null;
        }
        return parser.getLongValue();
    }

    private static Boolean flag(String key, JsonToken token, JsonParser parser, FieldErrors errors) throws IOException {
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        return wrongType(key, NOT_A_BOOLEAN, parser, errors);
    }

    private static <T> T wrongType(String key, String message, JsonParser parser, FieldErrors errors)
            throws IOException {
        errors.add(key, message);
        parser.skipChildren();
        return null;
    }

    // Jackson reads a number as soon as it reads its field name, so the key may not have reached this loop yet.
    private static String culpritOf(StreamConstraintsException beyondLimits, String key, JsonParser parser)
            throws IOException {
        if (limitReached(beyondLimits).startsWith("name")) {
            return BODY_KEY;
        }
        if (key != null) {
            return key;
        }
        String current = parser.currentName();
        return current == null ? BODY_KEY : current;
    }

    private static String beyondLimitsMessage(StreamConstraintsException beyondLimits) {
        String limit = limitReached(beyondLimits);
        if (limit.startsWith("number")) {
            return "Number is too long.";
        }
        if (limit.startsWith("name")) {
            return "A field name is too long.";
        }
        if (limit.contains("nesting")) {
            return "Value is nested too deeply.";
        }
        return "Value is too long.";
    }

    private static String limitReached(StreamConstraintsException beyondLimits) {
        return String.valueOf(beyondLimits.getOriginalMessage()).toLowerCase(Locale.ROOT);
    }

    private static FundField fieldOf(String key) {
        for (FundField field : FundField.values()) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        return null;
    }

    private static boolean isRequired(FundField field) {
        return switch (field) {
            case DESCRIPTION, STATUS, SHOW_ON_DASHBOARD -> false;
            default -> true;
        };
    }

    /** The fields read so far, each null until it is read with the right type. */
    private static final class Fields {
        String name;
        String slug;
        String description;
        String status;
        BigDecimal targetRaise;
        BigDecimal capacityLimit;
        BigDecimal currentNav;
        Long totalShares;
        Boolean showOnDashboard;

        CreateFundCommand command() {
            return new CreateFundCommand(
                    name,
                    slug,
                    description,
                    status,
                    targetRaise,
                    capacityLimit,
                    currentNav,
                    totalShares,
                    showOnDashboard);
        }
    }
}
