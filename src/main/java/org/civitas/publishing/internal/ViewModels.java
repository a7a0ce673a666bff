package org.civitas.publishing.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.civitas.publishing.view.PageContent;
import org.civitas.publishing.view.PageLayout;

/**
 * The closed set of view-model records themes see, found once from {@link PageLayout} and the pages
 * {@link PageContent} permits, following their components: the names a template may use are exactly
 * their component names, and the theme collector reads exactly their components (through accessors
 * looked up here once, so rendering does no reflection). Components are plain data only: text,
 * numbers, booleans, other view models, lists of those, and text maps (whose keys are free, as
 * {@code msg.<key>}); anything else fails at start-up, so an entity cannot slip into a theme.
 */
final class ViewModels {

    /** Names that Mustache itself gives meaning to. */
    static final Set<String> BUILT_INS = Set.of(".", "this", "-first", "-last", "-index");

    private static final Set<Class<?>> LEAVES =
            Set.of(String.class, boolean.class, Boolean.class, int.class, Integer.class, long.class, Long.class);
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /** The view models of the public site (after the constants {@link #of} uses). */
    static final ViewModels THEMES =
            of(Stream.concat(Stream.of(PageLayout.class), Arrays.stream(PageContent.class.getPermittedSubclasses()))
                    .toArray(Class<?>[]::new));

    private final Map<Class<?>, Map<String, MethodHandle>> accessors;
    private final Set<String> names;
    private final Set<String> freeKeyed;

    private ViewModels(Map<Class<?>, Map<String, MethodHandle>> accessors, Set<String> names, Set<String> freeKeyed) {
        this.accessors = accessors;
        this.names = names;
        this.freeKeyed = freeKeyed;
    }

    /** The view models reachable from {@code roots}. */
    static ViewModels of(Class<?>... roots) {
        Map<Class<?>, Map<String, MethodHandle>> accessors = new LinkedHashMap<>();
        Set<String> names = new TreeSet<>();
        Set<String> freeKeyed = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(roots));
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (accessors.containsKey(type)) {
                continue;
            }
            if (!type.isRecord()) {
                throw new IllegalStateException(type.getName() + " is no record: view models are records");
            }
            Map<String, MethodHandle> byName = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
                try {
                    byName.put(
                            component.getName(),
                            lookup.unreflect(component.getAccessor()).asType(GETTER));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("View model " + type.getName() + " is not readable", e);
                }
                follow(type, component, component.getGenericType(), todo, freeKeyed);
            }
            accessors.put(type, Collections.unmodifiableMap(byName));
        }
        return new ViewModels(
                Collections.unmodifiableMap(accessors),
                Collections.unmodifiableSet(names),
                Collections.unmodifiableSet(freeKeyed));
    }

    private static void follow(
            Class<?> owner, RecordComponent component, Type type, Deque<Class<?>> todo, Set<String> freeKeyed) {
        if (type instanceof Class<?> c && LEAVES.contains(c)) {
            return;
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            todo.add(c);
            return;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            follow(owner, component, p.getActualTypeArguments()[0], todo, freeKeyed);
            return;
        }
        if (type instanceof ParameterizedType p
                && p.getRawType() == Map.class
                && Arrays.stream(p.getActualTypeArguments()).allMatch(String.class::equals)) {
            freeKeyed.add(component.getName());
            return;
        }
        throw new IllegalStateException("View model " + owner.getName() + "." + component.getName() + " has type "
                + type.getTypeName() + ": only text, numbers, booleans, view models, their lists and text maps");
    }

    /** Every view-model type. */
    Set<Class<?>> types() {
        return accessors.keySet();
    }

    /** The component names of all view models: the words a template name is made of. */
    Set<String> names() {
        return names;
    }

    /** Components that are text maps: any key may follow them ({@code msg.anything}). */
    Set<String> freeKeyed() {
        return freeKeyed;
    }

    /** The accessor of component {@code name} of {@code type}, or {@code null} when it has none. */
    MethodHandle accessor(Class<?> type, String name) {
        Map<String, MethodHandle> byName = accessors.get(type);
        return byName == null ? null : byName.get(name);
    }
}
