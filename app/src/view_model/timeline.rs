//! The renewal timeline (R9, R10, R12) laid out for drawing: each package until its expiry, the
//! dates that matter, the plan's own date, and ticks by week, month or year chosen so that
//! their labels never touch, whatever the span.

use chrono::{Datelike, Duration, NaiveDate};
use merge_core::{Lang, MergePlan};

use crate::i18n::td_string;

/// Positions run from 0 (the earliest date drawn) to `SCALE` (the latest).
pub const SCALE: u32 = 1000;

/// The closest two ticks may stand on the scale. The chart draws the scale 520 px wide, so this
/// is 65 px, and a tick's label ("Sep 2027", centred on it) is at most about 60 px at 13 px.
pub const MIN_TICK_GAP: u32 = 125;

/// Longer row labels are cut (the full label stays in the text equivalent): the labels'
/// column is 190 px wide.
pub const MAX_LABEL_CHARS: usize = 24;

#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub bars: Vec<TimelineItem>,
    pub marks: Vec<TimelineItem>,
    pub as_of: TimelineItem,
    pub ticks: Vec<Tick>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    pub label: String,
    pub date: NaiveDate,
    /// Where the bar ends or the mark stands, 0 to `SCALE`.
    pub x: u32,
}

impl TimelineItem {
    /// The label as drawn beside its row: at most `MAX_LABEL_CHARS`.
    pub fn short_label(&self) -> String {
        if self.label.chars().count() <= MAX_LABEL_CHARS {
            return self.label.clone();
        }
        let cut: String = self.label.chars().take(MAX_LABEL_CHARS - 1).collect();
        format!("{cut}…")
    }
}

/// A date on the axis: the start of a week (Monday), a month or a year.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub label: String,
    pub date: NaiveDate,
    pub x: u32,
}

/// The scale runs from the earliest date shown, or the plan's if earlier, to the latest, or
/// the plan's if later: the plan's date is always inside.
pub fn timeline(plan: &MergePlan, locale: Lang) -> Timeline {
    let renewal = &plan.renewal;
    let marks: Vec<(String, NaiveDate)> = [
        (renewal.date, td_string!(locale, reading.renewal)),
        (
            renewal.action_pack_anniversary,
            td_string!(locale, timeline.action_pack),
        ),
        (
            renewal.azure_expert_msp_renewal,
            td_string!(locale, timeline.msp),
        ),
    ]
    .into_iter()
    .filter_map(|(date, label)| Some((label.to_string(), date?)))
    .collect();
    let bars: Vec<(String, NaiveDate)> = plan
        .benefit_packages
        .iter()
        .map(|p| {
            let label = td_string!(locale, timeline.package, company = p.company.clone());
            (label.to_string(), p.expires)
        })
        .collect();
    let dates = || {
        bars.iter()
            .chain(&marks)
            .map(|(_, d)| *d)
            .chain([plan.as_of])
    };
    let scale = Scale {
        start: dates().min().unwrap_or(plan.as_of),
        end: dates().max().unwrap_or(plan.as_of),
        lang: locale,
    };
    let place = |(label, date): (String, NaiveDate)| TimelineItem {
        label,
        date,
        x: scale.x(date),
    };
    Timeline {
        as_of: place(("As of".to_string(), plan.as_of)),
        bars: bars.into_iter().map(place).collect(),
        marks: marks.into_iter().map(place).collect(),
        ticks: scale.ticks(),
    }
}

#[derive(Debug, Clone, Copy)]
struct Scale {
    start: NaiveDate,
    end: NaiveDate,
    /// The language of the ticks' month names.
    lang: Lang,
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Weeks(u32),
    Months(u32),
    Years(i32),
}

/// Finest first; the first whose ticks keep `MIN_TICK_GAP` apart is drawn.
const STEPS: [Step; 13] = [
    Step::Weeks(1),
    Step::Weeks(2),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(25),
    Step::Years(50),
    Step::Years(100),
];

impl Step {
    /// No two ticks of this step are nearer (in days): the steps that cannot keep the gap
    /// are skipped without drawing them.
    fn shortest_days(self) -> i64 {
        match self {
            Step::Weeks(n) => 7 * i64::from(n),
            Step::Months(n) => 28 * i64::from(n),
            Step::Years(n) => 365 * i64::from(n),
        }
    }
}

impl Scale {
    fn span(self) -> i64 {
        (self.end - self.start).num_days().max(1)
    }

    fn x(self, date: NaiveDate) -> u32 {
        let days = (date - self.start).num_days().clamp(0, self.span());
        (days * i64::from(SCALE) / self.span()) as u32
    }

