//! `/admin/paket` (admin+): every package, active or not, grouped by service
//! kind; create, edit and delete them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::catalogue::Package;
use shared::{Role, ServiceKind};
use uuid::Uuid;

use super::package_form::PackageForm;
use super::{focus_form, RequireRole, StatusBadge};
use crate::api;
use crate::api::packages::Removal;
use crate::components::{confirm, LoadError, Notice, Skeleton};
use crate::i18n;
use crate::pages::pricelist::duration_label;
use crate::pages::set_title;
use crate::state::use_auth;

/// What the form area shows.
#[derive(Debug, Clone, PartialEq)]
enum Editor {
    Closed,
    New,
    Edit(Package),
}

#[component]
pub fn AdminPackagesPage() -> impl IntoView {
    set_title(i18n::PACKAGES_TITLE());
    view! {
        <RequireRole min=Role::Admin>
            <PackagesManager/>
        </RequireRole>
    }
}

#[component]
fn PackagesManager() -> impl IntoView {
    let auth = use_auth();
    let packages = LocalResource::new(move || api::packages::list_all(auth));
    let editor = RwSignal::new(Editor::Closed);
    let notice = RwSignal::new(None::<String>);
    let action_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<Uuid>);

    let open = move |e: Editor| {
        notice.set(None);
        action_error.set(None);
        editor.set(e);
        focus_form("package-form");
    };
    // Back to the top, where the notice is and the list starts.
    let close = move || {
        editor.set(Editor::Closed);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    };
    let on_saved = Callback::new(move |p: Package| {
        close();
        notice.set(Some(format!(
            "{} “{}” {}",
            i18n::PACKAGE(),
            p.name,
            i18n::SAVED_SUFFIX()
        )));
        packages.refetch();
    });
    let on_cancel = Callback::new(move |()| close());
    let on_edit = Callback::new(move |p: Package| open(Editor::Edit(p)));
    let on_delete = Callback::new(move |p: Package| {
        if busy.get_untracked().is_some()
            || !confirm(&format!("{} “{}”?", i18n::PACKAGE_DELETE_CONFIRM(), p.name))
        {
            return;
        }
        notice.set(None);
        action_error.set(None);
        busy.set(Some(p.id));
        spawn_local(async move {
            match api::packages::delete(auth, p.id).await {
                Ok(removal) => {
                    notice.set(Some(match removal {
                        Removal::Deleted => {
                            format!(
                                "{} “{}” {}",
                                i18n::PACKAGE(),
                                p.name,
                                i18n::DELETED_SUFFIX()
                            )
                        }
                        Removal::Deactivated(_) => i18n::PACKAGE_DEACTIVATED().to_owned(),
                    }));
                    if matches!(editor.get_untracked(), Editor::Edit(ref e) if e.id == p.id) {
                        editor.set(Editor::Closed);
                    }
                    packages.refetch();
                }
                Err(err) => action_error.set(Some(err.message())),
            }
            busy.set(None);
        });
    });

    view! {
        <header class="page-header page-header-row">
            <div>
                <p class="eyebrow">{i18n::ADMIN_CATALOGUE()}</p>
                <h1>{i18n::PACKAGES_TITLE()}</h1>
                <p class="lead">{i18n::PACKAGES_LEAD()}</p>
            </div>
            <button type="button" class="btn btn-primary" data-testid="new-package" on:click=move |_| open(Editor::New)>
                {i18n::PACKAGE_NEW()}
            </button>
        </header>
        <div class="flash">
            <Notice message=notice/>
            {move || action_error.get().map(|text| view! {
                <div class="alert alert-error" role="alert" data-testid="action-error"><p>{text}</p></div>
            })}
        </div>
        {move || match editor.get() {
            Editor::Closed => ().into_any(),
            Editor::New => view! { <PackageForm initial=None on_saved=on_saved on_cancel=on_cancel/> }.into_any(),
            Editor::Edit(p) => view! { <PackageForm initial=Some(p) on_saved=on_saved on_cancel=on_cancel/> }.into_any(),
        }}
        <Transition fallback=|| view! { <section class="card"><Skeleton lines=8/></section> }>
            {move || Suspend::new(async move {
                match packages.await {
                    Ok(list) if list.is_empty() => view! {
                        <section class="card empty-state" data-testid="packages-empty">
                            <h2>{i18n::PACKAGES_EMPTY()}</h2>
                            <p>{i18n::PACKAGES_EMPTY_TEXT()}</p>
                        </section>
                    }
                    .into_any(),
                    Ok(list) => ServiceKind::ALL
                        .into_iter()
                        .filter_map(|kind| {
                            let group: Vec<Package> =
                                list.iter().filter(|p| p.service_kind == kind).cloned().collect();
                            (!group.is_empty()).then(|| view! {
                                <KindGroup kind=kind packages=group busy=busy on_edit=on_edit on_delete=on_delete/>
                            })
                        })
                        .collect_view()
                        .into_any(),
                    Err(error) => view! {
                        <LoadError error=error what=i18n::PACKAGES_LOAD_FAILED() retry=Callback::new(move |()| packages.refetch())/>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn KindGroup(
    kind: ServiceKind,
    packages: Vec<Package>,
    busy: RwSignal<Option<Uuid>>,
    on_edit: Callback<Package>,
    on_delete: Callback<Package>,
) -> impl IntoView {
    let heading_id = format!("kind-{}", kind.as_str());
    let labelled_by = heading_id.clone();
    let count = packages.len();
    view! {
        <section class="card admin-group" aria-labelledby=labelled_by data-testid=format!("package-group-{}", kind.as_str())>
            <h2 id=heading_id>{kind.label(crate::i18n::english())}<span class="count">{count}</span></h2>
            <div class="table-wrap">
                <table class="admin-table packages-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n::COL_NAME()}</th>
                            <th scope="col" class="num">{i18n::COL_PRICE()}</th>
                            <th scope="col">{i18n::COL_DURATION()}</th>
                            <th scope="col">{i18n::COL_STATUS()}</th>
                            <th scope="col" class="num">{i18n::COL_ORDER()}</th>
                            <th scope="col"><span class="visually-hidden">{i18n::COL_ACTIONS()}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {packages
                            .into_iter()
                            .map(|p| view! { <PackageRow package=p busy=busy on_edit=on_edit on_delete=on_delete/> })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn PackageRow(
    package: Package,
    busy: RwSignal<Option<Uuid>>,
    on_edit: Callback<Package>,
    on_delete: Callback<Package>,
) -> impl IntoView {
    let id = package.id;
    let (for_edit, for_delete) = (package.clone(), package.clone());
    view! {
        <tr data-testid="package-row" data-package-id=id.to_string() class:inactive=!package.active>
            <td>
                <span class="cell-title">{package.name.clone()}</span>
                <span class="cell-sub">{format!("{} {}", package.inclusions.len(), i18n::ITEMS())}</span>
            </td>
            <td class="num">{package.price.format_for(crate::i18n::english())}</td>
            <td>{duration_label(&package)}</td>
            <td><StatusBadge active=package.active/></td>
            <td class="num">{package.sort_order}</td>
            <td class="row-actions">
                <button type="button" class="btn btn-ghost btn-small" data-testid="edit-package" on:click=move |_| on_edit.run(for_edit.clone())>
                    {i18n::EDIT()}
                </button>
                <button
                    type="button"
                    class="btn btn-danger btn-small"
                    data-testid="delete-package"
                    disabled=move || busy.get() == Some(id)
                    on:click=move |_| on_delete.run(for_delete.clone())
                >
                    {i18n::DELETE()}
                </button>
            </td>
        </tr>
    }
}
