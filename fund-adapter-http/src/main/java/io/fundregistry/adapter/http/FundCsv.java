package io.fundregistry.adapter.http;

import io.fundregistry.domain.model.Fund;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes funds as CSV rows, one at a time, onto a writer: a header row of the JSON field names, then one row per
 * fund with the same values as the JSON answer. A cell a spreadsheet would run as a formula is made inert.
 * Not thread-safe; one per export.
 *
 * <p>Commons CSV appends each cell in several small pieces. They go to a row buffer of this object's own, and each
 * whole row goes to the writer in one call: a writer takes a lock on every call, and an export makes millions.
 */
final class FundCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader(FundColumn.IN_ORDER.stream().map(FundColumn::key).toArray(String[]::new))
            .get();

    private static final int ROW_CHARS = 1024;

    private final StringBuilder row = new StringBuilder(ROW_CHARS);
    private final CSVPrinter printer;
    private final Writer writer;
    private final String source;
    private char[] rowChars = new char[ROW_CHARS];

    private FundCsv(Writer writer, String source) throws IOException {
        this.writer = writer;
        this.source = source;
        this.printer = new CSVPrinter(row, FORMAT);
    }

    /** Starts the CSV on the writer: the header row is written at once. */
    static FundCsv startOn(Writer writer, String source) throws IOException {
        FundCsv csv = new FundCsv(writer, source);
        csv.sendRow();
        return csv;
    }

    void write(Fund fund) throws IOException {
        for (FundColumn column : FundColumn.IN_ORDER) {
            printer.print(SpreadsheetCells.inert(column.text(fund, source)));
        }
        printer.println();
        sendRow();
    }

    /** Writes out what is buffered and closes the writer underneath. */
    void finish() throws IOException {
        writer.close();
    }

    private void sendRow() throws IOException {
        int length = row.length();
        if (rowChars.length < length) {
            rowChars = new char[Math.max(length, 2 * rowChars.length)];
        }
        row.getChars(0, length, rowChars, 0);
        writer.write(rowChars, 0, length);
        row.setLength(0);
    }
}
