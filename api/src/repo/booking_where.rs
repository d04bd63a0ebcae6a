//! Which bookings a read of [`super::booking_page`] takes, as SQL text and
//! its values, written directly rather than through sea-query's builder.
//!
//! sea-query writes every identifier through `fmt::Write` and every
//! condition through several layers of its AST: for one booking that missed
//! the cache, building the statement was a fifth of the request's
//! instructions (callgrind). These reads have a few fixed shapes, so their
//! text is plain `push_str`. Values are always bound parameters, numbered
//! (`$1`: PostgreSQL reads them, and so does sqlx on SQLite), so the page
//! and its count use the same text and each value is bound once.

use sea_orm::{DatabaseBackend, Statement, Value};
use uuid::Uuid;

/// `"bookings"."<column>"`, for the names written here.
macro_rules! col {
    ($name:literal) => {
        concat!("\"bookings\".\"", $name, "\"")
    };
}

/// Conditions on `bookings`, all of which must hold, and the values of
/// the statement they go into.
#[derive(Debug, Default)]
pub struct Where {
    text: String,
    values: Vec<Value>,
    /// The placeholder of the client id [`Where::client`] asked for.
    client: Option<String>,
}

impl Where {
    /// Every booking.
    pub fn all() -> Where {
        Where::default()
    }

    /// Booking `id`.
    pub fn id(self, id: Uuid) -> Where {
        self.compare(col!("id"), "=", id)
    }

    /// Client `id`'s bookings, any of them ([`Where::listed_for`] leaves
    /// out what they hid).
    pub fn client(mut self, id: Uuid) -> Where {
        let p = self.param(id);
        self.and(&[col!("client_id"), " = ", &p].concat());
        self.client = Some(p);
        self
    }

    /// The placeholder of the one client whose bookings these are, if a
    /// condition names one.
    pub fn only_client(&self) -> Option<&str> {
        self.client.as_deref()
    }

    /// Client `id`'s bookings that they have not hidden from their list.
    pub fn listed_for(self, id: Uuid) -> Where {
        self.client(id)
            .compare(col!("hidden_by_client"), "=", false)
    }

    pub fn status(self, status: &str) -> Where {
        self.compare(col!("status"), "=", status)
    }

    pub fn kind(self, kind: &str) -> Where {
        self.compare(col!("service_kind"), "=", kind)
    }

    /// Events on or after `date`.
    pub fn from(self, date: chrono::NaiveDate) -> Where {
        self.compare(col!("event_date"), ">=", date)
    }

    /// Events on or before `date`.
    pub fn to(self, date: chrono::NaiveDate) -> Where {
        self.compare(col!("event_date"), "<=", date)
    }

    /// A code containing `like` (a lowercase LIKE pattern), or a booking of
    /// one of `clients`.
    pub fn code_or_client(mut self, like: String, clients: &[Uuid]) -> Where {
        let mut clause = format!("(LOWER({}) LIKE {}", col!("code"), self.param(like));
        if !clients.is_empty() {
            clause.push_str(" OR ");
            clause.push_str(col!("client_id"));
            let ids: Vec<String> = clients.iter().map(|id| self.param(*id)).collect();
            clause.push_str(" IN (");
            clause.push_str(&ids.join(", "));
            clause.push(')');
        }
        clause.push(')');
        self.and(&clause);
        self
    }

    /// The placeholder of a new value of the statement.
    pub fn param(&mut self, value: impl Into<Value>) -> String {
        self.values.push(value.into());
        format!("${}", self.values.len())
    }

    /// ` WHERE …`, or nothing when every booking is taken.
    pub fn clause(&self) -> String {
        if self.text.is_empty() {
            String::new()
        } else {
            [" WHERE ", &self.text].concat()
        }
    }

    /// The statement `sql`, which uses this one's values.
    pub fn statement(self, backend: DatabaseBackend, sql: String) -> Statement {
        Statement::from_sql_and_values(backend, sql, self.values)
    }

    fn compare(mut self, column: &str, op: &str, value: impl Into<Value>) -> Where {
        let p = self.param(value);
        self.and(&[column, " ", op, " ", &p].concat());
        self
    }

    fn and(&mut self, clause: &str) {
        if !self.text.is_empty() {
            self.text.push_str(" AND ");
        }
        self.text.push_str(clause);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_join_with_and_and_number_their_values() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let w = Where::all()
            .listed_for(a)
            .status("done")
            .code_or_client("%odr%".into(), &[a, b]);
        assert_eq!(
            w.clause(),
            " WHERE \"bookings\".\"client_id\" = $1 AND \"bookings\".\"hidden_by_client\" = $2 \
             AND \"bookings\".\"status\" = $3 \
             AND (LOWER(\"bookings\".\"code\") LIKE $4 OR \"bookings\".\"client_id\" IN ($5, $6))"
        );
        assert_eq!(w.values.len(), 6);
        assert_eq!(w.values[1], Value::from(false));
        assert_eq!(w.only_client(), Some("$1"));
    }

    #[test]
    fn no_condition_writes_no_where_and_no_client_writes_no_in() {
        assert_eq!(Where::all().clause(), "");
        assert_eq!(Where::all().status("done").only_client(), None);
        let w = Where::all().code_or_client("%x%".into(), &[]);
        assert_eq!(w.clause(), " WHERE (LOWER(\"bookings\".\"code\") LIKE $1)");
    }
}
