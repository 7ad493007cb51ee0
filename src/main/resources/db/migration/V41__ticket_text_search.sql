-- Searching tickets by text (LIKE '%…%' on number, title and description, the way TicketAccess.matching asks) reads
-- trigram indexes instead of every ticket of the reader's scope. pg_trgm is a trusted extension, so the database
-- owner may create it; where that is refused the search still works, only without these indexes.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%); ticket text search runs without trigram indexes', SQLERRM;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX ticket_number_trgm_idx ON ticket USING gin (lower(number) gin_trgm_ops);
        CREATE INDEX ticket_title_trgm_idx ON ticket USING gin (lower(title) gin_trgm_ops);
        CREATE INDEX ticket_description_trgm_idx ON ticket USING gin (lower(description) gin_trgm_ops);
    END IF;
END
$$;
