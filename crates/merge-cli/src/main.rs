//! `partner-merge`: the merge engine from the command line.
//!
//! Exit codes: 0 done; 1 `validate` found problems; 2 bad input (usage, unreadable file,
//! a snapshot or plan that cannot be read or cannot merge).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use merge_core::{
    compare_directions, diff_plans_in, engine, find_problems, message, plan_merge_chain,
    plan_merge_json, plan_reissue, read_plan, read_snapshot, summarize, to_json, AccountSnapshot,
    AdminReading, ChainError, Lang, MergePlan, Party, PlanError, PlanJsonError, ReadError,
    ReissueError, ReissueRequest, RightsAfterMerge, UserToMove,
};

/// See the exact result of merging two Partner Center accounts before confirming it.
#[derive(Parser)]
#[command(name = "partner-merge", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Plans the merge of INVITEE into INITIATOR: the plan as JSON, or in sentences. With
    /// several invitees, the merges one after the other (a chain): each step's plan.
    Plan {
        initiator: PathBuf,
        #[arg(required = true, value_name = "INVITEE")]
        invitees: Vec<PathBuf>,
        /// The day the merge would be applied (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
        as_of: Option<NaiveDate>,
        /// The plan in sentences instead of JSON.
        #[arg(long)]
        text: bool,
        /// The language of the sentences: en, nl (Dutch) or de (German).
        #[arg(long, default_value = "en", requires = "text")]
        lang: Lang,
        /// Who acts for the merged account, in "who gains which rights": own_tenants (only the
        /// absorbing company's own tenants' admins, as the server's default) or both_tenants
        /// (Microsoft's current page).
        #[arg(long, value_name = "READING", default_value = "own_tenants", value_parser = admin_reading, requires = "text")]
        admin_reading: AdminReading,
    },
    /// Who should absorb whom: A absorbing B and B absorbing A, and what differs.
    Compare {
        a: PathBuf,
        b: PathBuf,
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
        as_of: Option<NaiveDate>,
        /// Both plans and the differences as JSON.
        #[arg(long)]
        json: bool,
        /// The language of the differences: en, nl (Dutch) or de (German).
        #[arg(long, default_value = "en")]
        lang: Lang,
    },
    /// R17: plans re-issuing users of an absorbed tenant into another tenant of the account.
    /// ACCOUNT is the merged account: a snapshot, or a plan (its result is used).
    Reissue {
        account: PathBuf,
        /// The tenant the users leave, e.g. fabricam.com.
        #[arg(long)]
        from: String,
        /// The tenant they join, e.g. contoso.com.
        #[arg(long)]
        to: String,
        /// A user to move, as EMAIL or EMAIL=NEW_EMAIL; repeat it. Default: every user of
        /// --from but its account admins (the tenant keeps one, A1), each with the same local
        /// part at --to. Moved users keep their roles but account admin.
        #[arg(long = "user", value_name = "EMAIL[=NEW_EMAIL]")]
        users: Vec<String>,
        /// The plan in sentences instead of JSON.
        #[arg(long)]
        text: bool,
        /// The language of the sentences: en, nl (Dutch) or de (German).
        #[arg(long, default_value = "en", requires = "text")]
        lang: Lang,
    },
    /// Lists every problem in a snapshot with its path (exit 1 when there are any).
    Validate {
        snapshot: PathBuf,
        /// The problems as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Says what differs between two plans.
    Diff {
        old_plan: PathBuf,
        new_plan: PathBuf,
        /// The differences as JSON.
        #[arg(long)]
        json: bool,
        /// The language of the differences: en, nl (Dutch) or de (German).
        #[arg(long, default_value = "en")]
        lang: Lang,
    },
    /// Writes a large valid pair (initiator.json, invitee.json) to try or measure.
    Synth { entities: usize, out_dir: PathBuf },
    /// Times planning a pair; prints the median as JSON.
    Bench {
        initiator: PathBuf,
        invitee: PathBuf,
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..))]
        rounds: u32,
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
        as_of: Option<NaiveDate>,
    },
}

fn admin_reading(text: &str) -> Result<AdminReading, String> {
    AdminReading::parse(text)
        .ok_or_else(|| format!("write own_tenants or both_tenants, not {text}"))
}

