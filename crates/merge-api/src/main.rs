//! `partner-merge-api [--database FILE] [--host IP] [--port N] [--demo] [--site DIR]`
//!
//! `--site DIR` serves the app's built files at `/`; `--demo` lets any seeded user sign in
//! by email alone.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use tracing_subscriber::EnvFilter;

struct Args {
    database: PathBuf,
    addr: SocketAddr,
    demo: bool,
    site: Option<PathBuf>,
}

fn args() -> Result<Args, String> {
    let mut args = Args {
        database: PathBuf::from("data/partner-merge.sqlite"),
        addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
        demo: false,
        site: None,
    };
    let mut given = std::env::args().skip(1);
    while let Some(arg) = given.next() {
        let mut value = |name: &str| given.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--database" => args.database = PathBuf::from(value("--database")?),
            "--host" => {
                let host = value("--host")?;
                args.addr.set_ip(
                    host.parse()
                        .map_err(|_| format!("--host {host}: not an IP address"))?,
                );
            }
            "--port" => {
                let port = value("--port")?;
                args.addr.set_port(
                    port.parse()
                        .map_err(|_| format!("--port {port}: not a port number"))?,
                );
            }
            "--demo" => args.demo = true,
            "--site" => args.site = Some(PathBuf::from(value("--site")?)),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(args)
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let args = match args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("partner-merge-api: {message}\nusage: partner-merge-api [--database FILE] [--host IP] [--port N] [--demo] [--site DIR]");
            return ExitCode::from(2);
        }
    };
    let app = match merge_api::app(&args.database, args.demo, args.site.as_deref()) {
        Ok(app) => app,
        Err(error) => {
            eprintln!("partner-merge-api: {error}");
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(args.addr).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("partner-merge-api: cannot listen on {}: {error}", args.addr);
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
