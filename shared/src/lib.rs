//! Types the API and the SPA agree on. Everything here compiles to wasm32 and
//! depends on no database or server crate (CI checks `cargo tree -i sea-orm`).

pub mod auth;
pub mod backoffice;
pub mod booking;
pub mod booking_dto;
pub mod catalogue;
pub mod chat;
pub mod email;
pub mod error;
pub mod id_date;
pub mod money;
pub mod notification;
pub mod password;
pub mod payment_dto;
pub mod phone;
pub mod portfolio;
pub mod role;
pub mod site;
pub mod stats;
pub mod terbilang;
pub mod testimonial;
pub mod wire_time;

pub use booking::{BookingStatus, ServiceKind};
pub use email::Email;
pub use error::{ErrorBody, ErrorCode, FieldErrors};
pub use money::Rupiah;
pub use phone::Phone;
pub use role::Role;
