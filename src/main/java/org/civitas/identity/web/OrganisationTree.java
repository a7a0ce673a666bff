package org.civitas.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.civitas.identity.OrganisationView;

/**
 * Arranges a flat list of organisations (parents before children, siblings in order) as a tree:
 * nested nodes for the tree view and indented options, in depth-first order, for select boxes.
 * An organisation whose parent is not in the list (outside the viewer's scope) becomes a root.
 */
final class OrganisationTree {

    /** One organisation and its children as far as the list holds them. */
    record Node(OrganisationView organisation, List<Node> children) {}

    /** One entry of a select box; {@code level} is the indentation within the visible tree. */
    record Option(long id, String name, int level) {

        /** The name indented with no-break spaces, since options cannot be styled. */
        public String label() {
            return "\u00a0\u00a0\u00a0".repeat(level) + name;
        }
    }

    private final List<Node> roots = new ArrayList<>();

    private OrganisationTree(List<OrganisationView> organisations) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        organisations.forEach(o -> nodes.put(o.id(), new Node(o, new ArrayList<>())));
        for (Node node : nodes.values()) {
            Long parentId = node.organisation().parentId();
            Node parent = parentId == null ? null : nodes.get(parentId);
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
    }

    static OrganisationTree of(List<OrganisationView> organisations) {
        return new OrganisationTree(organisations);
    }

    List<Node> roots() {
        return roots;
    }

    /** All organisations, depth first. */
    List<Option> options() {
        return options(id -> true, -1);
    }

    /**
     * The organisations {@code allowed} accepts, depth first, leaving out the subtree of {@code exclude}
     * (an organisation cannot move below itself).
     */
    List<Option> options(LongPredicate allowed, long exclude) {
        List<Option> out = new ArrayList<>();
        roots.forEach(r -> collect(r, 0, allowed, exclude, out));
        return out;
    }

    private static void collect(Node node, int level, LongPredicate allowed, long exclude, List<Option> out) {
        long id = node.organisation().id();
        if (id == exclude) {
            return;
        }
        if (allowed.test(id)) {
            out.add(new Option(id, node.organisation().name(), level));
        }
        node.children().forEach(c -> collect(c, level + 1, allowed, exclude, out));
    }
}
