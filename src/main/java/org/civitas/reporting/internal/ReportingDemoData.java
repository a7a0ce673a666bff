package org.civitas.reporting.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.DataScope;
import org.civitas.identity.OrganisationForm;
import org.civitas.identity.OrganisationService;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.trusted.DemoAccounts;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.DemoData;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.SubmissionForm;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.UnitType;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.springframework.stereotype.Component;

/**
 * The demo information desk: the prefecture office's 信息科 with its editor {@code desk.editor}, about
 * forty reporting units (the demo departments and counties, and direct reporting points), the writer and head
 * of 汶川县 ({@code desk.wenchuan}, {@code desk.wenchuan.head}), 九寨沟县 ({@code desk.jiuzhaigou}, …) and
 * 阿坝州应急管理局 ({@code desk.emergency}, …), the sign-off chain, and three
 * months of submissions in every state with adoptions, returns and near-duplicates from two units.
 */
@Component
class ReportingDemoData implements DemoData {

    static final String CHAIN = "reporting-signoff";

    private static final List<String[]> DIRECT_POINTS = List.of(
            new String[] {"壤塘县中壤塘镇人民政府", "rangtang-zhongrangtang", "rangtang"},
            new String[] {"九寨沟县漳扎镇人民政府", "jzg-zhangzha", "jiuzhaigou"},
            new String[] {"马尔康市第一中学", "maerkang-school1", "maerkang"},
            new String[] {"阿坝州人民医院", "aba-hospital", "aba"},
            new String[] {"松潘县川主寺镇人民政府", "songpan-chuanzhusi", "songpan"},
            new String[] {"红原县瓦切镇人民政府", "hongyuan-waqie", "hongyuan"},
            new String[] {"若尔盖县唐克镇人民政府", "ruoergai-tangke", "ruoergai"},
            new String[] {"理县米亚罗镇人民政府", "lixian-miyaluo", "lixian"},
            new String[] {"茂县凤仪镇人民政府", "maoxian-fengyi", "maoxian"},
            new String[] {"小金县美兴镇人民政府", "xiaojin-meixing", "xiaojin"},
            new String[] {"金川县勒乌镇人民政府", "jinchuan-lewu", "jinchuan"},
            new String[] {"黑水县芦花镇人民政府", "heishui-luhua", "heishui"});

    /** The demo's reporting units with people: organisation code, account name, unit's name in display names. */
    private static final List<String[]> UNITS = List.of(
            new String[] {"wenchuan", "desk.wenchuan", "汶川县"},
            new String[] {"jiuzhaigou", "desk.jiuzhaigou", "九寨沟县"},
            new String[] {"aba-emergency", "desk.emergency", "州应急管理局"});

    private final OrganisationDirectory directory;
    private final OrganisationService organisations;
    private final DemoAccounts accounts;
    private final DemoSession session;
    private final ReviewChainService chains;
    private final ReportingUnits units;
    private final SubmissionService submissions;
    private final DemoSubmissions history;
    private final SecurityLabels labels;
    private final Clock clock;

