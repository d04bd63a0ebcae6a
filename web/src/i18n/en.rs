//! English: the same names as `id.rs`, one text each.

// Studio
pub const STUDIO_NAME: &str = "Aruna Moment";
pub const STUDIO_TAGLINE: &str = "Capture your most beautiful moments";
/// Shown until the studio settings endpoint exists; the owner edits it there later.
pub const STUDIO_AREA: &str = "Saribudolok, Simalungun, North Sumatra";
pub const STUDIO_HOURS: &str = "Monday – Friday, 09:00 – 17:00 WIB";
pub const FOOTER_ABOUT: &str =
    "A photography studio for weddings, prewedding, portraits and events. We tell stories through pictures, calmly and wholeheartedly.";
pub const FOOTER_RIGHTS: &str = "All rights reserved.";
pub const FOOTER_CONTACT: &str = "Contact";
pub const FOOTER_HOURS: &str = "Opening hours";

// Navigation
pub const NAV_HOME: &str = "Home";
pub const NAV_LOGIN: &str = "Sign in";
pub const NAV_REGISTER: &str = "Sign up";
pub const NAV_LOGOUT: &str = "Sign out";
pub const NAV_ACCOUNT: &str = "My account";
pub const NAV_BACK_OFFICE: &str = "Back office";
pub const NAV_MAIN_LABEL: &str = "Main navigation";
pub const LANG_SWITCH_LABEL: &str = "Ganti ke Bahasa Indonesia";
pub const NAV_PORTFOLIO: &str = "Portfolio";

// Generic
pub const LOADING: &str = "Loading…";
pub const PAGE_LOADING: &str = "Loading the page…";
pub const SAVING: &str = "Saving…";
pub const SENDING: &str = "Sending…";
pub const SHOW_PASSWORD: &str = "Show";
pub const HIDE_PASSWORD: &str = "Hide";
pub const SHOW_PASSWORD_LABEL: &str = "Show password";
pub const HIDE_PASSWORD_LABEL: &str = "Hide password";
pub const NETWORK_ERROR: &str =
    "We couldn’t reach the server. Please check your connection and try again.";
pub const DECODE_ERROR: &str =
    "The server’s response couldn’t be read. Please reload the page and try again.";
pub const RETRY: &str = "Try again";
pub const BACK_HOME: &str = "Back to home";

// Fields
pub const LABEL_FULL_NAME: &str = "Full name";
pub const LABEL_EMAIL: &str = "Email";
pub const LABEL_PHONE: &str = "WhatsApp number";
pub const LABEL_PASSWORD: &str = "Password";
pub const LABEL_IDENTIFIER: &str = "Email or WhatsApp number";
pub const LABEL_CURRENT_PASSWORD: &str = "Current password";
pub const LABEL_NEW_PASSWORD: &str = "New password";
pub const HINT_FULL_NAME: &str = "As you’d like it to appear on the invoice.";
pub const HINT_PHONE: &str = "Example: 0812 3456 7890. We’ll contact you via WhatsApp.";
pub const HINT_PASSWORD: &str =
    "At least 8 characters, with upper-case and lower-case letters and a number.";
pub const HINT_PASSWORD_OK: &str = "Your password meets the requirements.";
pub const HINT_PHONE_SAVED_AS: &str = "Will be saved as";
pub const PASSWORD_REQUIRED: &str = "Please enter your password.";

// Home
pub const HOME_EYEBROW: &str = "Wedding photography studio";
pub const HOME_LEAD: &str =
    "From the proposal to the reception, we stay by your side for every moment that matters and turn it into memories you can hold again, any time.";
pub const HOME_CTA_REGISTER: &str = "Sign up & book a session";
pub const HOME_CTA_LOGIN: &str = "I already have an account";
pub const HOME_CTA_ACCOUNT: &str = "Open my account";
pub const HOME_SERVICES_TITLE: &str = "Our services";
pub const HOME_SERVICES: [(&str, &str); 4] = [
    ("Wedding", "Full-day coverage: the akad nikah or church blessing, traditional ceremonies and the reception."),
    ("Prewedding", "A relaxed session at a location of your choice, telling the story of the two of you."),
    ("Portraits", "Family, graduation and personal portraits in soft, gentle light."),
    ("Events", "Birthdays, proposals, MBS, martuppol and other important moments."),
];
pub const HOME_STEPS_TITLE: &str = "How to book";
pub const HOME_STEPS: [(&str, &str); 4] = [
    (
        "Sign up",
        "Create an account with your email and WhatsApp number.",
    ),
    (
        "Choose a package & date",
        "See which dates are still available and pick the package that suits you.",
    ),
    (
        "Pay the DP",
        "Transfer the down payment and upload the proof; we’ll check it promptly.",
    ),
    (
        "Capture the moment",
        "We’ll be there on the big day, and we’ll deliver the results to you.",
    ),
];
pub const HOME_CLOSING_TITLE: &str = "Ready to capture your special moment?";
pub const HOME_CLOSING_TEXT: &str =
    "Create an account in a minute, then book your date before it’s taken.";

// Login
pub const LOGIN_TITLE: &str = "Sign in";
pub const LOGIN_LEAD: &str = "Welcome back. Sign in with your email or WhatsApp number.";
pub const LOGIN_SUBMIT: &str = "Sign in";
pub const LOGIN_PENDING: &str = "Checking…";
pub const LOGIN_FORGOT: &str = "Forgot your password?";
pub const LOGIN_NO_ACCOUNT: &str = "Don’t have an account yet?";
pub const LOGIN_REGISTER_LINK: &str = "Sign up now";
pub const LOGIN_SESSION_EXPIRED: &str = "Your session has ended. Please sign in again.";

// Register
pub const REGISTER_TITLE: &str = "Create an account";
pub const REGISTER_LEAD: &str =
    "One account to book sessions, make payments and keep track of your bookings.";
pub const REGISTER_SUBMIT: &str = "Sign up";
pub const REGISTER_PENDING: &str = "Creating your account…";
pub const REGISTER_HAVE_ACCOUNT: &str = "Already have an account?";
pub const REGISTER_LOGIN_LINK: &str = "Sign in here";

// Forgot / reset password
pub const FORGOT_TITLE: &str = "Forgot password";
pub const FORGOT_LEAD: &str =
    "Enter your account email. We’ll send you a link to create a new password.";
pub const FORGOT_SUBMIT: &str = "Send link";
pub const FORGOT_NEXT: &str =
    "The link is valid for 30 minutes. Please check your spam folder too.";
pub const BACK_TO_LOGIN: &str = "Back to sign in";
pub const RESET_TITLE: &str = "Create a new password";
pub const RESET_LEAD: &str = "Choose a new password for your account.";
pub const RESET_SUBMIT: &str = "Save password";
pub const RESET_NO_TOKEN: &str =
    "This link is incomplete. Open the link from your email again, or request a new one.";
pub const RESET_REQUEST_NEW: &str = "Request a new link";
pub const RESET_DONE_LOGIN: &str = "Sign in with your new password";

// Account
pub const ACCOUNT_WELCOME: &str = "Welcome";
pub const ACCOUNT_LEAD: &str =
    "Here you can keep track of your bookings and manage your personal details.";
pub const ACCOUNT_BOOKINGS: &str = "My bookings";
pub const ACCOUNT_NO_BOOKINGS: &str = "No bookings yet";
pub const ACCOUNT_NO_BOOKINGS_TEXT: &str =
    "Choose the package and date you’d like; your booking will appear here.";
pub const ACCOUNT_SEE_PACKAGES: &str = "View packages";
pub const ACCOUNT_PROFILE: &str = "Profile";
pub const ACCOUNT_PROFILE_TEXT: &str = "Change your name, email, WhatsApp number or password.";
pub const ACCOUNT_PROFILE_LINK: &str = "Manage profile";
pub const BREADCRUMB_ACCOUNT: &str = "My account";
pub const ACCOUNT_NAV_LABEL: &str = "Account menu";
pub const ACCOUNT_NAV_HOME: &str = "Overview";

// Profile
pub const PROFILE_TITLE: &str = "Profile";
pub const PROFILE_DATA_TITLE: &str = "Personal details";
pub const PROFILE_SAVE: &str = "Save changes";
pub const PROFILE_SAVED: &str = "Your profile has been saved.";
pub const PROFILE_NO_CHANGES: &str = "There are no changes to save.";
pub const PROFILE_PASSWORD_TITLE: &str = "Change password";
pub const PROFILE_PASSWORD_LEAD: &str =
    "Once changed, all your other devices will be signed out of your account.";
pub const PROFILE_PASSWORD_SAVE: &str = "Change password";
pub const PROFILE_PASSWORD_SAVED: &str =
    "Your password has been changed. Other devices have been signed out.";
pub const PROFILE_LOAD_FAILED: &str = "Your profile couldn’t be loaded.";
pub const PROFILE_MEMBER_SINCE: &str = "Member since";

// Admin
pub const ADMIN_NAV_LABEL: &str = "Back office menu";
pub const ADMIN_SOON: &str = "soon";
pub const ADMIN_GREETING: &str = "Hello";
pub const ADMIN_SIGNED_IN_AS: &str = "You’re signed in as";
pub const DASHBOARD_TITLE: &str = "Overview";
pub const DASHBOARD_STAFF_TEXT: &str =
    "Studio figures are for admins only. Your work for today is here:";
