-- When a region moves in the tree, the ancestors it left and the ancestors it joined hold the wrong sums: the moved
-- subtree's own rows and the ancestors both sides share stay right. This recounts just the given nodes from the
-- contributions already applied (ticket_contribution), reaching them through each node's subtree (region path, then
-- ticket_region_id_idx), so a community or a street is recounted without reading the district's tickets. Ticket
-- changes wait while it runs, as they do for rebuild_ticket_rollups: afterwards every ticket's contribution is counted
-- once in each of the nodes on its current path.
CREATE FUNCTION recount_ticket_rollups(nodes BIGINT[]) RETURNS VOID
    LANGUAGE plpgsql AS
$$
BEGIN
    LOCK TABLE ticket IN SHARE MODE;
    DELETE FROM ticket_daily WHERE node_id = ANY (nodes);
    INSERT INTO ticket_daily (node_id, day, category_id, kind, channel, department_id, submitted, cancelled,
                              accepted, accepted_in_window, accept_seconds, resolved, resolved_in_window,
                              resolve_seconds, closed, closed_unrated, rated, satisfied, reopened)
    SELECT node.id, c.day, c.category_id, c.kind, c.channel, c.department_id, count(*), sum(c.cancelled),
           sum(c.accepted), sum(c.accepted_in_window), sum(c.accept_seconds), sum(c.resolved),
           sum(c.resolved_in_window), sum(c.resolve_seconds), sum(c.closed), sum(c.closed_unrated), sum(c.rated),
           sum(c.satisfied), sum(c.reopened)
    FROM region node
    JOIN region r ON r.path LIKE node.path || '%'
    JOIN ticket t ON t.region_id = r.id
    JOIN ticket_contribution c ON c.ticket_id = t.id
    WHERE node.id = ANY (nodes)
    GROUP BY node.id, c.day, c.category_id, c.kind, c.channel, c.department_id
    ORDER BY node.id, c.day;
END;
$$;
