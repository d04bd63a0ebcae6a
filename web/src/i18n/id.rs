//! Bahasa Indonesia.

// Studio
pub const STUDIO_NAME: &str = "Aruna Moment";
pub const STUDIO_TAGLINE: &str = "Abadikan momen terindah Anda";
/// Shown until the studio settings endpoint exists; the owner edits it there later.
pub const STUDIO_AREA: &str = "Saribudolok, Simalungun, Sumatera Utara";
pub const STUDIO_HOURS: &str = "Senin – Jumat, 09.00 – 17.00 WIB";
pub const FOOTER_ABOUT: &str =
    "Studio fotografi untuk pernikahan, prewedding, potret, dan acara. Kami bercerita lewat gambar, dengan tenang dan sepenuh hati.";
pub const FOOTER_RIGHTS: &str = "Semua hak cipta dilindungi.";
pub const FOOTER_CONTACT: &str = "Kontak";
pub const FOOTER_HOURS: &str = "Jam kerja";

// Navigation
pub const NAV_HOME: &str = "Beranda";
pub const NAV_LOGIN: &str = "Masuk";
pub const NAV_REGISTER: &str = "Daftar";
pub const NAV_LOGOUT: &str = "Keluar";
pub const NAV_ACCOUNT: &str = "Akun saya";
pub const NAV_BACK_OFFICE: &str = "Back office";
pub const NAV_MAIN_LABEL: &str = "Navigasi utama";
pub const LANG_SWITCH_LABEL: &str = "Switch to English";
pub const NAV_PORTFOLIO: &str = "Portofolio";

// Generic
pub const LOADING: &str = "Memuat…";
pub const PAGE_LOADING: &str = "Memuat halaman…";
pub const SAVING: &str = "Menyimpan…";
pub const SENDING: &str = "Mengirim…";
pub const SHOW_PASSWORD: &str = "Tampilkan";
pub const HIDE_PASSWORD: &str = "Sembunyikan";
pub const SHOW_PASSWORD_LABEL: &str = "Tampilkan kata sandi";
pub const HIDE_PASSWORD_LABEL: &str = "Sembunyikan kata sandi";
pub const NETWORK_ERROR: &str =
    "Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.";
pub const DECODE_ERROR: &str =
    "Jawaban server tidak dapat dibaca. Muat ulang halaman lalu coba lagi.";
pub const RETRY: &str = "Coba lagi";
pub const BACK_HOME: &str = "Kembali ke beranda";

// Fields
pub const LABEL_FULL_NAME: &str = "Nama lengkap";
pub const LABEL_EMAIL: &str = "Email";
pub const LABEL_PHONE: &str = "Nomor WhatsApp";
pub const LABEL_PASSWORD: &str = "Kata sandi";
pub const LABEL_IDENTIFIER: &str = "Email atau nomor WhatsApp";
pub const LABEL_CURRENT_PASSWORD: &str = "Kata sandi saat ini";
pub const LABEL_NEW_PASSWORD: &str = "Kata sandi baru";
pub const HINT_FULL_NAME: &str = "Sesuai yang ingin tertulis di invoice.";
pub const HINT_PHONE: &str = "Contoh: 0812 3456 7890. Kami menghubungi Anda lewat WhatsApp.";
pub const HINT_PASSWORD: &str = "Minimal 8 karakter, memuat huruf besar, huruf kecil, dan angka.";
pub const HINT_PASSWORD_OK: &str = "Kata sandi sudah memenuhi syarat.";
pub const HINT_PHONE_SAVED_AS: &str = "Akan disimpan sebagai";
pub const PASSWORD_REQUIRED: &str = "Kata sandi wajib diisi.";

// Home
pub const HOME_EYEBROW: &str = "Studio fotografi pernikahan";
pub const HOME_LEAD: &str =
    "Dari lamaran hingga resepsi, kami mendampingi setiap detik yang berarti dan menjadikannya kenangan yang bisa Anda sentuh kembali, kapan saja.";
pub const HOME_CTA_REGISTER: &str = "Daftar & pesan sesi";
pub const HOME_CTA_LOGIN: &str = "Saya sudah punya akun";
pub const HOME_CTA_ACCOUNT: &str = "Buka akun saya";
pub const HOME_SERVICES_TITLE: &str = "Layanan kami";
pub const HOME_SERVICES: [(&str, &str); 4] = [
    (
        "Wedding",
        "Liputan sepanjang hari: akad, pemberkatan, adat, hingga resepsi.",
    ),
    (
        "Prewedding",
        "Sesi santai di lokasi pilihan Anda, bercerita tentang kalian berdua.",
    ),
    (
        "Potret",
        "Potret keluarga, wisuda, dan personal dengan cahaya yang lembut.",
    ),
    (
        "Acara",
        "Ulang tahun, lamaran, MBS, martuppol, dan momen penting lainnya.",
    ),
];
pub const HOME_STEPS_TITLE: &str = "Cara memesan";
pub const HOME_STEPS: [(&str, &str); 4] = [
    ("Daftar", "Buat akun dengan email dan nomor WhatsApp Anda."),
    (
        "Pilih paket & tanggal",
        "Lihat tanggal yang masih tersedia dan paket yang sesuai.",
    ),
    (
        "Bayar DP",
        "Transfer uang muka dan unggah buktinya; kami memeriksanya segera.",
    ),
    (
        "Abadikan",
        "Di hari H kami datang, dan hasilnya kami kirimkan kepada Anda.",
    ),
];
pub const HOME_CLOSING_TITLE: &str = "Siap mengabadikan momen spesial Anda?";
pub const HOME_CLOSING_TEXT: &str =
    "Buat akun dalam satu menit, lalu pesan tanggal Anda sebelum terisi.";

// Login
pub const LOGIN_TITLE: &str = "Masuk";
pub const LOGIN_LEAD: &str = "Selamat datang kembali. Masuk dengan email atau nomor WhatsApp Anda.";
pub const LOGIN_SUBMIT: &str = "Masuk";
pub const LOGIN_PENDING: &str = "Memeriksa…";
pub const LOGIN_FORGOT: &str = "Lupa kata sandi?";
pub const LOGIN_NO_ACCOUNT: &str = "Belum punya akun?";
pub const LOGIN_REGISTER_LINK: &str = "Daftar sekarang";
pub const LOGIN_SESSION_EXPIRED: &str = "Sesi Anda berakhir. Silakan masuk kembali.";

// Register
pub const REGISTER_TITLE: &str = "Buat akun";
pub const REGISTER_LEAD: &str =
    "Satu akun untuk memesan sesi, membayar, dan memantau booking Anda.";
pub const REGISTER_SUBMIT: &str = "Daftar";
pub const REGISTER_PENDING: &str = "Membuat akun…";
pub const REGISTER_HAVE_ACCOUNT: &str = "Sudah punya akun?";
pub const REGISTER_LOGIN_LINK: &str = "Masuk di sini";

// Forgot / reset password
pub const FORGOT_TITLE: &str = "Lupa kata sandi";
pub const FORGOT_LEAD: &str =
    "Masukkan email akun Anda. Kami akan mengirim tautan untuk membuat kata sandi baru.";
pub const FORGOT_SUBMIT: &str = "Kirim tautan";
pub const FORGOT_NEXT: &str = "Tautan berlaku 30 menit. Periksa juga folder spam.";
pub const BACK_TO_LOGIN: &str = "Kembali ke halaman masuk";
pub const RESET_TITLE: &str = "Buat kata sandi baru";
pub const RESET_LEAD: &str = "Pilih kata sandi baru untuk akun Anda.";
pub const RESET_SUBMIT: &str = "Simpan kata sandi";
pub const RESET_NO_TOKEN: &str =
    "Tautan ini tidak lengkap. Buka kembali tautan dari email Anda, atau minta tautan baru.";
pub const RESET_REQUEST_NEW: &str = "Minta tautan baru";
pub const RESET_DONE_LOGIN: &str = "Masuk dengan kata sandi baru";

// Account
pub const ACCOUNT_WELCOME: &str = "Selamat datang";
pub const ACCOUNT_LEAD: &str = "Di sini Anda dapat memantau booking dan mengatur data diri.";
pub const ACCOUNT_BOOKINGS: &str = "Booking saya";
pub const ACCOUNT_NO_BOOKINGS: &str = "Belum ada booking";
pub const ACCOUNT_NO_BOOKINGS_TEXT: &str =
    "Pilih paket dan tanggal yang Anda inginkan; booking Anda akan tampil di sini.";
pub const ACCOUNT_SEE_PACKAGES: &str = "Lihat paket";
pub const ACCOUNT_PROFILE: &str = "Profil";
pub const ACCOUNT_PROFILE_TEXT: &str = "Ubah nama, email, nomor WhatsApp, atau kata sandi Anda.";
pub const ACCOUNT_PROFILE_LINK: &str = "Atur profil";
pub const BREADCRUMB_ACCOUNT: &str = "Akun saya";
pub const ACCOUNT_NAV_LABEL: &str = "Menu akun";
pub const ACCOUNT_NAV_HOME: &str = "Ringkasan";

// Profile
pub const PROFILE_TITLE: &str = "Profil";
pub const PROFILE_DATA_TITLE: &str = "Data diri";
pub const PROFILE_SAVE: &str = "Simpan perubahan";
pub const PROFILE_SAVED: &str = "Profil berhasil disimpan.";
pub const PROFILE_NO_CHANGES: &str = "Tidak ada perubahan untuk disimpan.";
pub const PROFILE_PASSWORD_TITLE: &str = "Ubah kata sandi";
pub const PROFILE_PASSWORD_LEAD: &str =
    "Setelah diubah, semua perangkat lain akan dikeluarkan dari akun Anda.";
pub const PROFILE_PASSWORD_SAVE: &str = "Ubah kata sandi";
pub const PROFILE_PASSWORD_SAVED: &str =
    "Kata sandi berhasil diubah. Perangkat lain telah dikeluarkan.";
pub const PROFILE_LOAD_FAILED: &str = "Data profil belum dapat dimuat.";
pub const PROFILE_MEMBER_SINCE: &str = "Anggota sejak";

// Admin
pub const ADMIN_NAV_LABEL: &str = "Menu back office";
pub const ADMIN_SOON: &str = "segera";
pub const ADMIN_GREETING: &str = "Halo";
pub const ADMIN_SIGNED_IN_AS: &str = "Anda masuk sebagai";
pub const DASHBOARD_TITLE: &str = "Ringkasan";
pub const DASHBOARD_STAFF_TEXT: &str =
    "Angka studio hanya untuk admin. Pekerjaan Anda hari ini ada di sini:";
