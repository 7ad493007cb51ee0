-- Photos a summoned department adds to its contribution (at most three). The photos themselves are the ticket's
-- (ticket_photo), checked and stripped of metadata by the ticket module; this says which contribution brought them.
CREATE TABLE whistle_contribution_photo (
    contribution_id BIGINT NOT NULL REFERENCES whistle_contribution (id),
    photo_id        BIGINT NOT NULL UNIQUE REFERENCES ticket_photo (id),
    PRIMARY KEY (contribution_id, photo_id)
);
