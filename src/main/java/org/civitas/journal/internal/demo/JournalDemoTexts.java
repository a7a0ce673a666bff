package org.civitas.journal.internal.demo;

import java.util.List;

/** Items of the demo editions: government information from 阿坝州, written for the demo (names of units only are real). */
final class JournalDemoTexts {

    record Item(String section, String title, String body, List<String> units) {}

    private JournalDemoTexts() {}

    static final List<Item> DAILY_ONE = List.of(
            new Item(
                    "要情快报",
                    "汶川县提前部署主汛期防灾减灾工作",
                    "<p>汶川县对全县地质灾害隐患点开展拉网式排查，落实群测群防员和临灾避险点，"
                            + "组织开展应急演练12场次，储备帐篷、冲锋舟等物资，确保汛期群众生命财产安全。</p>"
                            + "<p>下一步，该县将实行汛期24小时值班和领导带班制度，遇强降雨提前转移危险区域群众。</p>",
                    List.of("wenchuan")),
            new Item(
                    "要情快报",
                    "九寨沟县景区客流平稳有序",
                    "<p>九寨沟县实行景区分时预约和实名购票，游客高峰期增开观光车，" + "在主要路口设置交通疏导点，景区秩序平稳，未发生安全事故。</p>",
                    List.of("jiuzhaigou", "aba-tourism")),
            new Item(
                    "基层动态",
                    "红原县多措并举推进牦牛产业提质增效",
                    "<p>红原县以良种繁育、标准化养殖和品牌建设为重点，新建标准化暖棚一批，" + "推广“合作社＋牧户”经营模式，带动牧民增收。</p>",
                    List.of("hongyuan", "aba-agri")));

    static final List<Item> DAILY_TWO = List.of(
            new Item(
                    "要情快报",
                    "州生态环境局开展黄河上游生态保护专项检查",
                    "<p>州生态环境局会同若尔盖县对黄河干流及支流沿线开展专项检查，" + "重点检查湿地保护、草原修复和污水处理设施运行情况，现场交办问题并限期整改。</p>",
                    List.of("aba-env", "ruoergai")),
            new Item(
                    "基层动态",
                    "理县推进高标准农田建设",
                    "<p>理县统筹整合涉农资金，实施高标准农田建设项目，配套建设灌溉渠系和田间道路，" + "项目建成后将有效提高粮食综合生产能力。</p>",
                    List.of("lixian")));

    static final List<Item> SPECIAL = List.of(new Item(
            "",
            "关于全州交通保通保畅工作情况的报告",
            "<p>入汛以来，州交通运输局组织公路养护力量对国省干线开展巡查，"
                    + "在易发生塌方、泥石流路段预置机械设备和抢通队伍，实现阻断路段快速抢通。</p>"
                    + "<p>针对部分路段通行压力大的问题，建议加强跨部门协调，完善信息发布和分流预案。</p>",
            List.of("aba-transport")));

    static final List<Item> DRAFT = List.of(new Item(
            "要情快报",
            "马尔康市开展城乡环境综合治理集中行动",
            "<p>马尔康市组织机关干部和社区群众开展城乡环境卫生集中整治，清理卫生死角，" + "规范占道经营，城乡面貌进一步改善。</p>",
            List.of("maerkang")));
}
