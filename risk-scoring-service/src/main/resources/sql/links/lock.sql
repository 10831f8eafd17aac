-- Transaction-scoped advisory locks on the keys given, taken in the array's order (the rows of an array come, and
-- are locked, in the array's order): callers pass them sorted, so two transactions never wait in a circle.
SELECT count(pg_advisory_xact_lock(key))
FROM (SELECT key FROM unnest(CAST(:keys AS bigint[])) WITH ORDINALITY AS k(key, position) ORDER BY position) ordered
