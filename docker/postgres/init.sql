-- Runs once, when the postgres container starts with an empty data volume
-- ("docker compose down -v" to run it again after adding a database here).
-- One database per service that persists state; run-local.sh creates the same ones on the local PostgreSQL.
CREATE DATABASE workflow;
CREATE DATABASE risk;
