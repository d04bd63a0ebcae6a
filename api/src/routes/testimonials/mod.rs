//! Testimonials: clients review finished bookings; admins decide what shows.

pub mod manage;
pub mod public;
pub mod review;

use chrono::Utc;
use shared::testimonial::{public_author, Testimonial, TestimonialStatus};
use shared::ServiceKind;

use crate::entities::testimonials;

pub fn to_dto(row: &testimonials::Model, full_name: &str) -> Testimonial {
    Testimonial {
        id: row.id,
        author: public_author(full_name),
        service_kind: ServiceKind::parse(&row.service_kind).unwrap_or(ServiceKind::Event),
        rating: u8::try_from(row.rating).unwrap_or(5),
        text: row.text.clone(),
        status: TestimonialStatus::parse(&row.status).unwrap_or(TestimonialStatus::Pending),
        created_at: row.created_at.with_timezone(&Utc),
    }
}
