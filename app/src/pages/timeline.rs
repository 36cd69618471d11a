//! The renewal timeline as an SVG chart: each package until its expiry, then the consolidated
//! renewal, the Action Pack anniversary and the MSP renewal as marks.

use leptos::prelude::*;
use merge_core::MergePlan;

use crate::view_model::timeline;

const LEFT: u32 = 190;
const WIDTH: u32 = 520;
const ROW: u32 = 26;

fn x(position: u32) -> u32 {
    LEFT + position * WIDTH / 1000
}

#[component]
pub fn Timeline(plan: MergePlan) -> impl IntoView {
    let model = timeline(&plan);
    let rows = (model.bars.len() + model.marks.len()) as u32;
    let height = (rows + 1) * ROW + 10;
    let bars = model
        .bars
        .into_iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = ROW / 2 + i as u32 * ROW;
            view! {
                <g class="bar">
                    <text x="0" y=y + 14>{bar.label.clone()}</text>
                    <rect x=LEFT y=y + 2 width=(x(bar.x) - LEFT).max(2) height="14" rx="3"></rect>
                    <text x=x(bar.x) + 6 y=y + 14>{bar.date.to_string()}</text>
                </g>
            }
        })
        .collect::<Vec<_>>();
    let first_mark = bars.len() as u32;
    let marks = model
        .marks
        .into_iter()
        .enumerate()
        .map(|(i, mark)| {
            let y = ROW / 2 + (first_mark + i as u32) * ROW;
            view! {
                <g class="mark">
                    <text x="0" y=y + 14>{mark.label.clone()}</text>
                    <line x1=x(mark.x) x2=x(mark.x) y1=y y2=y + 18></line>
                    <text x=x(mark.x) + 6 y=y + 14>{mark.date.to_string()}</text>
                </g>
            }
        })
        .collect::<Vec<_>>();
    let as_of = model.as_of.clone();
    let as_of_line = view! {
        <g class="as-of">
            <line x1=x(as_of.x) x2=x(as_of.x) y1="0" y2=height - 12></line>
            <text x=x(as_of.x) y=height - 2 text-anchor="middle">{format!("as of {}", as_of.date)}</text>
        </g>
    };
    let title = format!("Renewal timeline from {}", plan.as_of);
    let label = title.clone();
    view! {
        <svg class="timeline" role="img" aria-label=label viewBox=format!("0 0 820 {height}") width="100%">
            <title>{title}</title>
            {bars}
            {marks}
            {as_of_line}
        </svg>
    }
}
