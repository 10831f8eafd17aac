 AND complaint_id NOT IN (SELECT complaint_id FROM cluster_member WHERE cluster_id = ANY(CAST(:cleared AS varchar[])))