    ReportingDemoData(
            OrganisationDirectory directory,
            OrganisationService organisations,
            DemoAccounts accounts,
            DemoSession session,
            ReviewChainService chains,
            ReportingUnits units,
            SubmissionService submissions,
            DemoSubmissions history,
            SecurityLabels labels,
            Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.organisations = organisations;
        this.accounts = accounts;
        this.session = session;
        this.chains = chains;
        this.units = units;
        this.submissions = submissions;
        this.history = history;
        this.labels = labels;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void create() {
        Optional<OrganisationView> office = find("aba-office");
        if (office.isEmpty() || !accounts.available() || find("wenchuan").isEmpty()) {
            return;
        }
        OrganisationView info = runAs(
                "admin",
                () -> organisations.create(new OrganisationForm(
                        "州政府办公室信息科", "aba-info", "OFFICE", office.get().id(), 0)));
        List<OrganisationView> reporting = flagUnits();
        runAs(
                "admin",
                () -> chains.define(new ReviewChainDefinition(
                        CHAIN, "报送单位签发", List.of(ReviewChainStep.inSubjectOrganisation("单位负责人签发", "REPORTING_HEAD")))));
        people(info);
        history.create(reporting, find("wenchuan").orElseThrow().id());
        // one item waits for the 汶川县 head's sign-off in the task inbox
        runAs(
                "desk.wenchuan",
                () -> submissions.submit(new SubmissionForm(
                        null,
                        "汶川县启动冬春森林草原防灭火专项行动",
                        "<p>汶川县启动冬春森林草原防灭火专项行动，组建半专业扑火队12支，储备扑火物资1.2万件，" + "并对林区周边坟地、耕地开展野外用火专项巡查。</p>",
                        org.civitas.reporting.Category.SAFETY,
                        org.civitas.reporting.Urgency.URGENT,
                        null,
                        "王县长",
                        "0837-6222110",
                        List.of())));
    }

    /** The demo departments and counties, and the direct reporting points created here, flagged with their types. */
    private List<OrganisationView> flagUnits() {
        List<OrganisationView> flagged = new ArrayList<>();
        for (OrganisationView o : directory.all()) {
            UnitType type = switch (o.kind()) {
                case "COUNTY" -> UnitType.COUNTY;
                case "DEPARTMENT" -> o.depth() == 1 ? UnitType.DEPARTMENT : null;
                default -> null;
            };
            if (type != null) {
                flagged.add(flag(o, type));
            }
        }
        find("yingxiu").ifPresent(o -> flagged.add(flag(o, UnitType.DIRECT)));
        int order = 10;
        for (String[] p : DIRECT_POINTS) {
            Optional<OrganisationView> parent = find(p[2]);
            if (parent.isEmpty()) {
                continue;
            }
            int sort = order++;
            OrganisationView point = runAs(
                    "admin",
                    () -> organisations.create(new OrganisationForm(
                            p[0], p[1], "UNIT", parent.get().id(), sort)));
            flagged.add(flag(point, UnitType.DIRECT));
        }
        return flagged;
    }

    private OrganisationView flag(OrganisationView o, UnitType type) {
        units.save(new ReportingUnit(o.id(), type, clock.instant()));
        return o;
    }

    private void people(OrganisationView info) {
        String highest = labels.all().getLast().code();
        String middle = labels.all().get(Math.min(1, labels.all().size() - 1)).code();
        accounts.createUser("desk.editor", "信息科编辑", info.id(), highest);
        accounts.grant(
                "desk.editor",
                "REPORTING_EDITOR",
                "信息科编辑 / information office editor",
                Set.of(ReportingPermissions.EDIT, ReportingPermissions.ADMIN, "storage:upload"),
                DataScope.ALL,
                info.id());
        for (String[] unit : UNITS) {
            Optional<OrganisationView> org = find(unit[0]);
            if (org.isEmpty()) {
                continue;
            }
            long id = org.get().id();
            accounts.createUser(unit[1], unit[2] + "信息员", id, middle);
            accounts.grant(
                    unit[1],
                    "REPORTING_WRITER",
                    "报送单位信息员 / reporting unit writer",
                    Set.of(ReportingPermissions.SUBMIT, "storage:upload"),
                    DataScope.OWN,
                    id);
            accounts.createUser(unit[1] + ".head", unit[2] + "信息工作负责人", id, middle);
            accounts.grant(
                    unit[1] + ".head",
                    "REPORTING_HEAD",
                    "报送单位负责人 / reporting unit head",
                    Set.of(ReportingPermissions.SIGNOFF),
                    DataScope.OWN,
                    id);
        }
    }

    @Override
    public List<Account> accounts() {
        return List.of(
                new Account("desk.wenchuan", "information writer of 汶川县: write a submission (or import a Word file)"),
                new Account("desk.wenchuan.head", "head of 汶川县's information work: sign submissions off in 待办"),
                new Account("desk.jiuzhaigou", "information writer of 九寨沟县"),
                new Account("desk.jiuzhaigou.head", "head of 九寨沟县's information work"),
                new Account("desk.emergency", "information writer of 阿坝州应急管理局 (a department)"),
                new Account("desk.emergency.head", "head of 阿坝州应急管理局's information work"),
                new Account(
                        "desk.editor",
                        "editor of the information office (信息科): adopt submissions, compile an edition, send it for"
                                + " sign-off (送签), release it"));
    }

    private Optional<OrganisationView> find(String code) {
        return session.find(code);
    }

    private <T> T runAs(String username, Supplier<T> action) {
        return session.runAs(username, action);
    }
}
