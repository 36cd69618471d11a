//! The renewal timeline as an SVG chart: an axis of weeks, months or years, each package until
//! its expiry, then the consolidated renewal, the Action Pack anniversary and the MSP renewal
//! as marks, and the plan's date; the same in words for screen readers.

use std::sync::Arc;

use leptos::prelude::*;
use merge_core::MergePlan;

use crate::i18n::{t_string, use_i18n};
use crate::view_model::{chart_date, timeline, TimelineItem, SCALE};

const LEFT: u32 = 190;
const WIDTH: u32 = 520;
const ROW: u32 = 26;
/// The axis's labels take the first row.
const AXIS: u32 = 22;

fn x(position: u32) -> u32 {
    LEFT + position * WIDTH / SCALE
}

/// The top of row `i` (bars first, then marks), below the axis.
fn row_y(i: usize) -> u32 {
    AXIS + i as u32 * ROW
}

#[component]
pub fn Timeline(#[prop(into)] plan: Arc<MergePlan>) -> impl IntoView {
    let i18n = use_i18n();
    // Drawn again in the reader's language when it changes.
    move || chart(&plan, i18n.get_locale())
}

fn chart(plan: &MergePlan, locale: merge_core::Lang) -> impl IntoView {
    let i18n = use_i18n();
    let lang = locale;
    let model = timeline(plan, locale);
    let rows = model.bars.len() + model.marks.len();
    let bottom = row_y(rows);
    let height = bottom + ROW;
    let row = |class: &'static str, i: usize, item: &TimelineItem, shape: AnyView| {
        let y = row_y(i);
        view! {
            <g class=class>
                <text x="0" y=y + 14>{item.short_label()}</text>
                {shape}
                <text x=x(item.x) + 6 y=y + 14>{chart_date(item.date, lang)}</text>
            </g>
        }
    };
    let bars = model
        .bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = row_y(i);
            let width = (x(bar.x) - LEFT).max(2);
            let shape = view! { <rect x=LEFT y=y + 2 width=width height="14" rx="3"></rect> };
            row("bar", i, bar, shape.into_any())
        })
        .collect::<Vec<_>>();
    let marks = model
        .marks
        .iter()
        .enumerate()
        .map(|(i, mark)| {
            let (i, at) = (model.bars.len() + i, x(mark.x));
            let y = row_y(i);
            let shape = view! { <line x1=at x2=at y1=y y2=y + 18></line> };
            row("mark", i, mark, shape.into_any())
        })
        .collect::<Vec<_>>();
    let ticks = model
        .ticks
        .iter()
        .map(|tick| {
            let at = x(tick.x);
            view! {
                <g class="tick">
                    <line x1=at x2=at y1=AXIS - 4 y2=bottom></line>
                    <text x=at y="12" text-anchor="middle">{tick.label.clone()}</text>
                </g>
            }
        })
        .collect::<Vec<_>>();
    let as_of = x(model.as_of.x);
    let as_of_line = view! {
        <g class="as-of">
            <line x1=as_of x2=as_of y1=AXIS - 4 y2=bottom + 4></line>
            <text x=as_of y=bottom + 18 text-anchor="middle">{t_string!(i18n, timeline.as_of, date = lang.date(model.as_of.date)).to_string()}</text>
        </g>
    };
    let in_words = model
        .bars
        .iter()
        .map(|b| {
            t_string!(
                i18n,
                timeline.until,
                label = b.label.clone(),
                date = lang.date(b.date)
            )
            .to_string()
        })
        .chain(
            model
                .marks
                .iter()
                .map(|m| format!("{}: {}", m.label, lang.date(m.date))),
        )
        .map(|line| view! { <li>{line}</li> })
        .collect::<Vec<_>>();
    let title = t_string!(i18n, timeline.title, date = lang.date(plan.as_of)).to_string();
    let label = title.clone();
    view! {
        <div class="timeline">
            <svg role="img" aria-label=label viewBox=format!("0 0 820 {height}") width="100%">
                <title>{title}</title>
                {ticks}
                {bars}
                {marks}
                {as_of_line}
            </svg>
            <ul class="timeline-words">{in_words}</ul>
        </div>
    }
}