pub const DASHBOARD_LINK_CALENDAR: &str = "Kalender";
pub const DASHBOARD_LINK_PROOFS: &str = "Tinjau bukti transfer";
pub const DASHBOARD_LINK_CHAT: &str = "Chat klien";
pub const DASHBOARD_LINK_BOOKINGS: &str = "Lihat booking";
pub const DASHBOARD_LOAD_FAILED: &str = "Ringkasan belum dapat dimuat.";
pub const DASHBOARD_CLIENTS: &str = "Klien";
pub const DASHBOARD_NEW_THIS_MONTH: &str = "baru bulan ini";
pub const DASHBOARD_REVENUE_MONTH: &str = "Pendapatan bulan ini";
pub const DASHBOARD_REVENUE_NOTE: &str = "Pembayaran yang disetujui, waktu WIB";
pub const DASHBOARD_PROOFS: &str = "Bukti menunggu";
pub const DASHBOARD_ACTIVE: &str = "Booking aktif";
pub const DASHBOARD_CHART_TITLE: &str = "Pendapatan 12 bulan terakhir";
pub const DASHBOARD_CHART_SUMMARY: &str = "Pendapatan 12 bulan terakhir, total";
pub const DASHBOARD_BY_STATUS: &str = "Booking per status";
pub const DASHBOARD_UPCOMING: &str = "Pemotretan 14 hari ke depan";
pub const DASHBOARD_UPCOMING_EMPTY: &str =
    "Belum ada pemotretan dalam 14 hari ke depan. Jadwal yang masuk akan tampil di sini.";
pub const FORBIDDEN_TITLE: &str = "Halaman khusus tim studio";
pub const FORBIDDEN_TEXT: &str =
    "Akun Anda tidak memiliki akses ke back office. Jika Anda anggota tim, minta pemilik studio mengatur peran Anda.";

// Generic actions and states
pub const SAVE: &str = "Simpan";
pub const CANCEL: &str = "Batal";
pub const EDIT: &str = "Ubah";
pub const DELETE: &str = "Hapus";
pub const ACTIVE: &str = "Aktif";
pub const INACTIVE: &str = "Nonaktif";
pub const ITEMS: &str = "item";
pub const SAVED_SUFFIX: &str = "berhasil disimpan.";
pub const DELETED_SUFFIX: &str = "telah dihapus.";
pub const HINT_SAVED_AS: &str = "Akan disimpan sebagai";
pub const HINT_SORT_ORDER: &str = "Angka lebih kecil tampil lebih dulu.";
pub const LABEL_SORT_ORDER: &str = "Urutan tampil";
pub const DP: &str = "DP";
pub const FULL_DAY: &str = "Sepanjang hari";

// Pricelist
pub const NAV_PRICELIST: &str = "Harga";
pub const HOME_CTA_PRICELIST: &str = "Lihat paket & harga";
pub const PRICELIST_TITLE: &str = "Paket & Harga";
pub const PRICELIST_EYEBROW: &str = "Daftar harga";
pub const PRICELIST_LEAD: &str =
    "Pilih paket yang paling sesuai dengan momen Anda. Semua harga dalam rupiah, sudah termasuk hasil foto yang diedit.";
pub const PRICELIST_TABS_LABEL: &str = "Jenis layanan";
pub const PRICELIST_CHOOSE: &str = "Pilih Paket";
pub const PRICELIST_EMPTY_TITLE: &str = "Belum ada paket";
pub const PRICELIST_EMPTY_TEXT: &str =
    "Paket untuk layanan ini sedang kami siapkan. Hubungi kami lewat WhatsApp untuk penawaran khusus.";
pub const PRICELIST_SEE_OTHER: &str = "Lihat paket";
pub const PRICELIST_LOAD_FAILED: &str = "Daftar harga belum dapat dimuat.";
pub const PRICELIST_NOTE_DP: &str = "Pembayaran DP";
pub const PRICELIST_NOTE_TRANSFER: &str = "melalui transfer bank";
pub const PRICELIST_NOTE_BALANCE: &str = "Sisa pembayaran dilunasi paling lambat";
pub const PRICELIST_NOTE_BALANCE_TAIL: &str = "hari sebelum acara";

// Admin: access
pub const NO_ACCESS_TITLE: &str = "Bagian ini bukan untuk peran Anda";
pub const NO_ACCESS_TEXT: &str =
    "Akun Anda tidak memiliki akses ke halaman ini. Jika Anda memerlukannya, minta pemilik studio mengatur peran Anda.";
pub const NO_ACCESS_BACK: &str = "Kembali ke ringkasan";
pub const ADMIN_CATALOGUE: &str = "Katalog";

// Admin: packages
pub const PACKAGES_TITLE: &str = "Paket";
pub const PACKAGES_LEAD: &str =
    "Paket yang aktif tampil di halaman harga. Paket yang sudah dipakai booking tidak dihapus, hanya dinonaktifkan.";
pub const PACKAGES_EMPTY: &str = "Belum ada paket";
pub const PACKAGES_EMPTY_TEXT: &str = "Tambahkan paket pertama agar klien dapat memesan.";
pub const PACKAGES_LOAD_FAILED: &str = "Daftar paket belum dapat dimuat.";
pub const PACKAGE: &str = "Paket";
pub const PACKAGE_NEW: &str = "Tambah paket";
pub const PACKAGE_NEW_TITLE: &str = "Paket baru";
pub const PACKAGE_EDIT_TITLE: &str = "Ubah paket";
pub const PACKAGE_DELETE_CONFIRM: &str = "Hapus paket";
pub const PACKAGE_DEACTIVATED: &str = "Paket sudah dipakai booking, jadi dinonaktifkan";
pub const PACKAGE_KIND_REQUIRED: &str = "Pilih jenis layanan.";
pub const LABEL_SERVICE_KIND: &str = "Jenis layanan";
pub const LABEL_PACKAGE_NAME: &str = "Nama paket";
pub const LABEL_PRICE: &str = "Harga (Rp)";
pub const HINT_PRICE: &str = "Dalam rupiah, tanpa titik. Contoh: 1500000.";
pub const PRICE_SHOWN_AS: &str = "Tampil sebagai";
pub const LABEL_FULL_DAY: &str = "Sepanjang hari";
pub const HINT_FULL_DAY: &str = "Paket memakai satu hari penuh, tanpa jam mulai.";
pub const LABEL_DURATION_HOURS: &str = "Durasi (jam)";
pub const HINT_DURATION_HOURS: &str = "1–16 jam, dihitung dari jam mulai.";
pub const LABEL_DESCRIPTION: &str = "Deskripsi";
pub const LABEL_INCLUSIONS: &str = "Yang didapat";
pub const HINT_INCLUSIONS: &str = "Satu item per baris. Saat ini:";
pub const LABEL_ACTIVE_PACKAGE: &str = "Aktif";
pub const HINT_ACTIVE_PACKAGE: &str = "Paket aktif tampil di halaman harga dan dapat dipesan.";
pub const COL_NAME: &str = "Nama";
pub const COL_PRICE: &str = "Harga";
pub const COL_DURATION: &str = "Durasi";
pub const COL_STATUS: &str = "Status";
pub const COL_ORDER: &str = "Urutan";
pub const COL_ACTIONS: &str = "Aksi";

// Admin: bank accounts
pub const BANKS_TITLE: &str = "Rekening Bank";
pub const BANKS_LEAD: &str =
    "Rekening aktif ditampilkan kepada klien sebagai tujuan transfer DP dan pelunasan.";
pub const BANKS_EMPTY: &str = "Belum ada rekening";
pub const BANKS_EMPTY_TEXT: &str = "Tambahkan rekening agar klien tahu ke mana harus mentransfer.";
pub const BANKS_LOAD_FAILED: &str = "Daftar rekening belum dapat dimuat.";
pub const BANK_ACCOUNT: &str = "Rekening";
pub const BANK_NEW: &str = "Tambah rekening";
pub const BANK_NEW_TITLE: &str = "Rekening baru";
pub const BANK_EDIT_TITLE: &str = "Ubah rekening";
pub const BANK_DELETE_CONFIRM: &str = "Hapus rekening";
pub const LABEL_BANK: &str = "Bank";
pub const LABEL_ACCOUNT_NUMBER: &str = "Nomor rekening";
pub const HINT_ACCOUNT_NUMBER: &str = "5–20 angka; spasi dan tanda hubung dibuang.";
pub const LABEL_HOLDER_NAME: &str = "Atas nama";
pub const HINT_HOLDER_NAME: &str = "Persis seperti tertulis di buku tabungan.";
pub const LABEL_ACTIVE_BANK: &str = "Aktif";
pub const HINT_ACTIVE_BANK: &str = "Rekening aktif ditampilkan kepada klien saat membayar.";
pub const COL_BANK: &str = "Bank";
pub const COL_ACCOUNT_NUMBER: &str = "Nomor rekening";
pub const COL_HOLDER: &str = "Atas nama";
/// "atas nama", before an account holder's name.
pub const ON_BEHALF_OF: &str = "a.n.";

// Admin: settings
pub const SETTINGS_TITLE: &str = "Pengaturan";
pub const SETTINGS_EYEBROW: &str = "Studio";
pub const SETTINGS_LEAD: &str =
    "Profil studio dan aturan booking. Perubahan berlaku untuk booking baru.";
pub const SETTINGS_LOAD_FAILED: &str = "Pengaturan belum dapat dimuat.";
pub const SETTINGS_PROFILE: &str = "Profil studio";
pub const SETTINGS_RULES: &str = "Aturan booking & pembayaran";
pub const SETTINGS_SAVE: &str = "Simpan pengaturan";
pub const SETTINGS_SAVED: &str = "Pengaturan berhasil disimpan.";
pub const LABEL_STUDIO_NAME: &str = "Nama studio";
pub const HINT_STUDIO_NAME: &str = "Tampil di situs, email, dan invoice.";
pub const LABEL_STUDIO_EMAIL: &str = "Email studio";
pub const HINT_STUDIO_EMAIL: &str = "Alamat balasan untuk email ke klien.";
pub const LABEL_STUDIO_PHONE: &str = "Nomor WhatsApp studio";
pub const LABEL_TIMEZONE: &str = "Zona waktu";
pub const HINT_TIMEZONE: &str =
    "Nama zona IANA. WIB: Asia/Jakarta · WITA: Asia/Makassar · WIT: Asia/Jayapura.";
pub const TIMEZONE_REQUIRED: &str = "Zona waktu wajib diisi.";
pub const LABEL_STUDIO_ADDRESS: &str = "Alamat studio";
pub const HINT_STUDIO_ADDRESS: &str = "Tampil di kaki halaman dan invoice.";
pub const LABEL_DP_PERCENT: &str = "DP (%)";
pub const HINT_DP_PERCENT: &str = "Uang muka dari total harga, dibulatkan ke atas per Rp1.000.";
pub const LABEL_PAYMENT_DEADLINE: &str = "Batas waktu pembayaran (menit)";
pub const HINT_PAYMENT_DEADLINE: &str =
    "Waktu klien mengunggah bukti transfer DP setelah booking dibuat.";
pub const LABEL_REUPLOAD_WINDOW: &str = "Jendela unggah ulang setelah ditolak (menit)";
pub const HINT_REUPLOAD_WINDOW: &str =
    "Waktu klien mengunggah bukti baru setelah bukti sebelumnya ditolak.";
