//! `partner-merge-api`: the Partner Merge HTTP API, and the app's files if given; and the
//! operator's commands that put real accounts into its database.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use merge_api::{
    ConnectionLimits, Database, DbOptions, ForwardedHeader, Operations, SessionLimits, Settings,
    TrustedProxies,
};
use openidconnect::url::Url;

/// Serves the Partner Merge API (and the app) on one address. Every option can also be set
/// with its environment variable.
#[derive(Parser)]
#[command(name = "partner-merge-api", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: Serve,
}

#[derive(Subcommand)]
enum Command {
    /// The accounts in the database: import them from snapshot files, export one.
    #[command(subcommand)]
    Accounts(Accounts),
    /// The users who sign in: unbind one from their directory user.
    #[command(subcommand)]
    Users(Users),
    /// The messages the workflow owes (emails): list them, send dead ones again.
    #[command(subcommand)]
    Notifications(Notifications),
}

#[derive(Subcommand)]
enum Notifications {
    /// Lists the outbox's messages, newest first.
    List {
        /// Only the dead ones: not delivered after every try (with their last error).
        #[arg(long)]
        failed: bool,
    },
    /// Makes dead messages pending again, with their tries counted afresh: a running server
    /// sends them.
    Retry {
        /// The messages' ids (as listed).
        #[arg(required_unless_present = "failed")]
        ids: Vec<String>,
        /// Every dead message.
        #[arg(long, conflicts_with = "ids")]
        failed: bool,
    },
}

#[derive(Subcommand)]
enum Accounts {
    /// Adds accounts from snapshot files (docs/snapshot-format.md). Every file is validated
    /// first; if any has a problem, every problem is listed and nothing is written.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// A TOML file binding users of these files to their directory users before their
        /// first sign-in: `"alice@contoso.com" = { tid = "…", oid = "…" }` (Entra) or
        /// `{ iss = "…", sub = "…" }` (docs/sign-in.md).
        #[arg(long)]
        subjects: Option<PathBuf>,
    },
    /// Prints an account's snapshot as stored, by its global MPN ID.
    Export { mpn_id: String },
}

#[derive(Subcommand)]
enum Users {
    /// Unbinds a user from the directory user bound at their first sign-in, for a person whose
    /// directory account really changed: their sessions end, and the next sign-in as the email
    /// binds whoever signs in.
    Unbind { email: String },
}

