//! English: the public site pages (hero, about, FAQ, contact) and their
//! management in the back office (`/admin/konten`).

// Navigation and footer
pub const SITE_NAV_ABOUT: &str = "About";
pub const SITE_NAV_FAQ: &str = "FAQ";
pub const SITE_NAV_CONTACT: &str = "Contact";
pub const SITE_FOOTER_LINKS: &str = "Information";
pub const SITE_FOOTER_WHATSAPP: &str = "WhatsApp";
pub const SITE_FOOTER_EMAIL: &str = "Email";
pub const SITE_NEW_TAB: &str = "(opens in a new tab)";
pub const SITE_WHATSAPP_GREETING: &str =
    "Hello Aruna Moment, I would like to ask about a photo session.";

// Home: hero carousel
pub const HERO_CAROUSEL_LABEL: &str = "Selected photos by Aruna Moment";
pub const HERO_ROLE_CAROUSEL: &str = "slideshow";
pub const HERO_ROLE_SLIDE: &str = "slide";
pub const HERO_PREV: &str = "Previous photo";
pub const HERO_NEXT: &str = "Next photo";
pub const HERO_GO_TO: &str = "Show photo";
pub const HERO_OF: &str = "of";
pub const HERO_PAUSE: &str = "Pause the slideshow";
pub const HERO_PLAY: &str = "Play the slideshow";
pub const HERO_PHOTO_ALT: &str = "A photo by Aruna Moment";

// About
pub const ABOUT_TITLE: &str = "About us";
pub const ABOUT_EYEBROW: &str = "Get to know Aruna Moment";
pub const ABOUT_LEAD: &str =
    "The story behind our lens, and how we stay by your side on your big day.";
pub const ABOUT_PHOTO_ALT: &str = "The Aruna Moment team";
pub const ABOUT_LOAD_FAILED: &str = "Our story could not be loaded.";
pub const ABOUT_CTA_TITLE: &str = "Let us capture your story";
pub const ABOUT_CTA_TEXT: &str =
    "See the packages on offer and pick your date, or say hello first if you have any questions.";
pub const ABOUT_CTA_BOOK: &str = "See packages & book";
pub const ABOUT_CTA_CONTACT: &str = "Contact us";
pub const ABOUT_TEASER_TITLE: &str = "About Aruna Moment";
pub const ABOUT_TEASER_MORE: &str = "More about us";

// FAQ
pub const FAQ_TITLE: &str = "Frequently asked questions";
pub const FAQ_EYEBROW: &str = "FAQ";
pub const FAQ_LEAD: &str =
    "Short answers about booking, payments and scheduling. Can't find what you need? Just ask us.";
pub const FAQ_LOAD_FAILED: &str = "The questions could not be loaded.";
pub const FAQ_EMPTY: &str = "No questions are listed yet. Please contact us directly.";
pub const FAQ_CTA_TITLE: &str = "Still have a question?";
pub const FAQ_CTA_TEXT: &str = "Our team is happy to help on WhatsApp during working hours.";
pub const FAQ_CTA_WHATSAPP: &str = "Ask on WhatsApp";
pub const FAQ_CTA_CONTACT: &str = "Other ways to reach us";

// Contact
pub const CONTACT_PAGE_TITLE: &str = "Contact us";
pub const CONTACT_PAGE_EYEBROW: &str = "Contact";
pub const CONTACT_PAGE_LEAD: &str =
    "Tell us about your plans. We reply as soon as we can during working hours.";
pub const CONTACT_LOAD_FAILED: &str = "The contact details could not be loaded.";
pub const CONTACT_WHATSAPP_TITLE: &str = "WhatsApp";
pub const CONTACT_WHATSAPP_TEXT: &str =
    "The quickest way to ask about dates, packages or your booking.";
pub const CONTACT_WHATSAPP_BUTTON: &str = "Chat on WhatsApp";
pub const CONTACT_EMAIL_LABEL: &str = "Email";
pub const CONTACT_ADDRESS_LABEL: &str = "Address";
pub const CONTACT_HOURS_LABEL: &str = "Working hours";
pub const CONTACT_INSTAGRAM_LABEL: &str = "Instagram";
pub const CONTACT_MAP_LINK: &str = "Open in maps";
pub const CONTACT_ACCOUNT_CHAT: &str =
    "Already booked with us? You can also message us through the";
