use serde::{Deserialize, Serialize};

/// Who a user is to the studio. Ordered: each role can do all that the ones
/// before it can, so a guard asks `role.at_least(Role::Staff)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Client,
    Staff,
    Admin,
    Superadmin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Client, Role::Staff, Role::Admin, Role::Superadmin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Client => "client",
            Role::Staff => "staff",
            Role::Admin => "admin",
            Role::Superadmin => "superadmin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn at_least(self, other: Role) -> bool {
        self >= other
    }

    /// Whether this role belongs in the studio's back office.
    pub fn is_crew(self) -> bool {
        self.at_least(Role::Staff)
    }

    /// Indonesian label for the SPA.
    pub fn label_id(self) -> &'static str {
        match self {
            Role::Client => "Klien",
            Role::Staff => "Kru",
            Role::Admin => "Admin",
            Role::Superadmin => "Pemilik",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Role::Client => "Client",
            Role::Staff => "Crew",
            Role::Admin => "Admin",
            Role::Superadmin => "Owner",
        }
    }

    /// The label in English or, by default, Indonesian.
    pub fn label(self, english: bool) -> &'static str {
        if english {
            self.label_en()
        } else {
            self.label_id()
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_ordered_by_power() {
        assert!(Role::Superadmin.at_least(Role::Admin));
        assert!(Role::Admin.at_least(Role::Staff));
        assert!(!Role::Client.at_least(Role::Staff));
        assert!(Role::Staff.is_crew());
        assert!(!Role::Client.is_crew());
    }

    #[test]
    fn role_round_trips_through_its_string() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
            assert_eq!(
                serde_json::to_string(&r).unwrap(),
                format!("\"{}\"", r.as_str())
            );
        }
        assert_eq!(Role::parse("root"), None);
    }
}