    fn ticks(self) -> Vec<Tick> {
        let long_enough = |step: &&Step| {
            step.shortest_days() * i64::from(SCALE) >= i64::from(MIN_TICK_GAP) * self.span()
        };
        STEPS
            .iter()
            .filter(long_enough)
            .map(|&step| self.ticks_by(step))
            .find(|ticks| ticks.windows(2).all(|w| w[1].x - w[0].x >= MIN_TICK_GAP))
            .unwrap_or_default()
    }

    /// Every date of `step` from the start to the end.
    fn ticks_by(self, step: Step) -> Vec<Tick> {
        let mut date = first_on_or_after(self.start, step);
        let mut ticks = Vec::new();
        while let Some(day) = date.filter(|d| *d <= self.end) {
            let label = match step {
                Step::Weeks(_) => self.lang.short_date(day),
                Step::Months(_) => {
                    format!("{} {}", self.lang.short_month(day.month0()), day.year())
                }
                Step::Years(_) => day.year().to_string(),
            };
            ticks.push(Tick {
                label,
                date: day,
                x: self.x(day),
            });
            date = next(day, step);
        }
        ticks
    }
}

/// A date as the chart writes it beside a bar or mark: short, so that it fits.
pub fn chart_date(date: NaiveDate, lang: Lang) -> String {
    format!(
        "{} {} {}",
        date.day(),
        lang.short_month(date.month0()),
        date.year()
    )
}

/// The first Monday, first of a month whose number is a multiple of the step, or first of
/// January of a year that is, on or after `date`.
fn first_on_or_after(date: NaiveDate, step: Step) -> Option<NaiveDate> {
    match step {
        Step::Weeks(_) => {
            let days = (7 - date.weekday().num_days_from_monday()) % 7;
            date.checked_add_signed(Duration::days(i64::from(days)))
        }
        Step::Months(n) => {
            let mut first = date.with_day(1)?;
            while first < date || first.month0() % n != 0 {
                first = first.checked_add_months(chrono::Months::new(1))?;
            }
            Some(first)
        }
        Step::Years(n) => {
            let mut year = date.year();
            if date > NaiveDate::from_ymd_opt(year, 1, 1)? {
                year += 1;
            }
            while year.rem_euclid(n) != 0 {
                year += 1;
            }
            NaiveDate::from_ymd_opt(year, 1, 1)
        }
    }
}

