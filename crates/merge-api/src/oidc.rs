//! Sign-in through each tenant's OpenID Connect provider: the authorization code flow with PKCE
//! and a nonce, by the openidconnect crate. The operator's configuration file maps each tenant
//! domain to its provider (docs/sign-in.md).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::{Duration, Instant};

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::url::Url;
use openidconnect::{
    reqwest, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::sync::Mutex;

use merge_api_types::ErrorCode;

use crate::error::ApiError;

/// The operator's file (TOML): one table per tenant domain.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub tenants: BTreeMap<String, TenantConfig>,
}

/// How users of one tenant sign in.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantConfig {
    /// The issuer URL. Azure AD's multi-tenant form `…/{tenantid}/v2.0` takes `tenant_id`, so the
    /// issuer (and every ID token's `iss`) is that tenant's and no other's.
    pub issuer: String,
    pub tenant_id: Option<String>,
    pub client_id: String,
    /// The environment variable that holds the client secret; none for a public client (PKCE).
    pub client_secret_env: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {error}")]
    Read { path: String, error: std::io::Error },
    #[error("{path}: {error}")]
    Toml {
        path: String,
        error: toml::de::Error,
    },
    #[error("{path}: tenant {tenant}: {message}")]
    Tenant {
        path: String,
        tenant: String,
        message: String,
    },
}

/// Where a sign-in is sent back to.
pub const CALLBACK: &str = "api/sign-in/callback";

/// A sign-in must come back within this time.
const PENDING_SECONDS: i64 = 10 * 60;

/// Provider metadata and keys are fetched again after this time.
const METADATA_TTL: Duration = Duration::from_secs(60 * 60);

/// Calls to a provider give up after this time.
const PROVIDER_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug)]
pub struct IdentityProviders {
    /// By tenant domain, lower case.
    tenants: HashMap<String, Provider>,
    redirect: RedirectUrl,
    http: reqwest::Client,
}

#[derive(Debug)]
struct Provider {
    issuer: IssuerUrl,
    client_id: ClientId,
    secret: Option<ClientSecret>,
    metadata: Mutex<Option<(Instant, CoreProviderMetadata)>>,
}

/// A sign-in under way, kept in the browser's session until the provider sends it back.
#[derive(Debug, Serialize, Deserialize)]
pub struct Pending {
    tenant: String,
    /// The `state` sent, as its SHA-256: compared by hash, so in constant time.
    state_sha256: String,
    nonce: String,
    pkce_verifier: String,
    started_at: i64,
}

fn sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn domain_of(email: &str) -> Option<String> {
    email
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
        .filter(|d| !d.is_empty())
}