pub const DASHBOARD_LINK_CALENDAR: &str = "Calendar";
pub const DASHBOARD_LINK_PROOFS: &str = "Review transfer proofs";
pub const DASHBOARD_LINK_CHAT: &str = "Client chat";
pub const DASHBOARD_LINK_BOOKINGS: &str = "View bookings";
pub const DASHBOARD_LOAD_FAILED: &str = "The overview couldn’t be loaded.";
pub const DASHBOARD_CLIENTS: &str = "Clients";
pub const DASHBOARD_NEW_THIS_MONTH: &str = "new this month";
pub const DASHBOARD_REVENUE_MONTH: &str = "Revenue this month";
pub const DASHBOARD_REVENUE_NOTE: &str = "Approved payments, WIB time";
pub const DASHBOARD_PROOFS: &str = "Proofs awaiting review";
pub const DASHBOARD_ACTIVE: &str = "Active bookings";
pub const DASHBOARD_CHART_TITLE: &str = "Revenue over the last 12 months";
pub const DASHBOARD_CHART_SUMMARY: &str = "Revenue over the last 12 months, total";
pub const DASHBOARD_BY_STATUS: &str = "Bookings by status";
pub const DASHBOARD_UPCOMING: &str = "Shoots in the next 14 days";
pub const DASHBOARD_UPCOMING_EMPTY: &str =
    "No shoots in the next 14 days yet. New bookings will appear here.";
pub const FORBIDDEN_TITLE: &str = "For the studio team only";
pub const FORBIDDEN_TEXT: &str =
    "Your account doesn’t have access to the back office. If you’re a team member, ask the studio owner to set up your role.";

// Generic actions and states
pub const SAVE: &str = "Save";
pub const CANCEL: &str = "Cancel";
pub const EDIT: &str = "Edit";
pub const DELETE: &str = "Delete";
pub const ACTIVE: &str = "Active";
pub const INACTIVE: &str = "Inactive";
pub const ITEMS: &str = "items";
pub const SAVED_SUFFIX: &str = "has been saved.";
pub const DELETED_SUFFIX: &str = "has been deleted.";
pub const HINT_SAVED_AS: &str = "Will be saved as";
pub const HINT_SORT_ORDER: &str = "Lower numbers are shown first.";
pub const LABEL_SORT_ORDER: &str = "Display order";
pub const DP: &str = "DP";
pub const FULL_DAY: &str = "Full day";

// Pricelist
pub const NAV_PRICELIST: &str = "Prices";
pub const HOME_CTA_PRICELIST: &str = "See packages & prices";
pub const PRICELIST_TITLE: &str = "Packages & Prices";
pub const PRICELIST_EYEBROW: &str = "Price list";
pub const PRICELIST_LEAD: &str =
    "Choose the package that best suits your moment. All prices are in rupiah and include edited photos.";
pub const PRICELIST_TABS_LABEL: &str = "Type of service";
pub const PRICELIST_CHOOSE: &str = "Choose Package";
pub const PRICELIST_EMPTY_TITLE: &str = "No packages yet";
pub const PRICELIST_EMPTY_TEXT: &str =
    "We’re still preparing packages for this service. Contact us via WhatsApp for a custom offer.";
pub const PRICELIST_SEE_OTHER: &str = "View packages";
pub const PRICELIST_LOAD_FAILED: &str = "The price list couldn’t be loaded.";
pub const PRICELIST_NOTE_DP: &str = "Down payment (DP) of";
pub const PRICELIST_NOTE_TRANSFER: &str = "by bank transfer";
pub const PRICELIST_NOTE_BALANCE: &str = "The remaining balance is due no later than";
pub const PRICELIST_NOTE_BALANCE_TAIL: &str = "days before the event";

// Admin: access
pub const NO_ACCESS_TITLE: &str = "This section isn’t available for your role";
pub const NO_ACCESS_TEXT: &str =
    "Your account doesn’t have access to this page. If you need it, ask the studio owner to set up your role.";
pub const NO_ACCESS_BACK: &str = "Back to overview";
pub const ADMIN_CATALOGUE: &str = "Catalogue";

// Admin: packages
pub const PACKAGES_TITLE: &str = "Packages";
pub const PACKAGES_LEAD: &str =
    "Active packages are shown on the prices page. Packages that have been used in bookings aren’t deleted, only deactivated.";
pub const PACKAGES_EMPTY: &str = "No packages yet";
pub const PACKAGES_EMPTY_TEXT: &str = "Add the first package so clients can book.";
pub const PACKAGES_LOAD_FAILED: &str = "The package list couldn’t be loaded.";
pub const PACKAGE: &str = "Package";
pub const PACKAGE_NEW: &str = "Add package";
pub const PACKAGE_NEW_TITLE: &str = "New package";
pub const PACKAGE_EDIT_TITLE: &str = "Edit package";
pub const PACKAGE_DELETE_CONFIRM: &str = "Delete package";
pub const PACKAGE_DEACTIVATED: &str =
    "The package has already been used in bookings, so it has been deactivated";
pub const PACKAGE_KIND_REQUIRED: &str = "Choose a type of service.";
pub const LABEL_SERVICE_KIND: &str = "Type of service";
pub const LABEL_PACKAGE_NAME: &str = "Package name";
pub const LABEL_PRICE: &str = "Price (Rp)";
pub const HINT_PRICE: &str = "In rupiah, digits only. Example: 1500000.";
pub const PRICE_SHOWN_AS: &str = "Shown as";
pub const LABEL_FULL_DAY: &str = "Full day";
pub const HINT_FULL_DAY: &str = "The package takes a whole day, with no start time.";
pub const LABEL_DURATION_HOURS: &str = "Duration (hours)";
pub const HINT_DURATION_HOURS: &str = "1–16 hours, counted from the start time.";
pub const LABEL_DESCRIPTION: &str = "Description";
pub const LABEL_INCLUSIONS: &str = "What’s included";
pub const HINT_INCLUSIONS: &str = "One item per line. Currently:";
pub const LABEL_ACTIVE_PACKAGE: &str = "Active";
pub const HINT_ACTIVE_PACKAGE: &str =
    "Active packages are shown on the prices page and can be booked.";
pub const COL_NAME: &str = "Name";
pub const COL_PRICE: &str = "Price";
pub const COL_DURATION: &str = "Duration";
pub const COL_STATUS: &str = "Status";
pub const COL_ORDER: &str = "Order";
pub const COL_ACTIONS: &str = "Actions";

// Admin: bank accounts
pub const BANKS_TITLE: &str = "Bank Accounts";
pub const BANKS_LEAD: &str =
    "Active accounts are shown to clients as the destination for DP and balance transfers.";
pub const BANKS_EMPTY: &str = "No accounts yet";
pub const BANKS_EMPTY_TEXT: &str = "Add an account so clients know where to transfer.";
pub const BANKS_LOAD_FAILED: &str = "The account list couldn’t be loaded.";
pub const BANK_ACCOUNT: &str = "Bank account";
pub const BANK_NEW: &str = "Add account";
pub const BANK_NEW_TITLE: &str = "New account";
pub const BANK_EDIT_TITLE: &str = "Edit account";
pub const BANK_DELETE_CONFIRM: &str = "Delete account";
pub const LABEL_BANK: &str = "Bank";
pub const LABEL_ACCOUNT_NUMBER: &str = "Account number";
pub const HINT_ACCOUNT_NUMBER: &str = "5–20 digits; spaces and hyphens are removed.";
pub const LABEL_HOLDER_NAME: &str = "Account holder";
pub const HINT_HOLDER_NAME: &str = "Exactly as it appears on the bank account.";
pub const LABEL_ACTIVE_BANK: &str = "Active";
pub const HINT_ACTIVE_BANK: &str = "Active accounts are shown to clients when they pay.";
pub const COL_BANK: &str = "Bank";
pub const COL_ACCOUNT_NUMBER: &str = "Account number";
pub const COL_HOLDER: &str = "Account holder";
/// "in the name of" (Indonesian "atas nama"), before an account holder's name.
pub const ON_BEHALF_OF: &str = "in the name of";

// Admin: settings
pub const SETTINGS_TITLE: &str = "Settings";
pub const SETTINGS_EYEBROW: &str = "Studio";
pub const SETTINGS_LEAD: &str = "Studio profile and booking rules. Changes apply to new bookings.";
pub const SETTINGS_LOAD_FAILED: &str = "The settings couldn’t be loaded.";
pub const SETTINGS_PROFILE: &str = "Studio profile";
pub const SETTINGS_RULES: &str = "Booking & payment rules";
pub const SETTINGS_SAVE: &str = "Save settings";
pub const SETTINGS_SAVED: &str = "The settings have been saved.";
pub const LABEL_STUDIO_NAME: &str = "Studio name";
pub const HINT_STUDIO_NAME: &str = "Shown on the website, in emails and on invoices.";
pub const LABEL_STUDIO_EMAIL: &str = "Studio email";
pub const HINT_STUDIO_EMAIL: &str = "Reply-to address for emails to clients.";
pub const LABEL_STUDIO_PHONE: &str = "Studio WhatsApp number";
pub const LABEL_TIMEZONE: &str = "Time zone";
pub const HINT_TIMEZONE: &str =
    "IANA zone name. WIB: Asia/Jakarta · WITA: Asia/Makassar · WIT: Asia/Jayapura.";
pub const TIMEZONE_REQUIRED: &str = "Please enter a time zone.";
pub const LABEL_STUDIO_ADDRESS: &str = "Studio address";
pub const HINT_STUDIO_ADDRESS: &str = "Shown in the page footer and on invoices.";
pub const LABEL_DP_PERCENT: &str = "DP (%)";
pub const HINT_DP_PERCENT: &str =
    "Down payment as a share of the total price, rounded up to the nearest Rp1,000.";
pub const LABEL_PAYMENT_DEADLINE: &str = "Payment deadline (minutes)";
pub const HINT_PAYMENT_DEADLINE: &str =
    "How long the client has to upload the DP transfer proof after the booking is made.";
