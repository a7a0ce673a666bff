package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civitas.identity.OrganisationView;
import org.junit.jupiter.api.Test;

class OrganisationTreeTest {

    // as the directory lists them: by depth, then sort order
    private final List<OrganisationView> breadthFirst = List.of(
            org(1, null, "州政府", 0),
            org(2, 1L, "州教育局", 1),
            org(3, 1L, "汶川县", 2),
            org(4, 1L, "理县", 3),
            org(5, 3L, "汶川县教育局", 2),
            org(6, 5L, "映秀小学", 1));

    private static OrganisationView org(long id, Long parentId, String name, int depth) {
        return new OrganisationView(id, parentId, name, "c" + id, "UNIT", "/" + id + "/", depth, 0);
    }

    @Test
    void nestsChildrenUnderTheirParentsAndListsOptionsDepthFirst() {
        var tree = OrganisationTree.of(breadthFirst);
        assertThat(tree.roots()).hasSize(1);
        assertThat(tree.roots().getFirst().children())
                .extracting(n -> n.organisation().name())
                .containsExactly("州教育局", "汶川县", "理县");
        assertThat(tree.options())
                .extracting(OrganisationTree.Option::name)
                .containsExactly("州政府", "州教育局", "汶川县", "汶川县教育局", "映秀小学", "理县");
        assertThat(tree.options().get(4).level()).isEqualTo(3);
        assertThat(tree.options().get(4).label()).isEqualTo("\u00a0".repeat(9) + "映秀小学");
    }

    @Test
    void organisationsWhoseParentIsOutOfSightBecomeRoots() {
        var scoped =
                breadthFirst.stream().filter(o -> o.id() == 3 || o.id() >= 5).toList();
        var tree = OrganisationTree.of(scoped);
        assertThat(tree.roots()).extracting(n -> n.organisation().name()).containsExactly("汶川县");
        assertThat(tree.options().getFirst().level()).isZero();
    }

    @Test
    void optionsLeaveOutTheExcludedSubtreeAndWhatIsNotAllowed() {
        var options = OrganisationTree.of(breadthFirst).options(id -> id != 2, 3);
        assertThat(options).extracting(OrganisationTree.Option::name).containsExactly("州政府", "理县");
    }
}
