//! A real SMTP server for a test: npm `smtp-server` run by `tests/mail/smtp-sink.mjs`, read back
//! through its HTTP API, and stopped, started or made to refuse an address on purpose.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

pub struct SmtpSink {
    child: Child,
    pub port: u16,
    control: String,
    http: reqwest::Client,
}

impl SmtpSink {
    pub fn start() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut child = Command::new("node")
            .arg("tests/mail/smtp-sink.mjs")
            .current_dir(&root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node runs tests/mail/smtp-sink.mjs (npm ci installs smtp-server)");
        let stdout = child.stdout.take().unwrap();
        let line = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .find(|l| l.starts_with("smtp "))
            .expect("the SMTP server says where it listens");
        let parts: Vec<&str> = line.split_whitespace().collect();
        Self {
            child,
            port: parts[1].parse().unwrap(),
            control: format!("http://127.0.0.1:{}", parts[3]),
            // A fresh connection each time: node closes idle ones after 5 s.
            http: reqwest::Client::builder()
                .pool_max_idle_per_host(0)
                .build()
                .unwrap(),
        }
    }

    /// The `--config` text that sends through this server, with the delivery settings given
    /// (TOML lines of `[notifications]`).
    pub fn config(&self, notifications: &str) -> String {
        format!(
            "[smtp]\nurl = \"smtp://127.0.0.1:{}\"\nfrom = \"Partner Merge <merge@example.com>\"\n\n\
             [notifications]\n{notifications}\n",
            self.port
        )
    }

    /// Every message received so far.
    pub async fn messages(&self) -> Vec<Value> {
        let response = self
            .http
            .get(format!("{}/messages", self.control))
            .send()
            .await
            .unwrap();
        response.json().await.unwrap()
    }

    /// Waits until `done` holds of the messages (at most `within`), and returns them.
    pub async fn wait_until(
        &self,
        within: Duration,
        done: impl Fn(&[Value]) -> bool,
    ) -> Vec<Value> {
        let start = Instant::now();
        loop {
            let messages = self.messages().await;
            if done(&messages) || start.elapsed() > within {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn post(&self, path: &str) {
        let response = self
            .http
            .post(format!("{}{path}", self.control))
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success(), "{path}");
    }

    /// Stops listening: connections are refused until [`Self::up`].
    pub async fn down(&self) {
        self.post("/down").await;
    }

    pub async fn up(&self) {
        self.post("/up").await;
    }

    /// Accepts mail to this recipient again.
    pub async fn allow(&self, address: &str) {
        self.post(&format!("/allow?address={address}")).await;
    }

    /// Answers 550 to this recipient from now on.
    pub async fn refuse(&self, address: &str) {
        self.post(&format!("/refuse?address={address}")).await;
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The messages sent to `address`.
pub fn to<'a>(messages: &'a [Value], address: &str) -> Vec<&'a Value> {
    messages
        .iter()
        .filter(|m| {
            m["envelope_to"]
                .as_array()
                .is_some_and(|to| to.iter().any(|a| a == address))
        })
        .collect()
}