pub const LABEL_REUPLOAD_WINDOW: &str = "Re-upload window after rejection (minutes)";
pub const HINT_REUPLOAD_WINDOW: &str =
    "How long the client has to upload a new proof after the previous one was rejected.";
pub const LABEL_CAPACITY: &str = "Crew capacity at any one time";
pub const HINT_CAPACITY: &str = "How many bookings may take place at the same time.";
pub const LABEL_MIN_LEAD_DAYS: &str = "Minimum notice (days before the event)";
pub const HINT_MIN_LEAD_DAYS: &str =
    "The earliest event date is this many days from today; 1 means tomorrow.";
pub const LABEL_BALANCE_DUE_DAYS: &str = "Balance due (days before the event)";
pub const HINT_BALANCE_DUE_DAYS: &str =
    "The remaining balance must be paid this many days before the big day.";

// Not found
pub const NOT_FOUND_TITLE: &str = "Page not found";
pub const NOT_FOUND_TEXT: &str = "The link you opened may have a typo or may have been moved.";

// Dates (month and weekday names come from shared::id_date)
pub const WEEKDAYS_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
pub const UNTIL: &str = "Until:";
pub const COUNTDOWN_OVER: &str = "Time’s up";

// Booking facts
pub const ALL_DAY: &str = "All Day";
pub const DATE: &str = "Date";
pub const TIME: &str = "Time";
pub const LOCATION: &str = "Location";
pub const NOTES: &str = "Notes";
pub const TOTAL: &str = "Total";
pub const PAID: &str = "Paid";
pub const REMAINING: &str = "Remaining balance";
pub const PAYMENT_OPTION: &str = "Payment option";
pub const BOOKED_AT: &str = "Booked on";
pub const FACTS_EVENT: &str = "Event details";
pub const FACTS_PAYMENT: &str = "Payment";
pub const OPTION_DP: &str = "DP + balance";
pub const OPTION_FULL: &str = "Full payment";
pub const NOT_CHOSEN: &str = "Not chosen yet";
pub const HOURS: &str = "hours";

// Booking statuses and actions
pub const ACTION_PAY_NOW: &str = "Pay now";
pub const ACTION_REUPLOAD: &str = "Re-upload proof";
pub const ACTION_PAY_BALANCE: &str = "Pay the balance";
pub const ACTION_DETAIL: &str = "View details";

// Payments
pub const PAYMENTS_EMPTY: &str = "No payment proofs have been uploaded yet.";
pub const UPLOADED_AT: &str = "Uploaded";
pub const REJECT_REASON: &str = "Reason for rejection";
pub const PROOF_SHOW: &str = "View proof";
pub const PROOF_HIDE: &str = "Hide proof";
pub const PROOF_LOADING: &str = "Loading transfer proof…";
pub const PROOF_LOAD_FAILED: &str = "The transfer proof couldn’t be loaded.";
pub const PROOF_ALT: &str = "Transfer proof";
pub const PROOF_OPEN_FULL: &str = "Open full size in a new tab";
pub const PROOF_PDF: &str = "The proof is a PDF document.";
pub const PROOF_OPEN_PDF: &str = "Open PDF";
pub const PROOF_DOWNLOAD: &str = "Download";
pub const KIND_BALANCE: &str = "Balance payment";

// Timeline
pub const TIMELINE_EMPTY: &str = "No history yet.";
pub const ACTOR_SYSTEM: &str = "System";
pub const ACTOR_CLIENT: &str = "Client";
pub const ACTOR_STUDIO: &str = "Studio";

// Booking wizard
pub const BOOKING_TITLE: &str = "Book a photo session";
pub const BOOKING_EYEBROW: &str = "Booking";
pub const BOOKING_LEAD: &str =
    "Choose a date and fill in your event details. The price follows the package, with no hidden costs.";
pub const BOOKING_LOAD_FAILED: &str = "The package couldn’t be loaded.";
pub const BOOKING_NO_PACKAGE: &str = "Please choose a package first";
pub const BOOKING_PACKAGE_GONE: &str = "This package is no longer available";
pub const BOOKING_NO_PACKAGE_TEXT: &str =
    "Bookings start from the price list: choose a package that suits you, then pick the date.";
pub const BOOKING_SEE_PACKAGES: &str = "See packages & prices";
pub const STEPS_LABEL: &str = "Booking steps";
pub const STEP_PACKAGE: &str = "Package";
pub const STEP_DATE: &str = "Date";
pub const STEP_TIME: &str = "Time";
pub const STEP_DETAILS: &str = "Location";
pub const STEP_REVIEW: &str = "Confirm";
pub const STEP_PACKAGE_TITLE: &str = "Your chosen package";
pub const STEP_DATE_TITLE: &str = "Choose the event date";
pub const STEP_TIME_TITLE: &str = "Choose a start time";
pub const STEP_DETAILS_TITLE: &str = "Location & notes";
pub const STEP_REVIEW_TITLE: &str = "Review & confirm";
pub const CHANGE_PACKAGE: &str = "Change package";
pub const NEXT: &str = "Next";
pub const NEXT_PICK_DATE: &str = "Choose a date";
pub const NEXT_REVIEW: &str = "Review booking";
pub const BACK: &str = "Back";
pub const DATE_RULE: &str = "The earliest date you can book is";
pub const CHOSEN_DATE: &str = "Selected date";
pub const PICK_A_DATE: &str = "Choose one of the available dates.";
pub const SESSION_OF: &str = "Session:";
pub const LABEL_START_TIME: &str = "Start time";
pub const PICK_START_TIME: &str = "Choose a start time";
pub const HINT_START_TIME: &str =
    "Times not listed are already taken or fall outside working hours (06:00–22:00 WIB).";
pub const NO_SLOTS: &str =
    "There isn’t enough time left on that date for this package’s duration. Go back and choose another date.";
pub const LABEL_LOCATION: &str = "Event location";
pub const HINT_LOCATION: &str =
    "Venue name and address, e.g. HKBP Saribudolok Church, Jl. Merdeka 1.";
pub const LABEL_NOTES: &str = "Notes (optional)";
pub const HINT_NOTES: &str = "Theme, running order or any special requests for our team.";
pub const PAYMENT_OPTION_LEGEND: &str = "Payment option";
pub const OPTION_DP_REST: &str = "Balance of";
pub const OPTION_DP_REST_DUE: &str = "due no later than";
pub const DAYS_BEFORE_EVENT: &str = "days before the event";
pub const OPTION_FULL_SUB: &str = "Pay the full amount now, with nothing left to pay later.";
pub const PAY_WITHIN: &str = "Pay within";
pub const PAY_WITHIN_TAIL: &str = "of booking.";
pub const PAY_WITHIN_DETAIL: &str = "After confirming, transfer";
pub const PAY_WITHIN_DETAIL_TAIL: &str =
    "to the studio’s account and upload the proof. If the deadline passes, the slot is released automatically.";
pub const CANCEL_POLICY: &str =
    "You can cancel the booking yourself before the studio accepts it. Once it’s accepted, cancellations are requested from the studio and the down payment (DP) is non-refundable (forfeited).";
pub const BOOKING_CONFIRM: &str = "Confirm booking";
pub const BOOKING_CONFIRMING: &str = "Booking…";
pub const BOOKING_LOGIN_CONFIRM: &str = "Sign in to confirm";
pub const BOOKING_SIGNED_OUT: &str =
    "You need to sign in to complete the booking; your choices are kept. Don’t have an account yet?";
pub const BOOKING_REGISTER: &str = "Sign up now";
pub const BOOKING_CREW_CANNOT: &str =
    "You’re signed in as a member of the studio team. Bookings can only be made from a client account.";
pub const SUMMARY_TITLE: &str = "Summary";

// Calendar
pub const CAL_PREV: &str = "Previous month";
pub const CAL_NEXT: &str = "Next month";
pub const CAL_LABEL: &str = "Calendar";
pub const CAL_LOADING: &str = "Loading availability…";
pub const CAL_LOAD_FAILED: &str = "Date availability couldn’t be loaded.";
pub const CAL_FREE: &str = "Available";
pub const CAL_PARTLY: &str = "Partly booked";
pub const CAL_FULL: &str = "Fully booked";
pub const CAL_BLOCKED: &str = "Studio closed";
pub const CAL_TOO_SOON: &str = "Not bookable";
pub const CAL_FULL_OR_CLOSED: &str = "Full / unavailable";
pub const CAL_LEGEND: &str = "Colour key";
pub const CAL_NONE_THIS_MONTH: &str =
    "There are no available dates for this package this month. Try the next month.";

// Account: bookings
pub const ACCOUNT_BOOKINGS_FAILED: &str = "Your bookings couldn’t be loaded.";
pub const ACCOUNT_UPCOMING: &str = "Upcoming";
pub const ACCOUNT_PAST: &str = "History";
pub const ACCOUNT_NO_UPCOMING: &str = "No upcoming bookings.";
pub const ACCOUNT_BOOK_NEW: &str = "Book a new session";
pub const ACCOUNT_NEW_BOOKING: &str = "New booking";
pub const ACCOUNT_NEW_BOOKING_TEXT: &str =
    "Choose a package, then a date that’s still available. The down payment (DP) is simply paid by bank transfer.";
pub const PAID_IN_FULL: &str = "Paid in full";
pub const REMAINING_SHORT: &str = "balance";
pub const PAY_BEFORE: &str = "pay by";
pub const BACK_TO_ACCOUNT: &str = "Back to my account";

