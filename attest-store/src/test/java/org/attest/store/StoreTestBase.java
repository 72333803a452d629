package org.attest.store;

import java.util.ArrayList;
import java.util.List;
import org.attest.AttestException;
import org.junit.jupiter.api.AfterEach;

/** Opens stores for a test and closes them after it; each subclass says how to make a fresh one. */
abstract class StoreTestBase {
    private final List<Store> opened = new ArrayList<>();

    /** A spec (path or URL) for a new, empty store, removed after the test by {@link #cleanUp()}. */
    public abstract String freshSpec() throws Exception;

    /** Removes what {@link #freshSpec()} made; runs after every store of the test is closed. */
    protected abstract void cleanUp() throws Exception;

    public Store open(String spec) throws AttestException {
        Store s = Store.open(spec);
        opened.add(s);
        return s;
    }

    public Store fresh() throws Exception {
        return open(freshSpec());
    }

    @AfterEach
    final void closeStores() throws Exception {
        for (Store s : opened) {
            s.close();
        }
        opened.clear();
        cleanUp();
    }
}
