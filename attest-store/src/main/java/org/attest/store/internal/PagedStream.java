package org.attest.store.internal;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.attest.AttestException;
import org.attest.store.StoreFailure;

/**
 * A lazy stream over keyset pages ({@code WHERE id > ? ORDER BY id LIMIT ?}): each page is its
 * own short read, so no cursor or lock is held while the caller works on the rows, and a
 * page costs the same wherever it starts (unlike OFFSET).
 */
final class PagedStream {
    /** Rows per page. */
    static final int PAGE = 200;

    private PagedStream() {}

    /** Reads the page of rows whose id is above the given one, at most {@link #PAGE} rows. */
    @FunctionalInterface
    interface PageFetch<T> {
        List<T> after(long id) throws AttestException;
    }

    /**
     * The first page is read now, so that a broken store fails here with a checked exception;
     * later pages fail as {@link StoreFailure}.
     */
    static <T> Stream<T> of(PageFetch<T> fetch, ToLongFunction<T> idOf) throws AttestException {
        List<T> first = fetch.after(0);
        Iterator<T> it = new Iterator<>() {
            private List<T> page = first;
            private int i;

            @Override
            public boolean hasNext() {
                if (i < page.size()) {
                    return true;
                }
                if (page.size() < PAGE) {
                    return false;
                }
                try {
                    page = fetch.after(idOf.applyAsLong(page.get(page.size() - 1)));
                } catch (AttestException e) {
                    throw new StoreFailure(e);
                }
                i = 0;
                return !page.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(i++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }
}