// Booking detail
pub const BOOKING_DETAIL_TITLE: &str = "Booking";
pub const BOOKING_DETAIL_LOAD_FAILED: &str = "The booking details couldn’t be loaded.";
pub const BOOKING_NOT_FOUND: &str = "Booking not found";
pub const BOOKING_NOT_FOUND_TEXT: &str =
    "This link may be wrong, or this booking doesn’t belong to the account that’s signed in.";
pub const BOOKING_CODE: &str = "Booking code";
pub const PAYMENTS_TITLE: &str = "Payments";
pub const TIMELINE_TITLE: &str = "Status history";
pub const NEXT_TITLE: &str = "Next step";
pub const NEXT_PAY: &str = "Transfer";
pub const NEXT_PAY_TAIL: &str = " and upload the proof";
pub const BEFORE: &str = "before";
pub const NEXT_WAIT_REVIEW: &str =
    "The studio is checking your transfer proof. We’ll let you know as soon as it’s confirmed.";
pub const NEXT_REJECTED: &str = "The studio rejected your transfer proof:";
pub const NEXT_REUPLOAD: &str = "Please upload the correct proof before the deadline.";
pub const NEXT_BALANCE: &str =
    "Your down payment (DP) has been received. Please pay the balance of";
pub const NEXT_BALANCE_BY: &str = "no later than";
pub const NEXT_ALL_PAID: &str = "Your booking is fully paid. See you on the day!";
pub const NEXT_DONE: &str =
    "Your photo session is complete. Thank you for entrusting your moments to us.";
pub const NEXT_EXPIRED: &str =
    "The payment deadline has passed and the slot has been released. Please make a new booking.";
pub const NEXT_CANCELLED: &str = "This booking has been cancelled.";
pub const BOOK_AGAIN: &str = "Make a new booking";
pub const SEE_BOOKING: &str = "View booking details";
pub const CANCEL_TITLE: &str = "Cancellation";
pub const CANCEL_BOOKING: &str = "Cancel booking";
pub const CANCELLING: &str = "Cancelling…";
pub const CANCEL_BEFORE_ACCEPT: &str =
    "You can cancel this booking yourself until the studio accepts it; the slot is released straight away. Once it’s accepted, the down payment (DP) is non-refundable (forfeited).";
pub const CANCEL_CONFIRM: &str = "Cancel booking";
pub const CANCEL_CONFIRM_TAIL: &str =
    "Your slot will be released and the cancellation can’t be undone.";
pub const CANCELLED_NOTICE: &str = "The booking has been cancelled.";
pub const CONTACT_STUDIO: &str = "Contact the studio on WhatsApp";

// Payment page
pub const PAY_TITLE: &str = "Payment";
pub const PAY_LOAD_FAILED: &str = "The payment page couldn’t be loaded.";
pub const PAY_SUMMARY: &str = "Booking summary";
pub const PAY_STEP_TRANSFER: &str = "Transfer";
pub const PAY_STEP_UPLOAD: &str = "Upload the transfer proof";
pub const PAY_AMOUNT: &str = "Amount to transfer";
pub const PAY_TO_ACCOUNTS: &str = "To one of the studio’s accounts";
pub const PAY_NO_BANKS: &str =
    "The studio’s bank accounts aren’t available yet. Contact the studio via WhatsApp to arrange payment.";
pub const COPY_NUMBER: &str = "Copy number";
pub const COPY_AMOUNT: &str = "Copy amount";
pub const COPIED: &str = "Copied";
pub const COPY_FAILED: &str = "Copy manually";
pub const COUNTDOWN_PAY: &str = "Time left to pay";
pub const COUNTDOWN_REUPLOAD: &str = "Time left to re-upload";
pub const BALANCE_DUE_BY: &str = "Balance due by";
pub const PAY_REJECTED: &str = "Your previous proof was rejected.";
pub const PAY_REJECTED_NEXT: &str =
    "Please double-check the amount and the destination account, then upload a clear proof before time runs out.";
pub const PAY_WAITING_TITLE: &str = "Your proof is being checked";
pub const PAY_WAITING_TEXT: &str =
    "We’ve received your transfer proof and the studio is checking it. You don’t need to upload it again.";
pub const PAY_NOTHING_TITLE: &str = "No payment due right now";
pub const PAY_NOTHING_TEXT: &str =
    "This booking doesn’t need a payment at the moment. See the booking details for its status.";
pub const PAY_CLOSED_TITLE: &str = "The deadline has passed";
pub const PAY_CLOSED_TEXT: &str =
    "The time to upload a proof has run out, so the slot has been released. Please make a new booking; if you’ve already transferred, contact the studio.";
pub const LABEL_BANK_ACCOUNT: &str = "Destination account";
pub const HINT_BANK_ACCOUNT: &str = "Choose the account you transferred to.";
pub const LABEL_PROOF: &str = "Transfer proof";
pub const HINT_PROOF: &str = "A JPEG, PNG or WebP photo or screenshot, or a PDF file; up to 5 MB.";
pub const DROP_TITLE: &str = "Drag & drop your transfer proof here";
pub const DROP_HINT: &str = "or click to choose a file from your device";
pub const PROOF_BAD_TYPE: &str =
    "This file format isn’t supported. Upload a JPEG, PNG or WebP photo, or a PDF file.";
pub const PROOF_EMPTY: &str = "The file is empty. Please choose another transfer proof file.";
pub const PROOF_TOO_BIG: &str = "File too large";
pub const PROOF_TOO_BIG_HINT: &str =
    "Up to 5 MB: send a screenshot, make the photo smaller, or save it as a PDF.";
pub const PROOF_PREVIEW_ALT: &str = "Transfer proof preview";
pub const PROOF_CHANGE: &str = "Change file";
pub const PAY_PICK_BANK: &str = "Choose the destination account.";
pub const PAY_PICK_FILE: &str = "Please choose a transfer proof file first.";
pub const UPLOAD_PROGRESS: &str = "Upload progress";
pub const UPLOADING: &str = "Uploading…";
pub const UPLOADED: &str = "Uploaded";
pub const UPLOAD_SUBMIT: &str = "Send transfer proof";
pub const UPLOAD_NETWORK: &str =
    "The upload was interrupted. Check your connection and send it again; your file is still selected.";
pub const PROOF_SENT: &str = "Proof sent, awaiting confirmation from the studio";
pub const PROOF_SENT_TEXT: &str =
    "We’ll check your proof as soon as possible during working hours. Your booking status will change to “Accepted” once it’s confirmed.";
pub const MINUTES: &str = "minutes";

// Admin: operations
pub const ADMIN_OPERATIONS: &str = "Operations";
pub const CLIENT: &str = "Client";
pub const EVENT_DATE: &str = "Event date";
pub const TO_ACCOUNT: &str = "Destination account";
pub const BOOKING_STATUS: &str = "Booking status";
pub const REVIEWED_AT: &str = "Reviewed";
pub const BOOKING: &str = "Booking";
pub const PAGINATION: &str = "Pages";
pub const PAGE: &str = "Page";
pub const OF: &str = "of";
pub const PAGE_PREV: &str = "‹ Previous";
pub const PAGE_NEXT: &str = "Next ›";

// Admin: review queue
pub const REVIEW_TITLE: &str = "Payments";
pub const REVIEW_LEAD: &str =
    "Check transfer proofs, starting with those that have waited longest. Match the amount, destination account and sender’s name before approving.";
pub const REVIEW_TABS: &str = "Proof status";
pub const TAB_PENDING: &str = "Pending";
pub const TAB_APPROVED: &str = "Approved";
pub const TAB_REJECTED: &str = "Rejected";
pub const PROOFS: &str = "proofs";
pub const REVIEW_LOAD_FAILED: &str = "The list of proofs couldn’t be loaded.";
pub const REVIEW_EMPTY_PENDING: &str = "No proofs waiting";
pub const REVIEW_EMPTY_PENDING_TEXT: &str =
    "All transfer proofs have been checked. New proofs will appear here.";
pub const REVIEW_EMPTY_HISTORY: &str = "No history yet";
pub const REVIEW_EMPTY_HISTORY_TEXT: &str = "Proofs that have been checked will be recorded here.";
pub const REVIEW_STALE: &str =
    "This booking is no longer active (cancelled, expired or completed). Reject this proof and contact the client if a refund is needed.";
pub const APPROVE: &str = "Approve";
pub const APPROVING: &str = "Approving…";
pub const REJECT: &str = "Reject";
pub const REJECTING: &str = "Rejecting…";
pub const REJECT_CONFIRM: &str = "Reject proof";
pub const LABEL_REJECT_REASON: &str = "Reason for rejection";
pub const HINT_REJECT_REASON: &str =
    "The client will read this. Explain what’s wrong and what they need to send, e.g. the transfer is Rp 25,000 short.";
pub const REASON_RULE: &str = "Please give a reason for the rejection (3–500 characters).";
pub const APPROVED_NOTICE: &str = "Payment for";
pub const APPROVED_NOTICE_TAIL: &str = "approved. The booking status is now";
pub const REJECTED_NOTICE: &str = "Proof for";
pub const REJECTED_NOTICE_TAIL: &str = "rejected; the client has been notified with the reason.";

// Admin: bookings
pub const ADMIN_BOOKINGS_TITLE: &str = "Bookings";
pub const ADMIN_BOOKINGS_LEAD: &str =
    "All client bookings. Search by code, name, email or WhatsApp number.";
