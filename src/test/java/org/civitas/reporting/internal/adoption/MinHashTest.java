package org.civitas.reporting.internal.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signatures of texts written for this test: the same incident told by two units, and an unrelated item. */
class MinHashTest {

    static final String ORIGINAL = "7月12日凌晨，汶川县映秀镇突降暴雨，引发山洪和泥石流，213国道映秀至耿达段多处塌方，交通中断。"
            + "县应急管理局立即启动防汛三级应急响应，组织消防、武警和民兵共320余人赶赴现场抢险，"
            + "转移安置受威胁群众1200余人，目前未发现人员伤亡。交通部门正调集机械全力抢通道路，预计48小时内恢复通行。";

    /** The same incident as another unit reports it: other words, a clause shortened, details added. */
    static final String REWORDED = "7月12日凌晨，映秀镇突降暴雨，引发山洪泥石流，213国道映秀至耿达段多处塌方，交通中断。"
            + "汶川县应急管理局第一时间启动防汛三级应急响应，组织消防、武警和民兵320余人赶赴现场抢险，"
            + "已转移安置受威胁群众1200余人，目前暂未发现人员伤亡。交通部门正调集机械设备全力抢通，预计48小时内恢复通行。";

    static final String UNRELATED =
            "九寨沟县今年以来持续推进农村人居环境整治，全县新建和改造农村户厕3600余座，" + "生活垃圾收运处置体系实现行政村全覆盖，群众满意度明显提升。下一步将重点抓好污水治理和村容村貌提升。";

    @Test
    void theSameTextHasTheSameSignatureWhateverThePunctuationAndSpacing() {
        int[] a = MinHash.signature(ORIGINAL);
        int[] b = MinHash.signature(ORIGINAL.replace("，", ", ").replace("。", ".\n"));
        assertThat(b).isEqualTo(a);
        assertThat(MinHash.similarity(a, b)).isEqualTo(100);
    }

    @Test
    void aRewordedCopyIsSimilarAndSharesABandWhileAnUnrelatedTextDoesNot() {
        int[] original = MinHash.signature(ORIGINAL);
        int[] reworded = MinHash.signature(REWORDED);
        int[] unrelated = MinHash.signature(UNRELATED);
        assertThat(MinHash.similarity(original, reworded)).isGreaterThanOrEqualTo(50);
        assertThat(MinHash.similarity(original, unrelated)).isLessThan(15);
        assertThat(sharedBands(original, reworded)).isPositive();
        assertThat(sharedBands(original, unrelated)).isZero();
    }

    @Test
    void theStoredFormReadsBackToTheSameSignature() {
        int[] signature = MinHash.signature(ORIGINAL);
        String stored = MinHash.encode(signature);
        assertThat(stored).hasSize(MinHash.SIZE * 8).matches("[0-9a-f]+");
        assertThat(MinHash.decode(stored)).isEqualTo(signature);
    }

    @Test
    void emptyAndOneCharacterTextsHaveSignatures() {
        assertThat(MinHash.signature(null)).containsOnly(-1);
        assertThat(MinHash.signature("，。 ")).containsOnly(-1);
        assertThat(MinHash.signature("州")).doesNotContain(-1);
    }

    private static int sharedBands(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0; i < MinHash.BANDS; i++) {
            if (MinHash.band(a, i) == MinHash.band(b, i)) {
                shared++;
            }
        }
        return shared;
    }
}
