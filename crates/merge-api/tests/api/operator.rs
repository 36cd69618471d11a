//! `partner-merge-api accounts import FILE…` and `accounts export MPN`: real accounts into a
//! deployment's database, all or nothing.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{Server, TestDatabase};
use merge_core::read_snapshot;

const BINARY: &str = env!("CARGO_BIN_EXE_partner-merge-api");

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../fixtures/{name}.json"))
}

fn accounts(database: &TestDatabase, args: &[&str]) -> Output {
    Command::new(BINARY)
        .arg("accounts")
        .args(args)
        .arg("--database")
        .arg(database.arg())
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn imported_accounts_are_exported_as_they_were_and_users_can_belong_to_them() {
    let dir = Server::scratch("import");
    let database = TestDatabase::fresh("import", &dir);
    let contoso = fixture("contoso");
    let fabricam = fixture("fabricam");
    let output = accounts(
        &database,
        &[
            "import",
            contoso.to_str().unwrap(),
            fabricam.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("imported Contoso (1111111)"));

    let output = accounts(&database, &["export", "3333333"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let exported = read_snapshot(&text(&output.stdout)).unwrap();
    let file = read_snapshot(&std::fs::read_to_string(&fabricam).unwrap()).unwrap();
    assert_eq!(exported, file);
    assert_eq!(common::count(&database, "SELECT count(*) FROM users"), {
        let contoso = read_snapshot(&std::fs::read_to_string(&contoso).unwrap()).unwrap();
        (contoso.users.len() + file.users.len()) as i64
    });

    let missing = accounts(&database, &["export", "9999999"]);
    assert!(!missing.status.success());
    assert!(text(&missing.stderr).contains("no account has the global Partner ID 9999999"));
}

#[test]
fn an_import_with_any_problem_lists_every_problem_and_writes_nothing() {
    let dir = Server::scratch("import-refused");
    let database = TestDatabase::fresh("import-refused", &dir);
    let contoso = fixture("contoso");
    assert!(accounts(&database, &["import", contoso.to_str().unwrap()])
        .status
        .success());

    // Tailspin is fine; Contoso again collides with the database; a broken snapshot is not read;
    // one that reads but breaks a rule is not valid.
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\"company\": \"Broken\",").unwrap();
    let mut invalid: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("fabricam")).unwrap()).unwrap();
    invalid["global_mpn_id"] = "12".into();
    let invalid_file = dir.join("invalid.json");
    std::fs::write(&invalid_file, invalid.to_string()).unwrap();
    let tailspin = fixture("tailspin");
    let output = accounts(
        &database,
        &[
            "import",
            tailspin.to_str().unwrap(),
            contoso.to_str().unwrap(),
            broken.to_str().unwrap(),
            invalid_file.to_str().unwrap(),
        ],
    );
    assert!(!output.status.success());
    let errors = text(&output.stderr);
    assert!(errors.contains("nothing was imported"), "{errors}");
    assert!(
        errors.contains("Partner ID 1111111 is already in the database (Contoso)"),
        "{errors}"
    );
    assert!(errors.contains("broken.json: "), "{errors}");
    assert!(errors.contains("invalid.json: "), "{errors}");
    assert!(!errors.contains("tailspin.json"), "{errors}");
    // Not even the valid file went in.
    assert_eq!(common::count(&database, "SELECT count(*) FROM accounts"), 1);
}

#[test]
fn two_files_that_claim_the_same_tenant_are_refused() {
    let dir = Server::scratch("import-collide");
    let database = TestDatabase::fresh("import-collide", &dir);
    let mut copy: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("tailspin")).unwrap()).unwrap();
    copy["global_mpn_id"] = "7777777".into();
    copy["locations"] = serde_json::json!([]);
    let copy_file = dir.join("copy.json");
    std::fs::write(&copy_file, copy.to_string()).unwrap();
    let tailspin = fixture("tailspin");
    let output = accounts(
        &database,
        &[
            "import",
            tailspin.to_str().unwrap(),
            copy_file.to_str().unwrap(),
        ],
    );
    assert!(!output.status.success());
    let errors = text(&output.stderr);
    assert!(errors.contains("copy.json: tenant"), "{errors}");
    assert_eq!(common::count(&database, "SELECT count(*) FROM accounts"), 0);
}

#[test]
fn the_import_binds_the_subjects_given_and_unbind_frees_an_address() {
    let dir = Server::scratch("import-subjects");
    let database = TestDatabase::fresh("import-subjects", &dir);
    let contoso = fixture("contoso");
    let subjects = dir.join("subjects.toml");
    std::fs::write(
        &subjects,
        "\"Alice@contoso.com\" = { tid = \"72F988BF-86F1-41AF-91AB-2D7CD011DB47\", oid = \"A1\" }\n\
         \"bob@contoso.com\" = { iss = \"https://login.contoso.example/\", sub = \"b-2\" }\n",
    )
    .unwrap();
    let import = |files: &[&Path]| {
        let mut args = vec!["import".to_string(), "--subjects".into()];
        args.push(subjects.to_str().unwrap().into());
        args.extend(files.iter().map(|f| f.to_str().unwrap().to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        accounts(&database, &args)
    };
    let output = import(&[&contoso]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let subject = |email: &str| {
        database.text(&format!(
            "SELECT subject FROM users WHERE email = '{email}'"
        ))
    };
    assert_eq!(
        subject("alice@contoso.com").as_deref(),
        Some(r#"{"tid":"72f988bf-86f1-41af-91ab-2d7cd011db47","oid":"a1"}"#)
    );
    assert_eq!(
        subject("bob@contoso.com").as_deref(),
        Some(r#"{"iss":"https://login.contoso.example/","sub":"b-2"}"#)
    );

    // A subject file naming someone not imported, or one directory user twice, imports nothing.
    std::fs::write(
        &subjects,
        "\"tom@tailspin.com\" = { iss = \"i\", sub = \"s\" }\n\
         \"tara@tailspin.com\" = { iss = \"i\", sub = \"s\" }\n\
         \"nobody@tailspin.com\" = { iss = \"i\", sub = \"t\" }\n",
    )
    .unwrap();
    let output = import(&[&fixture("tailspin")]);
    assert!(!output.status.success());
    let errors = text(&output.stderr);
    assert!(
        errors.contains("nobody@tailspin.com is not a user of the accounts imported"),
        "{errors}"
    );
    assert!(
        errors.contains("tom@tailspin.com: directory user")
            && errors.contains("is already in tara@tailspin.com"),
        "{errors}"
    );
    assert_eq!(common::count(&database, "SELECT count(*) FROM accounts"), 1);

    // Unbinding: the address is free for the next sign-in.
    let unbind = |email: &str| {
        Command::new(BINARY)
            .args(["users", "unbind", email, "--database", database.arg()])
            .output()
            .unwrap()
    };
    let output = unbind("alice@contoso.com");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("unbound alice@contoso.com"));
    assert_eq!(subject("alice@contoso.com"), None);
    assert!(subject("bob@contoso.com").is_some(), "only hers");
    let output = unbind("nobody@contoso.com");
    assert!(!output.status.success());
    assert!(text(&output.stderr).contains("no user has the email nobody@contoso.com"));
}
