-- The members of the other rings move to the target ring.
UPDATE cluster_member SET cluster_id = :target WHERE cluster_id = ANY(CAST(:others AS varchar[]))
