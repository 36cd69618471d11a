//! Sign-in through each tenant's OpenID Connect provider: the authorization code flow with PKCE
//! and a nonce, by the openidconnect crate. The operator's configuration file maps each tenant
//! domain to its provider (docs/sign-in.md). Who signs in is the provider's directory user (its
//! stable subject), with a verified email of the tenant and the claims the tenant requires.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::{Duration, Instant};

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType,
    CoreGenderClaim, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
    CoreProviderMetadata, CoreRevocableToken, CoreRevocationErrorResponse,
    CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::url::Url;
use openidconnect::{
    reqwest, AdditionalClaims, AuthorizationCode, ClientId, ClientSecret, CsrfToken,
    EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdTokenFields, IssuerUrl,
    Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, StandardErrorResponse,
    StandardTokenResponse, TokenResponse,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tokio::sync::Mutex;

use merge_api_types::ErrorCode;

use crate::error::ApiError;

/// The operator's file (TOML): one table per tenant domain.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default)]
    pub tenants: BTreeMap<String, TenantConfig>,
    /// Email (issue #31; `crate::outbox`): read by [`crate::outbox::Settings::load`].
    #[serde(default)]
    pub smtp: Option<crate::outbox::SmtpConfig>,
    #[serde(default)]
    pub notifications: Option<crate::outbox::DeliveryConfig>,
    #[serde(default)]
    pub expiry: Option<crate::outbox::ExpiryConfig>,
    #[serde(default)]
    pub webhooks: Vec<crate::outbox::WebhookConfig>,
    /// Who gains which rights (R23, A3): read by [`admin_reading`].
    #[serde(default)]
    pub rights: Option<RightsConfig>,
}

/// `[rights]`: the deployment's reading of admin rights (A3, docs/deploy.md).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsConfig {
    /// `own_tenants` (A2, the default): only the PGA's own tenants' account admins act for a
    /// merged account; `both_tenants` (Microsoft's current page): both companies' do.
    #[serde(default)]
    pub admin_reading: merge_core::AdminReading,
}

/// The reading of admin rights the operator's `--config` file chooses (`[rights]
/// admin_reading`); A2 (`own_tenants`) when it says none.
pub fn admin_reading(path: &Path) -> Result<merge_core::AdminReading, ConfigError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|error| ConfigError::Read {
        path: name.clone(),
        error,
    })?;
    let config: ConfigFile =
        toml::from_str(&text).map_err(|error| ConfigError::Toml { path: name, error })?;
    Ok(config.rights.unwrap_or_default().admin_reading)
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
    /// `entra` (Microsoft Entra ID: the subject is `tid` + `oid`, a verified email may be
    /// `xms_edov`) or `oidc` (any other: `iss` + `sub`, `email_verified`). By default `entra`
    /// when `tenant_id` is set or the issuer is Microsoft's.
    pub kind: Option<ProviderKind>,
    /// Claims every ID token of this tenant must carry with these values (a string, a boolean
    /// or an integer; a claim that is a list must hold the value): `tid` for Entra (set from
    /// `tenant_id` by itself), `hd` for Google Workspace, any other by name.
    #[serde(default)]
    pub required_claims: BTreeMap<String, toml::Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    Entra,
    Oidc,
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

/// How far a provider's clock may be ahead of ours (`auth_time` in the future).
const CLOCK_SKEW_SECONDS: i64 = 60;

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
    kind: ProviderKind,
    /// Claim name and the value it must have (or hold, if a list).
    required: Vec<(String, Value)>,
    metadata: Mutex<Option<(Instant, CoreProviderMetadata)>>,
}

/// Every claim of an ID token beyond the standard ones (`tid`, `oid`, `xms_edov`, `hd`, …).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OtherClaims {
    #[serde(flatten)]
    claims: serde_json::Map<String, Value>,
}

impl AdditionalClaims for OtherClaims {}

type TokenFields = IdTokenFields<
    OtherClaims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;

type Client = openidconnect::Client<
    OtherClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    StandardTokenResponse<TokenFields, CoreTokenType>,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// A sign-in under way, kept in the browser's session until the provider sends it back.