pub const ADMIN_BOOKINGS_LOAD_FAILED: &str = "The booking list couldn’t be loaded.";
pub const ADMIN_BOOKINGS_EMPTY: &str = "No matching bookings";
pub const ADMIN_BOOKINGS_EMPTY_TEXT: &str = "Change or clear the filters to see other bookings.";
pub const BOOKINGS_FOUND: &str = "bookings found";
pub const COL_CODE: &str = "Code";
pub const ALL_STATUSES: &str = "All statuses";
pub const ALL_KINDS: &str = "All services";
pub const FILTER_SEARCH: &str = "Search";
pub const FILTER_SEARCH_HINT: &str = "Code, name, email or WhatsApp number.";
pub const FILTER_FROM: &str = "Events from";
pub const FILTER_TO: &str = "To";
pub const FILTER_APPLY: &str = "Apply";
pub const FILTER_RESET: &str = "Clear filters";
pub const FILTER_RANGE_ERROR: &str = "The end date can’t be before the start date.";
pub const ADMIN_BOOKING_NOT_FOUND_TEXT: &str = "This booking doesn’t exist or has been deleted.";
pub const BACK_TO_BOOKINGS: &str = "Back to the booking list";
pub const ADMIN_PENDING_PROOF: &str = "A transfer proof is waiting to be checked.";
pub const ADMIN_TO_QUEUE: &str = "Open the payment queue";
pub const ADMIN_ACTIONS: &str = "Actions";
pub const ADMIN_ACTIONS_ADMIN_ONLY: &str = "Only admins can cancel bookings or mark them as done.";
pub const ADMIN_ACTIONS_NONE: &str = "There are no actions for a booking with this status.";
pub const ADMIN_MARK_DONE: &str = "Mark as done";
pub const ADMIN_COMPLETE_CONFIRM: &str = "Complete booking";
pub const ADMIN_COMPLETED_TAIL: &str = "marked as done.";
pub const ADMIN_CANCELLED_TAIL: &str = "cancelled and its slot released.";
pub const ADMIN_CANCEL_WARN: &str =
    "The slot is released straight away and the client is notified.";
pub const ADMIN_CANCEL_ACCEPTED_WARN: &str =
    "This booking has already been accepted: the slot will be released and, in line with the policy, the client’s DP is forfeited.";
pub const LABEL_CANCEL_REASON: &str = "Reason for cancellation (optional)";
pub const HINT_CANCEL_REASON: &str = "Recorded in the booking history and visible to the client.";
pub const ADMIN_CANCEL_CONFIRM_BUTTON: &str = "Yes, cancel the booking";

// Admin: calendar blocks
pub const BLOCKS_TITLE: &str = "Calendar";
pub const BLOCKS_LEAD: &str =
    "The status of every date and the times the studio is closed. Choose a date on the calendar to close a whole day or a few hours; existing bookings aren’t affected.";
pub const BLOCKS_LEAD_STAFF: &str =
    "The status of every date and the times the studio is closed. Only admins can close or reopen the schedule.";
pub const BLOCKS_OF_MONTH: &str = "Closures,";
pub const BLOCKS_EMPTY: &str = "Nothing is closed in this period.";
pub const BLOCKS_LOAD_FAILED: &str = "The list of closures couldn’t be loaded.";
pub const BLOCK: &str = "Schedule for";
pub const BLOCK_SAVED_TAIL: &str = "closed.";
pub const BLOCK_DELETED_TAIL: &str = "reopened.";
pub const BLOCK_DELETE_CONFIRM: &str = "Reopen the schedule for";
pub const BLOCK_DELETE_CONFIRM_TAIL: &str = "Clients will be able to book this time again.";
pub const BLOCK_NEW_TITLE: &str = "Close the schedule";
pub const BLOCK_NEW_TEXT: &str = "For holidays, private events or studio maintenance.";
pub const BLOCK_SAVE: &str = "Close schedule";
pub const BLOCK_DATE_REQUIRED: &str = "Choose a date.";
pub const BLOCK_TIMES_REQUIRED: &str = "Fill in the start and end times, or tick “Full day”.";
pub const LABEL_BLOCK_DATE: &str = "Date";
pub const HINT_BLOCK_DATE: &str = "Or click a date on the calendar.";
pub const HINT_BLOCK_WHOLE_DAY: &str = "Untick to close just a few hours.";
pub const LABEL_BLOCK_START: &str = "Start time";
pub const LABEL_BLOCK_END: &str = "End time";
pub const LABEL_BLOCK_REASON: &str = "Reason";
pub const HINT_BLOCK_REASON: &str =
    "For the studio team, e.g. Christmas holiday. Max. 200 characters.";
pub const COL_DATE: &str = "Date";
pub const COL_TIME: &str = "Time";
pub const COL_REASON: &str = "Reason";

// Booking detail: hiding
pub const HIDE_TITLE: &str = "Hide from the list";
pub const HIDE_TEXT: &str =
    "Completed bookings will no longer appear in your account. The studio still keeps its records.";
pub const HIDE_BOOKING: &str = "Hide";
pub const HIDING: &str = "Hiding…";
pub const HIDE_CONFIRM: &str = "Hide booking";
pub const HIDE_CONFIRM_TAIL: &str = "This booking will no longer appear in your list.";
pub const HIDDEN_NOTICE: &str = "The booking has been hidden from your list.";

// Cancel / reschedule requests
pub const REQUEST_TITLE: &str = "Request a cancellation / reschedule";
pub const REQUEST_TEXT: &str =
    "The studio has already accepted this booking. Request a cancellation or a reschedule here; the studio will review it and reply.";
pub const REQUEST_KIND_LEGEND: &str = "Type of request";
pub const REQUEST_KIND_CANCEL: &str = "Cancellation";
pub const REQUEST_KIND_RESCHEDULE: &str = "Reschedule";
pub const LABEL_REQUEST_REASON: &str = "Reason";
pub const HINT_REQUEST_REASON: &str = "3–1000 characters. Visible to the studio team.";
pub const REQUEST_REASON_RULE: &str = "Please give a reason, 3–1000 characters.";
pub const LABEL_NEW_DATE: &str = "New date";
pub const HINT_NEW_DATE: &str = "Tomorrow at the earliest.";
pub const NEW_DATE_REQUIRED: &str = "Choose a new date.";
pub const LABEL_NEW_START_TIME: &str = "New start time";
pub const NEW_START_TIME_REQUIRED: &str = "Choose a new start time.";
pub const CHOOSE_TIME: &str = "Choose a time";
pub const REQUEST_CANCEL_POLICY: &str =
    "In line with our policy, if you cancel after the booking has been accepted, the down payment (DP) is non-refundable (forfeited).";
pub const REQUEST_SUBMIT: &str = "Send request";
pub const REQUEST_SUBMITTING: &str = "Sending…";
pub const REQUEST_CONFIRM_CANCEL: &str =
    "Request to cancel this booking? The DP is non-refundable (forfeited).";
pub const REQUEST_CONFIRM_RESCHEDULE: &str = "Request to reschedule this booking?";
pub const REQUEST_SENT: &str = "Request sent. The studio will review it as soon as possible.";
pub const REQUEST_PENDING_TEXT: &str =
    "The studio is reviewing your request. You can send another once a decision has been made.";
pub const REQUESTS_TITLE: &str = "Your requests";
pub const REQUESTS_LOAD_FAILED: &str = "Your requests couldn’t be loaded.";
pub const REQUEST_STATUS_PENDING: &str = "Pending";
pub const REQUEST_STATUS_APPROVED: &str = "Approved";
pub const REQUEST_STATUS_DECLINED: &str = "Declined";
pub const REQUEST_NEW_SCHEDULE: &str = "New schedule";
pub const REQUEST_DECISION_NOTE: &str = "Note from the studio";
pub const REQUEST_CREATED_AT: &str = "Requested";
pub const REQUEST_DECIDED_AT: &str = "Decided";

// Admin: requests queue
pub const REQUESTS_ADMIN_TITLE: &str = "Requests";
pub const REQUESTS_ADMIN_LEAD: &str =
    "Cancellation and reschedule requests from clients for bookings that have already been accepted.";
pub const REQUESTS_TABS: &str = "Request status";
pub const REQUESTS_EMPTY_PENDING: &str = "No requests waiting";
pub const REQUESTS_EMPTY_PENDING_TEXT: &str = "New requests from clients will appear here.";
pub const REQUESTS_EMPTY_HISTORY: &str = "No history yet";
pub const REQUESTS_EMPTY_HISTORY_TEXT: &str = "Requests that have been decided are recorded here.";
pub const REQUEST_KIND: &str = "Type";
pub const REQUEST_APPROVE: &str = "Approve";
pub const REQUEST_APPROVING: &str = "Approving…";
pub const REQUEST_DECLINE: &str = "Decline";
pub const REQUEST_DECLINING: &str = "Declining…";
pub const LABEL_DECISION_NOTE_OPTIONAL: &str = "Note for the client (optional)";
pub const LABEL_DECISION_NOTE_REQUIRED: &str = "Note for the client (required when declining)";
pub const HINT_DECISION_NOTE: &str = "Visible to the client on the booking page.";
pub const DECISION_NOTE_RULE: &str = "Please write a note for the client when declining.";
pub const REQUEST_APPROVED_NOTICE: &str = "Request approved for booking";
pub const REQUEST_DECLINED_NOTICE: &str = "Request declined for booking";
pub const SLOT_TAKEN_TEXT: &str =
    "The requested slot is already taken, so the request can’t be approved yet and remains pending.";

// Settings: notification channels
pub const SETTINGS_NOTIFICATIONS: &str = "Notifications & reminders";
pub const LABEL_BALANCE_REMINDER_DAYS: &str = "Balance reminder (days before the due date)";
pub const HINT_BALANCE_REMINDER_DAYS: &str =
    "Clients are reminded this many days before the balance is due. Up to 60 days.";
