-- apply_ticket_contributions (V60) runs inside every ticket write. A PL/pgSQL function's query gets a cached plan
-- per connection, but PostgreSQL's default plan_cache_mode kept choosing a fresh plan for each call: the cached
-- (generic) plan cannot know how many ticket ids the array holds, so its estimate came out above the plans made for
-- one id. Planning the whole statement was half of the call: 1.42 ms a call against 0.70 ms with the cached plan,
-- one changed ticket at a time, on the 1M-ticket benchmark database. The cached plan looks each id up by its key,
-- which suits any number of ids a transaction changes.
ALTER FUNCTION apply_ticket_contributions(BIGINT[], TEXT) SET plan_cache_mode = force_generic_plan;
