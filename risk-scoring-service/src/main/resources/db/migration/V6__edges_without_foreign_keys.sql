-- A ring join writes an edge to each complaint it links to (tens for a complaint joining an agency's ring). Each
-- foreign key checked one by one locks the linked complaint's row (SELECT … FOR KEY SHARE), which dirties a random
-- page of the complaint table and writes it to the WAL: measured on a million complaints, the two foreign keys of
-- cluster_edge took two thirds of the time of inserting 40 edges. The edges are written only from complaint ids the
-- same transaction read from the link store, so the keys checked nothing that could fail; nothing deletes complaints.
-- Without them the index on complaint_b (there for the cascade) serves no read either: ring edges are read through
-- complaint_a. Whatever deletes complaints one day (a retention purge) deletes their edges with them.
ALTER TABLE cluster_edge DROP CONSTRAINT cluster_edge_complaint_a_fkey,
    DROP CONSTRAINT cluster_edge_complaint_b_fkey;
DROP INDEX cluster_edge_b_idx;
