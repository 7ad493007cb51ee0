-- V97 had ticket vacuumed after 2 % of it changed. At city scale that is 200,000 changes, and the pages that change
-- are the very pages that hold the open tickets (new ones are inserted, open ones accepted and resolved), which every
-- live figure reads: on the 10M-ticket benchmark database, after one run had changed 165,000 rows (below the 2 %),
-- 12,766 of ticket's 435,700 pages had lost their all-visible mark, and counting the district's 465,000 open tickets
-- from their covering index fetched 245,829 of them from the table (0.4 s alone, 2 s a call under load, the dashboard
-- refreshing every few seconds); after a vacuum, none (0.19 s). So ticket is vacuumed and analyzed after a fixed
-- number of changes, whatever its size: a vacuum of a mostly all-visible table reads only the pages that changed
-- (7.8 s at 10M tickets, on this 2-core machine), and ten thousand changes take a district days, a city hours.
ALTER TABLE ticket SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000,
    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 10000,
    autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 10000);
