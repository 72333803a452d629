-- Attest store, schema version 1. Shared by SQLite and PostgreSQL: ${id_pk} and ${real} are the
-- only dialect-specific spellings (see org.attest.store.internal.Dialect). Offsets are UTF-16
-- code units into documents.text, end exclusive. Dates are ISO text to their precision
-- (YYYY, YYYY-MM, YYYY-MM-DD), so that a prefix comparison is a date comparison. Booleans are
-- 0/1 integers, JSON is text: both read the same on the two databases.

CREATE TABLE ingest_runs (
    id ${id_pk},
    started TEXT NOT NULL,
    finished TEXT,
    new_docs BIGINT NOT NULL DEFAULT 0,
    unchanged_docs BIGINT NOT NULL DEFAULT 0,
    failed_docs BIGINT NOT NULL DEFAULT 0,
    replaced_docs BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE documents (
    id ${id_pk},
    location TEXT,
    site TEXT,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    title TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    boilerplate TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    run_id BIGINT REFERENCES ingest_runs (id) ON DELETE SET NULL
);
-- the two keys that make a re-run idempotent: same bytes, or same place
CREATE UNIQUE INDEX documents_sha256 ON documents (sha256);
CREATE UNIQUE INDEX documents_location ON documents (location);
CREATE INDEX documents_site ON documents (site);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE sentences (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    heading INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE place_mentions (
    id ${id_pk},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    surface TEXT NOT NULL,
    geonameid BIGINT,
    name TEXT,
    kind TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    lat ${real},
    lon ${real},
    confidence ${real} NOT NULL,
    pass TEXT
);
CREATE UNIQUE INDEX place_mentions_document ON place_mentions (document_id, idx);
CREATE INDEX place_mentions_area ON place_mentions (country, admin1);
CREATE INDEX place_mentions_admin1 ON place_mentions (admin1);
CREATE INDEX place_mentions_name ON place_mentions (name);
CREATE INDEX place_mentions_geonameid ON place_mentions (geonameid);

CREATE TABLE unresolved (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    surface TEXT NOT NULL,
    reason TEXT,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE date_mentions (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    date_precision TEXT NOT NULL,
    relative INTEGER NOT NULL,
    rule TEXT,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE quantities (
    id ${id_pk},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value ${real} NOT NULL,
    value_max ${real},
    qualifier TEXT NOT NULL,
    unit TEXT,
    what TEXT,
    rule TEXT
);
CREATE UNIQUE INDEX quantities_document ON quantities (document_id, idx);

CREATE TABLE events (
    id ${id_pk},
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    event_date TEXT,
    date_precision TEXT NOT NULL,
    claimant TEXT,
    actors TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    trigger_rule TEXT
);
CREATE UNIQUE INDEX events_document ON events (document_id, idx);
CREATE INDEX events_type_date ON events (type, event_date);
CREATE INDEX events_date ON events (event_date);

-- pos keeps the order of Event.places / Event.quantities
CREATE TABLE event_places (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    place_mention_id BIGINT NOT NULL REFERENCES place_mentions (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, pos)
);
CREATE INDEX event_places_place ON event_places (place_mention_id);

CREATE TABLE event_quantities (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    pos INTEGER NOT NULL,
    quantity_id BIGINT NOT NULL REFERENCES quantities (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, pos)
);
CREATE INDEX event_quantities_quantity ON event_quantities (quantity_id);

-- document_id is null for a cross-document check
CREATE TABLE checks (
    id ${id_pk},
    document_id BIGINT REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    figures TEXT NOT NULL,
    message TEXT,
    evidence TEXT NOT NULL
);
CREATE INDEX checks_document ON checks (document_id);
CREATE INDEX checks_kind ON checks (kind);

CREATE TABLE issues (
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    stage TEXT,
    reason TEXT,
    PRIMARY KEY (document_id, idx)
);