#[derive(Debug, Serialize, Deserialize)]
pub struct Pending {
    tenant: String,
    /// The `state` sent, as its SHA-256: compared by hash, so in constant time.
    state_sha256: String,
    nonce: String,
    pkce_verifier: String,
    started_at: i64,
    /// A sign-in again for a step that needs a recent one: the provider was asked for an
    /// authentication at most this many seconds old (`max_age`), and must say when it was.
    #[serde(default)]
    pub max_age: Option<u64>,
    /// Where the browser goes once signed in (a path of this site).
    #[serde(default)]
    pub return_to: Option<String>,
}

/// The directory user a provider vouches for: stable across sign-ins, whatever their email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Subject {
    /// Microsoft Entra ID: the tenant and the user's object id (GUIDs, lower case).
    Entra { tid: String, oid: String },
    /// Any other provider: its issuer and the user's subject there.
    Issuer { iss: String, sub: String },
}

impl Subject {
    /// As stored (`users.subject`) and compared: its JSON, which is the same for the same
    /// subject.
    pub fn key(&self) -> String {
        let normal = match self {
            Self::Entra { tid, oid } => Self::Entra {
                tid: tid.trim().to_ascii_lowercase(),
                oid: oid.trim().to_ascii_lowercase(),
            },
            other => other.clone(),
        };
        serde_json::to_string(&normal).expect("strings serialize")
    }
}

/// Who signed in, as the provider's ID token says.
#[derive(Debug, Clone)]
pub struct Identity {
    /// Lower case, of the tenant the sign-in started for, verified by the provider.
    pub email: String,
    pub subject: Subject,
    /// When the provider last authenticated the user (`auth_time`, Unix seconds), if it said.
    pub authenticated_at: Option<i64>,
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

/// A required claim's value from the file: a string, a boolean or an integer.
fn claim_value(value: &toml::Value) -> Option<Value> {
    match value {
        toml::Value::String(s) => Some(Value::from(s.clone())),
        toml::Value::Boolean(b) => Some(Value::from(*b)),
        toml::Value::Integer(i) => Some(Value::from(*i)),
        _ => None,
    }
}

/// Whether `claim` is `wanted`, or holds it when it is a list.
fn claim_holds(claim: Option<&Value>, wanted: &Value) -> bool {
    match claim {
        Some(Value::Array(items)) => items.contains(wanted),
        Some(value) => value == wanted,
        None => false,
    }
}

/// A claim that says yes: `true`, or as some providers write it, `"true"` or `1`.
fn says_yes(claim: Option<&Value>) -> bool {
    matches!(claim, Some(Value::Bool(true)))
        || matches!(claim, Some(Value::String(s)) if s == "true" || s == "1")
        || matches!(claim, Some(Value::Number(n)) if n.as_i64() == Some(1))
}

impl IdentityProviders {
    /// Whether the file names no tenant (a file with only `[smtp]`, say).
    pub fn is_empty(&self) -> bool {
        self.tenants.is_empty()
    }

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
            let microsoft = issuer
                .url()
                .host_str()
                .is_some_and(|h| h.eq_ignore_ascii_case("login.microsoftonline.com"));
            let kind = tenant
                .kind
                .unwrap_or(match tenant.tenant_id.is_some() || microsoft {
                    true => ProviderKind::Entra,
                    false => ProviderKind::Oidc,
                });
            let mut required = Vec::new();
            for (name, value) in &tenant.required_claims {
                let value = claim_value(value).ok_or_else(|| {
                    problem(format!(
                        "required_claims.{name}: give a string, a boolean or an integer"
                    ))
                })?;
                required.push((name.clone(), value));
            }
            if let (ProviderKind::Entra, Some(id)) = (kind, &tenant.tenant_id) {
                let id = Value::from(id.to_ascii_lowercase());
                match required.iter().find(|(name, _)| name == "tid") {
                    None => required.push(("tid".into(), id)),
                    Some((_, tid)) if tid.as_str().map(str::to_ascii_lowercase) == id.as_str().map(String::from) => {}
                    Some(_) => {
                        return Err(problem(
                            "required_claims.tid is not tenant_id: leave it out, it is set from tenant_id"
                                .into(),
                        ))
                    }
                }
            }
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
                kind,
                required,
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

