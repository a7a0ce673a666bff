package org.civitas.publishing.internal;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which templates of a theme include which. A partial that includes itself, directly or through other
 * partials, would recurse until the stack overflows on the first page that uses it, so such a cycle is
 * refused when the theme is installed, naming its templates in order.
 */
final class TemplateIncludes {

    private TemplateIncludes() {}

    /** Names of the partials a template includes anywhere (inside sections too). */
    static Set<String> of(Template template) {
        Set<String> names = new TreeSet<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {}

            @Override
            public void visitVariable(String name) {}

            @Override
            public boolean visitInclude(String name) {
                names.add(name);
                return false;
            }

            @Override
            public boolean visitParent(String name) {
                names.add(name);
                return true; // a parent's blocks may include partials of their own
            }

            @Override
            public boolean visitSection(String name) {
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                return true;
            }
        });
        return names;
    }

    /**
     * A cycle in the include graph, as the path of template names that leads back to its start
     * ({@code a → b → a}), or empty when there is none.
     */
    static Optional<List<String>> cycle(Map<String, Set<String>> graph) {
        Set<String> done = new HashSet<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            Optional<List<String>> found = walk(start, graph, done, new ArrayDeque<>(), new HashMap<>());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> walk(
            String name,
            Map<String, Set<String>> graph,
            Set<String> done,
            Deque<String> path,
            Map<String, Integer> onPath) {
        if (onPath.containsKey(name)) {
            List<String> cycle = new ArrayList<>(path).subList(onPath.get(name), path.size());
            List<String> closed = new ArrayList<>(cycle);
            closed.add(name);
            return Optional.of(closed);
        }
        if (!done.add(name)) {
            return Optional.empty();
        }
        onPath.put(name, path.size());
        path.addLast(name);
        for (String next : graph.getOrDefault(name, Set.of())) {
            Optional<List<String>> found = walk(next, graph, done, path, onPath);
            if (found.isPresent()) {
                return found;
            }
        }
        path.removeLast();
        onPath.remove(name);
        return Optional.empty();
    }
}
