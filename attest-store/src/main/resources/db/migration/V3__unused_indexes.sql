-- Attest store, schema version 3: two indexes no query reads, which every put paid to keep up.
-- place_mentions (name): the place filter compares lower(name), which an index on name cannot
-- serve. documents (published): nothing filters or sorts documents by date.
DROP INDEX place_mentions_name;
DROP INDEX documents_published;
