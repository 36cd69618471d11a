//! `partner-merge-api`: the Partner Merge HTTP API, and the app's files if given.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

/// Serves the Partner Merge API (and the app) on one address. Every option can also be set
/// with its environment variable.
#[derive(Parser)]
#[command(name = "partner-merge-api", version, about)]
struct Args {
    /// The SQLite database file; created, migrated and seeded if needed.
    #[arg(
        long,
        env = "PARTNER_MERGE_DATABASE",
        default_value = "data/partner-merge.sqlite"
    )]
    database: PathBuf,
    /// The IP address to listen on.
    #[arg(long, env = "PARTNER_MERGE_HOST", default_value = "127.0.0.1")]
    host: IpAddr,
    /// The port to listen on (0: any free port).
    #[arg(long, env = "PARTNER_MERGE_PORT", default_value_t = 8080)]
    port: u16,
    /// Demo mode: the demo companies are seeded and any of their users signs in by email alone.
    /// Loopback addresses only.
    #[arg(long, env = "PARTNER_MERGE_DEMO")]
    demo: bool,
    /// The app's built files (Trunk's dist/), served at `/`.
    #[arg(long, env = "PARTNER_MERGE_SITE")]
    site: Option<PathBuf>,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    if args.demo && !args.host.is_loopback() {
        eprintln!(
            "partner-merge-api: --demo lets anyone sign in as anyone, so it listens on this \
             machine only: use --host 127.0.0.1 (or ::1), or leave out --demo"
        );
        return ExitCode::from(2);
    }
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let app = match merge_api::app(&args.database, args.demo, args.site.as_deref()) {
        Ok(app) => app,
        Err(error) => {
            eprintln!("partner-merge-api: {error}");
            return ExitCode::FAILURE;
        }
    };
    let addr = SocketAddr::new(args.host, args.port);
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("partner-merge-api: cannot listen on {addr}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let addr = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
    println!(
        "Partner Merge on http://{addr}/ (database {})",
        args.database.display()
    );
    if args.demo {
        if let Ok(users) = merge_api::demo_users(&args.database) {
            println!("Demo sign-ins (any of these emails):");
            for user in users {
                let admin = if user.account_admin {
                    "  account admin"
                } else {
                    ""
                };
                println!("  {:<10} {}{admin}", user.company, user.email);
            }
        }
    }
    // The tests read this line to find the port.
    println!("listening on {addr}");
    if let Err(error) = axum::serve(listener, app).await {
        eprintln!("partner-merge-api: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
