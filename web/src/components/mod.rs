//! Reusable widgets.

pub mod booking;
pub mod chat;
pub mod clock;
pub mod download;
pub mod feedback;
pub mod field;
pub mod footer;
pub mod form_state;
pub mod header;
pub mod inputs;
pub mod invoice;
pub mod notifications;
pub mod proof;
pub mod request;
pub mod testimonial;

pub use feedback::{
    confirm, FormError, LoadError, NoAccess, Notice, Skeleton, Spinner, SubmitButton,
};
pub use field::Field;
pub use footer::Footer;
pub use form_state::FormState;
pub use header::Header;
pub use inputs::{CheckboxField, SelectField, TextAreaField};
