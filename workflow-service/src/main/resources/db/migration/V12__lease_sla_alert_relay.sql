-- The SLA alert relay's leader holds a lease on the relay row (alerts.RelayLeadership) instead of a session advisory
-- lock on a connection of its own: an instance leads while its lease runs and renews it on every run; a leader that
-- stops gives it up, one that dies loses it when it runs out. Exactly once does not rest on the lease (Kafka fences a
-- relay that lost it); the lease only keeps the instances from taking the relay from each other on every run.
ALTER TABLE sla_alert_relay
    ADD COLUMN leader      VARCHAR(64),
    ADD COLUMN lease_until TIMESTAMPTZ;