#[derive(Args)]
struct Serve {
    /// Where the data lives: an SQLite file (created if missing), or a PostgreSQL database
    /// (postgres://user:password@host/database, for several replicas). Migrated on start.
    #[arg(
        long,
        global = true,
        env = "PARTNER_MERGE_DATABASE",
        default_value = "data/partner-merge.sqlite"
    )]
    database: Database,
    /// Database connections this process keeps at most (default 8; on PostgreSQL, replicas ×
    /// this must stay under the server's max_connections).
    #[arg(long, global = true, env = "PARTNER_MERGE_POOL_SIZE")]
    pool_size: Option<u32>,
    /// SQLite: `full` syncs every commit to disk, so a confirmed merge survives a power cut as
    /// well as a crash (`normal`: a crash of the process or the system's, not of the power).
    #[arg(
        long,
        global = true,
        env = "PARTNER_MERGE_SQLITE_SYNCHRONOUS",
        value_enum,
        default_value_t = SqliteSynchronous::Normal
    )]
    sqlite_synchronous: SqliteSynchronous,
    /// The IP address to listen on.
    #[arg(long, env = "PARTNER_MERGE_HOST", default_value = "127.0.0.1")]
    host: IpAddr,
    /// The port to listen on (0: any free port).
    #[arg(long, env = "PARTNER_MERGE_PORT", default_value_t = 8080)]
    port: u16,
    /// Demo mode: the demo companies are seeded and any of their users signs in by email alone.
    /// Loopback addresses only, and a database of its own (a demo database is refused without
    /// --demo, and a real one with it).
    #[arg(long, env = "PARTNER_MERGE_DEMO")]
    demo: bool,
    /// The app's built files (Trunk's dist/), served at `/`.
    #[arg(long, env = "PARTNER_MERGE_SITE")]
    site: Option<PathBuf>,
    /// The address users reach the server at, e.g. https://merge.example.com (the identity
    /// providers redirect back to it; https makes the session cookie Secure). Default: the
    /// address listened on.
    #[arg(long, env = "PARTNER_MERGE_PUBLIC_URL")]
    public_url: Option<Url>,
    /// Sign-in through each tenant's identity provider: a TOML file that maps tenant domains to
    /// OpenID Connect issuers (docs/sign-in.md).
    #[arg(long, env = "PARTNER_MERGE_CONFIG")]
    config: Option<PathBuf>,
    /// Requests to the sign-in endpoints one client address may make per minute (0: no limit;
    /// demo mode: none). Behind a reverse proxy, give it as --trusted-proxy so that each
    /// client is limited by its own address.
    #[arg(long, env = "PARTNER_MERGE_SIGN_IN_LIMIT", default_value_t = 30)]
    sign_in_limit: u32,
    /// A reverse proxy (an address or a CIDR network; repeat for several): the header it writes
    /// (--forwarded-header) names the client, whose address the limits count by, and it may
    /// hold more connections than one client.
    #[arg(long = "trusted-proxy", env = "PARTNER_MERGE_TRUSTED_PROXIES", value_delimiter = ',', value_parser = parse_network)]
    trusted_proxies: Vec<ipnet::IpNet>,
    /// The header the trusted proxies write the client's address in (the other one, which a
    /// client may write itself and a proxy passes on, is ignored).
    #[arg(long, env = "PARTNER_MERGE_FORWARDED_HEADER", value_enum, default_value_t = Forwarded::XForwardedFor)]
    forwarded_header: Forwarded,
    /// Connections open at once; more wait until one closes.
    #[arg(long, env = "PARTNER_MERGE_MAX_CONNECTIONS", default_value_t = 4096)]
    max_connections: usize,
    /// Connections one client address (an IPv6 /64) may hold at once; more are closed.
    #[arg(
        long,
        env = "PARTNER_MERGE_CONNECTIONS_PER_ADDRESS",
        default_value_t = 256
    )]
    connections_per_address: usize,
    /// Time a client has to send a request's headers, also while a kept-alive connection idles.
    #[arg(long, env = "PARTNER_MERGE_HEADER_TIMEOUT", default_value = "10s", value_parser = humantime::parse_duration)]
    header_timeout: Duration,
    /// Time a connection may wait, in all, for its client to read what it is sent.
    #[arg(long, env = "PARTNER_MERGE_WRITE_TIMEOUT", default_value = "30s", value_parser = humantime::parse_duration)]
    write_timeout: Duration,
    /// Time a request may take from its first byte to its answer.
    #[arg(long, env = "PARTNER_MERGE_REQUEST_TIMEOUT", default_value = "30s", value_parser = humantime::parse_duration)]
    request_timeout: Duration,
    /// A session ends after this long without a request.
    #[arg(long, env = "PARTNER_MERGE_SESSION_IDLE", default_value = "30m", value_parser = humantime::parse_duration)]
    session_idle: Duration,
    /// A session ends this long after sign-in.
    #[arg(long, env = "PARTNER_MERGE_SESSION_MAX", default_value = "12h", value_parser = humantime::parse_duration)]
    session_max: Duration,
    /// Confirming a merge or a re-issue needs a sign-in at the identity provider at most this
    /// old; older, the app sends the person through their provider again (demo mode: never).
    #[arg(long, env = "PARTNER_MERGE_FRESH_SIGN_IN", default_value = "10m", value_parser = humantime::parse_duration)]
    fresh_sign_in: Duration,
    #[command(flatten)]
    operations: Operations,
}

/// An address (a network of one) or a CIDR network.
fn parse_network(text: &str) -> Result<ipnet::IpNet, String> {
    let text = text.trim();
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("{text:?} is not an address or a network such as 10.0.0.0/8"))
}

