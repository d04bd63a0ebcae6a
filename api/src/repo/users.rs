use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use shared::{Email, ErrorCode, Phone, Role};
use uuid::Uuid;

use super::select_text::{limit_one, SelectText};
use crate::entities::users::{self, Entity as Users};
use crate::error::ApiError;

pub struct NewUser<'a> {
    pub full_name: &'a str,
    pub email: &'a Email,
    pub phone: &'a Phone,
    pub password_hash: String,
    pub role: Role,
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<users::Model>, ApiError> {
    static TEXT: SelectText = SelectText::new();
    let statement = TEXT.statement(
        db.get_database_backend(),
        vec![id.into(), limit_one()],
        || Users::find().filter(users::Column::Id.eq(id)).limit(1),
    );
    Ok(users::Model::find_by_statement(statement).one(db).await?)
}

pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &Email,
) -> Result<Option<users::Model>, ApiError> {
    Ok(Users::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(db)
        .await?)
}

pub async fn find_by_phone(
    db: &impl ConnectionTrait,
    phone: &Phone,
) -> Result<Option<users::Model>, ApiError> {
    Ok(Users::find()
        .filter(users::Column::Phone.eq(phone.as_str()))
        .one(db)
        .await?)
}

/// Refuses an email or phone that another account (not `except`) holds,
/// naming the field, so the form can show it where it belongs.
pub async fn ensure_unique(
    db: &impl ConnectionTrait,
    email: Option<&Email>,
    phone: Option<&Phone>,
    except: Option<Uuid>,
) -> Result<(), ApiError> {
    if let Some(email) = email {
        if find_by_email(db, email)
            .await?
            .is_some_and(|u| Some(u.id) != except)
        {
            return Err(email_taken());
        }
    }
    if let Some(phone) = phone {
        if find_by_phone(db, phone)
            .await?
            .is_some_and(|u| Some(u.id) != except)
        {
            return Err(phone_taken());
        }
    }
    Ok(())
}

fn email_taken() -> ApiError {
    ApiError::field(
        ErrorCode::EmailTaken,
        "email",
        ErrorCode::EmailTaken.default_message(),
    )
}

fn phone_taken() -> ApiError {
    ApiError::field(
        ErrorCode::PhoneTaken,
        "phone",
        ErrorCode::PhoneTaken.default_message(),
    )
}

/// A unique violation that slipped past `ensure_unique` in a race still names its field.
pub fn map_unique(err: sea_orm::DbErr) -> ApiError {
    if let Some(sea_orm::SqlErr::UniqueConstraintViolation(msg)) = err.sql_err() {
        if msg.contains("email") {
            return email_taken();
        }
        if msg.contains("phone") {
            return phone_taken();
        }
    }
    err.into()
}

pub async fn insert(
    db: &impl ConnectionTrait,
    new: NewUser<'_>,
    now: DateTime<Utc>,
) -> Result<users::Model, ApiError> {
    let now = now.fixed_offset();
    users::ActiveModel {
        id: Set(Uuid::new_v4()),
        full_name: Set(new.full_name.to_owned()),
        email: Set(new.email.as_str().to_owned()),
        phone: Set(new.phone.as_str().to_owned()),
        password_hash: Set(new.password_hash),
        role: Set(new.role.as_str().to_owned()),
        is_active: Set(true),
        token_version: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(map_unique)
}

pub async fn set_password(
    db: &impl ConnectionTrait,
    user: users::Model,
    password_hash: String,
    now: DateTime<Utc>,
) -> Result<users::Model, ApiError> {
    // Access tokens issued before the change stop working at once.
    let version = user.token_version.saturating_add(1);
    let mut am: users::ActiveModel = user.into();
    am.password_hash = Set(password_hash);
    am.token_version = Set(version);
    am.updated_at = Set(now.fixed_offset());
    Ok(am.update(db).await?)
}

/// The same password under a new hash (stronger or leaner parameters): no
/// session ends. Only if the hash is still `old`, so a password changed
/// meanwhile is never overwritten.
pub async fn rehash_password(
    db: &impl ConnectionTrait,
    id: Uuid,
    old: &str,
    new: String,
) -> Result<(), ApiError> {
    Users::update_many()
        .col_expr(users::Column::PasswordHash, Expr::value(new))
        .filter(users::Column::Id.eq(id))
        .filter(users::Column::PasswordHash.eq(old))
        .exec(db)
        .await?;
    Ok(())
}

pub fn role(user: &users::Model) -> Role {
    // An unreadable role gets the least power, never more.
    Role::parse(&user.role).unwrap_or(Role::Client)
}

pub fn to_dto(user: &users::Model) -> shared::auth::User {
    shared::auth::User {
        id: user.id,
        full_name: user.full_name.clone(),
        email: user.email.clone(),
        phone: user.phone.clone(),
        role: role(user),
        active: user.is_active,
        created_at: user.created_at.with_timezone(&Utc),
    }
}

pub struct UserFilter {
    pub role: Option<Role>,
    pub query: Option<String>,
}

/// Matches a person by part of their name or email (any case) or phone
/// (any common form); `None` for blank text.
pub fn search(text: &str) -> Option<sea_orm::Condition> {
    use sea_orm::sea_query::{Expr, Func};
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let like = format!("%{}%", text.to_lowercase());
    let mut cond = sea_orm::Condition::any()
        .add(
            Expr::expr(Func::lower(Expr::col((
                users::Entity,
                users::Column::Email,
            ))))
            .like(like.clone()),
        )
        .add(
            Expr::expr(Func::lower(Expr::col((
                users::Entity,
                users::Column::FullName,
            ))))
            .like(like),
        );
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 3 {
        let tail = digits.trim_start_matches('0').trim_start_matches("62");
        cond = cond.add(users::Column::Phone.like(format!("%{tail}%")));
    }
    Some(cond)
}

pub async fn list(
    db: &impl ConnectionTrait,
    filter: &UserFilter,
    page: u64,
    per_page: u64,
) -> Result<(Vec<users::Model>, u64), ApiError> {
    let mut q = Users::find();
    if let Some(role) = filter.role {
        q = q.filter(users::Column::Role.eq(role.as_str()));
    }
    if let Some(cond) = filter.query.as_deref().and_then(search) {
        q = q.filter(cond);
    }
    let paginator = q
        .order_by_desc(users::Column::CreatedAt)
        .paginate(db, per_page);
    let total = paginator.num_items().await?;
    let items = paginator.fetch_page(page.saturating_sub(1)).await?;
    Ok((items, total))
}
