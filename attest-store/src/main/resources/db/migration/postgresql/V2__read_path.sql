-- Attest store, schema version 2: the data version. Cached counts and statistics are keyed by a
-- counter that every transaction writing a row they read bumps, in that transaction, whichever
-- connection or process writes (see org.attest.store.internal.QueryCache). The tables: documents,
-- events, event_places, place_mentions, checks.
-- PostgreSQL: writers run concurrently, and the row a transaction bumps stays locked until it
-- commits, so each transaction bumps one of 64 rows (by its id) and the version is their sum:
-- two writers rarely share a row. The triggers fire once per statement, and the function bumps
-- once per transaction (a transaction-local setting remembers it).

CREATE TABLE data_version (slot INTEGER PRIMARY KEY, n BIGINT NOT NULL);
CREATE FUNCTION attest_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF current_setting('attest.data_version_bumped', true) IS DISTINCT FROM 'on' THEN INSERT INTO data_version (slot, n) VALUES ((txid_current() % 64)::integer, 1) ON CONFLICT (slot) DO UPDATE SET n = data_version.n + 1; PERFORM set_config('attest.data_version_bumped', 'on', true); END IF; RETURN NULL; END $$;
CREATE TRIGGER documents_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON documents FOR EACH STATEMENT EXECUTE FUNCTION attest_bump_data_version();
CREATE TRIGGER events_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION attest_bump_data_version();
CREATE TRIGGER event_places_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_places FOR EACH STATEMENT EXECUTE FUNCTION attest_bump_data_version();
CREATE TRIGGER place_mentions_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON place_mentions FOR EACH STATEMENT EXECUTE FUNCTION attest_bump_data_version();
CREATE TRIGGER checks_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON checks FOR EACH STATEMENT EXECUTE FUNCTION attest_bump_data_version();

-- A page is ordered by date then id. SQLite's indexes end with the row id, so its (type,
-- event_date) and (event_date) indexes give that order; PostgreSQL's need the id spelled out, or
-- a page must read and sort every event of its first date (a year-only date has thousands).
CREATE INDEX events_type_date_id ON events (type, event_date, id);
CREATE INDEX events_date_id ON events (event_date, id);
DROP INDEX events_type_date;
DROP INDEX events_date;
