-- Attest store, schema version 2: the data version. Cached counts and statistics are keyed by a
-- counter that every transaction writing a row they read bumps, in that transaction, whichever
-- connection or process writes (see org.attest.store.internal.QueryCache). The tables: documents,
-- events, event_places, place_mentions, checks.
-- SQLite: one writer at a time, so one row. SQLite has only row triggers, and one on every
-- inserted row cost a put of 49 rows about 0.2 ms more CPU (some 15%), so inserts bump through
-- their document: the store writes events, places and checks only together with an insert or
-- update of their document's row. Updates and deletes bump on every table. A bulk load by plain
-- SQL that inserts events alone must bump the version itself (UPDATE data_version SET n = n + 1).

CREATE TABLE data_version (slot INTEGER PRIMARY KEY, n BIGINT NOT NULL);
INSERT INTO data_version (slot, n) VALUES (0, 0);
CREATE TRIGGER documents_insert_version AFTER INSERT ON documents FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER documents_update_version AFTER UPDATE ON documents FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER documents_delete_version AFTER DELETE ON documents FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER events_update_version AFTER UPDATE ON events FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER events_delete_version AFTER DELETE ON events FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER event_places_update_version AFTER UPDATE ON event_places FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER event_places_delete_version AFTER DELETE ON event_places FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER place_mentions_update_version AFTER UPDATE ON place_mentions FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER place_mentions_delete_version AFTER DELETE ON place_mentions FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER checks_update_version AFTER UPDATE ON checks FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER checks_delete_version AFTER DELETE ON checks FOR EACH ROW BEGIN UPDATE data_version SET n = n + 1; END;
