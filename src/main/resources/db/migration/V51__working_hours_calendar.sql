-- A district may count a category's windows in working hours instead of wall-clock hours.
ALTER TABLE category
    ADD COLUMN window_calendar VARCHAR(16) NOT NULL DEFAULT 'WALL_CLOCK'
        CHECK (window_calendar IN ('WALL_CLOCK', 'WORKING_HOURS'));

-- The district's holiday calendar: public holidays on weekdays (working = false) and make-up working days on
-- weekends (调休, working = true). Days not listed follow Monday to Friday.
CREATE TABLE holiday (
    day        DATE        PRIMARY KEY,
    working    BOOLEAN     NOT NULL,
    name       VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