pub const LABEL_WHATSAPP_ENABLED: &str = "Also send notifications via WhatsApp";
pub const HINT_WHATSAPP_ENABLED: &str =
    "Only sent if a WhatsApp gateway is configured on the server (APP_WHATSAPP__URL and APP_WHATSAPP__TOKEN). Email and in-app notifications keep working either way.";

// Notifications
pub const NOTIFICATIONS_TITLE: &str = "Notifications";
pub const NOTIFICATIONS_LEAD: &str = "The latest news about your bookings and payments.";
pub const NOTIFICATIONS_LOAD_FAILED: &str = "Notifications couldn’t be loaded.";
pub const NOTIFICATIONS_EMPTY: &str = "No notifications yet";
pub const NOTIFICATIONS_EMPTY_TEXT: &str = "Updates about bookings and payments will appear here.";
pub const NOTIFICATIONS_COUNT: &str = "notifications";
pub const MARK_ALL_READ: &str = "Mark all as read";
pub const MARKING_ALL_READ: &str = "Marking…";
pub const ALL_READ_NOTICE: &str = "All notifications have been marked as read.";
pub const UNREAD: &str = "Unread";
pub const UNREAD_TAIL: &str = "unread";
pub const BELL_LABEL: &str = "Notifications";
pub const TOASTS_LABEL: &str = "New notifications";
pub const TOAST_CLOSE: &str = "Close";
pub const TOAST_OPEN: &str = "View";

// Relative time
pub const JUST_NOW: &str = "just now";
pub const MINUTE_AGO: &str = "minute ago";
pub const HOUR_AGO: &str = "hour ago";
pub const MINUTES_AGO: &str = "minutes ago";
pub const HOURS_AGO: &str = "hours ago";
pub const YESTERDAY: &str = "yesterday";
pub const DAYS_AGO: &str = "days ago";

// Invoice
pub const INVOICE_TITLE: &str = "Invoice";
pub const INVOICE_NUMBER: &str = "Invoice no.";
pub const INVOICE_TEXT: &str = "A PDF invoice with the latest payment details.";
pub const INVOICE_DOWNLOAD: &str = "Download Invoice";
pub const BILL_TITLE: &str = "Bill";
pub const BILL_TEXT: &str =
    "A provisional bill. The official invoice, with its number, is issued once the studio accepts the booking.";
pub const BILL_DOWNLOAD: &str = "Download Bill";
pub const BILL_FILE_PREFIX: &str = "Bill";
pub const DOWNLOADING: &str = "Downloading…";
pub const INVOICE_FAILED: &str = "The invoice couldn’t be downloaded.";

// Chat
pub const CHAT_NAV: &str = "Chat";
pub const CHAT_BADGE_TAIL: &str = "unread messages";
pub const CHAT_TITLE: &str = "Chat with the studio";
pub const CHAT_LEAD: &str =
    "Ask about packages, schedules or payments. The Aruna Moment team replies here during working hours (Monday – Friday, 09:00 – 17:00 WIB).";
pub const CHAT_CREW_HERE: &str =
    "Client chats are in the back office: open the inbox to read and reply.";
pub const CHAT_TO_INBOX: &str = "Open the chat inbox";
pub const CHAT_MESSAGES_LABEL: &str = "Messages";
pub const CHAT_LOAD_FAILED: &str = "The conversation couldn’t be loaded.";
pub const CHAT_EMPTY_CLIENT: &str =
    "No messages yet. Write your question about packages, schedules or payments — we’ll reply here.";
pub const CHAT_EMPTY_STUDIO: &str =
    "No messages in this conversation yet. Say hello to the client first if needed.";
pub const CHAT_LOAD_OLDER: &str = "Load earlier messages";
pub const CHAT_LOADING_OLDER: &str = "Loading earlier messages…";
pub const CHAT_OLDER_FAILED: &str = "Earlier messages couldn’t be loaded.";
pub const CHAT_TODAY: &str = "Today";
pub const CHAT_YESTERDAY: &str = "Yesterday";
pub const CHAT_YOU: &str = "You";
pub const CHAT_STATUS_SENDING: &str = "Sending…";
pub const CHAT_STATUS_SENT: &str = "Sent";
pub const CHAT_STATUS_READ: &str = "Read";
pub const CHAT_STATUS_FAILED: &str = "Failed — resend";
pub const CHAT_BOOKING_REF: &str = "Booking";
pub const CHAT_INPUT_LABEL: &str = "Write a message";
pub const CHAT_INPUT_PLACEHOLDER: &str = "Write a message…";
pub const CHAT_INPUT_HINT: &str = "Enter to send, Shift+Enter for a new line.";
pub const CHAT_SEND: &str = "Send";
pub const CHAT_ATTACH_LABEL: &str = "Attach a booking";
pub const CHAT_ATTACH_NONE: &str = "No booking";
pub const CHAT_TOO_FAST: &str = "Too fast. Please wait a moment and send again.";
pub const CHAT_NOT_FOUND: &str =
    "This conversation couldn’t be found. Reload the page, then try again.";
pub const CHAT_SEND_NETWORK: &str =
    "Your message wasn’t sent because the connection dropped. Check your internet, then tap “resend”.";
pub const CHAT_SEND_FAILED_TAIL: &str = "Tap “resend” to try again.";
pub const CHAT_FIX_AND_RESEND: &str = "Correct the message and send it again.";

// Admin: chat inbox
pub const INBOX_TITLE: &str = "Chat";
pub const INBOX_LEAD: &str =
    "Conversations with clients, newest messages first. Your replies appear as “Aruna Moment”.";
pub const INBOX_LABEL: &str = "Conversation list";
pub const INBOX_FILTER_LABEL: &str = "Filter conversations";
pub const INBOX_ALL: &str = "All";
pub const INBOX_UNANSWERED: &str = "Unanswered";
pub const INBOX_SEARCH: &str = "Search clients";
pub const INBOX_SEARCH_PLACEHOLDER: &str = "Name, email or WhatsApp number";
pub const INBOX_LOAD_FAILED: &str = "The conversation list couldn’t be loaded.";
pub const INBOX_EMPTY: &str = "No conversations yet";
pub const INBOX_EMPTY_TEXT: &str = "Messages from clients will appear here as soon as they write.";
pub const INBOX_NONE_MATCH: &str = "No matching conversations";
pub const INBOX_NONE_MATCH_TEXT: &str = "Change your search or show all conversations.";
pub const INBOX_NO_MESSAGE: &str = "No messages yet";
pub const INBOX_STUDIO_PREFIX: &str = "You:";
pub const INBOX_UNREAD_TAIL: &str = "unread";
pub const INBOX_PICK: &str = "Choose a conversation";
pub const INBOX_PICK_TEXT: &str = "Choose a conversation from the list to read and reply.";
pub const BACK_TO_INBOX: &str = "Back to the inbox";
pub const CONVERSATION_NOT_FOUND: &str = "Conversation not found";
pub const CONVERSATION_NOT_FOUND_TEXT: &str =
    "This client doesn’t exist, or the link is wrong. Open the inbox to choose another conversation.";
pub const CONVERSATION_CLIENT_BOOKINGS: &str = "View the client’s bookings";

// Admin calendar: bookings by month and week
pub const CAL_PREV_WEEK: &str = "Previous week";
pub const CAL_NEXT_WEEK: &str = "Next week";
pub const CAL_TODAY: &str = "Today";
pub const CAL_VIEW_LABEL: &str = "Calendar view";
pub const CAL_VIEW_MONTH: &str = "Month";
pub const CAL_VIEW_WEEK: &str = "Week";
pub const CAL_FULL_DAY: &str = "Full day";
pub const CAL_BOOKINGS_TAIL: &str = "bookings";
pub const CAL_MORE: &str = "more";
pub const CAL_PICK_FOR_BLOCK: &str = "Select to close the schedule:";
pub const CAL_OPEN_WEEK: &str = "View the week of";
pub const CAL_CLOSE_DAY: &str = "Close day";
pub const CAL_DAY_EMPTY: &str = "No bookings";
pub const CAL_BOOKINGS_FAILED: &str = "Calendar bookings couldn’t be loaded.";
pub const CAL_LOADING_BOOKINGS: &str = "Loading bookings and availability…";
pub const CAL_STATUS_LEGEND: &str = "Booking status colours";

// Admin: team (crew accounts and roles)
pub const ADMIN_STUDIO: &str = "Studio";
pub const TEAM_TITLE: &str = "Team & Roles";
pub const TEAM_LEAD: &str =
    "Studio crew accounts and their roles. Changing a role or deactivating an account immediately ends that person’s sessions on all devices.";
pub const TEAM_LIST_TITLE: &str = "Team members";
pub const TEAM_FILTER: &str = "Show";
pub const TEAM_ALL_CREW: &str = "All crew";
pub const TEAM_LOAD_FAILED: &str = "The team member list couldn’t be loaded.";
pub const TEAM_EMPTY: &str = "No members with this role yet";
pub const TEAM_EMPTY_TEXT: &str = "Add team members using the form below.";
pub const TEAM_YOU: &str = "You";
pub const TEAM_SINCE: &str = "Since";
pub const TEAM_NOT_YOURSELF: &str =
    "You can’t change the role of, or deactivate, your own account.";
pub const TEAM_LABEL_ROLE: &str = "Role";
pub const TEAM_HINT_ROLE: &str =
    "Crew: calendar, bookings, payments, chat. Admin: also packages, reports, clients. Owner: everything, including the team and settings.";
pub const TEAM_ROLE_REQUIRED: &str = "Choose a role: Crew, Admin or Owner.";
pub const TEAM_LABEL_PASSWORD: &str = "Initial password (optional)";
pub const TEAM_HINT_PASSWORD: &str = "Leave blank to send an invitation by email.";
pub const TEAM_NEW_TITLE: &str = "Add a team member";
pub const TEAM_NEW_TEXT: &str =
    "Without a password, we’ll send an invitation email so they can choose their own password (valid for 72 hours).";
