-- GridDesk benchmark data: a Jiguan-like district (6 streets, 50 communities, 500 grids, 7 departments,
-- 30 categories), its accounts, a ledger of 50,000 households and 150,000 persons, two years of tickets with
-- realistic status, deadline and rating mixes, their timelines, and the dashboard rollups rebuilt from them.
--
-- Run with psql against a database migrated by Flyway and otherwise empty (bench/generate.sh does both):
--   psql -v tickets=1000000 -f bench/generate.sql
-- Accounts (password griddesk, stored as {noop} so that sign-in does not dominate a load test): admin, district,
-- street street2 … street6, community community2 … community50, worker worker2 … worker500 (one per grid),
-- department department2 … department7, resident resident2 … resident10000.
-- The ticket stories follow the demo data (src/main/java/org/griddesk/demo/TicketsDemo.java): about 3% cancelled,
-- 1% rejected to the community desk, one in eight accepted late, one in six resolved late, 70% rated (scores 5/4/3/2/1
-- at 55/25/10/6/4%), half of the ratings of 1–2 reopen the ticket, unrated tickets close after seven days.
\set ON_ERROR_STOP on
\if :{?tickets}
\else
\set tickets 1000000
\endif
\timing on

SELECT EXISTS (SELECT 1 FROM region) AS not_empty \gset
\if :not_empty
\echo 'This database already has regions: generate.sql fills an empty (freshly migrated) database only.'
\quit
\endif

SET synchronous_commit = off;
SET work_mem = '512MB';
SET maintenance_work_mem = '1GB';
-- every row below is consistent by construction; skipping the foreign-key triggers makes the load several times faster
SET session_replication_role = replica;

BEGIN;

-- The tree: district 1, streets 2–7, communities 8–57, grids 58–557 (ten per community).
INSERT INTO region (id, parent_id, level, code, name, path, latitude, longitude)
VALUES (1, NULL, 'DISTRICT', 'JG', '鸡冠区', '/1/', 45.300000, 130.970000);
INSERT INTO region (id, parent_id, level, code, name, path)
SELECT 1 + s, 1, 'STREET', 'ST' || s,
       (ARRAY ['红军路街道', '向阳街道', '西郊乡', '立新街道', '东风街道', '红星乡'])[s], '/1/' || (1 + s) || '/'
FROM generate_series(1, 6) s;
INSERT INTO region (id, parent_id, level, code, name, path)
SELECT 7 + c, 2 + (c - 1) % 6, 'COMMUNITY', 'CM' || lpad(c::TEXT, 2, '0'), '第' || c || '社区',
       '/1/' || (2 + (c - 1) % 6) || '/' || (7 + c) || '/'
FROM generate_series(1, 50) c;
INSERT INTO region (id, parent_id, level, code, name, path, latitude, longitude)
SELECT 57 + g, 8 + (g - 1) / 10, 'GRID', 'CM' || lpad((1 + (g - 1) / 10)::TEXT, 2, '0') || '-G' || (1 + (g - 1) % 10),
       '第' || (1 + (g - 1) % 10) || '网格',
       '/1/' || (2 + ((g - 1) / 10) % 6) || '/' || (8 + (g - 1) / 10) || '/' || (57 + g) || '/',
       45.200000 + (g % 25) * 0.008, 130.850000 + (g / 25) * 0.012
FROM generate_series(1, 500) g;
SELECT setval('region_id_seq', 557);

INSERT INTO department (id, code, name, phone)
VALUES (1, 'NYNC', '区农业农村局', '0467-2361001'), (2, 'WL', '区文旅局', '0467-2361002'),
       (3, 'SCJG', '区市场监管局', '0467-2361003'), (4, 'ZJ', '区住建局', '0467-2361004'),
       (5, 'GS', '供水公司', '0467-2361005'), (6, 'GD', '供电公司', '0467-2361006'),
       (7, 'MZ', '区民政局', '0467-2361007');
SELECT setval('department_id_seq', 7);

-- The responsibility list; weight = how often residents raise it, relative to the others.
CREATE TEMP TABLE bench_category (id INT, code TEXT, name TEXT, kind TEXT, owner TEXT, department INT,
                                  accept_hours INT, resolve_hours INT, weight INT);
