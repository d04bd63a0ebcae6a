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

// Generic
pub const LOADING: &str = "Memuat…";
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
pub const ADMIN_DASHBOARD_TEXT: &str =
    "Ringkasan booking, pembayaran, dan jadwal akan tampil di sini. Modul lain di menu sedang disiapkan.";
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

// Date formatting
pub const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