pub const LABEL_CAPACITY: &str = "Kapasitas kru per waktu";
pub const HINT_CAPACITY: &str = "Jumlah booking yang boleh berlangsung bersamaan.";
pub const LABEL_MIN_LEAD_DAYS: &str = "Minimal hari sebelum acara (H+)";
pub const HINT_MIN_LEAD_DAYS: &str =
    "Tanggal acara paling cepat sekian hari dari hari ini; 1 berarti besok.";
pub const LABEL_BALANCE_DUE_DAYS: &str = "Pelunasan paling lambat (hari sebelum acara)";
pub const HINT_BALANCE_DUE_DAYS: &str = "Sisa pembayaran harus lunas sekian hari sebelum hari H.";

// Not found
pub const NOT_FOUND_TITLE: &str = "Halaman tidak ditemukan";
pub const NOT_FOUND_TEXT: &str =
    "Tautan yang Anda buka mungkin salah ketik atau sudah dipindahkan.";

// Dates (month and weekday names come from shared::id_date)
pub const WEEKDAYS_SHORT: [&str; 7] = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"];
pub const UNTIL: &str = "Batas:";
pub const COUNTDOWN_OVER: &str = "Waktu habis";

// Booking facts
pub const ALL_DAY: &str = "Sepanjang Hari";
pub const DATE: &str = "Tanggal";
pub const TIME: &str = "Waktu";
pub const LOCATION: &str = "Lokasi";
pub const NOTES: &str = "Catatan";
pub const TOTAL: &str = "Total";
pub const PAID: &str = "Sudah dibayar";
pub const REMAINING: &str = "Sisa pembayaran";
pub const PAYMENT_OPTION: &str = "Pilihan pembayaran";
pub const BOOKED_AT: &str = "Dipesan pada";
pub const FACTS_EVENT: &str = "Detail acara";
pub const FACTS_PAYMENT: &str = "Pembayaran";
pub const OPTION_DP: &str = "DP + pelunasan";
pub const OPTION_FULL: &str = "Lunas";
pub const NOT_CHOSEN: &str = "Belum dipilih";
pub const HOURS: &str = "jam";

// Booking statuses and actions
pub const ACTION_PAY_NOW: &str = "Bayar sekarang";
pub const ACTION_REUPLOAD: &str = "Unggah ulang bukti";
pub const ACTION_PAY_BALANCE: &str = "Bayar pelunasan";
pub const ACTION_DETAIL: &str = "Lihat detail";

// Payments
pub const PAYMENTS_EMPTY: &str = "Belum ada bukti pembayaran yang diunggah.";
pub const UPLOADED_AT: &str = "Diunggah";
pub const REJECT_REASON: &str = "Alasan ditolak";
pub const PROOF_SHOW: &str = "Lihat bukti";
pub const PROOF_HIDE: &str = "Sembunyikan bukti";
pub const PROOF_LOADING: &str = "Memuat bukti transfer…";
pub const PROOF_LOAD_FAILED: &str = "Bukti transfer belum dapat dimuat.";
pub const PROOF_ALT: &str = "Bukti transfer";
pub const PROOF_OPEN_FULL: &str = "Buka ukuran penuh di tab baru";
pub const PROOF_PDF: &str = "Bukti berupa dokumen PDF.";
pub const PROOF_OPEN_PDF: &str = "Buka PDF";
pub const PROOF_DOWNLOAD: &str = "Unduh";
pub const KIND_BALANCE: &str = "Pelunasan";

// Timeline
pub const TIMELINE_EMPTY: &str = "Belum ada riwayat.";
pub const ACTOR_SYSTEM: &str = "Sistem";
pub const ACTOR_CLIENT: &str = "Klien";
pub const ACTOR_STUDIO: &str = "Studio";

// Booking wizard
pub const BOOKING_TITLE: &str = "Pesan sesi foto";
pub const BOOKING_EYEBROW: &str = "Booking";
pub const BOOKING_LEAD: &str =
    "Pilih tanggal dan lengkapi detail acara Anda. Harga mengikuti paket, tanpa biaya tersembunyi.";
pub const BOOKING_LOAD_FAILED: &str = "Paket belum dapat dimuat.";
pub const BOOKING_NO_PACKAGE: &str = "Pilih paket terlebih dahulu";
pub const BOOKING_PACKAGE_GONE: &str = "Paket ini tidak lagi tersedia";
pub const BOOKING_NO_PACKAGE_TEXT: &str =
    "Booking dimulai dari daftar harga: pilih paket yang sesuai, lalu tentukan tanggalnya.";
pub const BOOKING_SEE_PACKAGES: &str = "Lihat paket & harga";
pub const STEPS_LABEL: &str = "Langkah booking";
pub const STEP_PACKAGE: &str = "Paket";
pub const STEP_DATE: &str = "Tanggal";
pub const STEP_TIME: &str = "Jam";
pub const STEP_DETAILS: &str = "Lokasi";
pub const STEP_REVIEW: &str = "Konfirmasi";
pub const STEP_PACKAGE_TITLE: &str = "Paket pilihan Anda";
pub const STEP_DATE_TITLE: &str = "Pilih tanggal acara";
pub const STEP_TIME_TITLE: &str = "Pilih jam mulai";
pub const STEP_DETAILS_TITLE: &str = "Lokasi & catatan";
pub const STEP_REVIEW_TITLE: &str = "Periksa & konfirmasi";
pub const CHANGE_PACKAGE: &str = "Ganti paket";
pub const NEXT: &str = "Lanjut";
pub const NEXT_PICK_DATE: &str = "Pilih tanggal";
pub const NEXT_REVIEW: &str = "Periksa booking";
pub const BACK: &str = "Kembali";
pub const DATE_RULE: &str = "Tanggal yang dapat dipesan paling cepat";
pub const CHOSEN_DATE: &str = "Tanggal dipilih";
pub const PICK_A_DATE: &str = "Pilih salah satu tanggal yang tersedia.";
pub const SESSION_OF: &str = "Sesi";
pub const LABEL_START_TIME: &str = "Jam mulai";
pub const PICK_START_TIME: &str = "Pilih jam mulai";
pub const HINT_START_TIME: &str =
    "Jam yang tidak tercantum sudah terisi atau melewati jam kerja (06.00–22.00 WIB).";
pub const NO_SLOTS: &str =
    "Tidak ada jam yang cukup untuk durasi paket ini pada tanggal tersebut. Kembali dan pilih tanggal lain.";
pub const LABEL_LOCATION: &str = "Lokasi acara";
pub const HINT_LOCATION: &str =
    "Nama tempat dan alamat, contoh: Gereja HKBP Saribudolok, Jl. Merdeka 1.";
pub const LABEL_NOTES: &str = "Catatan (opsional)";
pub const HINT_NOTES: &str = "Tema, susunan acara, atau permintaan khusus untuk tim kami.";
pub const PAYMENT_OPTION_LEGEND: &str = "Pilihan pembayaran";
pub const OPTION_DP_REST: &str = "Sisa";
pub const OPTION_DP_REST_DUE: &str = "dilunasi paling lambat";
pub const DAYS_BEFORE_EVENT: &str = "hari sebelum acara";
pub const OPTION_FULL_SUB: &str = "Bayar seluruhnya sekarang, tanpa pelunasan nanti.";
pub const PAY_WITHIN: &str = "Bayar dalam";
pub const PAY_WITHIN_TAIL: &str = "setelah booking.";
pub const PAY_WITHIN_DETAIL: &str = "Setelah konfirmasi, transfer";
pub const PAY_WITHIN_DETAIL_TAIL: &str =
    "ke rekening studio dan unggah buktinya. Jika lewat batas waktu, jadwal dilepas otomatis.";
pub const CANCEL_POLICY: &str =
    "Booking dapat Anda batalkan sendiri sebelum diterima studio. Setelah diterima, pembatalan diajukan ke studio dan DP tidak dapat dikembalikan (hangus).";
pub const BOOKING_CONFIRM: &str = "Konfirmasi booking";
pub const BOOKING_CONFIRMING: &str = "Memesan…";
pub const BOOKING_LOGIN_CONFIRM: &str = "Masuk untuk konfirmasi";
pub const BOOKING_SIGNED_OUT: &str =
    "Anda perlu masuk untuk menyelesaikan booking; pilihan Anda tetap tersimpan. Belum punya akun?";
pub const BOOKING_REGISTER: &str = "Daftar sekarang";
pub const BOOKING_CREW_CANNOT: &str =
    "Anda masuk sebagai tim studio. Booking hanya dapat dibuat dari akun klien.";
pub const SUMMARY_TITLE: &str = "Ringkasan";

// Calendar
pub const CAL_PREV: &str = "Bulan sebelumnya";
pub const CAL_NEXT: &str = "Bulan berikutnya";
pub const CAL_LABEL: &str = "Kalender";
pub const CAL_LOADING: &str = "Memuat ketersediaan…";
pub const CAL_LOAD_FAILED: &str = "Ketersediaan tanggal belum dapat dimuat.";
pub const CAL_FREE: &str = "Tersedia";
pub const CAL_PARTLY: &str = "Sebagian terisi";
pub const CAL_FULL: &str = "Penuh";
pub const CAL_BLOCKED: &str = "Studio tutup";
pub const CAL_TOO_SOON: &str = "Tidak dapat dipesan";
pub const CAL_FULL_OR_CLOSED: &str = "Penuh / tidak tersedia";
pub const CAL_LEGEND: &str = "Keterangan warna";
pub const CAL_NONE_THIS_MONTH: &str =
    "Tidak ada tanggal yang tersedia untuk paket ini di bulan ini. Coba bulan berikutnya.";

// Account: bookings
pub const ACCOUNT_BOOKINGS_FAILED: &str = "Daftar booking belum dapat dimuat.";
pub const ACCOUNT_UPCOMING: &str = "Akan datang";
pub const ACCOUNT_PAST: &str = "Riwayat";
pub const ACCOUNT_NO_UPCOMING: &str = "Tidak ada booking yang akan datang.";
pub const ACCOUNT_BOOK_NEW: &str = "Pesan sesi baru";
pub const ACCOUNT_NEW_BOOKING: &str = "Booking baru";
pub const ACCOUNT_NEW_BOOKING_TEXT: &str =
    "Pilih paket, lalu tanggal yang masih tersedia. Pembayaran DP cukup lewat transfer bank.";
pub const PAID_IN_FULL: &str = "Lunas";
pub const REMAINING_SHORT: &str = "sisa";
pub const PAY_BEFORE: &str = "bayar sebelum";
pub const BACK_TO_ACCOUNT: &str = "Kembali ke akun saya";

// Booking detail
pub const BOOKING_DETAIL_TITLE: &str = "Booking";
pub const BOOKING_DETAIL_LOAD_FAILED: &str = "Detail booking belum dapat dimuat.";
pub const BOOKING_NOT_FOUND: &str = "Booking tidak ditemukan";
pub const BOOKING_NOT_FOUND_TEXT: &str =
    "Tautan ini mungkin salah, atau booking ini bukan milik akun yang sedang masuk.";