fn next(date: NaiveDate, step: Step) -> Option<NaiveDate> {
    match step {
        Step::Weeks(n) => date.checked_add_signed(Duration::weeks(i64::from(n))),
        Step::Months(n) => date.checked_add_months(chrono::Months::new(n)),
        Step::Years(n) => date.with_year(date.year() + n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        merge_core::parse_date(text).unwrap()
    }

    fn e1(as_of: &str) -> MergePlan {
        let contoso =
            merge_core::read_snapshot(include_str!("../../../fixtures/contoso.json")).unwrap();
        let fabricam =
            merge_core::read_snapshot(include_str!("../../../fixtures/fabricam.json")).unwrap();
        merge_core::plan_merge(&contoso, &fabricam, day(as_of)).unwrap()
    }

    fn labels(ticks: &[Tick]) -> Vec<&str> {
        ticks.iter().map(|t| t.label.as_str()).collect()
    }

    fn assert_apart(ticks: &[Tick]) {
        for pair in ticks.windows(2) {
            assert!(
                pair[1].x - pair[0].x >= MIN_TICK_GAP,
                "{pair:?} are too close"
            );
        }
    }

    #[test]
    fn the_e1_timeline_ends_at_the_latest_date() {
        let t = timeline(&e1("2020-05-15"), Lang::En);
        let bars: Vec<(&str, u32)> = t.bars.iter().map(|b| (b.label.as_str(), b.x)).collect();
        // 2020-05-15 .. 2021-03-31 (MSP) is 320 days: 2020-10-01 is day 139, 2020-12-01 day 200.
        assert_eq!(
            bars,
            [("Contoso's package", 434), ("Fabricam's package", 625)]
        );
        let marks: Vec<(&str, u32)> = t.marks.iter().map(|m| (m.label.as_str(), m.x)).collect();
        assert_eq!(
            marks,
            [
                ("Consolidated renewal", 625),
                ("Action Pack anniversary", 434),
                ("Azure Expert MSP renewal", 1000)
            ]
        );
        // Ten and a half months: every other month (monthly ticks would be 97 apart).
        assert_eq!(
            labels(&t.ticks),
            ["Jul 2020", "Sep 2020", "Nov 2020", "Jan 2021", "Mar 2021"]
        );
        assert_eq!(t.ticks[0].x, 146, "July 1st is day 47 of 320");
        assert_apart(&t.ticks);
    }

    #[test]
    fn the_timeline_reads_in_dutch() {
        let t = timeline(&e1("2020-05-15"), Lang::Nl);
        let labels_of = |items: &[TimelineItem]| -> Vec<String> {
            items.iter().map(|i| i.label.clone()).collect()
        };
        assert_eq!(
            labels_of(&t.bars),
            ["Pakket van Contoso", "Pakket van Fabricam"]
        );
        assert_eq!(labels_of(&t.marks)[0], "Gezamenlijke verlenging");
        assert_eq!(
            labels(&t.ticks),
            ["jul 2020", "sep 2020", "nov 2020", "jan 2021", "mrt 2021"]
        );
        let weeks = Scale {
            start: day("2026-12-02"),
            end: day("2026-12-23"),
            lang: Lang::Nl,
        };
        assert_eq!(labels(&weeks.ticks()), ["7 dec", "14 dec", "21 dec"]);
        assert_eq!(chart_date(day("2020-10-01"), Lang::Nl), "1 okt 2020");
        assert_eq!(chart_date(day("2020-10-01"), Lang::En), "1 Oct 2020");
    }

    #[test]
    fn a_timeline_of_past_dates_ends_at_the_plan_date() {
        let t = timeline(&e1("2022-05-15"), Lang::En);
        // From the earliest date shown (2020-10-01) to the plan's, 2022-05-15.
        assert_eq!(t.as_of.x, 1000);
        assert_eq!(
            t.bars[0].x, 0,
            "Contoso's package, the earliest date, starts the scale"
        );
        assert!(t.bars[1].x > 0 && t.bars[1].x < 1000);
        // 19 months: every quarter.
        assert_eq!(
            labels(&t.ticks),
            ["Oct 2020", "Jan 2021", "Apr 2021", "Jul 2021", "Oct 2021", "Jan 2022", "Apr 2022"]
        );
    }

    #[test]
    fn ticks_follow_the_span_by_week_month_or_year() {
        let scale = |start: &str, end: &str| Scale {
            start: day(start),
            end: day(end),
            lang: Lang::En,
        };
        // Three weeks: Mondays.
        let weeks = scale("2026-12-02", "2026-12-23").ticks();
        assert_eq!(labels(&weeks), ["Dec 7", "Dec 14", "Dec 21"]);
        // Five months: every month.
        let months = scale("2026-12-02", "2027-05-10").ticks();
        assert_eq!(
            labels(&months),
            ["Jan 2027", "Feb 2027", "Mar 2027", "Apr 2027", "May 2027"]
        );
        // Six years: every year; thirty years: every five.
        let years = scale("2026-12-02", "2032-12-31").ticks();
        assert_eq!(
            labels(&years),
            ["2027", "2028", "2029", "2030", "2031", "2032"]
        );
        let decades = scale("2020-05-15", "2050-01-01").ticks();
        assert_eq!(
            labels(&decades),
            ["2025", "2030", "2035", "2040", "2045", "2050"]
        );
        for ticks in [weeks, months, years, decades] {
            assert_apart(&ticks);
        }
        // One day: no tick to draw, and nothing divides by zero.
        assert!(labels(&scale("2026-12-02", "2026-12-02").ticks()).len() <= 1);
    }

    #[test]
    fn ticks_keep_apart_at_every_span() {
        let start = day("2026-12-02");
        for days in (1..800).chain((800..20_000).step_by(97)) {
            let ticks = Scale {
                start,
                end: start + Duration::days(days),
                lang: Lang::Nl,
            }
            .ticks();
            assert_apart(&ticks);
            assert!(
                ticks.len() >= 2 || days < 14,
                "{days} days drew {} ticks",
                ticks.len()
            );
            assert!(ticks.iter().all(|t| t.x <= SCALE));
        }
    }

    #[test]
    fn long_row_labels_are_cut() {
        let item = |label: &str| TimelineItem {
            label: label.to_string(),
            date: day("2026-12-02"),
            x: 0,
        };
        assert_eq!(item("Contoso's package").short_label(), "Contoso's package");
        let exactly = "Azure Expert MSP renewal";
        assert_eq!(exactly.chars().count(), MAX_LABEL_CHARS);
        assert_eq!(item(exactly).short_label(), exactly);
        let long = item("Contoso Holdings International's package").short_label();
        assert_eq!(long, "Contoso Holdings Intern…");
        assert_eq!(long.chars().count(), MAX_LABEL_CHARS);
    }
}