impl IdentityProviders {
    /// Reads the operator's file; client secrets from the environment.
    pub fn load(path: &Path, public_url: &Url) -> Result<Self, ConfigError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|error| ConfigError::Read {
            path: name.clone(),
            error,
        })?;
        let config: ConfigFile = toml::from_str(&text).map_err(|error| ConfigError::Toml {
            path: name.clone(),
            error,
        })?;
        Self::new(config, &name, public_url, |var| std::env::var(var).ok())
    }

    pub fn new(
        config: ConfigFile,
        path: &str,
        public_url: &Url,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let mut tenants = HashMap::new();
        for (domain, tenant) in config.tenants {
            let problem = |message: String| ConfigError::Tenant {
                path: path.to_string(),
                tenant: domain.clone(),
                message,
            };
            let issuer = match (&tenant.tenant_id, tenant.issuer.contains("{tenantid}")) {
                (Some(id), true) => tenant.issuer.replace("{tenantid}", id),
                (None, true) => {
                    return Err(problem(
                        "the issuer has {tenantid}: set tenant_id to the tenant's id".into(),
                    ))
                }
                (Some(_), false) => {
                    return Err(problem(
                        "tenant_id is set but the issuer has no {tenantid} to put it in".into(),
                    ))
                }
                (None, false) => tenant.issuer.clone(),
            };
            let issuer = IssuerUrl::new(issuer)
                .map_err(|e| problem(format!("issuer {}: {e}", tenant.issuer)))?;
            let secret = match &tenant.client_secret_env {
                Some(var) => Some(ClientSecret::new(env(var).ok_or_else(|| {
                    problem(format!(
                        "the client secret's environment variable {var} is not set"
                    ))
                })?)),
                None => None,
            };
            let provider = Provider {
                issuer,
                client_id: ClientId::new(tenant.client_id),
                secret,
                metadata: Mutex::new(None),
            };
            tenants.insert(domain.to_ascii_lowercase(), provider);
        }
        let redirect = public_url.join(CALLBACK).map_err(|e| ConfigError::Tenant {
            path: path.to_string(),
            tenant: "*".into(),
            message: format!("public URL {public_url}: {e}"),
        })?;
        let http = reqwest::Client::builder()
            // Following redirects would let a provider send our requests anywhere.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(PROVIDER_TIMEOUT)
            .build()
            .expect("an HTTP client with no redirects and a timeout");
        Ok(Self {
            tenants,
            redirect: RedirectUrl::from_url(redirect),
            http,
        })
    }

    /// The issuer users of `domain` sign in through.
    pub fn issuer(&self, domain: &str) -> Option<&str> {
        self.tenants
            .get(&domain.to_ascii_lowercase())
            .map(|p| p.issuer.as_str())
    }

    async fn client(
        &self,
        domain: &str,
    ) -> Result<
        CoreClient<
            openidconnect::EndpointSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointMaybeSet,
            openidconnect::EndpointMaybeSet,
        >,
        ApiError,
    > {
        let provider = self
            .tenants
            .get(domain)
            .ok_or_else(|| unknown_tenant(domain))?;
        let mut cached = provider.metadata.lock().await;
        let fresh = cached
            .as_ref()
            .filter(|(at, _)| at.elapsed() < METADATA_TTL)
            .map(|(_, metadata)| metadata.clone());
        let metadata = match fresh {
            Some(metadata) => metadata,
            None => {
                let metadata = CoreProviderMetadata::discover_async(provider.issuer.clone(), &self.http)
                    .await
                    .map_err(|e| {
                        ApiError::new(
                            ErrorCode::ProviderUnavailable,
                            format!(
                                "{domain}'s identity provider ({}) cannot be reached: {e}; try again later",
                                provider.issuer.as_str()
                            ),
                        )
                    })?;
                *cached = Some((Instant::now(), metadata.clone()));
                metadata
            }
        };
        Ok(CoreClient::from_provider_metadata(
            metadata,
            provider.client_id.clone(),
            provider.secret.clone(),
        )
        .set_redirect_uri(self.redirect.clone()))
    }

    /// Starts signing `email` in: the provider's URL to send the browser to, and what the
    /// session keeps until it comes back.
    pub async fn start(&self, email: &str) -> Result<(String, Pending), ApiError> {
        let domain = domain_of(email).ok_or_else(|| {
            ApiError::new(
                ErrorCode::InvalidBody,
                format!("{email:?} is not an email address; enter your work email"),
            )
        })?;
        let client = self.client(&domain).await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .add_extra_param("login_hint", email)
            .url();
        let pending = Pending {
            tenant: domain,
            state_sha256: sha256(state.secret()),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            started_at: chrono::Utc::now().timestamp(),
        };
        Ok((url.to_string(), pending))
    }

    /// Finishes the sign-in `pending` with the provider's answer: the code is exchanged (with
    /// the PKCE verifier) and the ID token checked (signature, issuer, audience, expiry, nonce).
    /// Returns the email it asserts, in the tenant the sign-in started for.
    pub async fn finish(
        &self,
        pending: Pending,
        code: &str,
        state: &str,
    ) -> Result<String, ApiError> {
        if sha256(state) != pending.state_sha256 {
            return Err(refused(
                "this answer from the identity provider is not for the sign-in this browser \
                 started; start again",
            ));
        }
        if chrono::Utc::now().timestamp() - pending.started_at > PENDING_SECONDS {
            return Err(refused("the sign-in took over 10 minutes; start again"));
        }
        let tenant = &pending.tenant;
        let client = self.client(tenant).await?;
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| ApiError::internal(format!("{tenant}'s provider: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| {
                refused(format!(
                    "{tenant}'s identity provider did not sign you in: {e}"
                ))
            })?;
        let token = response
            .id_token()
            .ok_or_else(|| refused(format!("{tenant}'s identity provider sent no ID token")))?;
        let claims = token
            .claims(&client.id_token_verifier(), &Nonce::new(pending.nonce))
            .map_err(|e| {
                refused(format!(
                    "the ID token from {tenant}'s identity provider is not valid: {e}"
                ))
            })?;
        let email = claims
            .email()
            .map(|e| e.as_str().to_string())
            .or_else(|| claims.preferred_username().map(|u| u.as_str().to_string()))
            .ok_or_else(|| {
                refused(
                    "the ID token names no email; ask your administrator to send the email claim",
                )
            })?
            .to_ascii_lowercase();
        if domain_of(&email).as_deref() != Some(tenant) {
            return Err(refused(format!(
                "{tenant}'s identity provider signed in {email}, which is not a {tenant} address"
            )));
        }
        Ok(email)
    }
}