    async fn client(&self, domain: &str) -> Result<(&Provider, Client), ApiError> {
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
                let metadata =
                    CoreProviderMetadata::discover_async(provider.issuer.clone(), &self.http)
                        .await
                        .map_err(|error| {
                            // Which provider and why is the operator's to read, not the caller's.
                            tracing::warn!(%error, issuer = provider.issuer.as_str(), "identity provider unreachable");
                            ApiError::new(
                                ErrorCode::ProviderUnavailable,
                                format!(
                                    "{domain}'s identity provider cannot be reached now; try again \
                                     in a few minutes"
                                ),
                            )
                        })?;
                *cached = Some((Instant::now(), metadata.clone()));
                metadata
            }
        };
        let client = Client::from_provider_metadata(
            metadata,
            provider.client_id.clone(),
            provider.secret.clone(),
        )
        .set_redirect_uri(self.redirect.clone());
        Ok((provider, client))
    }

    /// Starts signing `email` in: the provider's URL to send the browser to, and what the
    /// session keeps until it comes back. With `max_age`, the provider is asked for an
    /// authentication at most that old (OIDC `max_age`: it asks the person again if theirs is
    /// older) and must say when it was (`auth_time`).
    pub async fn start(
        &self,
        email: &str,
        max_age: Option<Duration>,
    ) -> Result<(String, Pending), ApiError> {
        let domain = domain_of(email).ok_or_else(|| {
            ApiError::new(
                ErrorCode::InvalidBody,
                format!("{email:?} is not an email address; enter your work email"),
            )
        })?;
        let (_, client) = self.client(&domain).await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .add_extra_param("login_hint", email);
        if let Some(max_age) = max_age {
            request = request.set_max_age(max_age);
        }
        let (url, state, nonce) = request.url();
        let pending = Pending {
            tenant: domain,
            state_sha256: sha256(state.secret()),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            started_at: chrono::Utc::now().timestamp(),
            max_age: max_age.map(|d| d.as_secs()),
            return_to: None,
        };
        Ok((url.to_string(), pending))
    }

    /// Finishes the sign-in `pending` with the provider's answer: the code is exchanged (with
    /// the PKCE verifier) and the ID token checked (signature, issuer, audience, expiry, nonce),
    /// then what it says: a verified email of the tenant the sign-in started for, the claims the
    /// tenant requires, the directory user's subject, and for a sign-in again an authentication
    /// within `max_age`.
    pub async fn finish(
        &self,
        pending: &Pending,
        code: &str,
        state: &str,
    ) -> Result<Identity, ApiError> {
        if sha256(state) != pending.state_sha256 {
            return Err(refused(
                "this answer from the identity provider is not for the sign-in this browser \
                 started; start again",
            ));
        }
        let now = chrono::Utc::now().timestamp();
        if now - pending.started_at > PENDING_SECONDS {
            return Err(refused("the sign-in took over 10 minutes; start again"));
        }
        let tenant = &pending.tenant;
        let (provider, client) = self.client(tenant).await?;
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| ApiError::internal(format!("{tenant}'s provider: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier.clone()))
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
            .claims(
                &client.id_token_verifier(),
                &Nonce::new(pending.nonce.clone()),
            )
            .map_err(|e| {
                refused(format!(
                    "the ID token from {tenant}'s identity provider is not valid: {e}"
                ))
            })?;
        // Every claim, standard or not, by name.
        let all = match serde_json::to_value(claims) {
            Ok(Value::Object(all)) => all,
            _ => return Err(ApiError::internal("ID token claims are not an object")),
        };
        // Only `email` names the address: `preferred_username` is a sign-in name the user or
        // an administrator may set to anything (Microsoft: never for authorization).
        let email = claims
            .email()
            .map(|e| e.as_str().to_ascii_lowercase())
            .ok_or_else(|| {
                refused(format!(
                    "the ID token from {tenant}'s identity provider names no email (the email \
                     claim); ask your administrator to send it (docs/sign-in.md)"
                ))
            })?;
        if domain_of(&email).as_deref() != Some(tenant) {
            return Err(refused(format!(
                "{tenant}'s identity provider signed in {email}, which is not a {tenant} address"
            )));
        }
        let verified = claims.email_verified() == Some(true)
            || (provider.kind == ProviderKind::Entra && says_yes(all.get("xms_edov")));
        if !verified {
            let claim = match provider.kind {
                ProviderKind::Entra => "email_verified or xms_edov",
                ProviderKind::Oidc => "email_verified",
            };
            return Err(refused(format!(
                "{tenant}'s identity provider does not say that {email} is verified ({claim}): \
                 an address anyone can type is not proof of who you are; ask your administrator \
                 (docs/sign-in.md)"
            )));
        }
        for (name, wanted) in &provider.required {
            if !claim_holds(all.get(name), wanted) {
                return Err(refused(format!(
                    "the ID token's {name} claim is not the one this server requires for \
                     {tenant}: the sign-in is not from {tenant}'s own directory"
                )));
            }
        }
        let text = |name: &str| all.get(name).and_then(Value::as_str).map(str::to_string);
        let subject = match provider.kind {
            ProviderKind::Entra => match (text("tid"), text("oid")) {
                (Some(tid), Some(oid)) if !tid.is_empty() && !oid.is_empty() => {
                    Subject::Entra { tid, oid }
                }
                _ => {
                    return Err(refused(format!(
                        "the ID token from {tenant}'s identity provider has no tid and oid, \
                         which name the directory user"
                    )))
                }
            },
            ProviderKind::Oidc => Subject::Issuer {
                iss: claims.issuer().as_str().to_string(),
                sub: claims.subject().as_str().to_string(),
            },
        };
        let authenticated_at = claims.auth_time().map(|t| t.timestamp());
        if let Some(max_age) = pending.max_age {
            let recent = authenticated_at.is_some_and(|at| {
                at <= now + CLOCK_SKEW_SECONDS && now - at <= max_age as i64 + CLOCK_SKEW_SECONDS
            });
            if !recent {
                return Err(refused(format!(
                    "{tenant}'s identity provider did not confirm a sign-in within the last {} \
                     minutes (auth_time); sign in again, or ask your administrator whether it \
                     honours max_age (docs/sign-in.md)",
                    max_age.div_ceil(60)
                )));
            }
        }
        Ok(Identity {
            email,
            subject,
            authenticated_at,
        })
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
    fn entra_tenants_require_their_tid_and_others_the_claims_named() {
        let providers = providers(
            r#"
            [tenants."contoso.com"]
            issuer = "https://login.microsoftonline.com/{tenantid}/v2.0"
            tenant_id = "72F988BF-86f1-41af-91ab-2d7cd011db47"
            client_id = "partner-merge"

            [tenants."fabricam.com"]
            issuer = "https://accounts.google.com"
            client_id = "partner-merge"
            required_claims = { hd = "fabricam.com", staff = true, groups = "partners" }
            "#,
            &[],
        )
        .unwrap();
        let contoso = &providers.tenants["contoso.com"];
        assert_eq!(contoso.kind, ProviderKind::Entra);
        assert_eq!(
            contoso.required,
            [(
                "tid".to_string(),
                Value::from("72f988bf-86f1-41af-91ab-2d7cd011db47")
            )]
        );
        let fabricam = &providers.tenants["fabricam.com"];
        assert_eq!(fabricam.kind, ProviderKind::Oidc);
        assert_eq!(fabricam.required.len(), 3);
        // A list claim holds the value; others equal it.
        let groups = serde_json::json!(["staff", "partners"]);
        assert!(claim_holds(Some(&groups), &Value::from("partners")));
        assert!(!claim_holds(Some(&groups), &Value::from("admins")));
        assert!(claim_holds(Some(&Value::from(true)), &Value::from(true)));
        assert!(!claim_holds(None, &Value::from(true)));
        assert!(!claim_holds(Some(&Value::from("true")), &Value::from(true)));
        // Entra's xms_edov as Microsoft writes it, in its forms.
        for yes in [
            Value::from(true),
            Value::from("true"),
            Value::from("1"),
            Value::from(1),
        ] {
            assert!(says_yes(Some(&yes)), "{yes}");
        }
        for no in [Value::from(false), Value::from("false"), Value::from(0)] {
            assert!(!says_yes(Some(&no)), "{no}");
        }
    }

    #[test]
    fn a_subject_is_stored_the_same_however_its_ids_are_written() {
        let entra = Subject::Entra {
            tid: "72F988BF-86F1-41AF-91AB-2D7CD011DB47".into(),
            oid: " 5D1F ".into(),
        };
        assert_eq!(
            entra.key(),
            r#"{"tid":"72f988bf-86f1-41af-91ab-2d7cd011db47","oid":"5d1f"}"#
        );
        let other = Subject::Issuer {
            iss: "https://login.fabricam.example/".into(),
            sub: "00u1A".into(),
        };
        assert_eq!(
            other.key(),
            r#"{"iss":"https://login.fabricam.example/","sub":"00u1A"}"#
        );
        // The import's file names them the same way, and nothing else.
        let read: BTreeMap<String, Subject> = toml::from_str(
            r#""alice@contoso.com" = { tid = "t", oid = "o" }
               "fiona@fabricam.com" = { iss = "i", sub = "s" }"#,
        )
        .unwrap();
        assert!(matches!(read["alice@contoso.com"], Subject::Entra { .. }));
        assert!(matches!(read["fiona@fabricam.com"], Subject::Issuer { .. }));
        assert!(
            toml::from_str::<BTreeMap<String, Subject>>(r#""a@b.com" = { sub = "s" }"#).is_err()
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
        let other_tid = providers(
            r#"
            [tenants."contoso.com"]
            issuer = "https://login.microsoftonline.com/{tenantid}/v2.0"
            tenant_id = "72f988bf-86f1-41af-91ab-2d7cd011db47"
            client_id = "partner-merge"
            required_claims = { tid = "0c9d8e7f-1a2b-4c3d-8e9f-a0b1c2d3e4f5" }
            "#,
            &[],
        )
        .unwrap_err();
        assert!(
            other_tid.to_string().contains("is not tenant_id"),
            "{other_tid}"
        );
        let a_table = providers(
            r#"
            [tenants."fabricam.com"]
            issuer = "https://accounts.google.com"
            client_id = "partner-merge"
            required_claims = { hd = { domain = "fabricam.com" } }
            "#,
            &[],
        )
        .unwrap_err();
        assert!(
            a_table.to_string().contains("required_claims.hd"),
            "{a_table}"
        );
    }

    /// A provider's answer that comes back over 10 minutes after the sign-in started is refused
    /// before the provider is asked for anything; within the limit it goes on to the provider.
    #[tokio::test]
    async fn a_sign_in_pending_over_10_minutes_is_refused() {
        let providers = providers(
            r#"
            [tenants."contoso.com"]
            issuer = "http://127.0.0.1:9/"
            client_id = "partner-merge"
            client_secret_env = "CONTOSO_SECRET"
            "#,
            &[("CONTOSO_SECRET", "s3cret")],
        )
        .unwrap();
        let pending = |age: i64| Pending {
            tenant: "contoso.com".into(),
            state_sha256: sha256("the state"),
            nonce: "nonce".into(),
            pkce_verifier: "verifier".into(),
            started_at: chrono::Utc::now().timestamp() - age,
            max_age: None,
            return_to: None,
        };
        let late = providers
            .finish(&pending(PENDING_SECONDS + 5), "code", "the state")
            .await
            .unwrap_err();
        assert!(late.message.contains("over 10 minutes"), "{}", late.message);
        // In time, the answer goes on to the provider (which is not there: another error).
        let in_time = providers
            .finish(&pending(PENDING_SECONDS - 30), "code", "the state")
            .await
            .unwrap_err();
        assert!(
            !in_time.message.contains("10 minutes"),
            "{}",
            in_time.message
        );
    }
}