pub const BOOKING_CODE: &str = "Kode booking";
pub const PAYMENTS_TITLE: &str = "Pembayaran";
pub const TIMELINE_TITLE: &str = "Riwayat status";
pub const NEXT_TITLE: &str = "Langkah berikutnya";
pub const NEXT_PAY: &str = "Transfer";
pub const NEXT_PAY_TAIL: &str = " lalu unggah buktinya";
pub const BEFORE: &str = "sebelum";
pub const NEXT_WAIT_REVIEW: &str =
    "Bukti transfer Anda sedang diperiksa studio. Kami kabari begitu dikonfirmasi.";
pub const NEXT_REJECTED: &str = "Bukti transfer ditolak studio:";
pub const NEXT_REUPLOAD: &str = "Unggah ulang bukti yang benar sebelum batas waktunya.";
pub const NEXT_BALANCE: &str = "DP sudah diterima. Lunasi sisa";
pub const NEXT_BALANCE_BY: &str = "paling lambat";
pub const NEXT_ALL_PAID: &str = "Booking sudah lunas. Sampai jumpa di hari acara!";
pub const NEXT_DONE: &str =
    "Sesi foto sudah selesai. Terima kasih telah mempercayakan momen Anda kepada kami.";
pub const NEXT_EXPIRED: &str =
    "Batas waktu pembayaran sudah lewat dan jadwal telah dilepas. Silakan buat booking baru.";
pub const NEXT_CANCELLED: &str = "Booking ini sudah dibatalkan.";
pub const BOOK_AGAIN: &str = "Buat booking baru";
pub const SEE_BOOKING: &str = "Lihat detail booking";
pub const CANCEL_TITLE: &str = "Pembatalan";
pub const CANCEL_BOOKING: &str = "Batalkan booking";
pub const CANCELLING: &str = "Membatalkan…";
pub const CANCEL_BEFORE_ACCEPT: &str =
    "Anda dapat membatalkan booking ini sendiri selama belum diterima studio; jadwal langsung dilepas. Setelah diterima, DP tidak dapat dikembalikan (hangus).";
pub const CANCEL_CONFIRM: &str = "Batalkan booking";
pub const CANCEL_CONFIRM_TAIL: &str =
    "Jadwal Anda akan dilepas dan pembatalan tidak dapat diurungkan.";
pub const CANCELLED_NOTICE: &str = "Booking telah dibatalkan.";
pub const CONTACT_STUDIO: &str = "Hubungi studio via WhatsApp";

// Payment page
pub const PAY_TITLE: &str = "Pembayaran";
pub const PAY_LOAD_FAILED: &str = "Halaman pembayaran belum dapat dimuat.";
pub const PAY_SUMMARY: &str = "Ringkasan booking";
pub const PAY_STEP_TRANSFER: &str = "Transfer";
pub const PAY_STEP_UPLOAD: &str = "Unggah bukti transfer";
pub const PAY_AMOUNT: &str = "Jumlah yang ditransfer";
pub const PAY_TO_ACCOUNTS: &str = "Ke salah satu rekening studio";
pub const PAY_NO_BANKS: &str =
    "Rekening studio belum tersedia. Hubungi studio lewat WhatsApp untuk cara pembayaran.";
pub const COPY_NUMBER: &str = "Salin nomor";
pub const COPY_AMOUNT: &str = "Salin jumlah";
pub const COPIED: &str = "Tersalin";
pub const COPY_FAILED: &str = "Salin manual";
pub const COUNTDOWN_PAY: &str = "Sisa waktu pembayaran";
pub const COUNTDOWN_REUPLOAD: &str = "Sisa waktu unggah ulang";
pub const BALANCE_DUE_BY: &str = "Pelunasan paling lambat";
pub const PAY_REJECTED: &str = "Bukti sebelumnya ditolak.";
pub const PAY_REJECTED_NEXT: &str =
    "Periksa kembali jumlah dan rekening tujuan, lalu unggah bukti yang jelas sebelum waktunya habis.";
pub const PAY_WAITING_TITLE: &str = "Bukti sedang diperiksa";
pub const PAY_WAITING_TEXT: &str =
    "Bukti transfer Anda sudah kami terima dan sedang diperiksa studio. Anda tidak perlu mengunggah lagi.";
pub const PAY_NOTHING_TITLE: &str = "Tidak ada pembayaran saat ini";
pub const PAY_NOTHING_TEXT: &str =
    "Booking ini tidak memerlukan pembayaran sekarang. Lihat detail booking untuk statusnya.";
pub const PAY_CLOSED_TITLE: &str = "Batas waktu sudah lewat";
pub const PAY_CLOSED_TEXT: &str =
    "Waktu untuk mengunggah bukti sudah habis, sehingga jadwal dilepas. Silakan buat booking baru; jika Anda sudah mentransfer, hubungi studio.";
pub const LABEL_BANK_ACCOUNT: &str = "Rekening tujuan transfer";
pub const HINT_BANK_ACCOUNT: &str = "Pilih rekening yang Anda transfer.";
pub const LABEL_PROOF: &str = "Bukti transfer";
pub const HINT_PROOF: &str =
    "Foto atau tangkapan layar JPEG, PNG, WebP, atau file PDF; maksimal 5 MB.";
pub const DROP_TITLE: &str = "Tarik & lepas bukti transfer di sini";
pub const DROP_HINT: &str = "atau klik untuk memilih file dari perangkat Anda";
pub const PROOF_BAD_TYPE: &str =
    "Format file tidak didukung. Unggah foto JPEG, PNG, atau WebP, atau file PDF.";
pub const PROOF_EMPTY: &str = "File kosong. Pilih file bukti transfer yang lain.";
pub const PROOF_TOO_BIG: &str = "File terlalu besar";
pub const PROOF_TOO_BIG_HINT: &str =
    "Maksimal 5 MB: kirim tangkapan layar, perkecil foto, atau simpan sebagai PDF.";
pub const PROOF_PREVIEW_ALT: &str = "Pratinjau bukti transfer";
pub const PROOF_CHANGE: &str = "Ganti file";
pub const PAY_PICK_BANK: &str = "Pilih rekening tujuan transfer.";
pub const PAY_PICK_FILE: &str = "Pilih file bukti transfer terlebih dahulu.";
pub const UPLOAD_PROGRESS: &str = "Kemajuan unggahan";
pub const UPLOADING: &str = "Mengunggah…";
pub const UPLOADED: &str = "Terunggah";
pub const UPLOAD_SUBMIT: &str = "Kirim bukti transfer";
pub const UPLOAD_NETWORK: &str =
    "Unggahan terputus. Periksa koneksi Anda lalu kirim lagi; file Anda masih terpilih.";
pub const PROOF_SENT: &str = "Bukti terkirim, menunggu konfirmasi studio";
pub const PROOF_SENT_TEXT: &str =
    "Kami memeriksa bukti Anda secepatnya pada jam kerja. Status booking berubah menjadi “Diterima” setelah dikonfirmasi.";
pub const MINUTES: &str = "menit";

// Admin: operations
pub const ADMIN_OPERATIONS: &str = "Operasional";
pub const CLIENT: &str = "Klien";
pub const EVENT_DATE: &str = "Tanggal acara";
pub const TO_ACCOUNT: &str = "Rekening tujuan";
pub const BOOKING_STATUS: &str = "Status booking";
pub const REVIEWED_AT: &str = "Diperiksa";
pub const BOOKING: &str = "Booking";
pub const PAGINATION: &str = "Halaman";
pub const PAGE: &str = "Halaman";
pub const OF: &str = "dari";
pub const PAGE_PREV: &str = "‹ Sebelumnya";
pub const PAGE_NEXT: &str = "Berikutnya ›";

// Admin: review queue
pub const REVIEW_TITLE: &str = "Pembayaran";
pub const REVIEW_LEAD: &str =
    "Periksa bukti transfer dari yang paling lama menunggu. Cocokkan jumlah, rekening tujuan, dan nama pengirim sebelum menyetujui.";
pub const REVIEW_TABS: &str = "Status bukti";
pub const TAB_PENDING: &str = "Menunggu";
pub const TAB_APPROVED: &str = "Disetujui";
pub const TAB_REJECTED: &str = "Ditolak";
pub const PROOFS: &str = "bukti";
pub const REVIEW_LOAD_FAILED: &str = "Daftar bukti belum dapat dimuat.";
pub const REVIEW_EMPTY_PENDING: &str = "Tidak ada bukti yang menunggu";
pub const REVIEW_EMPTY_PENDING_TEXT: &str =
    "Semua bukti transfer sudah diperiksa. Bukti baru akan muncul di sini.";
pub const REVIEW_EMPTY_HISTORY: &str = "Belum ada riwayat";
pub const REVIEW_EMPTY_HISTORY_TEXT: &str = "Bukti yang sudah diperiksa akan tercatat di sini.";
pub const REVIEW_STALE: &str =
    "Booking ini sudah tidak aktif (dibatalkan, kedaluwarsa, atau selesai). Tolak bukti ini dan hubungi klien bila perlu pengembalian dana.";
pub const APPROVE: &str = "Setujui";
pub const APPROVING: &str = "Menyetujui…";
pub const REJECT: &str = "Tolak";
pub const REJECTING: &str = "Menolak…";
pub const REJECT_CONFIRM: &str = "Tolak bukti";
pub const LABEL_REJECT_REASON: &str = "Alasan penolakan";
pub const HINT_REJECT_REASON: &str =
    "Dibaca klien. Jelaskan yang salah dan yang perlu dikirim, contoh: jumlah transfer kurang Rp 25.000.";
pub const REASON_RULE: &str = "Tuliskan alasan penolakan (3–500 karakter).";
pub const APPROVED_NOTICE: &str = "Pembayaran";
pub const APPROVED_NOTICE_TAIL: &str = "disetujui. Status booking kini";
pub const REJECTED_NOTICE: &str = "Bukti";
pub const REJECTED_NOTICE_TAIL: &str = "ditolak; klien diberi tahu beserta alasannya.";

// Admin: bookings
pub const ADMIN_BOOKINGS_TITLE: &str = "Booking";
pub const ADMIN_BOOKINGS_LEAD: &str =
    "Semua booking klien. Cari dengan kode, nama, email, atau nomor WhatsApp.";
