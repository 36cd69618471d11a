//! `validate`: checking an untrusted snapshot, next to reading it, for three shapes: a 100k-entity
//! account, 40k roles on one user, and 40k tenants (each with a user). Validation is linear in
//! its input, so each should take at most 2× the time to read the snapshot (docs/performance.md).
//! After the runs it prints validate/read per shape from an interleaved run.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use merge_core::{
    find_problems, read_snapshot, synthetic_account, to_json, AccountSnapshot, RoleAssignment,
    Tenant, User, KNOWN_ROLES,
};

/// The shapes, as JSON: untrusted input arrives as text.
fn shapes() -> Vec<(&'static str, String)> {
    let big = synthetic_account(1, 100_000);

    let mut roles = synthetic_account(2, 10);
    let many: Vec<RoleAssignment> = (0..40_000)
        .map(|k| RoleAssignment {
            role: KNOWN_ROLES[k % KNOWN_ROLES.len()].to_string(),
            // Distinct roles (an account has too few IDs for 40k valid ones), each scoped to an
            // ID the account lacks: validation reports every one, the worst case.
            location: Some(format!("{:07}", 3_000_000 + k).into()),
        })
        .collect();
    roles.users[0].roles = many;

    let mut tenants = synthetic_account(3, 10);
    tenants.tenants = (0..40_000)
        .map(|k| Tenant {
            domain: format!("t{k}.company3.example"),
            csp_accounts: vec![format!("CSP-3-{k}")],
        })
        .collect();
    tenants.users = (0..40_000)
        .map(|k| User {
            email: format!("user{k}@t{k}.company3.example"),
            roles: vec![RoleAssignment {
                role: "account_admin".into(),
                location: None,
            }],
        })
        .collect();

    let json = |s: &AccountSnapshot| to_json(s);
    vec![
        ("100k entities", json(&big)),
        ("40k roles on one user", json(&roles)),
        ("40k tenants", json(&tenants)),
    ]
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let shapes = shapes();
    let mut group = criterion.benchmark_group("validate");
    group.sample_size(20);
    for (name, json) in &shapes {
        let snapshot = read_snapshot(json).expect("reads");
        group.throughput(Throughput::Bytes(json.len() as u64));
        group.bench_with_input(BenchmarkId::new("read", name), json, |b, json| {
            b.iter(|| read_snapshot(black_box(json)).expect("reads"))
        });
        group.bench_with_input(BenchmarkId::new("validate", name), &snapshot, |b, s| {
            b.iter(|| find_problems(black_box(s)))
        });
    }
    group.finish();
    criterion.final_summary();
    // Under `cargo test --benches` (the test command) each routine runs once; a short
    // interleaved run still gives the `verdict:` lines.
    let rounds = if std::env::args().any(|arg| arg == "--bench") {
        30
    } else {
        5
    };
    print_ratios(&shapes, rounds);
}

/// validate/read per shape, from medians of an interleaved run (the noise of a shared machine
/// falls on both alike).
fn print_ratios(shapes: &[(&str, String)], rounds: usize) {
    println!("\nvalidate/read, target <= 2");
    println!(
        "{:<24} {:>10} {:>10} {:>7}",
        "shape", "read", "validate", "ratio"
    );
    for (name, json) in shapes {
        let (mut reads, mut checks) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            let start = Instant::now();
            let snapshot = read_snapshot(black_box(json)).expect("reads");
            reads.push(start.elapsed().as_secs_f64() * 1e3);
            let start = Instant::now();
            black_box(find_problems(black_box(&snapshot)));
            checks.push(start.elapsed().as_secs_f64() * 1e3);
        }
        let median = |mut xs: Vec<f64>| {
            xs.sort_by(f64::total_cmp);
            xs[xs.len() / 2]
        };
        let (read, check) = (median(reads), median(checks));
        let ratio = check / read;
        let verdict = if ratio <= 2.0 { "ok" } else { "OVER" };
        println!("{name:<24} {read:>7.2} ms {check:>7.2} ms {ratio:>7.2} {verdict}");
        println!("verdict: validate/read of {name} {ratio:.2} (target <= 2: {verdict})");
    }
}
