package io.fundregistry.adapter.http;

/**
 * Keeps spreadsheet programs from running exported text as a formula (CSV injection): a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading single quote, which spreadsheets show as text.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {}

    static String inert(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