INSERT INTO bench_category VALUES
    (1, 'S01', '社保卡办理', 'SERVICE', 'GRID', NULL, 24, 120, 5),
    (2, 'S02', '高龄补贴申领', 'SERVICE', 'GRID', NULL, 24, 168, 3),
    (3, 'S03', '居住证明开具', 'SERVICE', 'COMMUNITY', NULL, 24, 48, 4),
    (4, 'S04', '低保申请', 'SERVICE', 'STREET', NULL, 24, 360, 2),
    (5, 'S05', '残疾人证代办', 'SERVICE', 'GRID', NULL, 24, 240, 2),
    (6, 'S06', '医保参保登记', 'SERVICE', 'GRID', NULL, 24, 120, 4),
    (7, 'S07', '独生子女证明', 'SERVICE', 'COMMUNITY', NULL, 24, 72, 2),
    (8, 'S08', '就业登记', 'SERVICE', 'STREET', NULL, 24, 168, 2),
    (9, 'S09', '养老认证', 'SERVICE', 'GRID', NULL, 24, 72, 4),
    (10, 'S10', '临时救助申请', 'SERVICE', 'DEPARTMENT', 7, 24, 240, 2),
    (11, 'A01', '停水报修', 'APPEAL', 'DEPARTMENT', 5, 2, 24, 5),
    (12, 'A02', '停电报修', 'APPEAL', 'DEPARTMENT', 6, 2, 12, 4),
    (13, 'A03', '楼道照明维修', 'APPEAL', 'GRID', NULL, 24, 72, 5),
    (14, 'A04', '道路破损', 'APPEAL', 'DEPARTMENT', 4, 24, 168, 3),
    (15, 'A05', '供暖不热', 'APPEAL', 'DEPARTMENT', 4, 4, 48, 4),
    (16, 'A06', '下水道堵塞', 'APPEAL', 'GRID', NULL, 12, 48, 4),
    (17, 'A07', '违章停车', 'APPEAL', 'COMMUNITY', NULL, 12, 48, 3),
    (18, 'A08', '绿化维护', 'APPEAL', 'COMMUNITY', NULL, 24, 168, 2),
    (19, 'A09', '农田灌溉', 'APPEAL', 'DEPARTMENT', 1, 24, 168, 1),
    (20, 'A10', '文化活动场地', 'APPEAL', 'DEPARTMENT', 2, 24, 240, 1),
    (21, 'C01', '环境卫生', 'COMPLAINT', 'GRID', NULL, 24, 72, 6),
    (22, 'C02', '噪音扰民', 'COMPLAINT', 'COMMUNITY', NULL, 24, 72, 4),
    (23, 'C03', '食品安全', 'COMPLAINT', 'DEPARTMENT', 3, 12, 120, 2),
    (24, 'C04', '物业服务', 'COMPLAINT', 'COMMUNITY', NULL, 24, 168, 5),
    (25, 'C05', '违章搭建', 'COMPLAINT', 'STREET', NULL, 24, 240, 2),
    (26, 'C06', '占道经营', 'COMPLAINT', 'STREET', NULL, 24, 72, 3),
    (27, 'C07', '宠物扰民', 'COMPLAINT', 'GRID', NULL, 24, 72, 3),
    (28, 'C08', '价格欺诈', 'COMPLAINT', 'DEPARTMENT', 3, 12, 120, 1),
    (29, 'C09', '油烟污染', 'COMPLAINT', 'COMMUNITY', NULL, 24, 120, 2),
    (30, 'C10', '高空抛物', 'COMPLAINT', 'GRID', NULL, 12, 48, 1);
INSERT INTO category (id, code, name, description, kind, owner_level, department_id, accept_window_hours,
                      resolve_window_hours, proxy_capable)
SELECT id, code, name, name, kind, owner, department, accept_hours, resolve_hours, kind = 'SERVICE'
FROM bench_category;
SELECT setval('category_id_seq', 30);

-- Accounts: ids line up with what they are bound to (worker of grid g = g + 1, staff of community or street
-- node n = n + 1, staff of department d = 558 + d), so tickets find their assignee without a lookup.
INSERT INTO account (id, username, password_hash, display_name, phone, role, department_id)
VALUES (1, 'admin', '{noop}griddesk', '系统管理员', NULL, 'ADMIN', NULL),
       (2, 'district', '{noop}griddesk', '区指挥中心', NULL, 'DISTRICT_COMMANDER', NULL);
