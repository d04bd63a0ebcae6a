use api::cli::{Cli, Command};
use api::config::Settings;
use api::startup::Application;
use api::{db, seed, telemetry};
use clap::Parser;
use shared::Role;

fn main() -> anyhow::Result<()> {
    api::malloc::cap_arenas();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run())
}

async fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let settings = Settings::load()?;
    telemetry::init(&settings.log_format);
    match cli.command.unwrap_or(Command::Serve { seed_demo: false }) {
        Command::Serve { seed_demo } => {
            if seed_demo {
                let conn = db::connect(&settings).await?;
                db::migrate(&conn).await?;
                seed::seed_demo(
                    &conn,
                    &api::storage::LocalStorage::new(settings.data_dir.join("uploads")),
                )
                .await?;
            }
            let app = Application::build(settings).await?;
            api::malloc::give_back_free_memory();
            tracing::info!(port = app.port(), "serving");
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            let conn = db::connect(&settings).await?;
            db::migrate(&conn).await?;
            println!("Migrations applied.");
        }
        Command::CreateSuperadmin { email, phone, name } => {
            let conn = db::connect(&settings).await?;
            db::migrate(&conn).await?;
            let password = seed::read_admin_password()?;
            seed::create_user(&conn, &name, &email, &phone, &password, Role::Superadmin).await?;
            println!("Superadmin {email} created.");
        }
        Command::BenchData {
            bookings,
            clients,
            images,
            messages,
        } => {
            let conn = db::connect(&settings).await?;
            db::migrate(&conn).await?;
            let sizes = api::bench_data::Sizes {
                bookings,
                clients,
                portfolio_images: images.unwrap_or(bookings / 100),
                chat_messages: messages.unwrap_or(bookings * 2),
            };
            api::bench_data::generate(&conn, sizes).await?;
        }
        Command::SeedDemo => {
            let conn = db::connect(&settings).await?;
            db::migrate(&conn).await?;
            seed::seed_demo(
                &conn,
                &api::storage::LocalStorage::new(settings.data_dir.join("uploads")),
            )
            .await?;
        }
    }
    Ok(())
}
