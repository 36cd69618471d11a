//! `partner-merge`: the merge engine from the command line.
//!
//! Exit codes: 0 done; 1 `validate` found problems; 2 bad input (usage, unreadable file,
//! a snapshot or plan that cannot be read or cannot merge).

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use merge_core::{
    diff_plans, find_problems, plan_merge_json, read_plan, read_snapshot, to_json, Party,
    PlanError, PlanJsonError, ReadError,
};

const USAGE: &str = "\
usage:
  partner-merge plan INITIATOR.json INVITEE.json [--as-of YYYY-MM-DD] [--text]
  partner-merge validate SNAPSHOT.json [--json]
  partner-merge diff OLD_PLAN.json NEW_PLAN.json [--json]
  partner-merge synth ENTITIES OUT_DIR           (writes a large valid pair to try or measure)
  partner-merge bench INITIATOR.json INVITEE.json [--rounds N] [--as-of YYYY-MM-DD]";

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("{0}\n{USAGE}")]
    Usage(String),
    #[error("cannot read {path}: {source}")]
    File {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Read { path: String, source: ReadError },
    #[error("cannot merge: {0}")]
    Plan(#[from] PlanError),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("partner-merge: {error}");
            if let CliError::Plan(plan_error) = &error {
                eprintln!(
                    "{}",
                    serde_json::from_str::<serde_json::Value>(&merge_core::to_json(plan_error))
                        .and_then(|details| serde_json::to_string_pretty(&details))
                        .unwrap_or_default()
                );
            }
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, CliError> {
    let (command, rest) = args
        .split_first()
        .ok_or_else(|| CliError::Usage("no command given".into()))?;
    let mut options = Options::parse(rest)?;
    match command.as_str() {
        "plan" => {
            let [initiator, invitee] = options.files::<2>()?;
            let as_of = options
                .as_of
                .unwrap_or_else(|| chrono::Local::now().date_naive());
            let plan =
                plan_merge_json(&text(&initiator)?, &text(&invitee)?, as_of).map_err(|error| {
                    match error {
                        PlanJsonError::Read { side, error } => CliError::Read {
                            path: if side == Party::Initiator {
                                initiator
                            } else {
                                invitee
                            },
                            source: error,
                        },
                        PlanJsonError::Plan(error) => CliError::Plan(error),
                    }
                })?;
            if options.text {
                print!(
                    "{}",
                    describe(&read_plan(&plan).expect("the engine reads its own plans"))
                );
            } else {
                println!("{plan}");
            }
            Ok(ExitCode::SUCCESS)
        }
        "validate" => {
            let [file] = options.files::<1>()?;
            let problems = find_problems(&snapshot(&file)?);
            if options.json {
                println!("{}", to_json(&problems));
            } else if problems.is_empty() {
                println!("{file}: valid");
            }
            if !options.json {
                for problem in &problems {
                    println!("{file}: {problem}");
                }
            }
            Ok(if problems.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        "diff" => {
            let [old, new] = options.files::<2>()?;
            let differences = diff_plans(&plan(&old)?, &plan(&new)?);
            if options.json {
                println!("{}", to_json(&differences));
            } else {
                for difference in &differences {
                    println!("{}", difference.message);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        "synth" => {
            let [entities, dir] = options.files::<2>()?;
            let entities: usize = entities.parse().map_err(|_| {
                CliError::Usage(format!("synth: \"{entities}\" is not a number of entities"))
            })?;
            let (initiator, invitee) = merge_core::synthetic_pair(entities);
            let write = |name: &str, json: String| {
                let path = Path::new(&dir).join(name);
                fs::create_dir_all(&dir)
                    .and_then(|()| fs::write(&path, json))
                    .map_err(|source| CliError::File {
                        path: path.display().to_string(),
                        source,
                    })
            };
            write("initiator.json", to_json(&initiator))?;
            write("invitee.json", to_json(&invitee))?;
            println!("{dir}/initiator.json {dir}/invitee.json");
            Ok(ExitCode::SUCCESS)
        }
        "bench" => {
            let [initiator, invitee] = options.files::<2>()?;
            let (initiator, invitee) = (text(&initiator)?, text(&invitee)?);
            let as_of = options
                .as_of
                .unwrap_or_else(|| chrono::Local::now().date_naive());
            let rounds = options.rounds.unwrap_or(20).max(1);
            let mut times = Vec::with_capacity(rounds);
            for _ in 0..rounds {
                let start = std::time::Instant::now();
                let plan = plan_merge_json(&initiator, &invitee, as_of)
                    .map_err(|e| CliError::Usage(format!("bench: cannot merge: {e}")))?;
                times.push(start.elapsed().as_secs_f64() * 1e3);
                std::hint::black_box(plan);
            }
            times.sort_by(f64::total_cmp);
            let median = times[times.len() / 2];
            println!("{{\"rounds\":{rounds},\"median_ms\":{median:.3}}}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(CliError::Usage(format!("unknown command \"{other}\""))),
    }
}

struct Options {
    files: Vec<String>,
    as_of: Option<NaiveDate>,
    json: bool,
    text: bool,
    rounds: Option<usize>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Self, CliError> {
        let mut options = Self {
            files: Vec::new(),
            as_of: None,
            json: false,
            text: false,
            rounds: None,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--as-of" => {
                    let value = args
                        .next()
                        .ok_or_else(|| CliError::Usage("--as-of needs a date".into()))?;
                    let date = merge_core::parse_date(value).ok_or_else(|| {
                        CliError::Usage(format!("--as-of {value}: write the date as YYYY-MM-DD"))
                    })?;
                    options.as_of = Some(date);
                }
                "--json" => options.json = true,
                "--rounds" => {
                    let value = args.next().and_then(|n| n.parse().ok());
                    let rounds = value
                        .ok_or_else(|| CliError::Usage("--rounds needs a whole number".into()))?;
                    options.rounds = Some(rounds);
                }
                "--text" => options.text = true,
                flag if flag.starts_with("--") => {
                    return Err(CliError::Usage(format!("unknown option {flag}")))
                }
                file => options.files.push(file.to_string()),
            }
        }
        Ok(options)
    }

    fn files<const N: usize>(&mut self) -> Result<[String; N], CliError> {
        let given = self.files.len();
        std::mem::take(&mut self.files)
            .try_into()
            .map_err(|_| CliError::Usage(format!("expected {N} file(s), got {given}")))
    }
}

fn text(path: &str) -> Result<String, CliError> {
    fs::read_to_string(Path::new(path)).map_err(|source| CliError::File {
        path: path.into(),
        source,
    })
}

fn snapshot(path: &str) -> Result<merge_core::AccountSnapshot, CliError> {
    read_snapshot(&text(path)?).map_err(|source| CliError::Read {
        path: path.into(),
        source,
    })
}

fn plan(path: &str) -> Result<merge_core::MergePlan, CliError> {
    read_plan(&text(path)?).map_err(|source| CliError::Read {
        path: path.into(),
        source,
    })
}

/// The plan in sentences: what changes, the renewal, what to check, what to beware of.
fn describe(plan: &merge_core::MergePlan) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let (a, b) = (&plan.initiator, &plan.invitee);
    let _ = writeln!(
        out,
        "{} ({}) absorbs {} ({}) as of {}",
        a.company, a.global_mpn_id, b.company, b.global_mpn_id, plan.as_of
    );
    let ids: Vec<String> = plan.result.mpn_ids().map(ToString::to_string).collect();
    let _ = writeln!(out, "MPN IDs after the merge: {}", ids.join(", "));
    let _ = writeln!(out, "\nChanges:");
    for change in &plan.changes {
        let _ = writeln!(out, "  - {}", change.describe());
    }
    if let Some(date) = plan.renewal.date {
        let _ = writeln!(out, "\nConsolidated renewal: {date}");
    }
    let _ = writeln!(out, "\nChecklist:");
    for item in &plan.checklist {
        let _ = writeln!(out, "  - {}", item.text);
    }
    let _ = writeln!(out, "\nWarnings:");
    for warning in &plan.warnings {
        let _ = writeln!(out, "  - {}", warning.message);
    }
    let _ = writeln!(out, "\nFingerprint: {}", plan.fingerprint);
    out
}
