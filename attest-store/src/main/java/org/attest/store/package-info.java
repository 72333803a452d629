/**
 * Persistence of documents and everything extracted from them behind one interface,
 * {@link org.attest.store.Store}: SQLite (one file, the default) or PostgreSQL (a shared
 * server), one schema ({@code db/migration/V*.sql}); a document is committed whole or not at all,
 * on its own or with others in one transaction.
 * Exports live in {@link org.attest.store.export}; the JDBC implementation in
 * {@code org.attest.store.internal}, which no other module may use.
 */
package org.attest.store;