#[derive(Clone, Copy, ValueEnum)]
enum Forwarded {
    /// `X-Forwarded-For: client, proxy`
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=client`
    Forwarded,
}

#[derive(Clone, Copy, ValueEnum)]
enum SqliteSynchronous {
    Normal,
    Full,
}

impl Serve {
    fn trusted_proxies(&self) -> TrustedProxies {
        let header = match self.forwarded_header {
            Forwarded::XForwardedFor => ForwardedHeader::XForwardedFor,
            Forwarded::Forwarded => ForwardedHeader::Forwarded,
        };
        TrustedProxies::new(self.trusted_proxies.clone()).reading(header)
    }

    fn database_options(&self) -> DbOptions {
        DbOptions {
            pool_size: self.pool_size,
            sqlite_full_sync: matches!(self.sqlite_synchronous, SqliteSynchronous::Full),
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let database = &cli.serve.database;
    let result = match cli.command {
        Some(Command::Accounts(Accounts::Import { files, subjects })) => {
            merge_api::import_accounts(database, &files, subjects.as_deref())
                .await
                .map(|imported| {
                    for account in imported {
                        println!("imported {account}");
                    }
                })
        }
        Some(Command::Accounts(Accounts::Export { mpn_id })) => {
            merge_api::export_account(database, &mpn_id)
                .await
                .map(|json| println!("{json}"))
        }
        Some(Command::Users(Users::Unbind { email })) => {
            merge_api::unbind_user(database, &email).await.map(|()| {
                println!(
                    "unbound {email}: its sessions have ended, and its next sign-in binds the \
                     directory user who signs in"
                )
            })
        }
        Some(Command::Notifications(command)) => return notifications(database, command).await,
        None => return serve(cli.serve).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("partner-merge-api: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn notifications(database: &Database, command: Notifications) -> ExitCode {
    let result = match command {
        Notifications::List { failed } => merge_api::list_notifications(database, failed)
            .await
            .map(|list| list.iter().for_each(|n| println!("{n}"))),
        Notifications::Retry { ids, .. } => merge_api::retry_notifications(database, &ids)
            .await
            .map(|n| println!("{n} messages will be sent again")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("partner-merge-api: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(args: Serve) -> ExitCode {
    if args.demo && !args.host.is_loopback() {
        eprintln!(
            "partner-merge-api: --demo lets anyone sign in as anyone, so it listens on this \
             machine only: use --host 127.0.0.1 (or ::1), or leave out --demo"
        );
        return ExitCode::from(2);
    }
    if args.demo && !args.trusted_proxies.is_empty() {
        eprintln!(
            "partner-merge-api: --demo answers no proxy (demo sign-in takes anyone's word for \
             who they are): leave out --trusted-proxy, or --demo"
        );
        return ExitCode::from(2);
    }
    let operations = match args.operations.start().await {
        Ok(started) => started,
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
    let addr = listener.local_addr().unwrap_or(addr);
    let public_url = args
        .public_url
        .clone()
        .unwrap_or_else(|| Url::parse(&format!("http://{addr}/")).expect("a socket address"));
    let identity_providers = match &args.config {
        Some(path) => match merge_api::IdentityProviders::load(path, &public_url) {
            Ok(providers) if providers.is_empty() => None,
            Ok(providers) => Some(std::sync::Arc::new(providers)),
            Err(error) => {
                eprintln!("partner-merge-api: {error}");
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    if !args.demo && identity_providers.is_none() {
        eprintln!(
            "partner-merge-api: nobody can sign in: give --config (identity providers, \
             docs/sign-in.md), or --demo to try it out"
        );
    }
    let notifications = match &args.config {
        Some(path) => match merge_api::NotificationSettings::load(path, &public_url) {
            Ok(settings) => settings,
            Err(error) => {
                eprintln!("partner-merge-api: {error}");
                return ExitCode::from(2);
            }
        },
        None => merge_api::NotificationSettings {
            public_url: public_url.clone(),
            ..Default::default()
        },
    };
    let admin_reading = match &args.config {
        Some(path) => match merge_api::admin_reading(path) {
            Ok(reading) => reading,
            Err(error) => {
                eprintln!("partner-merge-api: {error}");
                return ExitCode::from(2);
            }
        },
        None => merge_core::AdminReading::default(),
    };
    let settings = Settings {
        database: args.database.clone(),
        database_options: args.database_options(),
        demo: args.demo,
        site: args.site.clone(),
        https: public_url.scheme() == "https",
        sessions: SessionLimits {
            idle: args.session_idle,
            absolute: args.session_max,
            fresh_sign_in: args.fresh_sign_in,
        },
        request_timeout: args.request_timeout,
        identity_providers,
        sign_ins_per_minute: (!args.demo && args.sign_in_limit > 0).then_some(args.sign_in_limit),
        trusted_proxies: args.trusted_proxies(),
        notifications,
        admin_reading,
    };
    let app = match merge_api::app(&settings).await {
        Ok(app) => app,
        Err(error) => {
            eprintln!("partner-merge-api: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("Partner Merge on {public_url} (database {})", args.database);
    // Who acts for a merged account is a choice the operator should see they made (A3).
    println!(
        "Admin rights of a merged account: {} ([rights] admin_reading)",
        match settings.admin_reading {
            merge_core::AdminReading::OwnTenants => "the PGA's own tenants' account admins (A2)",
            merge_core::AdminReading::BothTenants =>
                "both companies' account admins (Microsoft's current page)",
        }
    );
    if args.demo {
        println!(
            "Demo mode: no fresh sign-in is asked before a merge or a re-issue is confirmed (a \
             real server asks for one within {})",
            humantime::format_duration(SessionLimits::default().fresh_sign_in)
        );
        if settings.notifications.smtp.is_none() {
            println!("Demo mailbox: the emails each step sends are kept at {public_url}mailbox");
        }
        println!("Demo sign-ins (any of these emails):");
        for user in &app.demo_users {
            let admin = if user.account_admin {
                "  account admin"
            } else {
                ""
            };
            println!("  {:<10} {}{admin}", user.company, user.email);
        }
    }
    // The tests read this line to find the port.
    println!("listening on {addr}");
    let limits = ConnectionLimits {
        max_connections: args.max_connections,
        per_address: args.connections_per_address.max(1),
        header_read_timeout: args.header_timeout,
        write_timeout: args.write_timeout,
        trusted_proxies: args.trusted_proxies(),
    };
    operations.serve(listener, app, limits).await
}