pub const ADMIN_BOOKINGS_LOAD_FAILED: &str = "Daftar booking belum dapat dimuat.";
pub const ADMIN_BOOKINGS_EMPTY: &str = "Tidak ada booking yang cocok";
pub const ADMIN_BOOKINGS_EMPTY_TEXT: &str = "Ubah atau hapus filter untuk melihat booking lain.";
pub const BOOKINGS_FOUND: &str = "booking ditemukan";
pub const COL_CODE: &str = "Kode";
pub const ALL_STATUSES: &str = "Semua status";
pub const ALL_KINDS: &str = "Semua layanan";
pub const FILTER_SEARCH: &str = "Cari";
pub const FILTER_SEARCH_HINT: &str = "Kode, nama, email, atau nomor WhatsApp.";
pub const FILTER_FROM: &str = "Acara dari";
pub const FILTER_TO: &str = "Sampai";
pub const FILTER_APPLY: &str = "Terapkan";
pub const FILTER_RESET: &str = "Hapus filter";
pub const FILTER_RANGE_ERROR: &str = "Tanggal akhir tidak boleh sebelum tanggal awal.";
pub const ADMIN_BOOKING_NOT_FOUND_TEXT: &str = "Booking ini tidak ada atau sudah dihapus.";
pub const BACK_TO_BOOKINGS: &str = "Kembali ke daftar booking";
pub const ADMIN_PENDING_PROOF: &str = "Ada bukti transfer yang menunggu pemeriksaan.";
pub const ADMIN_TO_QUEUE: &str = "Buka antrean pembayaran";
pub const ADMIN_ACTIONS: &str = "Tindakan";
pub const ADMIN_ACTIONS_ADMIN_ONLY: &str =
    "Pembatalan dan penandaan selesai hanya dapat dilakukan admin.";
pub const ADMIN_ACTIONS_NONE: &str = "Tidak ada tindakan untuk booking dengan status ini.";
pub const ADMIN_MARK_DONE: &str = "Tandai selesai";
pub const ADMIN_COMPLETE_CONFIRM: &str = "Tandai selesai booking";
pub const ADMIN_COMPLETED_TAIL: &str = "ditandai selesai.";
pub const ADMIN_CANCELLED_TAIL: &str = "dibatalkan dan jadwalnya dilepas.";
pub const ADMIN_CANCEL_WARN: &str = "Jadwal langsung dilepas dan klien diberi tahu.";
pub const ADMIN_CANCEL_ACCEPTED_WARN: &str =
    "Booking ini sudah diterima: jadwal dilepas dan, sesuai kebijakan, DP klien hangus.";
pub const LABEL_CANCEL_REASON: &str = "Alasan pembatalan (opsional)";
pub const HINT_CANCEL_REASON: &str = "Tercatat di riwayat booking dan terlihat oleh klien.";
pub const ADMIN_CANCEL_CONFIRM_BUTTON: &str = "Ya, batalkan booking";

// Admin: calendar blocks
pub const BLOCKS_TITLE: &str = "Kalender";
pub const BLOCKS_LEAD: &str =
    "Status setiap tanggal dan waktu yang ditutup studio. Pilih tanggal di kalender untuk menutup sehari penuh atau beberapa jam; booking yang sudah ada tidak berubah.";
pub const BLOCKS_LEAD_STAFF: &str =
    "Status setiap tanggal dan waktu yang ditutup studio. Hanya admin yang dapat menutup atau membuka kembali jadwal.";
pub const BLOCKS_OF_MONTH: &str = "Jadwal ditutup,";
pub const BLOCKS_EMPTY: &str = "Tidak ada jadwal yang ditutup pada periode ini.";
pub const BLOCKS_LOAD_FAILED: &str = "Daftar jadwal yang ditutup belum dapat dimuat.";
pub const BLOCK: &str = "Jadwal";
pub const BLOCK_SAVED_TAIL: &str = "ditutup.";
pub const BLOCK_DELETED_TAIL: &str = "dibuka kembali.";
pub const BLOCK_DELETE_CONFIRM: &str = "Buka kembali jadwal";
pub const BLOCK_DELETE_CONFIRM_TAIL: &str = "Klien dapat memesan waktu ini lagi.";
pub const BLOCK_NEW_TITLE: &str = "Tutup jadwal";
pub const BLOCK_NEW_TEXT: &str = "Untuk libur, acara pribadi, atau perawatan studio.";
pub const BLOCK_SAVE: &str = "Tutup jadwal";
pub const BLOCK_DATE_REQUIRED: &str = "Pilih tanggal.";
pub const BLOCK_TIMES_REQUIRED: &str = "Isi jam mulai dan selesai, atau centang “Sepanjang hari”.";
pub const LABEL_BLOCK_DATE: &str = "Tanggal";
pub const HINT_BLOCK_DATE: &str = "Atau klik tanggal di kalender.";
pub const HINT_BLOCK_WHOLE_DAY: &str = "Hapus centang untuk menutup beberapa jam saja.";
pub const LABEL_BLOCK_START: &str = "Jam mulai";
pub const LABEL_BLOCK_END: &str = "Jam selesai";
pub const LABEL_BLOCK_REASON: &str = "Alasan";
pub const HINT_BLOCK_REASON: &str = "Untuk tim studio, contoh: Libur Natal. Maks. 200 karakter.";
pub const COL_DATE: &str = "Tanggal";
pub const COL_TIME: &str = "Waktu";
pub const COL_REASON: &str = "Alasan";

// Booking detail: hiding
pub const HIDE_TITLE: &str = "Sembunyikan dari daftar";
pub const HIDE_TEXT: &str =
    "Booking yang sudah selesai tidak lagi tampil di akun Anda. Studio tetap menyimpan catatannya.";
pub const HIDE_BOOKING: &str = "Sembunyikan";
pub const HIDING: &str = "Menyembunyikan…";
pub const HIDE_CONFIRM: &str = "Sembunyikan booking";
pub const HIDE_CONFIRM_TAIL: &str = "Booking ini tidak akan tampil lagi di daftar Anda.";
pub const HIDDEN_NOTICE: &str = "Booking telah disembunyikan dari daftar Anda.";

// Cancel / reschedule requests
pub const REQUEST_TITLE: &str = "Ajukan pembatalan / jadwal ulang";
pub const REQUEST_TEXT: &str =
    "Booking sudah diterima studio. Ajukan pembatalan atau jadwal ulang di sini; studio akan meninjau dan menjawabnya.";
pub const REQUEST_KIND_LEGEND: &str = "Jenis permintaan";
pub const REQUEST_KIND_CANCEL: &str = "Pembatalan";
pub const REQUEST_KIND_RESCHEDULE: &str = "Jadwal ulang";
pub const LABEL_REQUEST_REASON: &str = "Alasan";
pub const HINT_REQUEST_REASON: &str = "3–1000 karakter. Terlihat oleh tim studio.";
pub const REQUEST_REASON_RULE: &str = "Alasan wajib diisi, 3–1000 karakter.";
pub const LABEL_NEW_DATE: &str = "Tanggal baru";
pub const HINT_NEW_DATE: &str = "Paling cepat besok (H+1).";
pub const NEW_DATE_REQUIRED: &str = "Pilih tanggal baru.";
pub const LABEL_NEW_START_TIME: &str = "Jam mulai baru";
pub const NEW_START_TIME_REQUIRED: &str = "Pilih jam mulai baru.";
pub const CHOOSE_TIME: &str = "Pilih jam";
pub const REQUEST_CANCEL_POLICY: &str =
    "Sesuai kebijakan, pembatalan setelah booking diterima: DP tidak dapat dikembalikan (hangus).";
pub const REQUEST_SUBMIT: &str = "Kirim permintaan";
pub const REQUEST_SUBMITTING: &str = "Mengirim…";
pub const REQUEST_CONFIRM_CANCEL: &str =
    "Ajukan pembatalan booking ini? DP tidak dapat dikembalikan (hangus).";
pub const REQUEST_CONFIRM_RESCHEDULE: &str = "Ajukan jadwal ulang booking ini?";
pub const REQUEST_SENT: &str = "Permintaan terkirim. Studio akan meninjaunya secepatnya.";
pub const REQUEST_PENDING_TEXT: &str =
    "Permintaan Anda sedang ditinjau studio. Anda dapat mengajukan lagi setelah ada keputusan.";
pub const REQUESTS_TITLE: &str = "Permintaan Anda";
pub const REQUESTS_LOAD_FAILED: &str = "Daftar permintaan belum dapat dimuat.";
pub const REQUEST_STATUS_PENDING: &str = "Menunggu";
pub const REQUEST_STATUS_APPROVED: &str = "Disetujui";
pub const REQUEST_STATUS_DECLINED: &str = "Ditolak";
pub const REQUEST_NEW_SCHEDULE: &str = "Jadwal baru";
pub const REQUEST_DECISION_NOTE: &str = "Catatan studio";
pub const REQUEST_CREATED_AT: &str = "Diajukan";
pub const REQUEST_DECIDED_AT: &str = "Diputuskan";

// Admin: requests queue
pub const REQUESTS_ADMIN_TITLE: &str = "Permintaan";
pub const REQUESTS_ADMIN_LEAD: &str =
    "Permintaan pembatalan dan jadwal ulang dari klien untuk booking yang sudah diterima.";
pub const REQUESTS_TABS: &str = "Status permintaan";
pub const REQUESTS_EMPTY_PENDING: &str = "Tidak ada permintaan yang menunggu";
pub const REQUESTS_EMPTY_PENDING_TEXT: &str = "Permintaan baru dari klien akan muncul di sini.";
pub const REQUESTS_EMPTY_HISTORY: &str = "Belum ada riwayat";
pub const REQUESTS_EMPTY_HISTORY_TEXT: &str = "Permintaan yang sudah diputuskan tercatat di sini.";
pub const REQUEST_KIND: &str = "Jenis";
pub const REQUEST_APPROVE: &str = "Setujui";
pub const REQUEST_APPROVING: &str = "Menyetujui…";
pub const REQUEST_DECLINE: &str = "Tolak";
pub const REQUEST_DECLINING: &str = "Menolak…";
pub const LABEL_DECISION_NOTE_OPTIONAL: &str = "Catatan untuk klien (opsional)";
pub const LABEL_DECISION_NOTE_REQUIRED: &str = "Catatan untuk klien (wajib saat menolak)";
pub const HINT_DECISION_NOTE: &str = "Terlihat oleh klien di halaman booking.";
pub const DECISION_NOTE_RULE: &str = "Tulis catatan untuk klien saat menolak.";
pub const REQUEST_APPROVED_NOTICE: &str = "Permintaan disetujui untuk booking";
pub const REQUEST_DECLINED_NOTICE: &str = "Permintaan ditolak untuk booking";
pub const SLOT_TAKEN_TEXT: &str =
    "Jadwal tujuan sudah terisi, jadi permintaan belum dapat disetujui dan tetap menunggu.";

// Settings: notification channels
pub const SETTINGS_NOTIFICATIONS: &str = "Notifikasi & pengingat";
pub const LABEL_BALANCE_REMINDER_DAYS: &str = "Pengingat pelunasan (hari sebelum jatuh tempo)";
pub const HINT_BALANCE_REMINDER_DAYS: &str =
    "Klien diingatkan sekian hari sebelum batas pelunasan. Maksimal 60 hari.";