INSERT INTO account (id, username, password_hash, display_name, role)
SELECT n + 1,
       CASE WHEN n = 2 THEN 'street' WHEN n <= 7 THEN 'street' || (n - 1) WHEN n = 8 THEN 'community'
            WHEN n <= 57 THEN 'community' || (n - 7) WHEN n = 58 THEN 'worker' ELSE 'worker' || (n - 57) END,
       '{noop}griddesk', '工作人员' || n,
       CASE WHEN n <= 7 THEN 'STREET_COMMANDER' WHEN n <= 57 THEN 'COMMUNITY_STAFF' ELSE 'GRID_WORKER' END
FROM generate_series(2, 557) n;
INSERT INTO account_region (account_id, region_id) VALUES (1, 1), (2, 1);
INSERT INTO account_region (account_id, region_id) SELECT n + 1, n FROM generate_series(2, 557) n;
INSERT INTO account (id, username, password_hash, display_name, role, department_id)
SELECT 558 + d, CASE WHEN d = 5 THEN 'department' ELSE 'department' || CASE WHEN d < 5 THEN d + 1 ELSE d END END,
       '{noop}griddesk', '部门人员' || d, 'DEPARTMENT_STAFF', d
FROM generate_series(1, 7) d;
INSERT INTO account (id, username, password_hash, display_name, phone, role)
SELECT 565 + r, CASE WHEN r = 1 THEN 'resident' ELSE 'resident' || r END, '{noop}griddesk', '居民' || r,
       '139' || lpad(r::TEXT, 8, '0'), 'RESIDENT'
FROM generate_series(1, 10000) r;
SELECT setval('account_id_seq', 10565);

-- The ledger: 100 households per grid (5 buildings × 4 units × 5 rooms), three persons each.
INSERT INTO household (id, grid_id, building, unit, room, address)
SELECT h, 58 + (h - 1) / 100, (1 + ((h - 1) % 100) / 20) || '号楼', (1 + ((h - 1) % 20) / 5) || '单元',
       ((1 + (h - 1) % 5) * 100 + 1)::TEXT,
       '第' || (1 + (h - 1) / 1000) || '社区' || (1 + ((h - 1) % 100) / 20) || '号楼'
           || (1 + ((h - 1) % 20) / 5) || '单元' || ((1 + (h - 1) % 5) * 100 + 1) || '室'