pub const TEAM_CREATE: &str = "Create account";
pub const TEAM_CREATED: &str = "Account for";
pub const TEAM_INVITED_TAIL: &str = "created. An invitation to choose a password has been sent to";
pub const TEAM_READY_TAIL: &str =
    "created; they can sign in straight away with the password you entered.";
pub const TEAM_ROLE_CONFIRM: &str = "Change the role of";
pub const TEAM_ROLE_CONFIRM_TO: &str = "to";
pub const TEAM_SESSIONS_WARN: &str =
    "They will be signed out of all devices and will need to sign in again.";
pub const TEAM_ROLE_OF: &str = "Role updated:";
pub const TEAM_SESSIONS_ENDED: &str =
    "Their sessions have been ended; they will need to sign in again.";
pub const TEAM_ACCOUNT: &str = "Account for";
pub const TEAM_DISABLE: &str = "Deactivate";
pub const TEAM_ENABLE: &str = "Activate";
pub const TEAM_DISABLE_CONFIRM: &str = "Deactivate the account of";
pub const TEAM_DISABLE_WARN: &str =
    "They will be signed out of all devices straight away and can’t sign in until the account is reactivated.";
pub const TEAM_ENABLE_CONFIRM: &str = "Reactivate the account of";
pub const TEAM_ENABLE_WARN: &str = "They will be able to sign in again with their password.";
pub const TEAM_DISABLED_TAIL: &str = "deactivated and signed out of all devices.";
pub const TEAM_ENABLED_TAIL: &str = "reactivated.";
pub const TEAM_NOW: &str = "is now";

// Admin: clients
pub const CLIENTS_TITLE: &str = "Clients";
pub const CLIENTS_LEAD: &str =
    "All registered clients, newest first, with their number of bookings and approved payments.";
pub const CLIENTS_LOAD_FAILED: &str = "The client list couldn’t be loaded.";
pub const CLIENTS_EMPTY: &str = "No clients yet";
pub const CLIENTS_EMPTY_TEXT: &str = "Clients who sign up on the website will appear here.";
pub const CLIENTS_NONE_MATCH: &str = "No matching clients";
pub const CLIENTS_NONE_MATCH_TEXT: &str =
    "Check the spelling of the name, email or WhatsApp number, or clear the search.";
pub const CLIENTS_FOUND: &str = "clients";
pub const CLIENTS_CONTACT: &str = "Contact";
pub const CLIENTS_BOOKINGS: &str = "Bookings";
pub const CLIENTS_TOTAL_PAID: &str = "Total paid";
pub const CLIENTS_LAST_EVENT: &str = "Latest event";
pub const CLIENTS_SINCE: &str = "Joined";
pub const CLIENT_LOAD_FAILED: &str = "The client’s details couldn’t be loaded.";
pub const CLIENT_BOOKINGS_TITLE: &str = "Client’s bookings";
pub const CLIENT_NO_BOOKINGS: &str = "This client hasn’t made any bookings yet.";
pub const CLIENT_TOTALS: &str = "Summary";
pub const CLIENT_CHAT_TITLE: &str = "Conversation";
pub const CLIENT_OPEN_INBOX: &str = "Open in the inbox";
pub const CLIENT_NOT_FOUND: &str = "Client not found";
pub const CLIENT_NOT_FOUND_TEXT: &str =
    "This account doesn’t exist, isn’t a client account, or the link is wrong.";
pub const BACK_TO_CLIENTS: &str = "Back to the client list";

// Admin: audit log
pub const AUDIT_TITLE: &str = "Audit Log";
pub const AUDIT_LEAD: &str =
    "A record of every action by the studio team: who, when, what, and the value before → after. Records can’t be changed or deleted.";
pub const AUDIT_LOAD_FAILED: &str = "The audit log couldn’t be loaded.";
pub const AUDIT_EMPTY: &str = "No records yet";
pub const AUDIT_EMPTY_TEXT: &str =
    "Team actions such as approving payments or editing packages will be recorded here.";
pub const AUDIT_NONE_MATCH: &str = "No matching records";
pub const AUDIT_NONE_MATCH_TEXT: &str = "Change the action or date range, or clear the filters.";
pub const AUDIT_FOUND: &str = "records";
pub const AUDIT_ACTION: &str = "Action";
pub const AUDIT_ALL_ACTIONS: &str = "All actions";
pub const AUDIT_FROM: &str = "From date";
pub const AUDIT_NARROWED: &str = "Also filtered by the link you opened.";
pub const AUDIT_BY: &str = "By";
pub const AUDIT_OPEN: &str = "Open";
pub const AUDIT_SHOW_CHANGES: &str = "View changes";
pub const AUDIT_FIELD: &str = "Field";
pub const AUDIT_BEFORE: &str = "Before";
pub const AUDIT_BECOMES: &str = "becomes";
pub const AUDIT_AFTER: &str = "After";

// Admin: exports and the monthly report
pub const REPORTS_TITLE: &str = "Reports";
pub const REPORTS_LEAD: &str =
    "Download transactions for your bookkeeping and view the monthly summary. Revenue is based on approved payments, in studio time.";
pub const FILE: &str = "File";
pub const DOWNLOADED_TAIL: &str = "downloaded.";
pub const DOWNLOAD_NEXT: &str =
    "Try again in a moment; if it still fails, reload the page and try again.";
pub const EXPORT_TITLE: &str = "Export transactions";
pub const EXPORT_TEXT: &str =
    "All payments approved within this date range, complete with booking code and client. Up to two years per download.";
pub const EXPORT_FROM: &str = "From date";
pub const EXPORT_CSV: &str = "Download CSV";
pub const EXPORT_XLSX: &str = "Download Excel (XLSX)";
pub const EXPORT_FAILED: &str = "The transactions file couldn’t be downloaded.";
pub const EXPORT_FROM_REQUIRED: &str = "Choose a start date.";
pub const EXPORT_TO_REQUIRED: &str = "Choose an end date.";
pub const EXPORT_RANGE_TOO_LONG: &str =
    "The range can be two years at most. Shorten the range or download it in several parts.";
pub const REPORT_TITLE: &str = "Monthly report";
pub const REPORT_TEXT: &str =
    "Bookings are counted by event date, revenue by the time the payment was approved.";
pub const REPORT_MONTH: &str = "Month";
pub const REPORT_MONTH_HINT: &str = "Choose a month, e.g. 2026-12.";
pub const REPORT_PDF: &str = "Download PDF";
pub const REPORT_XLSX: &str = "Download Excel (XLSX)";
pub const REPORT_FILE_FAILED: &str = "The report file couldn’t be downloaded.";
pub const REPORT_LOAD_FAILED: &str = "The monthly report couldn’t be loaded.";
pub const REPORT_EMPTY: &str = "No bookings or payments in";
pub const REPORT_EMPTY_TEXT: &str =
    "Choose another month, or come back once there are bookings or approved payments.";
pub const REPORT_BOOKINGS: &str = "Bookings";
pub const REPORT_REVENUE: &str = "Revenue";
pub const REPORT_NEW: &str = "new";
pub const REPORT_REVENUE_BY_KIND: &str = "Revenue by service";
pub const REPORT_BOOKINGS_BY_KIND: &str = "Bookings by service and status";
pub const REPORT_PAYMENTS: &str = "Approved payments";
pub const REPORT_THIS_MONTH: &str = "This month";
pub const REPORT_CHANGE: &str = "Change";
pub const REPORT_COUNT: &str = "Count";
pub const REPORT_NO_BOOKINGS: &str = "No bookings with an event date in this month.";
pub const REPORT_NO_PAYMENTS: &str = "No approved payments in this month yet.";
pub const REPORT_APPROVED_AT: &str = "Approved";
pub const REPORT_PAYMENT_KIND: &str = "Type";
pub const REPORT_AMOUNT: &str = "Amount";
pub const REPORT_GENERATED: &str = "Generated";

// Portfolio: the gallery
pub const PORTFOLIO_TITLE: &str = "Portfolio";
pub const PORTFOLIO_EYEBROW: &str = "Our work";
pub const PORTFOLIO_LEAD: &str =
    "The stories we’ve captured: weddings, prewedding sessions and meaningful traditional ceremonies.";
pub const PORTFOLIO_ALL: &str = "All";
pub const PORTFOLIO_CATEGORIES_LABEL: &str = "Categories";
pub const PORTFOLIO_SORT_LABEL: &str = "Sort by";
pub const SORT_POPULAR: &str = "Most popular";
pub const SORT_NEWEST: &str = "Newest";
pub const PORTFOLIO_LOAD_FAILED: &str = "The portfolio couldn’t be loaded.";
pub const PORTFOLIO_LOAD_MORE: &str = "Load more";
pub const PORTFOLIO_MORE_FAILED: &str = "The next stories couldn’t be loaded.";
pub const PORTFOLIO_EMPTY: &str = "Portfolio coming soon";
pub const PORTFOLIO_EMPTY_TEXT: &str =
    "We’re choosing our best work to show here. Please visit again soon.";
pub const PORTFOLIO_EMPTY_CATEGORY: &str = "Nothing in this category yet";
pub const PORTFOLIO_EMPTY_CATEGORY_TEXT: &str =
    "In the meantime, have a look at our work in other categories.";
