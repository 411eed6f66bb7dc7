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
 */
final class FundCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader(FundColumn.IN_ORDER.stream().map(FundColumn::key).toArray(String[]::new))
            .get();

    private final CSVPrinter printer;
    private final String source;

    private FundCsv(CSVPrinter printer, String source) {
        this.printer = printer;
        this.source = source;
    }

    /** Starts the CSV on the writer: the header row is written at once. */
    static FundCsv startOn(Writer writer, String source) throws IOException {
        return new FundCsv(new CSVPrinter(writer, FORMAT), source);
    }

    void write(Fund fund) throws IOException {
        for (FundColumn column : FundColumn.IN_ORDER) {
            printer.print(SpreadsheetCells.inert(column.text(fund, source)));
        }
        printer.println();
    }

    /** Writes out what is buffered and closes the writer underneath. */
    void finish() throws IOException {
        printer.close(true);
    }
}
