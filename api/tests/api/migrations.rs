//! Every migration's `down()` works: the whole schema goes down and comes
//! back up on the test's database (SQLite, or PostgreSQL in its pass), and
//! the app reads from it again.

use migration::{Migrator, MigratorTrait};

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_schema_goes_all_the_way_down_and_back_up() {
    let app = spawn_app().await;
    let all = Migrator::migrations().len();
    assert!(Migrator::get_pending_migrations(&app.db)
        .await
        .unwrap()
        .is_empty());

    Migrator::down(&app.db, None).await.unwrap();
    let pending = Migrator::get_pending_migrations(&app.db).await.unwrap();
    assert_eq!(pending.len(), all, "every migration is undone");

    Migrator::up(&app.db, None).await.unwrap();
    assert!(Migrator::get_pending_migrations(&app.db)
        .await
        .unwrap()
        .is_empty());
    let res = app
        .client
        .get(app.url("/api/v1/packages"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
}