pub const PORTFOLIO_SEE_ALL: &str = "See all our work";
pub const PORTFOLIO_NO_IMAGE: &str = "No photos yet";
pub const PORTFOLIO_DRAFT: &str = "Draft";
pub const PORTFOLIO_PUBLISHED: &str = "Published";
pub const PORTFOLIO_SHOWN: &str = "Showing";
pub const PORTFOLIO_WORKS: &str = "stories";
pub const LIKES: &str = "likes";
pub const PHOTOS: &str = "photos";

// Portfolio: one post
pub const POST_NOT_FOUND: &str = "Story not found";
pub const POST_NOT_FOUND_TEXT: &str =
    "This story doesn’t exist, has been removed, or hasn’t been published yet. There are plenty of other stories in our portfolio.";
pub const POST_LOAD_FAILED: &str = "This story couldn’t be loaded.";
pub const POST_BACK: &str = "Back to the portfolio";
pub const POST_IMAGES_LABEL: &str = "Photos from this story";
pub const POST_OPEN_IMAGE: &str = "Enlarge photo";
pub const POST_NO_IMAGES: &str = "Photos for this story will be added soon.";
pub const PHOTO: &str = "Photo";
pub const SHARE: &str = "Share";
pub const LINK_COPIED: &str = "Link copied";
pub const LINK_COPY_FAILED: &str =
    "The link couldn’t be copied. Copy it from your browser’s address bar.";
pub const LIKE_LABEL: &str = "Like this photo";
pub const UNLIKE_LABEL: &str = "Unlike this photo";
pub const LIKE_SIGN_IN: &str = "Sign in to like this photo";
pub const LIKE_CREW: &str = "Only clients can like photos";
pub const LIKE_FAILED: &str = "Your like wasn’t saved.";
pub const VIEWER_LABEL: &str = "Photo viewer";
pub const VIEWER_CLOSE: &str = "Close the photo viewer";
pub const VIEWER_PREV: &str = "Previous photo";
pub const VIEWER_NEXT: &str = "Next photo";
pub const VIEWER_HINT: &str = "Swipe or use the arrow keys to move between photos.";

// Portfolio: back office
pub const PORTFOLIO_ADMIN_LEAD: &str =
    "Write the story behind each post, upload its photos and set the order visitors see them in.";
pub const POST: &str = "Post";
pub const POST_NEW: &str = "New post";
pub const POST_EDIT_TITLE: &str = "Edit post";
pub const POSTS_EMPTY: &str = "No posts yet";
pub const POSTS_EMPTY_TEXT: &str =
    "Add categories if needed, then create the first post and upload its photos.";
pub const POSTS_LOAD_FAILED: &str = "The list of posts couldn’t be loaded.";
pub const POST_DELETE_CONFIRM: &str = "Delete post";
pub const POST_DELETE_CONFIRM_TAIL: &str = "All its photos will be deleted too.";
pub const POST_CREATED_ADD_IMAGES: &str = "Post saved. Now upload its photos below.";
pub const LABEL_CATEGORY: &str = "Category";
pub const LABEL_TITLE: &str = "Title";
pub const LABEL_STORY: &str = "Story";
pub const HINT_STORY: &str = "Tell the story behind these photos. You can leave this blank.";
pub const LABEL_PUBLISHED: &str = "Publish";
pub const HINT_PUBLISHED: &str = "Published posts are visible to all visitors.";
pub const CATEGORY_REQUIRED: &str = "Choose a category.";
pub const CATEGORY_PICK: &str = "Choose a category…";
pub const CATEGORY_NONE_YET: &str = "No categories yet. Add one first using the category form.";
pub const CATEGORY_FORM_TITLE: &str = "New category";
pub const LABEL_CATEGORY_NAME: &str = "Category name";
pub const HINT_CATEGORY_NAME: &str = "E.g. Wedding, Prewedding, Martuppol.";
pub const CATEGORY_ADD: &str = "Add";
pub const CATEGORY_ADDED: &str = "added.";
pub const CATEGORY_TAKEN: &str = "A category with that name already exists.";
pub const CATEGORY_LIST_LABEL: &str = "Existing categories";
pub const COL_TITLE: &str = "Title";
pub const COL_PHOTOS: &str = "Photos";
pub const COL_LIKES: &str = "Likes";
pub const VIEW: &str = "View";
pub const IMAGES_TITLE: &str = "Post photos";
pub const IMAGES_LEAD: &str =
    "JPEG, PNG or WebP, up to 10 MB per photo and 10 photos per post. The first photo becomes the cover.";
pub const IMAGES_PICK: &str = "Choose photos to upload";
pub const IMAGES_EMPTY: &str = "No photos yet. Upload at least one before publishing the post.";
pub const IMAGES_FULL: &str = "This post already has 10 photos. Delete one to add another.";
pub const IMAGE_BAD_TYPE: &str = "is not a JPEG, PNG or WebP photo.";
pub const IMAGE_EMPTY: &str = "is empty.";
pub const IMAGE_TOO_BIG: &str = "is too large";
pub const IMAGE_TOO_BIG_HINT: &str = "Up to 10 MB per photo; make it smaller and try again.";
pub const IMAGES_NO_ROOM: &str = "was not uploaded: the post already has 10 photos.";
pub const IMAGE_UPLOADING: &str = "Uploading photo";
pub const IMAGES_UPLOADED: &str = "photos uploaded.";
pub const IMAGE_MOVE_LEFT: &str = "Move left";
pub const IMAGE_MOVE_RIGHT: &str = "Move right";
pub const IMAGE_DELETE: &str = "Delete photo";
pub const IMAGE_DELETE_CONFIRM: &str =
    "Remove this photo from the post? Its likes will be lost too.";
pub const IMAGES_ORDER_SAVED: &str = "Photo order saved.";
pub const IMAGE_DELETED: &str = "Photo deleted.";
pub const IMAGE_COVER: &str = "Cover";

// Testimonials
pub const NAV_TESTIMONIALS: &str = "Testimonials";
pub const STARS: &str = "stars";
pub const STARS_OF: &str = "out of";
pub const LOAD_MORE: &str = "Load more";
pub const MY_REVIEW_TITLE: &str = "Your review";
pub const MY_REVIEW_LEAD: &str =
    "Your photo session is complete. How was your experience with us? Reviews appear on the website once the studio has approved them.";
pub const MY_REVIEW_LOAD_FAILED: &str = "Your review couldn’t be loaded.";
pub const MY_REVIEW_RATING_LABEL: &str = "Rating";
pub const MY_REVIEW_TEXT_LABEL: &str = "Your story";
pub const MY_REVIEW_SUBMIT: &str = "Send review";
pub const MY_REVIEW_SUBMITTING: &str = "Sending review…";
pub const MY_REVIEW_SENT: &str = "Thank you! We’ve received your review.";
pub const MY_REVIEW_STATUS_PENDING: &str = "Awaiting the studio’s approval";
pub const MY_REVIEW_STATUS_APPROVED: &str = "Shown on the website";
pub const MY_REVIEW_STATUS_HIDDEN: &str = "Hidden";
pub const TESTIMONIALS_EYEBROW: &str = "In their words";
pub const TESTIMONIALS_TITLE: &str = "Testimonials";
pub const TESTIMONIALS_LEAD: &str =
    "Our clients’ stories about the special days we captured together.";
pub const TESTIMONIALS_EMPTY: &str = "No testimonials yet";
pub const TESTIMONIALS_EMPTY_TEXT: &str =
    "Client testimonials will appear here. In the meantime, take a look at our work.";
pub const TESTIMONIALS_SEE_PORTFOLIO: &str = "View the portfolio";
pub const TESTIMONIALS_LOAD_FAILED: &str = "Testimonials couldn’t be loaded.";
pub const TESTIMONIALS_MORE_FAILED: &str = "More testimonials couldn’t be loaded.";
pub const TESTIMONIALS_ADMIN_TITLE: &str = "Testimonials";
pub const TESTIMONIALS_ADMIN_LEAD: &str =
    "Client reviews after a completed photo session. Approve them to show them on the website, hide them, or delete them.";
pub const TESTIMONIALS_TABS: &str = "Testimonial status";
pub const TESTIMONIALS_ADMIN_EMPTY_PENDING: &str = "No testimonials waiting";
pub const TESTIMONIALS_ADMIN_EMPTY_APPROVED: &str = "No testimonials shown yet";
pub const TESTIMONIALS_ADMIN_EMPTY_HIDDEN: &str = "No hidden testimonials";
pub const TESTIMONIALS_ADMIN_EMPTY_TEXT: &str =
    "New reviews from clients will appear in the Pending tab.";
pub const TESTIMONIAL_CLIENT: &str = "Client";
pub const TESTIMONIAL_SHOWN_AS: &str = "Shown as";
pub const TESTIMONIAL_SENT_AT: &str = "Sent";
pub const TESTIMONIAL_APPROVE: &str = "Show";
pub const TESTIMONIAL_HIDE: &str = "Hide";
pub const TESTIMONIAL_DELETE: &str = "Delete";
pub const TESTIMONIAL_APPROVED_NOTICE: &str = "Testimonial now shown on the website:";
pub const TESTIMONIAL_HIDDEN_NOTICE: &str = "Testimonial hidden:";
pub const TESTIMONIAL_DELETED_NOTICE: &str = "Testimonial deleted:";
pub const TESTIMONIAL_DELETE_CONFIRM: &str = "Delete the testimonial for booking";
pub const TESTIMONIAL_DELETE_CONFIRM_TAIL: &str = "Deleted testimonials can’t be restored.";
pub const HOME_PORTFOLIO_TITLE: &str = "Most-loved work";
pub const HOME_PORTFOLIO_MORE: &str = "See all our work";
pub const HOME_TESTIMONIALS_TITLE: &str = "What our clients say";
pub const HOME_TESTIMONIALS_MORE: &str = "Read all testimonials";
