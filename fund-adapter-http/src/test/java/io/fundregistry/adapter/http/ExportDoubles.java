package io.fundregistry.adapter.http;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.port.in.ExportFundsUseCase;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Export use cases that block, fail or count, standing in for a store that does so. */
final class ExportDoubles {

    private ExportDoubles() {}

    /** Yields its funds only once released, like a slow cursor; counts the streams it opened and closed. */
    static final class Blocking implements ExportFundsUseCase {

        final CountDownLatch opened = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger closed = new AtomicInteger();
        private final List<Fund> funds;

        Blocking(List<Fund> funds) {
            this.funds = funds;
        }

        @Override
        public Stream<Fund> exportFunds(TenantId tenant, FundFilter filter) {
            opened.countDown();
            return Stream.of(funds)
                    .flatMap(all -> {
                        awaitRelease();
                        return all.stream();
                    })
                    .onClose(closed::incrementAndGet);
        }

        private void awaitRelease() {
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never released the export.");
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    /** Yields some funds, then fails as a store losing its connection mid-read would. */
    static final class FailingAfter implements ExportFundsUseCase {

        final AtomicInteger closed = new AtomicInteger();
        private final int rowsBeforeFailure;
        private final RuntimeException failure;

        FailingAfter(int rowsBeforeFailure, RuntimeException failure) {
            this.rowsBeforeFailure = rowsBeforeFailure;
            this.failure = failure;
        }

        @Override
        public Stream<Fund> exportFunds(TenantId tenant, FundFilter filter) {
            return Stream.iterate(1, number -> number + 1)
                    .map(number -> {
                        if (number > rowsBeforeFailure) {
                            throw failure;
                        }
                        return Funds.aFund(number);
                    })
                    .onClose(closed::incrementAndGet);
        }
    }

    /** Yields a number of funds made on the fly, as a cursor over a large table would. */
    static final class Generated implements ExportFundsUseCase {

        final AtomicInteger closed = new AtomicInteger();
        private final int count;

        Generated(int count) {
            this.count = count;
        }

        @Override
        public Stream<Fund> exportFunds(TenantId tenant, FundFilter filter) {
            return Stream.iterate(1, number -> number + 1)
                    .limit(count)
                    .map(Funds::aFund)
                    .onClose(closed::incrementAndGet);
        }
    }
}