pub const LABEL_WHATSAPP_ENABLED: &str = "Kirim notifikasi juga lewat WhatsApp";
pub const HINT_WHATSAPP_ENABLED: &str =
    "Hanya terkirim bila gateway WhatsApp sudah dikonfigurasi di server (APP_WHATSAPP__URL dan APP_WHATSAPP__TOKEN). Email dan notifikasi di aplikasi tetap berjalan.";

// Notifications
pub const NOTIFICATIONS_TITLE: &str = "Notifikasi";
pub const NOTIFICATIONS_LEAD: &str = "Kabar terbaru tentang booking dan pembayaran.";
pub const NOTIFICATIONS_LOAD_FAILED: &str = "Notifikasi belum dapat dimuat.";
pub const NOTIFICATIONS_EMPTY: &str = "Belum ada notifikasi";
pub const NOTIFICATIONS_EMPTY_TEXT: &str =
    "Kabar tentang booking dan pembayaran akan muncul di sini.";
pub const NOTIFICATIONS_COUNT: &str = "notifikasi";
pub const MARK_ALL_READ: &str = "Tandai semua sudah dibaca";
pub const MARKING_ALL_READ: &str = "Menandai…";
pub const ALL_READ_NOTICE: &str = "Semua notifikasi sudah ditandai dibaca.";
pub const UNREAD: &str = "Belum dibaca";
pub const UNREAD_TAIL: &str = "belum dibaca";
pub const BELL_LABEL: &str = "Notifikasi";
pub const TOASTS_LABEL: &str = "Notifikasi baru";
pub const TOAST_CLOSE: &str = "Tutup";
pub const TOAST_OPEN: &str = "Lihat";

// Relative time
pub const JUST_NOW: &str = "baru saja";
pub const MINUTE_AGO: &str = "menit lalu";
pub const HOUR_AGO: &str = "jam lalu";
pub const MINUTES_AGO: &str = "menit lalu";
pub const HOURS_AGO: &str = "jam lalu";
pub const YESTERDAY: &str = "kemarin";
pub const DAYS_AGO: &str = "hari lalu";

// Invoice
pub const INVOICE_TITLE: &str = "Invoice";
pub const INVOICE_NUMBER: &str = "No. invoice";
pub const INVOICE_TEXT: &str = "Invoice PDF dengan rincian pembayaran terbaru.";
pub const INVOICE_DOWNLOAD: &str = "Unduh Invoice";
pub const BILL_TITLE: &str = "Tagihan";
pub const BILL_TEXT: &str =
    "Tagihan sementara. Invoice resmi beserta nomornya terbit setelah booking diterima studio.";
pub const BILL_DOWNLOAD: &str = "Unduh Tagihan";
pub const BILL_FILE_PREFIX: &str = "Tagihan";
pub const DOWNLOADING: &str = "Mengunduh…";
pub const INVOICE_FAILED: &str = "Invoice belum dapat diunduh.";

// Chat
pub const CHAT_NAV: &str = "Chat";
pub const CHAT_BADGE_TAIL: &str = "pesan belum dibaca";
pub const CHAT_TITLE: &str = "Chat dengan studio";
pub const CHAT_LEAD: &str =
    "Tanyakan paket, jadwal, atau pembayaran. Tim Aruna Moment membalas di sini pada jam kerja (Senin – Jumat, 09.00 – 17.00 WIB).";
pub const CHAT_CREW_HERE: &str =
    "Chat dengan klien ada di back office: buka kotak masuk untuk membaca dan membalas.";
pub const CHAT_TO_INBOX: &str = "Buka kotak masuk chat";
pub const CHAT_MESSAGES_LABEL: &str = "Pesan";
pub const CHAT_LOAD_FAILED: &str = "Percakapan belum dapat dimuat.";
pub const CHAT_EMPTY_CLIENT: &str =
    "Belum ada pesan. Tulis pertanyaan Anda tentang paket, jadwal, atau pembayaran — kami akan membalas di sini.";
pub const CHAT_EMPTY_STUDIO: &str =
    "Belum ada pesan dalam percakapan ini. Sapa klien lebih dulu bila perlu.";
pub const CHAT_LOAD_OLDER: &str = "Muat pesan sebelumnya";
pub const CHAT_LOADING_OLDER: &str = "Memuat pesan sebelumnya…";
pub const CHAT_OLDER_FAILED: &str = "Pesan sebelumnya belum dapat dimuat.";
pub const CHAT_TODAY: &str = "Hari ini";
pub const CHAT_YESTERDAY: &str = "Kemarin";
pub const CHAT_YOU: &str = "Anda";
pub const CHAT_STATUS_SENDING: &str = "Mengirim…";
pub const CHAT_STATUS_SENT: &str = "Terkirim";
pub const CHAT_STATUS_READ: &str = "Dibaca";
pub const CHAT_STATUS_FAILED: &str = "Gagal — kirim ulang";
pub const CHAT_BOOKING_REF: &str = "Booking";
pub const CHAT_INPUT_LABEL: &str = "Tulis pesan";
pub const CHAT_INPUT_PLACEHOLDER: &str = "Tulis pesan…";
pub const CHAT_INPUT_HINT: &str = "Enter untuk mengirim, Shift+Enter untuk baris baru.";
pub const CHAT_SEND: &str = "Kirim";
pub const CHAT_ATTACH_LABEL: &str = "Lampirkan booking";
pub const CHAT_ATTACH_NONE: &str = "Tanpa booking";
pub const CHAT_TOO_FAST: &str = "Terlalu cepat. Tunggu sebentar lalu kirim lagi.";
pub const CHAT_NOT_FOUND: &str =
    "Percakapan ini tidak ditemukan. Muat ulang halaman, lalu coba lagi.";
pub const CHAT_SEND_NETWORK: &str =
    "Pesan belum terkirim karena koneksi terputus. Periksa internet Anda lalu ketuk “kirim ulang”.";
pub const CHAT_SEND_FAILED_TAIL: &str = "Ketuk “kirim ulang” untuk mencoba lagi.";
pub const CHAT_FIX_AND_RESEND: &str = "Perbaiki pesan lalu kirim lagi.";

// Admin: chat inbox
pub const INBOX_TITLE: &str = "Chat";
pub const INBOX_LEAD: &str =
    "Percakapan dengan klien, pesan terbaru di atas. Balasan Anda tampil sebagai “Aruna Moment”.";
pub const INBOX_LABEL: &str = "Daftar percakapan";
pub const INBOX_FILTER_LABEL: &str = "Saring percakapan";
pub const INBOX_ALL: &str = "Semua";
pub const INBOX_UNANSWERED: &str = "Belum dijawab";
pub const INBOX_SEARCH: &str = "Cari klien";
pub const INBOX_SEARCH_PLACEHOLDER: &str = "Nama, email, atau nomor WhatsApp";
pub const INBOX_LOAD_FAILED: &str = "Daftar percakapan belum dapat dimuat.";
pub const INBOX_EMPTY: &str = "Belum ada percakapan";
pub const INBOX_EMPTY_TEXT: &str = "Pesan dari klien akan muncul di sini begitu mereka menulis.";
pub const INBOX_NONE_MATCH: &str = "Tidak ada percakapan yang cocok";
pub const INBOX_NONE_MATCH_TEXT: &str = "Ubah pencarian atau tampilkan semua percakapan.";
pub const INBOX_NO_MESSAGE: &str = "Belum ada pesan";
pub const INBOX_STUDIO_PREFIX: &str = "Anda:";
pub const INBOX_UNREAD_TAIL: &str = "belum dibaca";
pub const INBOX_PICK: &str = "Pilih percakapan";
pub const INBOX_PICK_TEXT: &str = "Pilih percakapan di daftar untuk membaca dan membalas.";
pub const BACK_TO_INBOX: &str = "Kembali ke kotak masuk";
pub const CONVERSATION_NOT_FOUND: &str = "Percakapan tidak ditemukan";
pub const CONVERSATION_NOT_FOUND_TEXT: &str =
    "Klien ini tidak ada, atau tautannya salah. Buka kotak masuk untuk memilih percakapan lain.";
pub const CONVERSATION_CLIENT_BOOKINGS: &str = "Lihat booking klien";

// Admin calendar: bookings by month and week
pub const CAL_PREV_WEEK: &str = "Minggu sebelumnya";
pub const CAL_NEXT_WEEK: &str = "Minggu berikutnya";
pub const CAL_TODAY: &str = "Hari ini";
pub const CAL_VIEW_LABEL: &str = "Tampilan kalender";
pub const CAL_VIEW_MONTH: &str = "Bulan";
pub const CAL_VIEW_WEEK: &str = "Minggu";
pub const CAL_FULL_DAY: &str = "Sehari penuh";
pub const CAL_BOOKINGS_TAIL: &str = "booking";
pub const CAL_MORE: &str = "lagi";
pub const CAL_PICK_FOR_BLOCK: &str = "Pilih untuk menutup jadwal:";
pub const CAL_OPEN_WEEK: &str = "Lihat minggu";
pub const CAL_CLOSE_DAY: &str = "Tutup";
pub const CAL_DAY_EMPTY: &str = "Kosong";
pub const CAL_BOOKINGS_FAILED: &str = "Booking di kalender belum dapat dimuat.";
pub const CAL_LOADING_BOOKINGS: &str = "Memuat booking dan ketersediaan…";
pub const CAL_STATUS_LEGEND: &str = "Warna status booking";

// Admin: team (crew accounts and roles)
pub const ADMIN_STUDIO: &str = "Studio";
pub const TEAM_TITLE: &str = "Tim & Peran";
pub const TEAM_LEAD: &str =
    "Akun kru studio dan perannya. Mengubah peran atau menonaktifkan akun langsung mengakhiri sesi orang tersebut di semua perangkat.";
pub const TEAM_LIST_TITLE: &str = "Anggota tim";
pub const TEAM_FILTER: &str = "Tampilkan";
pub const TEAM_ALL_CREW: &str = "Semua kru";
pub const TEAM_LOAD_FAILED: &str = "Daftar anggota tim belum dapat dimuat.";
pub const TEAM_EMPTY: &str = "Belum ada anggota dengan peran ini";
pub const TEAM_EMPTY_TEXT: &str = "Tambahkan anggota tim lewat formulir di bawah.";
pub const TEAM_YOU: &str = "Anda";
pub const TEAM_SINCE: &str = "Sejak";
pub const TEAM_NOT_YOURSELF: &str =
    "Anda tidak dapat mengubah peran atau menonaktifkan akun Anda sendiri.";
pub const TEAM_LABEL_ROLE: &str = "Peran";
pub const TEAM_HINT_ROLE: &str =
    "Kru: kalender, booking, pembayaran, chat. Admin: ditambah paket, laporan, klien. Pemilik: semuanya, termasuk tim dan pengaturan.";
pub const TEAM_ROLE_REQUIRED: &str = "Pilih peran: Kru, Admin, atau Pemilik.";
pub const TEAM_LABEL_PASSWORD: &str = "Kata sandi awal (opsional)";
pub const TEAM_HINT_PASSWORD: &str = "Kosongkan untuk mengirim undangan lewat email.";
pub const TEAM_NEW_TITLE: &str = "Tambah anggota tim";
pub const TEAM_NEW_TEXT: &str =
    "Tanpa kata sandi, kami mengirim email undangan agar ia memilih kata sandinya sendiri (berlaku 72 jam).";