pub fn unknown_tenant(domain: &str) -> ApiError {
    refused(format!(
        "no account here signs in through {domain}: check the email, or ask your company's \
         account admin whether it uses Partner Merge"
    ))
}

fn refused(message: impl Into<String>) -> ApiError {
    ApiError::forbidden(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn providers(toml: &str, env: &[(&str, &str)]) -> Result<IdentityProviders, ConfigError> {
        let config: ConfigFile = toml::from_str(toml).unwrap();
        let url = Url::parse("https://merge.example.com/").unwrap();
        IdentityProviders::new(config, "test.toml", &url, |var| {
            env.iter()
                .find(|(k, _)| *k == var)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn an_azure_multi_tenant_issuer_takes_the_configured_tenant_id() {
        let providers = providers(
            r#"
            [tenants."Contoso.com"]
            issuer = "https://login.microsoftonline.com/{tenantid}/v2.0"
            tenant_id = "72f988bf-86f1-41af-91ab-2d7cd011db47"
            client_id = "partner-merge"
            client_secret_env = "CONTOSO_SECRET"
            "#,
            &[("CONTOSO_SECRET", "s3cret")],
        )
        .unwrap();
        assert_eq!(
            providers.issuer("contoso.com"),
            Some("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0")
        );
        assert_eq!(
            providers.redirect.as_str(),
            "https://merge.example.com/api/sign-in/callback"
        );
    }

    #[test]
    fn a_file_that_cannot_work_is_refused_with_what_to_fix() {
        let no_id = providers(
            r#"
            [tenants."contoso.com"]
            issuer = "https://login.microsoftonline.com/{tenantid}/v2.0"
            client_id = "partner-merge"
            "#,
            &[],
        )
        .unwrap_err();
        assert!(no_id.to_string().contains("set tenant_id"), "{no_id}");
        let no_secret = providers(
            r#"
            [tenants."contoso.com"]
            issuer = "https://login.example.com"
            client_id = "partner-merge"
            client_secret_env = "MISSING"
            "#,
            &[],
        )
        .unwrap_err();
        assert!(
            no_secret.to_string().contains("MISSING is not set"),
            "{no_secret}"
        );
        let unknown: Result<ConfigFile, _> = toml::from_str(
            r#"
            [tenants."contoso.com"]
            issuer = "https://login.example.com"
            client_id = "partner-merge"
            client_secret = "in the file"
            "#,
        );
        assert!(unknown.unwrap_err().to_string().contains("client_secret"));
    }
}