fn date(text: &str) -> Result<NaiveDate, String> {
    merge_core::parse_date(text).ok_or_else(|| format!("write the date as YYYY-MM-DD, not {text}"))
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("cannot read {}: {source}", .path.display())]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {source}", .path.display())]
    Read { path: PathBuf, source: ReadError },
    #[error("cannot merge: {0}")]
    Plan(#[from] PlanError),
    #[error("cannot merge the chain: {0}")]
    Chain(#[from] ChainError),
    #[error("cannot re-issue: {0}")]
    Reissue(#[from] ReissueError),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("partner-merge: {error}");
            // The refusal's details, as the npm package and the API give them.
            let details = match &error {
                CliError::Plan(refusal) => Some(serde_json::to_string_pretty(refusal)),
                CliError::Chain(refusal) => Some(serde_json::to_string_pretty(refusal)),
                CliError::Reissue(refusal) => Some(serde_json::to_string_pretty(refusal)),
                CliError::File { .. } | CliError::Read { .. } => None,
            };
            if let Some(Ok(details)) = details {
                eprintln!("{details}");
            }
            ExitCode::from(2)
        }
    }
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn run(command: Command) -> Result<ExitCode, CliError> {
    match command {
        Command::Plan {
            initiator,
            invitees,
            as_of,
            text,
            lang,
            admin_reading,
        } if invitees.len() > 1 => {
            let first = read_file(&initiator, read_snapshot)?;
            let others = invitees
                .iter()
                .map(|path| read_file(path, read_snapshot))
                .collect::<Result<Vec<_>, _>>()?;
            let chain = plan_merge_chain(&first, &others, as_of.unwrap_or_else(today))?;
            if text {
                for (at, step) in chain.steps.iter().enumerate() {
                    let absorbing = if at == 0 {
                        &first
                    } else {
                        &chain.steps[at - 1].result
                    };
                    println!("{}:", heading(lang, "reading-step", at + 1));
                    // The rights of a step count the accounts the steps before it absorbed.
                    let rights = step.rights(admin_reading, &others[..at]);
                    print!(
                        "{}",
                        describe(step, [absorbing, &others[at]], &rights, lang)
                    );
                    println!();
                }
            } else {
                println!("{}", to_json(&chain));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Plan {
            initiator,
            mut invitees,
            as_of,
            text,
            lang,
            admin_reading,
        } => {
            let invitee = invitees.remove(0);
            let (a, b) = (read_text(&initiator)?, read_text(&invitee)?);
            let json = plan_merge_json(&a, &b, as_of.unwrap_or_else(today))
                .map_err(|error| plan_error(error, [initiator, invitee]))?;
            if text {
                let plan = read_plan(&json).expect("the engine reads its own plans");
                let read = |text: &str| read_snapshot(text).expect("a snapshot that was planned");
                let rights = plan.rights(admin_reading, &[]);
                print!("{}", describe(&plan, [&read(&a), &read(&b)], &rights, lang));
            } else {
                println!("{json}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Compare {
            a,
            b,
            as_of,
            json,
            lang,
        } => {
            let (a, b) = (read_file(&a, read_snapshot)?, read_file(&b, read_snapshot)?);
            let compared = compare_directions(&a, &b, as_of.unwrap_or_else(today));
            if json {
                println!("{}", to_json(&compared));
            } else {
                for line in compared.describe_in(lang) {
                    println!("{line}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Reissue {
            account,
            from,
            to,
            users,
            text,
            lang,
        } => {
            let text_in = read_text(&account)?;
            // A plan's merged account, or a snapshot as it is.
            let account = match read_plan(&text_in) {
                Ok(plan) => plan.result,
                Err(_) => read_file(&account, read_snapshot)?,
            };
            let users = match users.is_empty() {
                true => account
                    .users
                    .iter()
                    .filter(|u| u.domain().is_some_and(|d| d.eq_ignore_ascii_case(&from)))
                    .filter(|u| !u.is_account_admin())
                    .map(|u| UserToMove {
                        email: u.email.clone(),
                        new_email: None,
                        roles: None,
                    })
                    .collect(),
                false => users
                    .iter()
                    .map(|user| match user.split_once('=') {
                        Some((email, new_email)) => UserToMove {
                            email: email.into(),
                            new_email: Some(new_email.into()),
                            roles: None,
                        },
                        None => UserToMove {
                            email: user.clone(),
                            new_email: None,
                            roles: None,
                        },
                    })
                    .collect(),
            };
            let request = ReissueRequest {
                from_tenant: from,
                to_tenant: to,
                users,
            };
            let plan = plan_reissue(&account, &request)?;
            if text {
                for line in plan.describe_in(lang) {
                    println!("- {line}");
                }
                let fingerprint = heading(lang, "reading-fingerprint", 0);
                println!("\n{fingerprint}: {}", plan.fingerprint);
            } else {
                println!("{}", to_json(&plan));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Validate { snapshot, json } => {
            let problems = find_problems(&read_file(&snapshot, read_snapshot)?);
            let name = snapshot.display();
            if json {
                println!("{}", to_json(&problems));
            } else if problems.is_empty() {
                println!("{name}: valid");
            } else {
                for problem in &problems {
                    println!("{name}: {problem}");
                }
            }
            Ok(match problems.is_empty() {
                true => ExitCode::SUCCESS,
                false => ExitCode::from(1),
            })
        }
        Command::Diff {
            old_plan,
            new_plan,
            json,
            lang,
        } => {
            let old = read_file(&old_plan, read_plan)?;
            let differences = diff_plans_in(&old, &read_file(&new_plan, read_plan)?, lang);
            if json {
                println!("{}", to_json(&differences));
            } else {
                for difference in &differences {
                    println!("{}", difference.message);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Synth { entities, out_dir } => {
            let (initiator, invitee) = merge_core::synthetic_pair(entities);
            for (name, account) in [("initiator.json", initiator), ("invitee.json", invitee)] {
                let path = out_dir.join(name);
                fs::create_dir_all(&out_dir)
                    .and_then(|()| fs::write(&path, to_json(&account)))
                    .map_err(|source| CliError::File { path, source })?;
            }
            let dir = out_dir.display();
            println!("{dir}/initiator.json {dir}/invitee.json");
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench {
            initiator,
            invitee,
            rounds,
            as_of,
        } => {
            let (a, b) = (read_text(&initiator)?, read_text(&invitee)?);
            let as_of = as_of.unwrap_or_else(today);
            let mut times = Vec::new();
            for _ in 0..rounds {
                let start = std::time::Instant::now();
                let plan = plan_merge_json(&a, &b, as_of)
                    .map_err(|error| plan_error(error, [initiator.clone(), invitee.clone()]))?;
                times.push(start.elapsed().as_secs_f64() * 1e3);
                std::hint::black_box(plan);
            }
            times.sort_by(f64::total_cmp);
            let median = times[times.len() / 2];
            println!("{{\"rounds\":{rounds},\"median_ms\":{median:.3}}}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A refusal, or the file of the side that could not be read.
fn plan_error(error: PlanJsonError, [initiator, invitee]: [PathBuf; 2]) -> CliError {
    match error {
        PlanJsonError::Read { side, error } => CliError::Read {
            path: match side {
                Party::Initiator => initiator,
                Party::Invitee => invitee,
            },
            source: error,
        },
        PlanJsonError::Plan(refusal) => CliError::Plan(refusal),
    }
}

fn read_text(path: &Path) -> Result<String, CliError> {
    fs::read_to_string(path).map_err(|source| CliError::File {
        path: path.into(),
        source,
    })
}

fn read_file<T>(path: &Path, read: fn(&str) -> Result<T, ReadError>) -> Result<T, CliError> {
    read(&read_text(path)?).map_err(|source| CliError::Read {
        path: path.into(),
        source,
    })
}

/// The plan in sentences, in `lang`: the counts before and after, what changes, the renewal,
/// what is not merged, what to check, what to beware of. The same sentences the app and the
/// preview element show. `before` is the initiator and the invitee.
fn describe(
    plan: &MergePlan,
    before: [&AccountSnapshot; 2],
    rights: &RightsAfterMerge,
    lang: Lang,
) -> String {
    use std::fmt::Write;
    let words = |id| heading(lang, id, 0);
    let reading = plan.reading(before, lang);
    let mut out = String::new();
    let (a, b) = (&plan.initiator, &plan.invitee);
    let title = message!(
        engine(),
        lang,
        "reading-title",
        initiator = &a.company,
        initiator_id = &a.global_mpn_id,
        invitee = &b.company,
        invitee_id = &b.global_mpn_id,
        date = lang.date(plan.as_of)
    );
    let _ = writeln!(out, "{title}");
    let ids: Vec<String> = plan.result.mpn_ids().map(ToString::to_string).collect();
    let _ = writeln!(out, "{}: {}", words("reading-mpn-ids"), ids.join(", "));
    if let Some(date) = plan.renewal.date {
        let _ = writeln!(out, "{}: {}", words("reading-renewal"), lang.date(date));
    }
    let mut section = |title: String, lines: Vec<String>| {
        let _ = writeln!(out, "\n{title}:");
        for line in lines {
            let _ = writeln!(out, "  - {line}");
        }
    };
    let consequences = plan
        .consequences()
        .iter()
        .map(|c| c.describe_in(lang))
        .collect();
    section(words("reading-consequences"), consequences);
    let summary = summarize(plan, before[0], before[1]);
    let rows = summary.rows.iter().map(|row| row.describe_in(lang));
    section(words("reading-at-a-glance"), rows.collect());
    section(words("reading-changes"), reading.changes);
    let locations = plan.result.locations.iter().filter_map(|l| {
        l.joined(&plan.result.company)
            .map(|joined| format!("{} {} ({})", l.mpn_id, l.name, joined.describe_in(lang)))
    });
    section(words("reading-joined"), locations.collect());
    section(words("reading-not-merged"), reading.not_merged);
    // Who gains which rights: the reading of admin rights, then each tenant's people.
    let tenants = rights.tenants.iter().flat_map(|t| t.lines_in(lang));
    let who_gains = std::iter::once(rights.reading_in(lang)).chain(tenants);
    section(words("reading-rights"), who_gains.collect());
    section(words("reading-checklist"), reading.checklist);
    section(words("reading-warnings"), reading.warnings);
    let _ = writeln!(
        out,
        "\n{}: {}",
        words("reading-fingerprint"),
        plan.fingerprint
    );
    out
}

/// A heading the text plan puts around the engine's sentences, from the engine's catalogue
/// (the preview element and the app show the same); `number` for "Step 2".
fn heading(lang: Lang, id: &str, number: usize) -> String {
    message!(engine(), lang, id, number)
}