pub const TEAM_CREATE: &str = "Buat akun";
pub const TEAM_CREATED: &str = "Akun";
pub const TEAM_INVITED_TAIL: &str = "dibuat. Undangan untuk memilih kata sandi dikirim ke";
pub const TEAM_READY_TAIL: &str =
    "dibuat dan dapat langsung masuk dengan kata sandi yang Anda isi.";
pub const TEAM_ROLE_CONFIRM: &str = "Ubah peran";
pub const TEAM_ROLE_CONFIRM_TO: &str = "menjadi";
pub const TEAM_SESSIONS_WARN: &str =
    "Ia akan dikeluarkan dari semua perangkat dan perlu masuk kembali.";
pub const TEAM_ROLE_OF: &str = "Peran";
pub const TEAM_SESSIONS_ENDED: &str = "Sesinya telah diakhiri; ia perlu masuk kembali.";
pub const TEAM_ACCOUNT: &str = "Akun";
pub const TEAM_DISABLE: &str = "Nonaktifkan";
pub const TEAM_ENABLE: &str = "Aktifkan";
pub const TEAM_DISABLE_CONFIRM: &str = "Nonaktifkan akun";
pub const TEAM_DISABLE_WARN: &str =
    "Ia langsung dikeluarkan dari semua perangkat dan tidak dapat masuk sampai diaktifkan kembali.";
pub const TEAM_ENABLE_CONFIRM: &str = "Aktifkan kembali akun";
pub const TEAM_ENABLE_WARN: &str = "Ia dapat masuk lagi dengan kata sandinya.";
pub const TEAM_DISABLED_TAIL: &str = "dinonaktifkan dan dikeluarkan dari semua perangkat.";
pub const TEAM_ENABLED_TAIL: &str = "aktif kembali.";
pub const TEAM_NOW: &str = "kini";

// Admin: clients
pub const CLIENTS_TITLE: &str = "Klien";
pub const CLIENTS_LEAD: &str =
    "Semua klien terdaftar, yang terbaru di atas, dengan jumlah booking dan pembayaran yang sudah disetujui.";
pub const CLIENTS_LOAD_FAILED: &str = "Daftar klien belum dapat dimuat.";
pub const CLIENTS_EMPTY: &str = "Belum ada klien";
pub const CLIENTS_EMPTY_TEXT: &str = "Klien yang mendaftar lewat situs akan tampil di sini.";
pub const CLIENTS_NONE_MATCH: &str = "Tidak ada klien yang cocok";
pub const CLIENTS_NONE_MATCH_TEXT: &str =
    "Periksa ejaan nama, email, atau nomor WhatsApp, atau hapus pencarian.";
pub const CLIENTS_FOUND: &str = "klien";
pub const CLIENTS_CONTACT: &str = "Kontak";
pub const CLIENTS_BOOKINGS: &str = "Booking";
pub const CLIENTS_TOTAL_PAID: &str = "Total dibayar";
pub const CLIENTS_LAST_EVENT: &str = "Acara terakhir";
pub const CLIENTS_SINCE: &str = "Terdaftar";
pub const CLIENT_LOAD_FAILED: &str = "Data klien belum dapat dimuat.";
pub const CLIENT_BOOKINGS_TITLE: &str = "Booking klien";
pub const CLIENT_NO_BOOKINGS: &str = "Klien ini belum pernah membuat booking.";
pub const CLIENT_TOTALS: &str = "Ringkasan";
pub const CLIENT_CHAT_TITLE: &str = "Percakapan";
pub const CLIENT_OPEN_INBOX: &str = "Buka di kotak masuk";
pub const CLIENT_NOT_FOUND: &str = "Klien tidak ditemukan";
pub const CLIENT_NOT_FOUND_TEXT: &str =
    "Akun ini tidak ada, bukan akun klien, atau tautannya salah.";
pub const BACK_TO_CLIENTS: &str = "Kembali ke daftar klien";

// Admin: audit log
pub const AUDIT_TITLE: &str = "Log Audit";
pub const AUDIT_LEAD: &str =
    "Catatan setiap tindakan tim studio: siapa, kapan, apa, dan nilai sebelum → sesudah. Catatan tidak dapat diubah atau dihapus.";
pub const AUDIT_LOAD_FAILED: &str = "Log audit belum dapat dimuat.";
pub const AUDIT_EMPTY: &str = "Belum ada catatan";
pub const AUDIT_EMPTY_TEXT: &str =
    "Tindakan tim seperti menyetujui pembayaran atau mengubah paket akan tercatat di sini.";
pub const AUDIT_NONE_MATCH: &str = "Tidak ada catatan yang cocok";
pub const AUDIT_NONE_MATCH_TEXT: &str = "Ubah tindakan atau rentang tanggal, atau hapus filter.";
pub const AUDIT_FOUND: &str = "catatan";
pub const AUDIT_ACTION: &str = "Tindakan";
pub const AUDIT_ALL_ACTIONS: &str = "Semua tindakan";
pub const AUDIT_FROM: &str = "Dari tanggal";
pub const AUDIT_NARROWED: &str = "Disaring juga menurut tautan yang Anda buka.";
pub const AUDIT_BY: &str = "Oleh";
pub const AUDIT_OPEN: &str = "Buka";
pub const AUDIT_SHOW_CHANGES: &str = "Lihat perubahan";
pub const AUDIT_FIELD: &str = "Kolom";
pub const AUDIT_BEFORE: &str = "Sebelum";
pub const AUDIT_BECOMES: &str = "menjadi";
pub const AUDIT_AFTER: &str = "Sesudah";

// Admin: exports and the monthly report
pub const REPORTS_TITLE: &str = "Laporan";
pub const REPORTS_LEAD: &str =
    "Unduh transaksi untuk pembukuan dan lihat ringkasan bulanan. Pendapatan dihitung dari pembayaran yang disetujui, waktu studio.";
pub const FILE: &str = "File";
pub const DOWNLOADED_TAIL: &str = "diunduh.";
pub const DOWNLOAD_NEXT: &str =
    "Coba lagi sebentar lagi; bila masih gagal, muat ulang halaman lalu ulangi.";
pub const EXPORT_TITLE: &str = "Ekspor transaksi";
pub const EXPORT_TEXT: &str =
    "Semua pembayaran yang disetujui pada rentang tanggal ini, lengkap dengan kode booking dan klien. Paling lama dua tahun sekali unduh.";
pub const EXPORT_FROM: &str = "Dari tanggal";
pub const EXPORT_CSV: &str = "Unduh CSV";
pub const EXPORT_XLSX: &str = "Unduh Excel (XLSX)";
pub const EXPORT_FAILED: &str = "File transaksi belum dapat diunduh.";
pub const EXPORT_FROM_REQUIRED: &str = "Pilih tanggal awal.";
pub const EXPORT_TO_REQUIRED: &str = "Pilih tanggal akhir.";
pub const EXPORT_RANGE_TOO_LONG: &str =
    "Rentang paling lama dua tahun. Perpendek rentang atau unduh dalam beberapa bagian.";
pub const REPORT_TITLE: &str = "Laporan bulanan";
pub const REPORT_TEXT: &str =
    "Booking dihitung menurut tanggal acara, pendapatan menurut waktu persetujuan pembayaran.";
pub const REPORT_MONTH: &str = "Bulan";
pub const REPORT_MONTH_HINT: &str = "Pilih bulan, contoh: 2026-12.";
pub const REPORT_PDF: &str = "Unduh PDF";
pub const REPORT_XLSX: &str = "Unduh Excel (XLSX)";
pub const REPORT_FILE_FAILED: &str = "File laporan belum dapat diunduh.";
pub const REPORT_LOAD_FAILED: &str = "Laporan bulanan belum dapat dimuat.";
pub const REPORT_EMPTY: &str = "Belum ada booking atau pembayaran pada";
pub const REPORT_EMPTY_TEXT: &str =
    "Pilih bulan lain, atau kembali setelah ada booking atau pembayaran yang disetujui.";
pub const REPORT_BOOKINGS: &str = "Booking";
pub const REPORT_REVENUE: &str = "Pendapatan";
pub const REPORT_NEW: &str = "baru";
pub const REPORT_REVENUE_BY_KIND: &str = "Pendapatan per layanan";
pub const REPORT_BOOKINGS_BY_KIND: &str = "Booking per layanan dan status";
pub const REPORT_PAYMENTS: &str = "Pembayaran disetujui";
pub const REPORT_THIS_MONTH: &str = "Bulan ini";
pub const REPORT_CHANGE: &str = "Perubahan";
pub const REPORT_COUNT: &str = "Jumlah";
pub const REPORT_NO_BOOKINGS: &str = "Tidak ada booking dengan tanggal acara di bulan ini.";
pub const REPORT_NO_PAYMENTS: &str = "Belum ada pembayaran yang disetujui di bulan ini.";
pub const REPORT_APPROVED_AT: &str = "Disetujui";
pub const REPORT_PAYMENT_KIND: &str = "Jenis";
pub const REPORT_AMOUNT: &str = "Jumlah";
pub const REPORT_GENERATED: &str = "Dibuat";

// Portfolio: the gallery
pub const PORTFOLIO_TITLE: &str = "Portofolio";
pub const PORTFOLIO_EYEBROW: &str = "Karya kami";
pub const PORTFOLIO_LEAD: &str =
    "Cerita-cerita yang kami abadikan: pernikahan, prewedding, dan momen adat yang penuh makna.";
pub const PORTFOLIO_ALL: &str = "Semua";
pub const PORTFOLIO_CATEGORIES_LABEL: &str = "Kategori";
pub const PORTFOLIO_SORT_LABEL: &str = "Urutkan";
pub const SORT_POPULAR: &str = "Terpopuler";
pub const SORT_NEWEST: &str = "Terbaru";
pub const PORTFOLIO_LOAD_FAILED: &str = "Portofolio belum dapat dimuat.";
pub const PORTFOLIO_LOAD_MORE: &str = "Muat lagi";
pub const PORTFOLIO_MORE_FAILED: &str = "Karya berikutnya belum dapat dimuat.";
pub const PORTFOLIO_EMPTY: &str = "Portofolio segera hadir";
pub const PORTFOLIO_EMPTY_TEXT: &str =
    "Kami sedang memilih karya terbaik untuk ditampilkan di sini. Kunjungi lagi sebentar lagi.";
pub const PORTFOLIO_EMPTY_CATEGORY: &str = "Belum ada karya di kategori ini";
pub const PORTFOLIO_EMPTY_CATEGORY_TEXT: &str =
    "Sambil menunggu, lihat karya kami di kategori lain.";
