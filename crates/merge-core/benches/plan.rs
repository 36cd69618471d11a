//! `plan`: JSON snapshots in, plan JSON out, at 1k, 10k and 100k entities per pair, next to
//! `floor`: reading the same inputs and writing a plan-sized output, with no merge logic.
//! After the runs it prints plan/floor per size (target: at most 1.5; docs/performance.md):
//! from criterion's medians, and from an interleaved run that alternates plan and floor so that
//! the noise of a shared machine falls on both alike. Under `cargo test --benches` (the test
//! command) each routine runs once and a short interleaved run gives the `verdict:` lines.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, Throughput};
use merge_core::{plan_merge, plan_merge_json, read_snapshot, synthetic_pair, to_json};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    let as_of = NaiveDate::from_ymd_opt(2021, 1, 1).expect("valid date");
    let mut group = criterion.benchmark_group("merge");
    for entities in SIZES {
        let (a, b) = synthetic_pair(entities);
        let (a_json, b_json) = (to_json(&a), to_json(&b));
        let plan = plan_merge(&a, &b, as_of).expect("synthetic pairs merge");
        group.throughput(Throughput::Bytes((a_json.len() + b_json.len()) as u64));
        if entities >= 100_000 {
            group.sample_size(20);
        }
        group.bench_with_input(BenchmarkId::new("plan", entities), &entities, |bench, _| {
            bench.iter(|| plan_once(&a_json, &b_json, as_of))
        });
        group.bench_with_input(
            BenchmarkId::new("floor", entities),
            &entities,
            |bench, _| {
                bench.iter(|| {
                    let a = read_snapshot(black_box(&a_json)).expect("reads");
                    let b = read_snapshot(black_box(&b_json)).expect("reads");
                    black_box((&a, &b));
                    to_json(black_box(&plan))
                })
            },
        );
    }
    group.finish();
    criterion.final_summary();
    print_ratios(as_of, std::env::args().any(|arg| arg == "--bench"));
}

fn plan_once(a_json: &str, b_json: &str, as_of: NaiveDate) -> String {
    plan_merge_json(black_box(a_json), black_box(b_json), as_of).expect("merges")
}

fn floor_once(a_json: &str, b_json: &str, plan: &merge_core::MergePlan) -> String {
    let a = read_snapshot(black_box(a_json)).expect("reads");
    let b = read_snapshot(black_box(b_json)).expect("reads");
    black_box((&a, &b));
    to_json(black_box(plan))
}

/// Prints plan/floor per size: criterion's medians (a full run only), then medians of an
/// interleaved run (a few rounds when `full` is false), and a `verdict:` line per size.
fn print_ratios(as_of: NaiveDate, full: bool) {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let median = |name: &str, entities: usize| -> Option<f64> {
        let path = target.join(format!(
            "criterion/merge/{name}/{entities}/new/estimates.json"
        ));
        let text = std::fs::read_to_string(path).ok()?;
        let json: serde_json::Value = serde_json::from_str(&text).ok()?;
        json["median"]["point_estimate"].as_f64()
    };
    println!("\nplan/floor, target <= 1.5");
    println!(
        "entities  criterion: plan     floor      ratio   interleaved: plan     floor      ratio"
    );
    for entities in SIZES {
        let (plan, floor) = match (median("plan", entities), median("floor", entities)) {
            (Some(plan), Some(floor)) if full => (plan, floor),
            _ => (f64::NAN, f64::NAN),
        };
        let (a, b) = synthetic_pair(entities);
        let (a_json, b_json) = (to_json(&a), to_json(&b));
        let planned = plan_merge(&a, &b, as_of).expect("synthetic pairs merge");
        let rounds = if full {
            (4_000_000 / entities).clamp(40, 2_000)
        } else {
            (200_000 / entities).clamp(5, 100)
        };
        let (mut plans, mut floors) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            let start = Instant::now();
            black_box(plan_once(&a_json, &b_json, as_of));
            plans.push(start.elapsed().as_secs_f64() * 1e9);
            let start = Instant::now();
            black_box(floor_once(&a_json, &b_json, &planned));
            floors.push(start.elapsed().as_secs_f64() * 1e9);
        }
        let mid = |mut xs: Vec<f64>| {
            xs.sort_by(f64::total_cmp);
            xs[xs.len() / 2]
        };
        let (p, f) = (mid(plans), mid(floors));
        let verdict = |r: f64| if r <= 1.5 { "ok" } else { "OVER" };
        println!(
            "{entities:>8}  {:>14.3} ms {:>7.3} ms  {:.2} {:<4}  {:>14.3} ms {:>7.3} ms  {:.2} {}",
            plan / 1e6,
            floor / 1e6,
            plan / floor,
            verdict(plan / floor),
            p / 1e6,
            f / 1e6,
            p / f,
            verdict(p / f)
        );
        println!(
            "verdict: plan/floor at {entities} entities {:.2}, interleaved (target <= 1.5: {})",
            p / f,
            verdict(p / f)
        );
    }
}
