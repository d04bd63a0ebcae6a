//! Accounts created from the command line: the first superadmin, and the
//! demo studio that `seed-demo` fills so a new user sees a living system.

use anyhow::{bail, Context};
use rand::distributions::{Alphanumeric, DistString};
use sea_orm::DatabaseConnection;
use shared::password::{check_full_name, check_password};
use shared::{Email, Phone, Role};

use crate::auth::password;
use crate::clock::{Clock, SystemClock};
use crate::repo::users::{self, NewUser};

pub async fn create_user(
    db: &DatabaseConnection,
    name: &str,
    email: &str,
    phone: &str,
    plain_password: &str,
    role: Role,
) -> anyhow::Result<()> {
    let name = check_full_name(name)
        .map_err(anyhow::Error::msg)
        .context("--name")?;
    let email = Email::parse(email)
        .map_err(anyhow::Error::msg)
        .context("--email")?;
    let phone = Phone::parse(phone)
        .map_err(anyhow::Error::msg)
        .context("--phone")?;
    check_password(plain_password)
        .map_err(anyhow::Error::msg)
        .context("password")?;
    let hash = password::hash(plain_password.to_owned()).await?;
    let txn = crate::db::begin_write(db).await?;
    users::ensure_unique(&txn, Some(&email), Some(&phone), None)
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.body().message))?;
    users::insert(
        &txn,
        NewUser {
            full_name: &name,
            email: &email,
            phone: &phone,
            password_hash: hash,
            role,
        },
        SystemClock.now(),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{}", e.body().message))?;
    txn.commit().await?;
    Ok(())
}

/// A random password that satisfies the policy.
pub fn random_password() -> String {
    let core = Alphanumeric.sample_string(&mut rand::thread_rng(), 14);
    format!("Am{core}7")
}

struct DemoAccount {
    name: &'static str,
    email: &'static str,
    phone: &'static str,
    role: Role,
}

const DEMO_ACCOUNTS: [DemoAccount; 3] = [
    DemoAccount {
        name: "Pemilik Aruna Moment",
        email: "owner@arunamoment.id",
        phone: "081200000001",
        role: Role::Superadmin,
    },
    DemoAccount {
        name: "Rina Kru Studio",
        email: "kru@arunamoment.id",
        phone: "081200000002",
        role: Role::Staff,
    },
    DemoAccount {
        name: "Sari & Bima",
        email: "klien@arunamoment.id",
        phone: "081200000003",
        role: Role::Client,
    },
];

/// Creates the demo accounts that do not exist yet and prints each new
/// password once. Running it again changes nothing.
pub async fn seed_demo(
    db: &DatabaseConnection,
    storage: &dyn crate::storage::Storage,
) -> anyhow::Result<()> {
    if crate::seed_catalogue::seed(db).await? {
        println!("Demo pricelist and bank accounts created.");
    }
    let result = seed_accounts(db).await;
    if crate::seed_bookings::seed(db, storage, DEMO_ACCOUNTS[2].email).await? {
        println!(
            "Sample bookings in every status created for {}.",
            DEMO_ACCOUNTS[2].email
        );
    }
    result
}

async fn seed_accounts(db: &DatabaseConnection) -> anyhow::Result<()> {
    let mut created = Vec::new();
    for acc in &DEMO_ACCOUNTS {
        let email = Email::parse(acc.email).map_err(anyhow::Error::msg)?;
        if users::find_by_email(db, &email)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?
            .is_some()
        {
            continue;
        }
        let pw = random_password();
        create_user(db, acc.name, acc.email, acc.phone, &pw, acc.role).await?;
        created.push((acc, pw));
    }
    if created.is_empty() {
        println!("Demo data already present; passwords were printed when it was first created.");
        return Ok(());
    }
    println!("\n  Demo accounts created (passwords are shown only this once):");
    for (acc, pw) in created {
        println!("    {:<11} {:<24} {}", acc.role.as_str(), acc.email, pw);
    }
    println!();
    Ok(())
}

pub fn read_admin_password() -> anyhow::Result<String> {
    if let Ok(pw) = std::env::var("APP_ADMIN_PASSWORD") {
        return Ok(pw);
    }
    let pw = rpassword::prompt_password("Password for the superadmin: ")?;
    let again = rpassword::prompt_password("Repeat it: ")?;
    if pw != again {
        bail!("the passwords differ");
    }
    Ok(pw)
}
