//! `plan`: JSON snapshots in, plan JSON out, at 1k, 10k and 100k entities per pair, next to
//! `floor`: reading the same inputs and writing a plan-sized output, with no merge logic.
//! After the runs it prints plan/floor per size (target: at most 1.5; docs/performance.md).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

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
            bench.iter(|| plan_merge_json(black_box(&a_json), black_box(&b_json), as_of))
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
    print_ratios();
}

/// Reads criterion's estimates back and prints plan/floor for each size.
fn print_ratios() {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let mean = |name: &str, entities: usize| -> Option<f64> {
        let path = target.join(format!(
            "criterion/merge/{name}/{entities}/new/estimates.json"
        ));
        let text = std::fs::read_to_string(path).ok()?;
        let json: serde_json::Value = serde_json::from_str(&text).ok()?;
        json["mean"]["point_estimate"].as_f64()
    };
    println!("\nentities  plan        floor       plan/floor (target <= 1.5)");
    for entities in SIZES {
        if let (Some(plan), Some(floor)) = (mean("plan", entities), mean("floor", entities)) {
            let ratio = plan / floor;
            let verdict = if ratio <= 1.5 { "ok" } else { "OVER TARGET" };
            println!(
                "{entities:>8}  {:>8.3} ms  {:>8.3} ms  {ratio:.2} {verdict}",
                plan / 1e6,
                floor / 1e6
            );
        }
    }
}