pub const PORTFOLIO_SEE_ALL: &str = "Lihat semua karya";
pub const PORTFOLIO_NO_IMAGE: &str = "Belum ada foto";
pub const PORTFOLIO_DRAFT: &str = "Draf";
pub const PORTFOLIO_PUBLISHED: &str = "Terbit";
pub const PORTFOLIO_SHOWN: &str = "Menampilkan";
pub const PORTFOLIO_WORKS: &str = "karya";
pub const LIKES: &str = "suka";
pub const PHOTOS: &str = "foto";

// Portfolio: one post
pub const POST_NOT_FOUND: &str = "Karya tidak ditemukan";
pub const POST_NOT_FOUND_TEXT: &str =
    "Karya ini tidak ada, sudah dihapus, atau belum diterbitkan. Masih banyak cerita lain di portofolio kami.";
pub const POST_LOAD_FAILED: &str = "Karya ini belum dapat dimuat.";
pub const POST_BACK: &str = "Kembali ke portofolio";
pub const POST_IMAGES_LABEL: &str = "Foto-foto karya";
pub const POST_OPEN_IMAGE: &str = "Perbesar foto";
pub const POST_NO_IMAGES: &str = "Foto untuk karya ini segera ditambahkan.";
pub const PHOTO: &str = "Foto";
pub const SHARE: &str = "Bagikan";
pub const LINK_COPIED: &str = "Tautan disalin";
pub const LINK_COPY_FAILED: &str = "Tautan belum dapat disalin. Salin dari bilah alamat browser.";
pub const LIKE_LABEL: &str = "Suka foto ini";
pub const UNLIKE_LABEL: &str = "Batal menyukai foto ini";
pub const LIKE_SIGN_IN: &str = "Masuk untuk menyukai foto ini";
pub const LIKE_CREW: &str = "Hanya klien yang dapat menyukai foto";
pub const LIKE_FAILED: &str = "Suka belum tersimpan.";
pub const VIEWER_LABEL: &str = "Penampil foto";
pub const VIEWER_CLOSE: &str = "Tutup penampil foto";
pub const VIEWER_PREV: &str = "Foto sebelumnya";
pub const VIEWER_NEXT: &str = "Foto berikutnya";
pub const VIEWER_HINT: &str = "Geser atau gunakan tombol panah untuk berpindah foto.";

// Portfolio: back office
pub const PORTFOLIO_ADMIN_LEAD: &str =
    "Tulis cerita setiap karya, unggah fotonya, dan atur urutan yang dilihat pengunjung.";
pub const POST: &str = "Karya";
pub const POST_NEW: &str = "Karya baru";
pub const POST_EDIT_TITLE: &str = "Ubah karya";
pub const POSTS_EMPTY: &str = "Belum ada karya";
pub const POSTS_EMPTY_TEXT: &str =
    "Tambahkan kategori bila perlu, lalu buat karya pertama dan unggah fotonya.";
pub const POSTS_LOAD_FAILED: &str = "Daftar karya belum dapat dimuat.";
pub const POST_DELETE_CONFIRM: &str = "Hapus karya";
pub const POST_DELETE_CONFIRM_TAIL: &str = "Semua fotonya ikut terhapus.";
pub const POST_CREATED_ADD_IMAGES: &str = "Karya tersimpan. Sekarang unggah fotonya di bawah.";
pub const LABEL_CATEGORY: &str = "Kategori";
pub const LABEL_TITLE: &str = "Judul";
pub const LABEL_STORY: &str = "Cerita";
pub const HINT_STORY: &str = "Ceritakan momen di balik foto-foto ini. Boleh dikosongkan.";
pub const LABEL_PUBLISHED: &str = "Terbitkan";
pub const HINT_PUBLISHED: &str = "Karya yang terbit terlihat oleh semua pengunjung.";
pub const CATEGORY_REQUIRED: &str = "Pilih kategori.";
pub const CATEGORY_PICK: &str = "Pilih kategori…";
pub const CATEGORY_NONE_YET: &str = "Belum ada kategori. Tambahkan dulu lewat formulir kategori.";
pub const CATEGORY_FORM_TITLE: &str = "Kategori baru";
pub const LABEL_CATEGORY_NAME: &str = "Nama kategori";
pub const HINT_CATEGORY_NAME: &str = "Contoh: Wedding, Prewedding, Martuppol.";
pub const CATEGORY_ADD: &str = "Tambah";
pub const CATEGORY_ADDED: &str = "ditambahkan.";
pub const CATEGORY_TAKEN: &str = "Kategori dengan nama itu sudah ada.";
pub const CATEGORY_LIST_LABEL: &str = "Kategori yang ada";
pub const COL_TITLE: &str = "Judul";
pub const COL_PHOTOS: &str = "Foto";
pub const COL_LIKES: &str = "Suka";
pub const VIEW: &str = "Lihat";
pub const IMAGES_TITLE: &str = "Foto karya";
pub const IMAGES_LEAD: &str =
    "JPEG, PNG, atau WebP, maksimal 10 MB per foto dan 10 foto per karya. Foto pertama menjadi sampul.";
pub const IMAGES_PICK: &str = "Pilih foto untuk diunggah";
pub const IMAGES_EMPTY: &str = "Belum ada foto. Unggah minimal satu sebelum karya diterbitkan.";
pub const IMAGES_FULL: &str =
    "Karya ini sudah berisi 10 foto. Hapus satu untuk menambah yang lain.";
pub const IMAGE_BAD_TYPE: &str = "bukan foto JPEG, PNG, atau WebP.";
pub const IMAGE_EMPTY: &str = "kosong.";
pub const IMAGE_TOO_BIG: &str = "terlalu besar";
pub const IMAGE_TOO_BIG_HINT: &str = "Maksimal 10 MB per foto; perkecil ukurannya lalu coba lagi.";
pub const IMAGES_NO_ROOM: &str = "tidak diunggah: sudah 10 foto.";
pub const IMAGE_UPLOADING: &str = "Mengunggah foto";
pub const IMAGES_UPLOADED: &str = "foto terunggah.";
pub const IMAGE_MOVE_LEFT: &str = "Geser ke kiri";
pub const IMAGE_MOVE_RIGHT: &str = "Geser ke kanan";
pub const IMAGE_DELETE: &str = "Hapus foto";
pub const IMAGE_DELETE_CONFIRM: &str = "Hapus foto ini dari karya? Suka pada foto ini ikut hilang.";
pub const IMAGES_ORDER_SAVED: &str = "Urutan foto disimpan.";
pub const IMAGE_DELETED: &str = "Foto dihapus.";
pub const IMAGE_COVER: &str = "Sampul";

// Testimonials
pub const NAV_TESTIMONIALS: &str = "Testimoni";
pub const STARS: &str = "bintang";
pub const STARS_OF: &str = "dari";
pub const LOAD_MORE: &str = "Muat lagi";
pub const MY_REVIEW_TITLE: &str = "Ulasan Anda";
pub const MY_REVIEW_LEAD: &str =
    "Sesi foto Anda sudah selesai. Bagaimana pengalaman Anda bersama kami? Ulasan tampil di situs setelah disetujui studio.";
pub const MY_REVIEW_LOAD_FAILED: &str = "Ulasan belum dapat dimuat.";
pub const MY_REVIEW_RATING_LABEL: &str = "Penilaian";
pub const MY_REVIEW_TEXT_LABEL: &str = "Cerita Anda";
pub const MY_REVIEW_SUBMIT: &str = "Kirim ulasan";
pub const MY_REVIEW_SUBMITTING: &str = "Mengirim ulasan…";
pub const MY_REVIEW_SENT: &str = "Terima kasih! Ulasan Anda sudah kami terima.";
pub const MY_REVIEW_STATUS_PENDING: &str = "Menunggu persetujuan studio";
pub const MY_REVIEW_STATUS_APPROVED: &str = "Tampil di situs";
pub const MY_REVIEW_STATUS_HIDDEN: &str = "Disembunyikan";
pub const TESTIMONIALS_EYEBROW: &str = "Kata mereka";
pub const TESTIMONIALS_TITLE: &str = "Testimoni";
pub const TESTIMONIALS_LEAD: &str =
    "Cerita para klien tentang hari istimewa yang kami abadikan bersama.";
pub const TESTIMONIALS_EMPTY: &str = "Belum ada testimoni";
pub const TESTIMONIALS_EMPTY_TEXT: &str =
    "Testimoni klien akan tampil di sini. Sementara itu, lihat hasil karya kami.";
pub const TESTIMONIALS_SEE_PORTFOLIO: &str = "Lihat portofolio";
pub const TESTIMONIALS_LOAD_FAILED: &str = "Testimoni belum dapat dimuat.";
pub const TESTIMONIALS_MORE_FAILED: &str = "Testimoni berikutnya belum dapat dimuat.";
pub const TESTIMONIALS_ADMIN_TITLE: &str = "Testimoni";
pub const TESTIMONIALS_ADMIN_LEAD: &str =
    "Ulasan klien setelah sesi foto selesai. Setujui agar tampil di situs, sembunyikan, atau hapus.";
pub const TESTIMONIALS_TABS: &str = "Status testimoni";
pub const TESTIMONIALS_ADMIN_EMPTY_PENDING: &str = "Tidak ada testimoni yang menunggu";
pub const TESTIMONIALS_ADMIN_EMPTY_APPROVED: &str = "Belum ada testimoni yang tampil";
pub const TESTIMONIALS_ADMIN_EMPTY_HIDDEN: &str = "Tidak ada testimoni yang disembunyikan";
pub const TESTIMONIALS_ADMIN_EMPTY_TEXT: &str =
    "Ulasan baru dari klien akan muncul di tab Menunggu.";
pub const TESTIMONIAL_CLIENT: &str = "Klien";
pub const TESTIMONIAL_SHOWN_AS: &str = "Tampil sebagai";
pub const TESTIMONIAL_SENT_AT: &str = "Dikirim";
pub const TESTIMONIAL_APPROVE: &str = "Tampilkan";
pub const TESTIMONIAL_HIDE: &str = "Sembunyikan";
pub const TESTIMONIAL_DELETE: &str = "Hapus";
pub const TESTIMONIAL_APPROVED_NOTICE: &str = "Testimoni ditampilkan di situs:";
pub const TESTIMONIAL_HIDDEN_NOTICE: &str = "Testimoni disembunyikan:";
pub const TESTIMONIAL_DELETED_NOTICE: &str = "Testimoni dihapus:";
pub const TESTIMONIAL_DELETE_CONFIRM: &str = "Hapus testimoni booking";
pub const TESTIMONIAL_DELETE_CONFIRM_TAIL: &str =
    "Testimoni yang dihapus tidak dapat dikembalikan.";
pub const HOME_PORTFOLIO_TITLE: &str = "Karya paling disukai";
pub const HOME_PORTFOLIO_MORE: &str = "Lihat semua karya";
pub const HOME_TESTIMONIALS_TITLE: &str = "Kata klien kami";
pub const HOME_TESTIMONIALS_MORE: &str = "Baca semua testimoni";
