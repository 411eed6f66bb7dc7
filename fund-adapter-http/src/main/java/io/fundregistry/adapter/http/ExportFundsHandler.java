package io.fundregistry.adapter.http;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.port.in.ExportFundsUseCase;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * {@code GET /v1.0/funds/export?search=}: every matching fund as a CSV attachment, streamed to the client row by
 * row as the store yields them, so memory stays flat whatever the number of funds. At most a fixed number run at
 * once; the next is told to retry. The store's stream is closed however the export ends.
 */
final class ExportFundsHandler implements Handler {

    static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    static final String DISPOSITION = "attachment; filename=\"funds.csv\"";
    static final String BUSY = "Too many exports are running; try again shortly.";

    // Large enough that a row is never split across writes, small enough to reach the client early.
    private static final int BUFFER_CHARS = 8 * 1024;

    private final ExportFundsUseCase funds;
    private final TenantResolver tenants;
    private final String source;
    private final ExportSlots slots;

    ExportFundsHandler(ExportFundsUseCase funds, TenantResolver tenants, String source, ExportSlots slots) {
        this.funds = funds;
        this.tenants = tenants;
        this.source = source;
        this.slots = slots;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        FieldErrors errors = new FieldErrors();
        FundFilter filter = FundQuery.filter(ctx, errors);
        if (!errors.isEmpty()) {
            FundQuery.refuse(ctx, errors);
            return;
        }
        if (!slots.tryTake()) {
            ctx.res().setHeader("Retry-After", "1");
            JsonResponses.error(ctx, 503, BUSY);
            return;
        }

        try (Stream<Fund> matching = funds.exportFunds(tenants.tenantOf(ctx), filter)) {
            stream(matching.iterator(), ctx.res());
        } finally {
            slots.release();
        }
    }

    // On a failure the writer is left unflushed: nothing half-written is sent as if it were the whole file.
    private void stream(Iterator<Fund> matching, HttpServletResponse response) throws Exception {
        response.setStatus(200);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Disposition", DISPOSITION);

        BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), BUFFER_CHARS);
        FundCsv csv = FundCsv.startOn(writer, source);
        while (matching.hasNext()) {
            csv.write(matching.next());
        }
        csv.finish();
    }
}
