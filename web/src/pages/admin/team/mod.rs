//! `/admin/tim` (superadmin): the crew's accounts. Change a role or disable
//! an account (its sessions end at once), and add crew members
//! (`#staff-form`) with a password or an email invitation.

mod form;
mod table;

use futures::future::try_join_all;
use leptos::prelude::*;
use shared::auth::User;
use shared::Role;

use self::form::{created_notice, StaffForm};
use self::table::{Feedback, StaffTable};
use super::RequireRole;
use crate::api::{self, ApiError};
use crate::components::{LoadError, Notice, SelectField, Skeleton};
use crate::i18n;
use crate::pages::set_title;
use crate::state::{use_auth, AuthState};

/// The roles of the studio's crew, least first.
pub const CREW_ROLES: [Role; 3] = [Role::Staff, Role::Admin, Role::Superadmin];
const PER_PAGE: u64 = 100;
/// Enough pages for any real crew without looping forever.
const MAX_PAGES: u64 = 10;

#[component]
pub fn AdminTeamPage() -> impl IntoView {
    set_title(i18n::TEAM_TITLE());
    view! {
        <RequireRole min=Role::Superadmin>
            <TeamManager/>
        </RequireRole>
    }
}

/// Every account with `role`, all pages.
async fn all_with(auth: AuthState, role: Role) -> Result<Vec<User>, ApiError> {
    let mut all = Vec::new();
    for page in 1..=MAX_PAGES {
        let got = api::users::list(auth, role, None, page, PER_PAGE).await?;
        let done = got.items.is_empty() || page * got.per_page.max(1) >= got.total;
        all.extend(got.items);
        if done {
            break;
        }
    }
    Ok(all)
}

/// The crew with `role`, or of every crew role.
async fn crew(auth: AuthState, role: Option<Role>) -> Result<Vec<User>, ApiError> {
    let roles = role.map_or_else(|| CREW_ROLES.to_vec(), |r| vec![r]);
    let lists = try_join_all(roles.into_iter().map(|r| all_with(auth, r))).await?;
    let mut all: Vec<User> = lists.into_iter().flatten().collect();
    sort_crew(&mut all);
    Ok(all)
}

/// Owners first, then admins, then staff; active before disabled; by name.
pub fn sort_crew(users: &mut [User]) {
    users.sort_by(|a, b| {
        (b.role, !a.active, a.full_name.to_lowercase()).cmp(&(
            a.role,
            !b.active,
            b.full_name.to_lowercase(),
        ))
    });
}

#[component]
fn TeamManager() -> impl IntoView {
    let auth = use_auth();
    let me = Memo::new(move |_| auth.user().map(|u| u.id));
    let role_filter = RwSignal::new(String::new());
    let list = LocalResource::new(move || {
        let role = Role::parse(&role_filter.get());
        crew(auth, role)
    });
    let feedback = Feedback {
        notice: RwSignal::new(None),
        error: RwSignal::new(None),
    };
    let on_created = Callback::new(move |(user, invited): (User, bool)| {
        feedback.error.set(None);
        feedback.notice.set(Some(created_notice(&user, invited)));
        list.refetch();
    });
    let no_error = Signal::derive(|| None::<String>);
    let mut filter_options = vec![("", i18n::TEAM_ALL_CREW())];
    filter_options.extend(
        CREW_ROLES
            .iter()
            .map(|r| (r.as_str(), r.label(crate::i18n::english()))),
    );

    view! {
        <header class="page-header">
            <p class="eyebrow">{i18n::ADMIN_STUDIO()}</p>
            <h1>{i18n::TEAM_TITLE()}</h1>
            <p class="lead">{i18n::TEAM_LEAD()}</p>
        </header>
        <div class="flash">
            <Notice message=feedback.notice/>
            {move || feedback.error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="action-error"><p>{text}</p></div>
            })}
        </div>
        <div class="stack-layout">
            <section class="card" aria-labelledby="team-list-title">
                <div class="card-head-row">
                    <h2 id="team-list-title">{i18n::TEAM_LIST_TITLE()}</h2>
                    <SelectField id="role-filter" label=i18n::TEAM_FILTER() value=role_filter options=filter_options error=no_error/>
                </div>
                <Transition fallback=|| view! { <Skeleton lines=6/> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(users) if users.is_empty() => view! {
                                <div class="empty-state" data-testid="staff-empty">
                                    <h3>{i18n::TEAM_EMPTY()}</h3>
                                    <p>{i18n::TEAM_EMPTY_TEXT()}</p>
                                </div>
                            }
                            .into_any(),
                            Ok(users) => view! { <StaffTable users=users me=me.get_untracked() feedback=feedback/> }.into_any(),
                            Err(error) => view! {
                                <LoadError error=error what=i18n::TEAM_LOAD_FAILED() retry=Callback::new(move |()| list.refetch())/>
                            }
                            .into_any(),
                        }
                    })}
                </Transition>
            </section>
            <StaffForm on_created=on_created/>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(name: &str, role: Role, active: bool) -> User {
        User {
            id: uuid::Uuid::new_v4(),
            full_name: name.into(),
            email: format!("{name}@studio.id"),
            phone: "+6281234567890".into(),
            role,
            active,
            created_at: chrono::DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn owners_come_first_then_active_people_by_name() {
        let mut list = vec![
            user("budi", Role::Staff, true),
            user("Ani", Role::Staff, false),
            user("citra", Role::Admin, true),
            user("dedi", Role::Superadmin, true),
            user("Eka", Role::Staff, true),
        ];
        sort_crew(&mut list);
        let names: Vec<_> = list.iter().map(|u| u.full_name.as_str()).collect();
        assert_eq!(names, ["dedi", "citra", "budi", "Eka", "Ani"]);
    }
}
