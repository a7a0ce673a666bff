package org.civitas.reporting.internal.demo;

import java.util.List;
import org.civitas.reporting.Category;
import org.civitas.reporting.Urgency;

/**
 * The demo's submissions, written for Civitas (no real events): 政务信息 and 民情信息 as units of a
 * prefecture send them. {@code {unit}} is replaced by the sending unit's short name.
 */
public final class DemoTexts {

    public record Text(String title, String body, Category category, Urgency urgency) {}

    /** Pairs telling the same incident in the words of two different units (near-duplicates). */
    record Pair(Text first, Text second) {}

    public static final List<Text> ITEMS = List.of(
            new Text(
                    "{unit}召开防汛减灾工作推进会",
                    "{unit}召开防汛减灾工作推进会，部署主汛期地质灾害隐患排查、" + "群测群防和应急值守工作，要求各乡镇落实24小时值班和领导带班制度，确保汛期安全。",
                    Category.GOVERNMENT_AFFAIRS,
                    Urgency.ROUTINE),
            new Text(
                    "{unit}一季度固定资产投资同比增长8.6%",
                    "一季度，{unit}完成固定资产投资同比增长8.6%，其中交通、水利" + "和文旅项目投资增长较快。下一步将加快项目前期工作，推动新开工项目尽早形成实物工作量。",
                    Category.ECONOMY,
                    Urgency.ROUTINE),
            new Text(
                    "群众反映{unit}部分村组饮水管网老化",
                    "近期有群众反映，{unit}部分村组饮水管网铺设时间较长，冬季易冻裂，" + "影响正常用水。相关部门已组织排查，计划结合农村供水保障工程分批更换。",
                    Category.PUBLIC_SENTIMENT,
                    Urgency.URGENT),
            new Text(
                    "{unit}开展安全生产大检查",
                    "{unit}组织开展安全生产大检查，重点检查道路运输、建筑施工、" + "危险化学品和人员密集场所，共排查隐患46处，已整改38处，其余限期整改。",
                    Category.SAFETY,
                    Urgency.ROUTINE),
            new Text(
                    "{unit}推进义务教育优质均衡发展",
                    "{unit}今年新建改扩建中小学校舍1.2万平方米，补充教师86名，" + "开展城乡学校结对帮扶，义务教育巩固率保持在99%以上。",
                    Category.LIVELIHOOD,
                    Urgency.ROUTINE),
            new Text(
                    "{unit}旅游接待人次持续回升",
                    "“五一”假期，{unit}共接待游客12.3万人次，实现旅游收入9800万元，" + "同比分别增长15%和18%，未发生旅游安全事故和重大投诉。",
                    Category.ECONOMY,
                    Urgency.ROUTINE),
            new Text(
                    "关于{unit}牧区草场鼠害情况的报告",
                    "今年春季以来，{unit}部分牧区草场鼠害有所加重，受害面积约3万亩，" + "牧民担心影响冬春饲草储备。县农牧部门已启动生物防治，并申请专项补助。",
                    Category.PUBLIC_SENTIMENT,
                    Urgency.URGENT),
            new Text(
                    "{unit}持续优化营商环境",
                    "{unit}推行企业开办“一窗通办”，办理时间压缩至1个工作日，" + "上半年新增市场主体1260户，政务服务事项网上可办率达到98%。",
                    Category.GOVERNMENT_AFFAIRS,
                    Urgency.ROUTINE),
            new Text(
                    "{unit}医疗卫生服务能力提升",
                    "{unit}人民医院新增CT和远程会诊设备，与省级医院建立专科联盟，" + "群众在县域内就诊率提高到90%，外转病人明显减少。",
                    Category.LIVELIHOOD,
                    Urgency.ROUTINE),
            new Text(
                    "部分群众对{unit}集中供暖收费有意见",
                    "近期部分城区居民反映供暖收费标准调整后负担加重，" + "且部分小区室温不达标。建议有关部门加强成本监审，公开收费依据，并开展室温抽查。",
                    Category.PUBLIC_SENTIMENT,
                    Urgency.URGENT),
            new Text(
                    "{unit}森林草原防灭火形势严峻",
                    "入冬以来{unit}降水偏少，林区可燃物载量大，森林草原火险等级持续偏高。" + "已增派护林员巡山，严管野外用火，并在重点区域设置检查站。",
                    Category.SAFETY,
                    Urgency.EXTRA_URGENT),
            new Text(
                    "{unit}农村人居环境整治取得新成效",
                    "{unit}今年新建和改造农村卫生厕所1800余座，生活垃圾收运处置体系" + "覆盖全部行政村，村容村貌明显改善，群众满意度提升。",
                    Category.GOVERNMENT_AFFAIRS,
                    Urgency.ROUTINE));

    static final List<Pair> PAIRS = List.of(
            new Pair(
                    new Text(
                            "国道213线映秀段发生泥石流交通中断",
                            "7月12日凌晨，映秀镇突降暴雨引发泥石流，国道213线映秀至耿达段"
                                    + "多处塌方，交通中断。县应急管理局立即启动防汛三级应急响应，组织320余人抢险，"
                                    + "转移群众1200余人，目前未发现人员伤亡，预计48小时内恢复通行。",
                            Category.SAFETY,
                            Urgency.EXTRA_URGENT),
                    new Text(
                            "映秀镇暴雨引发泥石流致国道213线中断",
                            "7月12日凌晨，映秀镇遭遇强降雨，引发泥石流，国道213线映秀至耿达段"
                                    + "多处塌方，交通中断。汶川县第一时间启动防汛三级应急响应，组织消防、民兵320余人抢险，"
                                    + "已转移群众1200余人，暂未发现人员伤亡，预计48小时内恢复通行。",
                            Category.SAFETY,
                            Urgency.EXTRA_URGENT)),
            new Pair(
                    new Text(
                            "九寨沟景区单日接待游客创新高",
                            "国庆假期第三天，九寨沟景区单日接待游客4.1万人次，创今年新高。" + "景区实行分时段预约和交通管制，游览秩序总体平稳，未发生安全事故。",
                            Category.ECONOMY,
                            Urgency.URGENT),
                    new Text(
                            "国庆期间九寨沟景区客流创年内新高",
                            "国庆假期第三天，九寨沟景区接待游客4.1万人次，创年内单日新高。" + "景区通过分时段预约、交通管制疏导客流，游览秩序平稳，未发生安全事故。",
                            Category.ECONOMY,
                            Urgency.URGENT)),
            new Pair(
                    new Text(
                            "红原县部分牧民反映冬季饲草短缺",
                            "据了解，受夏季干旱影响，红原县部分乡镇天然草场产草量下降约两成，" + "一些牧户冬春饲草储备不足，担心牲畜越冬困难，希望政府协调饲草调运和补贴。",
                            Category.PUBLIC_SENTIMENT,
                            Urgency.URGENT),
                    new Text(
                            "牧民担心今冬饲草不足",
                            "受夏季干旱影响，红原县部分乡镇天然草场产草量下降约两成，" + "部分牧户冬春饲草储备不足，担心牲畜越冬困难，希望协调饲草调运并给予补贴。",
                            Category.PUBLIC_SENTIMENT,
                            Urgency.URGENT)));

    static final List<String> RETURN_REASONS = List.of("内容与已刊发信息重复，请补充新的进展后再报。", "数据来源不清，请核实后重新报送。", "属一般性工作动态，不宜刊用。");

    private DemoTexts() {}
}
