//! Background work that must happen by itself, on time, whoever is online.

pub mod lifecycle;
