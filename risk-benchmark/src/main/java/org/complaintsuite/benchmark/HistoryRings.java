package org.complaintsuite.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.complaintsuite.model.ComplaintReceived;
import org.complaintsuite.risk.RiskProperties;
import org.complaintsuite.risk.links.Identifier;
import org.complaintsuite.risk.links.LinkContext;

/** The rings the service would have formed in the history: one per proxy agency, one per busy switchboard. */
final class HistoryRings {

        final Map<String, String> byComplaint = new HashMap<>();
        /** A member's customer key and receipt time, as cluster_member holds them with its ring. */
        final Map<String, String[]> memberRows = new HashMap<>();
        final Map<String, LinkContext.Ring> contexts = new HashMap<>();
        final List<List<String>> clusters = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();

    private HistoryRings() {
    }

    static HistoryRings of(SyntheticComplaints world, RiskProperties properties) {
        HistoryRings rings = new HistoryRings();
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < world.complaints(); i++) {
            int customer = world.historyCustomerOf(i);
            int agency = world.agencyOfCustomer(customer);
            int board = world.boardOfCustomer(customer);
            if (agency >= 0) {
                members.computeIfAbsent(agency, k -> new ArrayList<>()).add(i);
            }
            else if (board >= 0 && world.customersOfBoard(board) >= properties.landlineMinCustomers()) {
                members.computeIfAbsent(-1 - board, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> events : members.values()) {
            if (events.size() < 2) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            Set<String> customers = new HashSet<>();
            String reason = null;
            for (int i : events) {
                ComplaintReceived complaint = world.historyComplaint(i);
                ids.add(complaint.complaintId());
                customers.add(complaint.customer().customerKey());
                rings.memberRows.put(complaint.complaintId(),
                        new String[] {complaint.customer().customerKey(), complaint.receivedAt().toString()});
                if (reason == null) {
                    reason = complaint.representative() != null
                            ? "PHONE " + Identifier.of(complaint).stream().filter(id -> id.role() != Identifier.Role.CUSTOMER)
                                    .findFirst().map(Identifier::display).orElse("")
                            : "PHONE " + new Identifier(Identifier.Kind.PHONE, complaint.customer().phone(),
                                    Identifier.Role.CUSTOMER).display();
                }
            }
            String clusterId = "ring-" + new TreeSet<>(ids).first();
            LinkContext.Ring ring = new LinkContext.Ring(clusterId, ids.size(), customers.size(),
                    ids.subList(0, Math.min(20, ids.size())));
            for (String id : ids) {
                rings.byComplaint.put(id, clusterId);
                rings.contexts.put(id, ring);
            }
            rings.clusters.add(ids);
            rings.reasons.add(reason);
        }
        return rings;
    }

    /** The rows of cluster_member and cluster_edge, as the service would have written them. */
    void rows(Map<String, StringBuilder> chunks) {
        StringBuilder members = chunks.get("cluster_member");
        StringBuilder edges = chunks.get("cluster_edge");
        for (int c = 0; c < clusters.size(); c++) {
            List<String> ids = clusters.get(c);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                CopyRows.field(members, ids.get(i)).append('\t');
                CopyRows.field(members, byComplaint.get(ids.get(i))).append('\t');
                String[] member = memberRows.get(ids.get(i));
                CopyRows.field(members, member[0]).append('\t');
                members.append(member[1]).append('\n');
                // each complaint linked to (up to) the three before it, as the service links to earlier ones
                for (int j = Math.max(0, i - 3); j < i; j++) {
                    String a = ids.get(i).compareTo(ids.get(j)) < 0 ? ids.get(i) : ids.get(j);
                    String b = a.equals(ids.get(i)) ? ids.get(j) : ids.get(i);
                    if (!a.equals(b) && seen.add(a + b)) {
                        CopyRows.field(edges, a).append('\t');
                        CopyRows.field(edges, b).append('\t');
                        CopyRows.field(edges, "SHARED_PHONE").append('\t');
                        CopyRows.field(edges, reasons.get(c)).append('\n');
                    }
                }
            }
        }
    }
}