pub const CONTACT_ACCOUNT_CHAT_LINK: &str = "chat in your account";

// Not found
pub const SITE_404_SUGGEST: &str = "Perhaps you were looking for:";
pub const SITE_404_PORTFOLIO: &str = "Our portfolio";
pub const SITE_404_CONTACT: &str = "Contact us";

// Back office: /admin/konten
pub const CONTENT_TITLE: &str = "Site content";
pub const CONTENT_EYEBROW: &str = "Public site";
pub const CONTENT_LEAD: &str =
    "Manage the home page photos, the studio's story, the FAQ and the contact details visitors see.";
pub const CONTENT_TABS: &str = "Site content sections";
pub const CONTENT_TAB_HERO: &str = "Hero";
pub const CONTENT_TAB_ABOUT: &str = "About";
pub const CONTENT_TAB_FAQ: &str = "FAQ";
pub const CONTENT_TAB_CONTACT: &str = "Contact";
pub const CONTENT_LOAD_FAILED: &str = "The site content could not be loaded.";
pub const CONTENT_VIEW_ON_SITE: &str = "View on the site";
pub const CONTENT_SAVE: &str = "Save";
pub const CONTENT_SAVING: &str = "Saving…";
pub const CONTENT_CANCEL: &str = "Cancel";
pub const CONTENT_DELETE: &str = "Delete";
pub const CONTENT_MOVE_UP: &str = "Move up";
pub const CONTENT_MOVE_DOWN: &str = "Move down";
pub const CONTENT_ORDER_SAVED: &str = "Order saved.";
pub const CONTENT_OPTIONAL: &str = "optional";
pub const CONTENT_UPLOADING: &str = "Uploading photo…";
pub const CONTENT_UPLOAD_PROGRESS: &str = "Upload progress";
pub const CONTENT_FILE_BAD_TYPE: &str = "is not a JPEG, PNG or WebP photo.";
pub const CONTENT_FILE_EMPTY: &str = "is empty.";
pub const CONTENT_FILE_TOO_BIG: &str = "is too large";
pub const CONTENT_FILE_TOO_BIG_HINT: &str = "The limit is 10 MB; make it smaller and try again.";
pub const CONTENT_FILE_UNREADABLE: &str =
    "The photo could not be read. Save it again as a JPEG and upload it once more.";
pub const CONTENT_UPLOAD_NETWORK: &str =
    "The upload was interrupted. Check your connection and try again.";
pub const CONTENT_PICK_HINT: &str = "JPEG, PNG or WebP, up to 10 MB.";

// Back office: hero
pub const CONTENT_HERO_TITLE: &str = "Home page hero photos";
pub const CONTENT_HERO_LEAD: &str =
    "Shown in turn at the top of the home page, in the order below (8 at most). Landscape photos fit best.";
pub const CONTENT_HERO_EMPTY: &str =
    "No photos yet. Until you add some, the home page shows the text cover.";
pub const CONTENT_HERO_PICK: &str = "Choose a photo to add";
pub const CONTENT_HERO_FULL: &str = "There are already 8 photos. Delete one to add a new one.";
pub const CONTENT_HERO_NEW_HINT: &str =
    "Fill in the captions first if you like; the upload starts as soon as you pick the photo.";
pub const CONTENT_HERO_ADDED: &str = "Photo added to the home page.";
pub const CONTENT_HERO_DELETE_CONFIRM: &str = "Remove this photo from the home page?";
pub const CONTENT_HERO_DELETED: &str = "Photo removed from the home page.";
pub const CONTENT_HERO_FIRST: &str = "Shown first";
pub const CONTENT_SLIDE: &str = "Photo";
pub const CONTENT_CAPTION_ID: &str = "Caption (Indonesian)";
pub const CONTENT_CAPTION_EN: &str = "Caption (English)";
pub const CONTENT_CAPTION_HINT: &str = "Up to 120 characters; may be left empty.";
pub const CONTENT_CAPTION_SAVE: &str = "Save captions";
pub const CONTENT_CAPTION_SAVED: &str = "Captions saved.";

// Back office: about
pub const CONTENT_ABOUT_TITLE: &str = "Studio story";
pub const CONTENT_ABOUT_LEAD: &str =
    "Shown on the About page; its first paragraph also appears on the home page. Separate paragraphs with a blank line.";
