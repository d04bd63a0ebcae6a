//! `/harga`: the pricelist. One tab per service kind (`?kind=wedding`), the
//! active packages of that kind as cards, each leading to the booking wizard.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use shared::catalogue::{Package, StudioSettings};
use shared::ServiceKind;

use super::set_title;
use crate::api;
use crate::i18n;

#[component]
pub fn PricelistPage() -> impl IntoView {
    set_title(i18n::PRICELIST_TITLE());
    let query = use_query_map();
    let kind = Memo::new(move |_| {
        query
            .with(|q| q.get("kind"))
            .and_then(|k| ServiceKind::parse(&k))
            .unwrap_or(ServiceKind::Wedding)
    });
    // One request for every kind: switching tabs is then instant.
    let packages = LocalResource::new(api::packages::list);
    let settings = LocalResource::new(api::settings::get);
    let dp_percent = Signal::derive(move || {
        settings
            .map(|s| s.as_ref().ok().map(|s| s.dp_percent))
            .flatten()
    });

    view! {
        <section class="page-hero">
            <div class="container">
                <p class="eyebrow">{i18n::PRICELIST_EYEBROW()}</p>
                <h1>{i18n::PRICELIST_TITLE()}</h1>
                <p class="lead">{i18n::PRICELIST_LEAD()}</p>
            </div>
        </section>
        <div class="container pricelist">
            <KindTabs kind=kind/>
            <Transition fallback=|| view! { <CardsSkeleton/> }>
                {move || {
                    let kind = kind.get();
                    Suspend::new(async move {
                        match packages.await {
                            Ok(all) => {
                                let shown: Vec<Package> =
                                    all.iter().filter(|p| p.service_kind == kind).cloned().collect();
                                if shown.is_empty() {
                                    let other = ServiceKind::ALL
                                        .into_iter()
                                        .find(|k| *k != kind && all.iter().any(|p| p.service_kind == *k));
                                    view! { <EmptyKind kind=kind other=other/> }.into_any()
                                } else {
                                    view! {
                                        <div class="package-grid" data-testid="package-list">
                                            {shown
                                                .into_iter()
                                                .map(|p| view! { <PackageCard package=p dp_percent=dp_percent/> })
                                                .collect_view()}
                                        </div>
                                    }
                                    .into_any()
                                }
                            }
                            Err(err) => view! {
                                <div class="alert alert-error" role="alert" data-testid="load-error">
                                    <p>{i18n::PRICELIST_LOAD_FAILED()}" "{err.message()}</p>
                                    <button type="button" class="btn btn-ghost btn-small" on:click=move |_| packages.refetch()>
                                        {i18n::RETRY()}
                                    </button>
                                </div>
                            }
                            .into_any(),
                        }
                    })
                }}
            </Transition>
            {move || settings.map(|s| s.as_ref().ok().map(|s| view! { <PaymentNote settings=s.clone()/> })).flatten()}
        </div>
    }
}

