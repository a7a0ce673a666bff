package org.civitas.reporting.web.scoring;

import static org.civitas.reporting.ReportingPermissions.ADMIN;
import static org.civitas.reporting.ReportingPermissions.EDIT;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civitas.identity.AccessControl;
import org.civitas.journal.JournalLevel;
import org.civitas.platform.Forms;
import org.civitas.reporting.InstructionLevel;
import org.civitas.reporting.ScoreRuleView;
import org.civitas.reporting.ScoreUse;
import org.civitas.reporting.ScoringService;
import org.civitas.reporting.UnitScoring;
import org.civitas.reporting.UnitType;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scoring (积分): the monthly or yearly ranking, the rule table and the month-end quota settlement. */
@Controller
@RequestMapping("/admin/reporting/scores")
class ScoringController {

    private final UnitScoring scores;
    private final ScoringService scoring;
    private final AccessControl access;
    private final MessageSource messages;

    ScoringController(UnitScoring scores, ScoringService scoring, AccessControl access, MessageSource messages) {
        this.scores = scores;
        this.scoring = scoring;
        this.access = access;
        this.messages = messages;
    }

    /** {@code month} (yyyy-MM) ranks one month; {@code year} a whole year; neither, the current month. */
    @GetMapping
    String ranking(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) UnitType type,
            Model model) {
        access.requireAny(EDIT, ADMIN);
        YearMonth from;
        YearMonth to;
        if (year != null && year > 1999 && year < 3000) {
            from = YearMonth.of(year, 1);
            to = YearMonth.of(year, 12);
        } else {
            from = month == null ? YearMonth.now() : month;
            to = from;
            year = null;
        }
        model.addAttribute("ranking", scores.ranking(from, to, type));
        model.addAttribute("month", year == null ? from : null);
        model.addAttribute("year", year);
        model.addAttribute("type", type);
        model.addAttribute("types", UnitType.values());
        model.addAttribute("levels", InstructionLevel.values());
        model.addAttribute("lastMonth", YearMonth.now().minusMonths(1));
        // rules and settlement are the administrator's
        model.addAttribute("mayAdminister", access.has(ADMIN));
        return "admin/reporting/scores";
    }

    @GetMapping("/rules")
    String rules(Model model) {
        access.requireAny(ADMIN);
        Map<String, ScoreRuleView> byCode = new LinkedHashMap<>();
        scoring.rules().forEach(r -> byCode.put(r.code(), r));
        model.addAttribute("rules", byCode);
        model.addAttribute("journalLevels", JournalLevel.values());
        model.addAttribute("uses", ScoreUse.values());
        model.addAttribute("levels", InstructionLevel.values());
        return "admin/reporting/score-rules";
    }

    /** Every rule's points are posted as {@code points[CODE]}; only changed ones are saved. */
    @PostMapping("/rules")
    String change(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        access.requireAny(ADMIN);
        Map<String, String> points = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("points[") && name.endsWith("]")) {
                points.put(name.substring(7, name.length() - 1), value);
            }
        });
        Forms.flash(messages, redirect, "reporting.score.rules.saved", () -> scoring.change(points));
        return "redirect:/admin/reporting/scores/rules";
    }

    @PostMapping("/settle")
    String settle(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            RedirectAttributes redirect) {
        access.requireAny(ADMIN);
        Forms.flash(messages, redirect, "reporting.score.settled", () -> scoring.settleQuotas(month));
        return "redirect:/admin/reporting/scores" + (month == null ? "" : "?month=" + month);
    }
}
