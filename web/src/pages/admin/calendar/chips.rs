//! What sits inside a calendar day: booking chips that open the booking, and
//! the studio's blocks.

use leptos::prelude::*;
use shared::booking_dto::{Block, Booking};

use super::model::{block_range, chip_range, chip_time};
use crate::components::booking::{time_label, BookingStatusBadge};
use crate::i18n;

/// A booking on the calendar (`a.cal-booking[data-booking-id]`), coloured by
/// its status like the status badges: start time (or "Sehari penuh") and
/// client; `detailed` adds the package, code and status (the week view).
#[component]
pub fn BookingChip(booking: Booking, #[prop(optional)] detailed: bool) -> impl IntoView {
    let b = booking;
    let code = b.status.as_str();
    let time = chip_time(&b);
    let title = format!(
        "{} · {} · {} · {}",
        time_label(&b),
        b.client.full_name,
        b.package.name,
        b.status.label(crate::i18n::english())
    );
    let extra = detailed.then(|| {
        view! {
            <span class="cal-booking-sub">{format!("{} · {}", b.package.name, b.code)}</span>
            <BookingStatusBadge status=b.status/>
        }
    });
    view! {
        <a
            class=format!("cal-booking status-{code}")
            class:detailed=detailed
            href=format!("/admin/booking/{}", b.id)
            data-booking-id=b.id.to_string()
            data-status=code
            title=title.clone()
            aria-label=title
        >
            <span class="cal-booking-time">{if detailed { chip_range(&b) } else { time }}</span>
            <span class="cal-booking-name">{b.client.full_name.clone()}</span>
            {extra}
        </a>
    }
}

/// A closed day or range: whole days show why, ranges show when (the title
/// has both).
#[component]
pub fn BlockChip(block: Block) -> impl IntoView {
    let range = block_range(&block);
    let title = format!("{} {range}: {}", i18n::CAL_BLOCKED(), block.reason);
    let text = if block.start_time.is_some() {
        range
    } else {
        block.reason
    };
    view! { <span class="cal-block" title=title>{text}</span> }
}