#[component]
fn KindTabs(kind: Memo<ServiceKind>) -> impl IntoView {
    view! {
        <nav class="kind-tabs" aria-label=i18n::PRICELIST_TABS_LABEL()>
            {ServiceKind::ALL
                .into_iter()
                .map(|k| view! {
                    <a
                        href=format!("/harga?kind={}", k.as_str())
                        class="kind-tab"
                        class:active=move || kind.get() == k
                        aria-current=move || (kind.get() == k).then_some("page")
                        data-testid=format!("kind-tab-{}", k.as_str())
                        data-noscroll=""
                    >
                        {k.label(crate::i18n::english())}
                    </a>
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn PackageCard(package: Package, dp_percent: Signal<Option<u8>>) -> impl IntoView {
    let price = package.price;
    let duration = duration_label(&package);
    let href = format!("/booking?package={}", package.id);
    let description = (!package.description.trim().is_empty()).then(|| {
        view! { <p class="package-description">{package.description.clone()}</p> }
    });
    let inclusions = (!package.inclusions.is_empty()).then(|| {
        view! {
            <ul class="inclusions">
                {package
                    .inclusions
                    .iter()
                    .map(|item| view! { <li><CheckIcon/><span>{item.clone()}</span></li> })
                    .collect_view()}
            </ul>
        }
    });
    let dp = move || {
        dp_percent.get().map(|pct| {
            view! {
                <p class="package-dp">
                    {format!("{} {pct}%: {}", i18n::DP(), price.percent_rounded_up_to_thousand(pct).format_for(crate::i18n::english()))}
                </p>
            }
        })
    };
    view! {
        <article class="card package-card" data-testid="package-card" data-package-id=package.id.to_string()>
            <header class="package-head">
                <h2 class="package-name">{package.name.clone()}</h2>
                <p class="package-price" data-testid="package-price">{price.format_for(crate::i18n::english())}</p>
                <p class="package-duration"><ClockIcon/><span>{duration}</span></p>
            </header>
            {description}
            {inclusions}
            <footer class="package-foot">
                {dp}
                <a class="btn btn-primary btn-block" href=href data-testid="choose-package">
                    {i18n::PRICELIST_CHOOSE()}
                </a>
            </footer>
        </article>
    }
}

/// "Sepanjang hari" or "3 jam" ("3 hours" in English).
pub fn duration_label(p: &Package) -> String {
    match (p.full_day, p.duration_hours) {
        (false, Some(h)) => i18n::human_minutes(u32::try_from(h).unwrap_or(0).saturating_mul(60)),
        _ => i18n::FULL_DAY().to_owned(),
    }
}

#[component]
fn EmptyKind(kind: ServiceKind, other: Option<ServiceKind>) -> impl IntoView {
    view! {
        <div class="card empty-state" data-testid="packages-empty">
            <h2>{format!("{} {}", i18n::PRICELIST_EMPTY_TITLE(), kind.label(crate::i18n::english()))}</h2>
            <p>{i18n::PRICELIST_EMPTY_TEXT()}</p>
            {other.map(|o| view! {
                <a class="btn btn-ghost" href=format!("/harga?kind={}", o.as_str()) data-noscroll="">
                    {format!("{} {}", i18n::PRICELIST_SEE_OTHER(), o.label(crate::i18n::english()))}
                </a>
            })}
        </div>
    }
}

#[component]
fn PaymentNote(settings: StudioSettings) -> impl IntoView {
    view! {
        <aside class="payment-note" data-testid="dp-note">
            <p>
                <strong>{format!("{} {}% {}", i18n::PRICELIST_NOTE_DP(), settings.dp_percent, i18n::PRICELIST_NOTE_TRANSFER())}</strong>
                {format!(
                    ". {} {} {}.",
                    i18n::PRICELIST_NOTE_BALANCE(),
                    settings.balance_due_days,
                    i18n::PRICELIST_NOTE_BALANCE_TAIL(),
                )}
            </p>
        </aside>
    }
}

#[component]
fn CardsSkeleton() -> impl IntoView {
    view! {
        <div class="package-grid">
            {(0..3).map(|_| view! { <div class="card package-card"><crate::components::Skeleton lines=7/></div> }).collect_view()}
        </div>
    }
}

#[component]
fn CheckIcon() -> impl IntoView {
    view! {
        <svg class="check" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="9" fill="currentColor" opacity="0.14"/>
            <path d="M6 10.5l2.6 2.6L14 7.6" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}

#[component]
fn ClockIcon() -> impl IntoView {
    view! {
        <svg class="clock" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="1.6"/>
            <path d="M10 5.5V10l3 2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::Rupiah;

    #[test]
    fn duration_reads_naturally() {
        let mut p = Package {
            id: uuid::Uuid::nil(),
            service_kind: ServiceKind::Portrait,
            name: "Potret".into(),
            description: String::new(),
            inclusions: vec![],
            price: Rupiah(750_000),
            full_day: false,
            duration_hours: Some(2),
            active: true,
            sort_order: 0,
        };
        assert_eq!(duration_label(&p), "2 jam");
        p.full_day = true;
        assert_eq!(duration_label(&p), "Sepanjang hari");
    }
}
