package io.fundregistry.domain.port.out;

/** What came of storing a new fund. */
public enum InsertOutcome {
    /** The fund is stored. */
    INSERTED,
    /** The tenant already has a fund with the slug; nothing was stored. */
    SLUG_TAKEN
}