pub const CONTENT_ABOUT_TEXT_ID: &str = "Text (Indonesian)";
pub const CONTENT_ABOUT_TEXT_EN: &str = "Text (English)";
pub const CONTENT_ABOUT_TEXT_HINT: &str = "Between 20 and 4,000 characters.";
pub const CONTENT_ABOUT_EN_HINT: &str =
    "May be left empty: visitors who chose English then see the Indonesian text.";
pub const CONTENT_ABOUT_SAVED: &str = "Studio story saved.";
pub const CONTENT_ABOUT_PHOTO: &str = "About page photo";
pub const CONTENT_ABOUT_PHOTO_NONE: &str = "No photo yet; the About page is shown without one.";
pub const CONTENT_ABOUT_PHOTO_PICK: &str = "Choose a photo";
pub const CONTENT_ABOUT_PHOTO_REPLACE: &str = "Replace the photo";
pub const CONTENT_ABOUT_PHOTO_REMOVE: &str = "Remove the photo";
pub const CONTENT_ABOUT_PHOTO_REMOVE_CONFIRM: &str = "Remove the About page photo?";
pub const CONTENT_ABOUT_PHOTO_SAVED: &str = "About page photo saved.";
pub const CONTENT_ABOUT_PHOTO_REMOVED: &str = "About page photo removed.";

// Back office: FAQ
pub const CONTENT_FAQ_TITLE: &str = "Questions";
pub const CONTENT_FAQ_LEAD: &str =
    "The order here is the order on the FAQ page. The English version may be left empty (question and answer together).";
pub const CONTENT_FAQ_EMPTY: &str = "No questions yet.";
pub const CONTENT_FAQ_ADD_TITLE: &str = "Add a question";
pub const CONTENT_FAQ_QUESTION: &str = "Question (Indonesian)";
pub const CONTENT_FAQ_ANSWER: &str = "Answer (Indonesian)";
pub const CONTENT_FAQ_QUESTION_EN: &str = "Question (English)";
pub const CONTENT_FAQ_ANSWER_EN: &str = "Answer (English)";
pub const CONTENT_FAQ_ADD: &str = "Add the question";
pub const CONTENT_FAQ_ADDED: &str = "Question added.";
pub const CONTENT_FAQ_EDIT: &str = "Edit";
pub const CONTENT_FAQ_SAVED: &str = "Question saved.";
pub const CONTENT_FAQ_DELETE_CONFIRM: &str = "Remove this question from the FAQ page?";
pub const CONTENT_FAQ_DELETED: &str = "Question deleted.";
pub const CONTENT_FAQ_NO_EN: &str = "No English version yet";
pub const CONTENT_FAQ_EN_VERSION: &str = "English version";
pub const CONTENT_FAQ_FULL: &str = "There are already 50 questions. Delete one to add another.";

// Back office: contact
pub const CONTENT_CONTACT_TITLE: &str = "Contact details";
pub const CONTENT_CONTACT_LEAD: &str =
    "Shown on the Contact page, the FAQ page and in the site footer.";
pub const CONTENT_LABEL_WHATSAPP: &str = "WhatsApp number";
pub const CONTENT_HINT_WHATSAPP: &str = "For example 0857 4010 9107 or +62 857 4010 9107.";
pub const CONTENT_LABEL_EMAIL: &str = "Email";
pub const CONTENT_LABEL_ADDRESS: &str = "Address";
pub const CONTENT_LABEL_HOURS: &str = "Working hours (Indonesian)";
pub const CONTENT_HINT_HOURS: &str = "For example: Senin – Jumat, 09.00 – 17.00 WIB";
pub const CONTENT_LABEL_HOURS_EN: &str = "Working hours (English)";
pub const CONTENT_HINT_HOURS_EN: &str = "For example: Monday – Friday, 09:00 – 17:00 WIB";
pub const CONTENT_LABEL_INSTAGRAM: &str = "Instagram account";
pub const CONTENT_HINT_INSTAGRAM: &str = "Without the @, for example: arunamoment.";
pub const CONTENT_LABEL_MAPS: &str = "Map link";
pub const CONTENT_HINT_MAPS: &str = "Copy the share link from Google Maps (starts with https://).";
pub const CONTENT_CONTACT_SAVE: &str = "Save contact details";
pub const CONTENT_CONTACT_SAVED: &str = "Contact details saved.";