FROM generate_series(1, 50000) h;
SELECT setval('household_id_seq', 50000);
INSERT INTO person (id, household_id, name, gender, birth_date, phone, relation_to_head)
SELECT p, 1 + (p - 1) / 3,
       (ARRAY ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'])[1 + p % 10]
           || (ARRAY ['秀兰', '建国', '桂英', '志强', '丽', '伟', '敏', '军', '静', '磊'])[1 + (p / 10) % 10],
       CASE WHEN p % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END,
       DATE '1940-01-01' + (p * 37 % 25000),
       '138' || lpad((p % 100000000)::TEXT, 8, '0'),
       CASE (p - 1) % 3 WHEN 0 THEN 'SELF' WHEN 1 THEN 'SPOUSE' ELSE 'CHILD' END
FROM generate_series(1, 150000) p;
SELECT setval('person_id_seq', 150000);

COMMIT;

-- Every ticket's life, drawn once: when it would be accepted, started, resolved, rated, reopened, closed.
CREATE UNLOGGED TABLE bench_story AS
WITH picks AS (SELECT array_agg(id ORDER BY id) AS ids
               FROM bench_category, generate_series(1, weight)),
     drawn AS (
         SELECT i AS id,
                -- more tickets lately: a third uniform over two years, two thirds leaning towards today
                (timezone('Asia/Shanghai', now())::DATE
                    - floor(730 * CASE WHEN random() < 0.33 THEN random() ELSE 1 - sqrt(random()) END)::INT
                    + TIME '07:30' + random() * INTERVAL '13 hours') AT TIME ZONE 'Asia/Shanghai' AS submitted,
                picks.ids[1 + floor(random() * cardinality(picks.ids))::INT] AS category_id,
                57 + 1 + floor(500 * power(random(), 1.3))::INT AS grid_id,
                random() AS r_channel, random() AS r_who, random() AS r_cancel, random() AS r_cancel_t,
                random() AS r_late_accept, random() AS r_accept, random() AS r_reject, random() AS r_start,
                random() AS r_late_resolve, random() AS r_resolve, random() AS r_rate, random() AS r_rate_t,
                random() AS r_score, random() AS r_reopen, random() AS r_resolve2, random() AS r_rate2_t,
                random() AS r_score2
         FROM generate_series(1, :tickets) i
         CROSS JOIN picks
     ),
     placed AS (
         SELECT d.*, LEAST(d.submitted, now() - INTERVAL '1 minute') AS at,
                c.kind, c.owner, c.department, c.code, c.name AS category_name,
                c.accept_hours * INTERVAL '1 hour' AS accept_window,
                c.resolve_hours * INTERVAL '1 hour' AS resolve_window,
                GREATEST(1, c.resolve_hours / 2) * INTERVAL '1 hour' AS reopen_window,
                8 + (d.grid_id - 58) / 10 AS community_id, 2 + ((d.grid_id - 58) / 10) % 6 AS street_id
         FROM drawn d
         JOIN bench_category c ON c.id = d.category_id
     ),
     timed AS (
         SELECT p.*,
                CASE WHEN p.r_cancel < 0.03 THEN p.at + (600 + p.r_cancel_t * 21600) * INTERVAL '1 second' END AS cancel_at,
                p.at + p.accept_window * CASE WHEN p.r_late_accept < 0.125 THEN 1.02 + p.r_accept
                                              ELSE 0.05 + 0.8 * p.r_accept END AS accept_at,
                p.r_reject < 0.01 AS rejected
         FROM placed p
     ),
     worked AS (
         SELECT t.*, t.accept_at + (300 + t.r_start * 10800) * INTERVAL '1 second' AS start_at,
                GREATEST(t.accept_at + (300 + t.r_start * 10800 + 1800) * INTERVAL '1 second',
                         t.at + t.resolve_window * CASE WHEN t.r_late_resolve < 1.0 / 6 THEN 1.05 + 0.6 * t.r_resolve
                                                        ELSE 0.15 + 0.8 * t.r_resolve END) AS resolve_at
         FROM timed t
     ),
     rated AS (
         SELECT w.*, w.r_rate < 0.7 AS rates,
                w.resolve_at + (1800 + w.r_rate_t * 259200) * INTERVAL '1 second' AS rate_at,
                CASE WHEN w.r_score < 0.55 THEN 5 WHEN w.r_score < 0.80 THEN 4 WHEN w.r_score < 0.90 THEN 3
                     WHEN w.r_score < 0.96 THEN 2 ELSE 1 END AS score,
                w.resolve_at + INTERVAL '7 days' AS unrated_close_at
         FROM worked w
     ),
     reopened AS (
         SELECT r.*, r.rates AND r.score <= 2 AND r.r_reopen < 0.5 AS reopens,
                r.rate_at + r.reopen_window * (0.15 + 0.8 * r.r_resolve2) AS resolve2_at,
                r.rate_at + r.reopen_window * (0.15 + 0.8 * r.r_resolve2)
                    + (1800 + r.r_rate2_t * 259200) * INTERVAL '1 second' AS rate2_at,
                CASE WHEN r.r_score2 < 0.6 THEN 5 ELSE 4 END AS score2
         FROM rated r
     )
SELECT o.*,
       CASE WHEN o.cancel_at IS NOT NULL THEN CASE WHEN o.cancel_at <= now() THEN 'CANCELLED' ELSE 'SUBMITTED' END
            WHEN o.accept_at > now() THEN 'SUBMITTED'
            WHEN o.rejected THEN 'REJECTED'
            WHEN o.start_at > now() THEN 'ACCEPTED'
            WHEN o.resolve_at > now() THEN 'IN_PROGRESS'
            WHEN NOT o.rates THEN CASE WHEN o.unrated_close_at <= now() THEN 'CLOSED' ELSE 'RESOLVED' END
            WHEN o.rate_at > now() THEN 'RESOLVED'
            WHEN NOT o.reopens THEN 'CLOSED'
            WHEN o.resolve2_at > now() THEN 'IN_PROGRESS'
            WHEN o.rate2_at > now() THEN 'RESOLVED'
            ELSE 'CLOSED' END AS status,
       CASE WHEN o.r_channel < 0.55 THEN 'WEB' WHEN o.r_channel < 0.80 THEN 'WALK_IN'
            WHEN o.r_channel < 0.97 THEN 'PHONE' ELSE 'OPEN311' END AS channel,
       CASE o.owner WHEN 'COMMUNITY' THEN o.community_id WHEN 'STREET' THEN o.street_id ELSE o.grid_id END AS owner_id,
       (o.grid_id - 58) * 100 + 1 + floor(o.r_who * 100)::INT AS household_id
FROM reopened o;
-- what has happened by now: the resident rated it, and that rating reopened it
ALTER TABLE bench_story ADD COLUMN rated_now BOOLEAN, ADD COLUMN reopened_now BOOLEAN;
UPDATE bench_story
SET rated_now = status IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED') AND rates AND rate_at <= now(),
    reopened_now = status IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED') AND rates AND reopens AND rate_at <= now();

-- What the life cycle would have left on each ticket now.
INSERT INTO ticket (id, number, kind, category_id, channel, status, title, description, resident_id, person_id,
                    household_id, region_id, department_id, assignee_id, address, contact_phone, submitted_at,
                    window_start_at, accept_due_at, resolve_due_at, accepted_at, resolved_at, closed_at, resolution,
                    rating_solved, rating_score, return_visit_due, reopen_count)
SELECT s.id,
       to_char(timezone('Asia/Shanghai', s.at), 'YYYYMMDD') || '-' || lpad(s.id::TEXT, 8, '0'),
       s.kind, s.category_id, s.channel, s.status, s.category_name, s.category_name || '，请尽快处理。',
       CASE WHEN s.channel = 'WEB' THEN 566 + floor(s.r_who * 10000)::INT END,
       CASE WHEN s.channel IN ('WALK_IN', 'PHONE') THEN (s.household_id - 1) * 3 + 1 + floor(s.r_who * 3)::INT END,
       CASE WHEN s.channel IN ('WALK_IN', 'PHONE') THEN s.household_id END,
       CASE WHEN s.status = 'REJECTED' THEN s.community_id ELSE s.owner_id END,
       s.department,
       CASE WHEN s.status IN ('SUBMITTED', 'CANCELLED', 'REJECTED') THEN NULL
            WHEN s.department IS NOT NULL THEN 558 + s.department ELSE s.owner_id + 1 END,
       '第' || (s.community_id - 7) || '社区', '139' || lpad((s.id % 100000000)::TEXT, 8, '0'),
       s.at,
       CASE WHEN s.reopened_now THEN s.rate_at ELSE s.at END,
       s.at + s.accept_window,
       CASE WHEN s.reopened_now THEN s.rate_at + s.reopen_window ELSE s.at + s.resolve_window END,
       CASE WHEN s.status NOT IN ('SUBMITTED', 'CANCELLED', 'REJECTED') THEN s.accept_at END,
       CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN
                CASE WHEN s.reopened_now THEN s.resolve2_at ELSE s.resolve_at END END,
       CASE WHEN s.status = 'CANCELLED' THEN s.cancel_at
            WHEN s.status = 'CLOSED' THEN CASE WHEN NOT s.rates THEN s.unrated_close_at
                                               WHEN s.reopens THEN s.rate2_at ELSE s.rate_at END END,
       CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN '已上门核实并处理完毕。' END,
       CASE WHEN s.rated_now THEN CASE WHEN s.reopens THEN s.rate2_at <= now() ELSE TRUE END END,
       CASE WHEN s.rated_now THEN CASE WHEN s.reopens AND s.rate2_at <= now() THEN s.score2 ELSE s.score END END,
       s.rated_now AND NOT s.reopens AND s.score <= 2,
       CASE WHEN s.reopened_now THEN 1 ELSE 0 END
FROM bench_story s
ORDER BY s.id;
SELECT setval('ticket_id_seq', :tickets);
SELECT setval('ticket_number_seq', :tickets);

-- Their timelines, in order, so that each ticket's entries have ascending ids.
INSERT INTO ticket_event (ticket_id, type, at, actor_id, actor_role, from_status, to_status, note)
SELECT ticket_id, type, at, actor_id, actor_role, from_status, to_status, note
FROM (
    SELECT s.id AS ticket_id, 1 AS step, 'SUBMITTED' AS type, s.at,
           CASE WHEN s.channel = 'WEB' THEN 566 + floor(s.r_who * 10000)::INT
                WHEN s.channel IN ('WALK_IN', 'PHONE') THEN s.grid_id + 1 END AS actor_id,
           CASE WHEN s.channel = 'WEB' THEN 'RESIDENT' WHEN s.channel IN ('WALK_IN', 'PHONE') THEN 'GRID_WORKER' END
               AS actor_role,
           NULL AS from_status, 'SUBMITTED' AS to_status, s.channel AS note
    FROM bench_story s
    UNION ALL
    SELECT s.id, 2, 'ROUTED', s.at, NULL, NULL, 'SUBMITTED', 'SUBMITTED', s.code || ' ' || s.category_name || ' → ' || s.owner
    FROM bench_story s
    UNION ALL
    SELECT s.id, 3, 'CANCELLED', s.cancel_at, 566 + floor(s.r_who * 10000)::INT, 'RESIDENT', 'SUBMITTED', 'CANCELLED', '问题已自行解决'
    FROM bench_story s WHERE s.status = 'CANCELLED'
    UNION ALL
    SELECT s.id, 3, 'REJECTED', s.accept_at, s.owner_id + 1, NULL, 'SUBMITTED', 'REJECTED', '不属于本级职责，退回重新派单'
    FROM bench_story s WHERE s.status = 'REJECTED'
    UNION ALL
    SELECT s.id, 3, 'ACCEPTED', s.accept_at, NULL, NULL, 'SUBMITTED', 'ACCEPTED', NULL
    FROM bench_story s WHERE s.status NOT IN ('SUBMITTED', 'CANCELLED', 'REJECTED')
    UNION ALL
    SELECT s.id, 4, 'STARTED', s.start_at, NULL, NULL, 'ACCEPTED', 'IN_PROGRESS', NULL
    FROM bench_story s WHERE s.status IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED')
    UNION ALL
    SELECT s.id, 5, 'RESOLVED', s.resolve_at, NULL, NULL, 'IN_PROGRESS', 'RESOLVED', '已上门核实并处理完毕。'
    FROM bench_story s WHERE s.status IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED') AND s.resolve_at <= now()
    UNION ALL
    SELECT s.id, 6, 'RATED', s.rate_at, 566 + floor(s.r_who * 10000)::INT, 'RESIDENT', 'RESOLVED',
           CASE WHEN s.reopens THEN 'IN_PROGRESS' ELSE 'CLOSED' END, s.score || '/5'
    FROM bench_story s WHERE s.rated_now
    UNION ALL
    SELECT s.id, 7, 'REOPENED', s.rate_at, 566 + floor(s.r_who * 10000)::INT, 'RESIDENT', 'RESOLVED', 'IN_PROGRESS',
           s.score || '/5 还没有解决'
    FROM bench_story s WHERE s.reopened_now
    UNION ALL
    SELECT s.id, 6, 'CLOSED_UNRATED', s.unrated_close_at, NULL, NULL, 'RESOLVED', 'CLOSED', NULL
    FROM bench_story s WHERE s.status = 'CLOSED' AND NOT s.rates
    UNION ALL
    SELECT s.id, 8, 'RESOLVED', s.resolve2_at, NULL, NULL, 'IN_PROGRESS', 'RESOLVED', '已再次处理。'
    FROM bench_story s WHERE s.reopened_now AND s.resolve2_at <= now()
    UNION ALL
    SELECT s.id, 9, 'RATED', s.rate2_at, 566 + floor(s.r_who * 10000)::INT, 'RESIDENT', 'RESOLVED', 'CLOSED', s.score2 || '/5'
    FROM bench_story s WHERE s.reopened_now AND s.rate2_at <= now()
) e
ORDER BY ticket_id, step;

DROP TABLE bench_story;

-- The rollups, from the tickets (the same function GridDesk uses after its demo load).
SELECT rebuild_ticket_rollups('Asia/Shanghai');
RESET session_replication_role;

-- Visibility map and statistics, so the dashboard's open-ticket counts are index-only scans from the start.
VACUUM ANALYZE ticket;
VACUUM ANALYZE ticket_event;
VACUUM ANALYZE ticket_daily;
ANALYZE;
SELECT status, count(*) FROM ticket GROUP BY status ORDER BY count(*) DESC;
