//! A deterministic synthetic corpus in claimgraph's data format, for the
//! benchmarks, `scripts/bench-compare` and the golden-output test.
//!
//! The same statement count and seed always give the same bytes: the
//! generator draws from its own splitmix64 stream and uses integer weights
//! only, so no platform's floating point or hash order leaks in. The shape
//! follows issue 13: outlet fan-in on a power law, relay chains of 1 to 8
//! hops (2.5 on average), a few thousand actors in nested `member_of` trees,
//! names in Arabic and English, denials, contradictions and reviews, about
//! 10 statements per source file, each quote held verbatim (with its
//! translation) in the source's seed text.
//!
//! One set of records is written in every form, so the forms cannot drift:
//! RON (the data directory), JSON in serde's shape of `claimgraph::raw`
//! (what serde_json parses into the same typed structs), and networkx
//! node-link JSON whose ancestors give the origins of a claim. The
//! N-Triples form is not written here: `examples/corpus.rs` runs
//! claimgraph's own `export ntriples` on the RON form.
//!
//! This file is included with `#[path]` by `examples/corpus.rs`,
//! `examples/floor.rs`, `benches/load.rs` and `tests/cli/corpus.rs`; it uses
//! only std and the crate's own dependencies.

//! The generator is frozen: `tests/cli/corpus.rs` snapshots every command's
//! output on its 300-statement corpus as the "before" of issue 13. A change
//! here that alters a single byte means regenerating those snapshots on the
//! code from before issue 13's loading work (`dc76320`), never on newer code.

// Each includer uses a different part of the generator.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use indexmap::IndexMap;
use serde::Serialize;

/// The seed every tool uses unless told otherwise.
pub(crate) const DEFAULT_SEED: u64 = 13;

/// Statements per source file (the last file takes the remainder).
pub(crate) const PER_SOURCE: usize = 10;

/// splitmix64: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A mix of two numbers into one, for choices that must depend only on
/// a pair (a speaker's stance on a claim), not on the order of drawing.
fn mix(a: usize, b: usize) -> u64 {
    let mut rng = Rng((a as u64).wrapping_mul(0x1000_0000_01B3) ^ (b as u64).rotate_left(32));
    rng.next()
}

/// A Zipf sampler with exponent 1, on integer weights (`W / (rank + 1)`).
struct Zipf {
    cumulative: Vec<u64>,
}

impl Zipf {
    fn new(n: usize) -> Self {
        let mut total = 0u64;
        let cumulative = (0..n)
            .map(|i| {
                total += 1_000_000 / (i as u64 + 1) + 1;
                total
            })
            .collect();
        Zipf { cumulative }
    }

    fn sample(&self, rng: &mut Rng) -> usize {
        let total = *self.cumulative.last().expect("a non-empty sampler");
        let target = rng.next() % total;
        self.cumulative.partition_point(|&c| c <= target)
    }
}

// ---------------------------------------------------------------- word lists

const FIRST: &[(&str, &str)] = &[
    ("Ahmad", "أحمد"),
    ("Mohammed", "محمد"),
    ("Ali", "علي"),
    ("Omar", "عمر"),
    ("Khalid", "خالد"),
    ("Youssef", "يوسف"),
    ("Hassan", "حسن"),
    ("Ibrahim", "إبراهيم"),
    ("Karim", "كريم"),
    ("Samir", "سمير"),
    ("Nabil", "نبيل"),
    ("Tariq", "طارق"),
    ("Walid", "وليد"),
    ("Faisal", "فيصل"),
    ("Mahmoud", "محمود"),
    ("Rami", "رامي"),
    ("Ziad", "زياد"),
    ("Hani", "هاني"),
    ("Layla", "ليلى"),
    ("Mona", "منى"),
    ("Huda", "هدى"),
    ("Rania", "رانيا"),
    ("Salma", "سلمى"),
    ("Nadia", "نادية"),
    ("Amal", "أمل"),
    ("Armen", "أرمين"),
    ("Elnur", "إلنور"),
    ("Ilham", "إلهام"),
    ("Nikolai", "نيكولاي"),
    ("Sergei", "سيرغي"),
];

const MIDDLE: &[(&str, &str)] = &[
    ("Adel", "عادل"),
    ("Bassam", "بسام"),
    ("Jamal", "جمال"),
    ("Fouad", "فؤاد"),
    ("Salim", "سليم"),
    ("Rashid", "رشيد"),
    ("Munir", "منير"),
    ("Hamid", "حميد"),
    ("Sami", "سامي"),
    ("Nasser", "ناصر"),
    ("Aziz", "عزيز"),
    ("Wael", "وائل"),
    ("Ayman", "أيمن"),
    ("Imad", "عماد"),
    ("Fadi", "فادي"),
    ("Majid", "ماجد"),
    ("Raed", "رائد"),
    ("Saeed", "سعيد"),
    ("Talal", "طلال"),
    ("Yasser", "ياسر"),
    ("Ziyad", "زيّاد"),
    ("Bilal", "بلال"),
    ("Hisham", "هشام"),
    ("Kamal", "كمال"),
    ("Latif", "لطيف"),
    ("Murad", "مراد"),
    ("Nizar", "نزار"),
    ("Qais", "قيس"),
    ("Riyad", "رياض"),
    ("Shadi", "شادي"),
];

const LAST: &[(&str, &str)] = &[
    ("Haddad", "حداد"),
    ("Khoury", "خوري"),
    ("Mansour", "منصور"),
    ("Saleh", "صالح"),
    ("Hamdan", "حمدان"),
    ("Jaber", "جابر"),
    ("Qasim", "قاسم"),
    ("Darwish", "درويش"),
    ("Sabbagh", "صباغ"),
    ("Tamimi", "التميمي"),
    ("Masri", "المصري"),
    ("Halabi", "الحلبي"),
    ("Shami", "الشامي"),
    ("Aliyev", "علييف"),
    ("Petrosyan", "بيتروسيان"),
    ("Hasanov", "حسنوف"),
    ("Sargsyan", "سركسيان"),
    ("Ivanov", "إيفانوف"),
    ("Kuznetsov", "كوزنيتسوف"),
    ("Yilmaz", "يلماز"),
    ("Demir", "دمير"),
    ("Karimov", "كريموف"),
    ("Grigoryan", "غريغوريان"),
    ("Mammadov", "ماميدوف"),
    ("Babayan", "بابايان"),
    ("Abbasov", "عباسوف"),
    ("Safarov", "صفروف"),
    ("Avetisyan", "أفيتيسيان"),
    ("Guliyev", "قولييف"),
    ("Orlov", "أورلوف"),
];

/// States: English name, Arabic name, ISO code, side.
const STATES: &[(&str, &str, &str, &str)] = &[
    ("Armenia", "أرمينيا", "AM", "Armenia"),
    ("Azerbaijan", "أذربيجان", "AZ", "Azerbaijan"),
    ("Russia", "روسيا", "RU", "Russia"),
    ("Turkey", "تركيا", "TR", "Azerbaijan"),
    ("Georgia", "جورجيا", "GE", "Neutral"),
    ("Iran", "إيران", "IR", "Neutral"),
    ("France", "فرنسا", "FR", "Neutral"),
    ("the United States", "الولايات المتحدة", "US", "Neutral"),
    ("the United Kingdom", "المملكة المتحدة", "GB", "Neutral"),
    ("Egypt", "مصر", "EG", "Neutral"),
    ("Qatar", "قطر", "QA", "Neutral"),
    ("Ukraine", "أوكرانيا", "UA", "Neutral"),
];

/// Bodies of a state: id suffix, kind, English name, Arabic name.
const BODIES: &[(&str, &str, &str, &str)] = &[
    ("government", "Government", "Government", "الحكومة"),
    ("mod", "Ministry", "Ministry of Defence", "وزارة الدفاع"),
    (
        "mfa",
        "Ministry",
        "Ministry of Foreign Affairs",
        "وزارة الخارجية",
    ),
    ("moi", "Ministry", "Ministry of Interior", "وزارة الداخلية"),
    ("moh", "Ministry", "Ministry of Health", "وزارة الصحة"),
    (
        "mes",
        "Ministry",
        "Ministry of Emergency Situations",
        "وزارة الطوارئ",
    ),
    (
        "president",
        "Government",
        "Presidential Office",
        "مكتب الرئيس",
    ),
    ("armed-forces", "Military", "Armed Forces", "القوات المسلحة"),
    (
        "general-staff",
        "Military",
        "General Staff",
        "هيئة الأركان العامة",
    ),
    (
        "security",
        "Agency",
        "National Security Service",
        "جهاز الأمن الوطني",
    ),
    (
        "prosecutor",
        "Agency",
        "Prosecutor General's Office",
        "مكتب النائب العام",
    ),
    ("parliament", "Organisation", "Parliament", "البرلمان"),
];

const OUTLET_NAMES: &[(&str, &str)] = &[
    ("Al-Fajr", "الفجر"),
    ("Al-Nahar", "النهار"),
    ("Al-Sabah", "الصباح"),
    ("Al-Watan", "الوطن"),
    ("Al-Hayat", "الحياة"),
    ("Al-Shorouk", "الشروق"),
    ("Al-Ahram", "الأهرام"),
    ("Al-Bayan", "البيان"),
    ("Al-Raya", "الراية"),
    ("Al-Khaleej", "الخليج"),
    ("Al-Quds", "القدس"),
    ("Al-Mada", "المدى"),
    ("Al-Ghad", "الغد"),
    ("Al-Dustour", "الدستور"),
    ("Al-Arab", "العرب"),
    ("Al-Masaa", "المساء"),
    ("Al-Youm", "اليوم"),
    ("Al-Akhbar", "الأخبار"),
    ("Al-Ittihad", "الاتحاد"),
    ("Al-Joumhouria", "الجمهورية"),
    ("Al-Mustaqbal", "المستقبل"),
    ("Al-Thawra", "الثورة"),
    ("Al-Sharq", "الشرق"),
    ("Al-Wasat", "الوسط"),
    ("Al-Anbaa", "الأنباء"),
];

/// Outlet kinds: RON name, English suffix, Arabic prefix.
const OUTLET_KINDS: &[(&str, &str, &str)] = &[
    ("Agency", "News Agency", "وكالة أنباء"),
    ("Tv", "TV", "قناة"),
    ("Radio", "Radio", "إذاعة"),
    ("Newspaper", "Daily", "صحيفة"),
    ("Website", "Online", "موقع"),
    ("Social", "Channel", "صفحة"),
    ("ThinkTank", "Centre for Studies", "مركز دراسات"),
];

const CITIES: &[(&str, &str, &str)] = &[
    ("Cairo", "القاهرة", "EG"),
    ("Baku", "باكو", "AZ"),
    ("Yerevan", "يريفان", "AM"),
    ("Moscow", "موسكو", "RU"),
    ("Doha", "الدوحة", "QA"),
    ("Beirut", "بيروت", "LB"),
    ("Amman", "عمان", "JO"),
    ("Istanbul", "إسطنبول", "TR"),
    ("Tbilisi", "تبليسي", "GE"),
    ("Dubai", "دبي", "AE"),
    ("London", "لندن", "GB"),
    ("Paris", "باريس", "FR"),
];

const WEAPONS: &[(&str, &str)] = &[
    ("Iskander missiles", "صواريخ إسكندر"),
    ("TOS-1A rocket launchers", "راجمات توس"),
    ("Bayraktar drones", "طائرات بيرقدار"),
    ("Smerch rockets", "صواريخ سميرتش"),
    ("cluster munitions", "ذخائر عنقودية"),
    ("Grad rockets", "صواريخ غراد"),
    ("Harop drones", "طائرات هاروب"),
    ("T-72 tanks", "دبابات تي 72"),
    ("S-300 systems", "منظومات إس 300"),
    ("Su-25 aircraft", "طائرات سوخوي 25"),
    ("phosphorus shells", "قذائف فسفورية"),
    ("Scud missiles", "صواريخ سكود"),
];

const PLACES: &[(&str, &str)] = &[
    ("Shusha", "شوشا"),
    ("Stepanakert", "ستيباناكيرت"),
    ("Ganja", "كنجة"),
    ("Hadrut", "هادروت"),
    ("Fizuli", "فضولي"),
    ("Jabrayil", "جبرائيل"),
    ("Lachin", "لاتشين"),
    ("Kalbajar", "كلبجار"),
    ("Aghdam", "أغدام"),
    ("Martuni", "مارتوني"),
    ("Tartar", "ترتر"),
    ("Barda", "بردعة"),
    ("Goris", "غوريس"),
    ("Zangilan", "زنغيلان"),
    ("Qubadli", "قبادلي"),
    ("Askeran", "أسكيران"),
];

const DISTRICTS: &[(&str, &str)] = &[
    ("", ""),
    ("north of ", "شمال "),
    ("south of ", "جنوب "),
    ("east of ", "شرق "),
    ("west of ", "غرب "),
];

/// Verbs of a fact: English past, Arabic past (feminine, for states), predicate.
const VERBS: &[(&str, &str, &str)] = &[
    ("fired", "أطلقت", "fired"),
    ("used", "استخدمت", "used"),
    ("deployed", "نشرت", "deployed"),
    ("lost", "خسرت", "lost"),
    ("destroyed", "دمرت", "destroyed"),
    ("bought", "اشترت", "bought"),
    ("moved", "نقلت", "moved"),
];

const MONTHS: &[(&str, &str)] = &[
    ("January", "يناير"),
    ("February", "فبراير"),
    ("March", "مارس"),
    ("April", "أبريل"),
    ("May", "مايو"),
    ("June", "يونيو"),
    ("July", "يوليو"),
    ("August", "أغسطس"),
    ("September", "سبتمبر"),
    ("October", "أكتوبر"),
    ("November", "نوفمبر"),
    ("December", "ديسمبر"),
];

/// Closing clauses of a quote: Arabic, English.
const FILLERS: &[(&str, &str)] = &[
    (
        "مضيفا أن التحقيق لا يزال جاريا",
        "adding that the investigation is still under way",
    ),
    ("وفق ما نقلته وسائل إعلام محلية", "according to local media"),
    (
        "في تصريح للصحفيين عقب الاجتماع",
        "in remarks to journalists after the meeting",
    ),
    (
        "مشيرا إلى أن الصور المنشورة تؤكد ذلك",
        "pointing out that the published pictures confirm it",
    ),
    (
        "وذلك خلال مؤتمر صحفي في العاصمة",
        "at a press conference in the capital",
    ),
    (
        "داعيا المجتمع الدولي إلى التحرك",
        "calling on the international community to act",
    ),
    (
        "من دون أن يقدم أي دليل على ذلك",
        "without offering any evidence for it",
    ),
    (
        "بحسب بيان نشر على الموقع الرسمي",
        "according to a statement on the official website",
    ),
];

const CHANNELS: &[&str] = &[
    "Facebook",
    "Twitter",
    "Telegram",
    "Briefing",
    "PressRelease",
    "Statement",
    "Interview",
    "Article",
    "Tv",
];

// ------------------------------------------------------------- the records
//
// Each mirrors one type of `claimgraph::raw`, field for field and in the
// same order; absent options and empty lists are left out, as annotators
// write them. The same `Serialize` writes the RON (with struct names) and
// the JSON (serde's shape, which serde_json parses into the raw types).

/// An enum value written in the data (`Affirms`, `Person`): a bare word in
/// RON, a string in JSON, as serde writes a unit variant in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Variant(pub(crate) &'static str);

impl Serialize for Variant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit_variant("Variant", 0, self.0)
    }
}

impl PartialEq<&str> for Variant {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// Names by language tag.
pub(crate) type Names = IndexMap<String, String>;

fn names(en: &str, ar: &str) -> Names {
    let mut names = Names::new();
    names.insert("en".into(), en.to_string());
    names.insert("ar".into(), ar.to_string());
    names
}

/// `claimgraph::raw::Actor`.
#[derive(Serialize)]
pub(crate) struct Actor {
    pub(crate) id: String,
    pub(crate) kind: Variant,
    pub(crate) names: Names,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) side: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) member_of: Option<String>,
}

/// `claimgraph::raw::Outlet`.
#[derive(Serialize)]
pub(crate) struct Outlet {
    pub(crate) id: String,
    pub(crate) kind: Variant,
    pub(crate) names: Names,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) country: Option<String>,
    pub(crate) languages: Vec<String>,
    pub(crate) url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) state_affiliation: Option<String>,
}

/// `claimgraph::raw::Entity`.
#[derive(Serialize)]
pub(crate) struct Entity {
    pub(crate) id: String,
    pub(crate) kind: Variant,
    pub(crate) names: Names,
}

/// `claimgraph::raw::Triple`.
#[derive(Serialize)]
pub(crate) struct Triple {
    pub(crate) subject: String,
    pub(crate) predicate: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) object: Option<String>,
}

/// `claimgraph::raw::Claim`.
#[derive(Serialize)]
pub(crate) struct Claim {
    pub(crate) id: String,
    pub(crate) kind: Variant,
    pub(crate) text: String,
    pub(crate) original: Names,
    pub(crate) about: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) triple: Option<Triple>,
    pub(crate) tags: Vec<String>,
    /// The Arabic proposition the quotes embed (not a field of the data).
    #[serde(skip)]
    pub(crate) arabic: String,
    /// The English proposition the translations embed (not written).
    #[serde(skip)]
    pub(crate) english: String,
}

/// `claimgraph::raw::Statement`.
#[derive(Serialize)]
pub(crate) struct Statement {
    pub(crate) id: String,
    pub(crate) claim: String,
    pub(crate) speaker: String,
    pub(crate) stance: Variant,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) relay: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) channel: Option<Variant>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) date: Option<String>,
    pub(crate) quote: String,
    pub(crate) translation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) note: Option<String>,
}

/// `claimgraph::raw::Source`.
#[derive(Serialize)]
pub(crate) struct Source {
    pub(crate) id: String,
    pub(crate) file: String,
    pub(crate) outlet: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) via: Vec<String>,
    pub(crate) date: Option<String>,
    pub(crate) language: String,
    pub(crate) title: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) statements: Vec<Statement>,
    /// The seed text the quotes are in (written to `seeds/`, not a field).
    #[serde(skip)]
    pub(crate) text: String,
}

/// `claimgraph::raw::Relation`.
#[derive(Serialize)]
pub(crate) struct Relation {
    pub(crate) kind: Variant,
    pub(crate) from: String,
    pub(crate) to: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) note: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) grounds: Vec<String>,
}

/// `claimgraph::raw::EvidenceTarget`.
#[derive(Serialize)]
pub(crate) enum EvidenceTarget {
    Statement(String),
}

/// `claimgraph::raw::Evidence`.
#[derive(Serialize)]
pub(crate) struct Evidence {
    pub(crate) points_to: EvidenceTarget,
    pub(crate) grade: Variant,
    pub(crate) bearing: Variant,
}

/// `claimgraph::raw::Change`.
#[derive(Serialize)]
pub(crate) struct Change {
    pub(crate) date: String,
    pub(crate) by: Option<String>,
    pub(crate) what: String,
}

/// `claimgraph::raw::Review`.
#[derive(Serialize)]
pub(crate) struct Review {
    pub(crate) claim: String,
    pub(crate) status: Variant,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) verdict: Option<Variant>,
    pub(crate) reviewer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) url: Option<String>,
    pub(crate) created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) rationale: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) evidence: Vec<Evidence>,
    pub(crate) history: Vec<Change>,
}

/// A whole generated corpus, every record in data order.
#[derive(Serialize)]
pub(crate) struct Corpus {
    pub(crate) actors: Vec<Actor>,
    pub(crate) outlets: Vec<Outlet>,
    pub(crate) entities: Vec<Entity>,
    pub(crate) claims: Vec<Claim>,
    pub(crate) relations: Vec<Relation>,
    pub(crate) sources: Vec<Source>,
    pub(crate) reviews: Vec<Review>,
}

/// The record counts of a corpus, derived from the statement count alone.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sizes {
    pub(crate) statements: usize,
    pub(crate) sources: usize,
    pub(crate) claims: usize,
    pub(crate) actors: usize,
    pub(crate) outlets: usize,
    pub(crate) entities: usize,
}

impl Sizes {
    /// The counts for `statements` statements.
    pub(crate) fn of(statements: usize) -> Sizes {
        let statements = statements.max(1);
        let claims = (statements / 8).max(12);
        Sizes {
            statements,
            sources: statements.div_ceil(PER_SOURCE),
            claims,
            actors: (statements / 30).clamp(60, 5000),
            outlets: (statements / 100).clamp(20, 2500),
            entities: (claims / 25).clamp(24, 2000),
        }
    }
}

/// Generates the corpus of `statements` statements from `seed`.
pub(crate) fn generate(statements: usize, seed: u64) -> Corpus {
    let sizes = Sizes::of(statements);
    let mut rng = Rng(seed);
    let actors = actors(&mut rng, sizes.actors);
    let outlets = outlets(&mut rng, sizes.outlets, &actors);
    let entities = entities(sizes.entities);
    let claims = claims(&mut rng, sizes.claims, &actors, &entities);
    let sources = sources(&mut rng, &sizes, &actors, &outlets, &claims);
    let relations = relations(&mut rng, &claims, &sources);
    let reviews = reviews(&mut rng, &claims, &sources);
    Corpus {
        actors,
        outlets,
        entities,
        claims,
        relations,
        sources,
        reviews,
    }
}

/// States at the roots, their bodies under them, press services under
/// the bodies, then people, anonymous sources and groups under those:
/// trees up to four levels deep.
fn actors(rng: &mut Rng, count: usize) -> Vec<Actor> {
    let mut actors = Vec::with_capacity(count);
    let states = (count / 20).clamp(3, STATES.len());
    for &(en, ar, code, side) in &STATES[..states] {
        actors.push(Actor {
            id: format!("state-{}", code.to_ascii_lowercase()),
            kind: Variant("Government"),
            names: names(en.trim_start_matches("the "), ar),
            aliases: Vec::new(),
            country: Some(code.into()),
            side: Some(side.into()),
            role: None,
            member_of: None,
        });
    }
    // Bodies, then each body's press service, while there is room for
    // people (at least half the actors are people).
    let bodies_per_state = ((count / 2) / (states * 2)).clamp(1, BODIES.len());
    let mut bodies = Vec::new();
    for state in 0..states {
        let (state_en, state_ar, code, side) = STATES[state];
        for &(slug, kind, en, ar) in &BODIES[..bodies_per_state] {
            let id = format!("{}-{slug}", code.to_ascii_lowercase());
            bodies.push(actors.len());
            actors.push(Actor {
                id: id.clone(),
                kind: Variant(kind),
                names: names(
                    &format!("{en} of {state_en}"),
                    &format!("{ar} في {state_ar}"),
                ),
                aliases: Vec::new(),
                country: Some(code.into()),
                side: Some(side.into()),
                role: None,
                member_of: Some(actors[state].id.clone()),
            });
            actors.push(Actor {
                id: format!("{id}-press"),
                kind: Variant("Organisation"),
                names: names(
                    &format!("Press Service of the {en} of {state_en}"),
                    &format!("المكتب الإعلامي ل{ar} في {state_ar}"),
                ),
                aliases: Vec::new(),
                country: Some(code.into()),
                side: Some(side.into()),
                role: None,
                member_of: Some(id),
            });
        }
    }
    let organisations = actors.len();
    let mut person = 0usize;
    while actors.len() < count {
        let n = actors.len();
        // A parent among the bodies and press services (never a state).
        let parent = states + rng.below(organisations - states);
        let parent_id = actors[parent].id.clone();
        let country = actors[parent].country.clone();
        let side = actors[parent].side.clone();
        let parent_en = actors[parent].names["en"].clone();
        let parent_ar = actors[parent].names["ar"].clone();
        let roll = rng.below(100);
        if roll < 80 {
            // A unique three-part name: the index's digits in base 30.
            let p = person.wrapping_mul(7919) % (FIRST.len() * MIDDLE.len() * LAST.len());
            person += 1;
            let (f, m, l) = (
                FIRST[p % FIRST.len()],
                MIDDLE[(p / FIRST.len()) % MIDDLE.len()],
                LAST[p / (FIRST.len() * MIDDLE.len())],
            );
            let role = if roll < 30 {
                format!("Spokesperson of the {parent_en}")
            } else {
                format!("Official of the {parent_en}")
            };
            actors.push(Actor {
                id: format!("person-{n:05}"),
                kind: Variant("Person"),
                names: names(
                    &format!("{} {} {}", f.0, m.0, l.0),
                    &format!("{} {} {}", f.1, m.1, l.1),
                ),
                aliases: vec![format!("{} {}", f.0, l.0), format!("{} {}", f.1, l.1)],
                country,
                side,
                role: Some(role),
                member_of: Some(parent_id),
            });
        } else if roll < 92 {
            actors.push(Actor {
                id: format!("anon-{n:05}"),
                kind: Variant("Anonymous"),
                names: names(
                    &format!("Source {n} in the {parent_en}"),
                    &format!("مصدر {n} في {parent_ar}"),
                ),
                aliases: Vec::new(),
                country,
                side,
                role: None,
                member_of: Some(parent_id),
            });
        } else {
            // Groups belong to nobody: roots of their own.
            let (city_en, city_ar, code) = CITIES[n % CITIES.len()];
            actors.push(Actor {
                id: format!("group-{n:05}"),
                kind: Variant("Group"),
                names: names(
                    &format!("Residents' group {n} of {city_en}"),
                    &format!("مجموعة سكان {n} في {city_ar}"),
                ),
                aliases: Vec::new(),
                country: Some(code.into()),
                side: None,
                role: None,
                member_of: None,
            });
        }
    }
    actors
}

/// Outlets; a quarter owned by a government, a tenth by an earlier outlet
/// (a media group), so `owner` chains mix outlets and actors.
fn outlets(rng: &mut Rng, count: usize, actors: &[Actor]) -> Vec<Outlet> {
    let governments: Vec<&Actor> = actors
        .iter()
        .filter(|a| a.id.ends_with("-government"))
        .collect();
    let mut outlets: Vec<Outlet> = Vec::with_capacity(count);
    for i in 0..count {
        // The index in mixed radix: kind, name, city, then a round number.
        let (kind, kind_en, kind_ar) = OUTLET_KINDS[i % OUTLET_KINDS.len()];
        let (name_en, name_ar) = OUTLET_NAMES[(i / OUTLET_KINDS.len()) % OUTLET_NAMES.len()];
        let (city_en, city_ar, code) =
            CITIES[(i / (OUTLET_NAMES.len() * OUTLET_KINDS.len())) % CITIES.len()];
        let round = i / (OUTLET_NAMES.len() * OUTLET_KINDS.len() * CITIES.len());
        let suffix = if round == 0 {
            String::new()
        } else {
            format!(" {}", round + 1)
        };
        let en = format!("{name_en} {kind_en} {city_en}{suffix}");
        let ar = format!("{kind_ar} {name_ar} في {city_ar}{suffix}");
        let slug = en.to_ascii_lowercase().replace([' ', '\''], "-");
        let roll = rng.below(100);
        let (owner, state_affiliation) = if roll < 25 && !governments.is_empty() {
            let government = *rng.pick(&governments);
            (Some(government.id.clone()), government.country.clone())
        } else if roll < 35 && i > 10 {
            (Some(outlets[rng.below(10)].id.clone()), None)
        } else {
            (None, None)
        };
        outlets.push(Outlet {
            id: format!("outlet-{i:04}"),
            kind: Variant(kind),
            names: names(&en, &ar),
            country: Some(code.into()),
            languages: vec!["ar".into(), "en".into()],
            url: Some(format!("https://{slug}.example")),
            owner,
            state_affiliation,
        });
    }
    outlets
}

/// Weapons and places (with the four directions around each town), then
/// numbered hills.
fn entities(count: usize) -> Vec<Entity> {
    let mut entities = Vec::with_capacity(count);
    for (i, (en, ar)) in WEAPONS.iter().enumerate().take(count) {
        entities.push(Entity {
            id: format!("weapon-{i:02}"),
            kind: Variant("Weapon"),
            names: names(en, ar),
        });
    }
    let mut place = 0;
    while entities.len() < count {
        let n = entities.len();
        let (town_en, town_ar) = PLACES[place % PLACES.len()];
        let (dir_en, dir_ar) = DISTRICTS[(place / PLACES.len()) % DISTRICTS.len()];
        let round = place / (PLACES.len() * DISTRICTS.len());
        let (en, ar) = if round == 0 {
            (format!("{dir_en}{town_en}"), format!("{dir_ar}{town_ar}"))
        } else {
            let hill = round * 100 + place % 97;
            (
                format!("Hill {hill} {dir_en}{town_en}"),
                format!("التلة {hill} {dir_ar}{town_ar}"),
            )
        };
        entities.push(Entity {
            id: format!("place-{n:04}"),
            kind: Variant("Place"),
            names: names(&en, &ar),
        });
        place += 1;
    }
    entities
}

/// Claims about what a state did with a weapon near a place, how many it
/// lost, how effective a weapon is, or what it will do.
fn claims(rng: &mut Rng, count: usize, actors: &[Actor], entities: &[Entity]) -> Vec<Claim> {
    let states: Vec<&Actor> = actors
        .iter()
        .filter(|a| a.id.starts_with("state-"))
        .collect();
    let weapons: Vec<&Entity> = entities.iter().filter(|e| e.kind == "Weapon").collect();
    let places: Vec<&Entity> = entities.iter().filter(|e| e.kind == "Place").collect();
    let mut claims = Vec::with_capacity(count);
    for i in 0..count {
        let state = *rng.pick(&states);
        let weapon = *rng.pick(&weapons);
        let place = *rng.pick(&places);
        let (s_en, s_ar) = (&state.names["en"], &state.names["ar"]);
        let (w_en, w_ar) = (&weapon.names["en"], &weapon.names["ar"]);
        let (p_en, p_ar) = (&place.names["en"], &place.names["ar"]);
        let day = 1 + rng.below(28);
        let (m_en, m_ar) = MONTHS[rng.below(12)];
        let roll = rng.below(100);
        let (kind, english, arabic, triple, tag) = if roll < 60 {
            let (v_en, v_ar, predicate) = *rng.pick(VERBS);
            (
                "Fact",
                format!("{s_en} {v_en} {w_en} near {p_en} on {day} {m_en} 2020"),
                format!("{s_ar} {v_ar} {w_ar} قرب {p_ar} في {day} {m_ar} 2020"),
                Some(Triple {
                    subject: state.id.clone(),
                    predicate: predicate.into(),
                    object: Some(weapon.id.clone()),
                }),
                "battlefield",
            )
        } else if roll < 85 {
            let n = 2 + rng.below(400);
            (
                "Figure",
                format!("{s_en} lost {n} soldiers near {p_en} in {m_en} 2020"),
                format!("{s_ar} خسرت {n} جنديا قرب {p_ar} في {m_ar} 2020"),
                Some(Triple {
                    subject: state.id.clone(),
                    predicate: "lost-soldiers".into(),
                    object: Some(place.id.clone()),
                }),
                "losses",
            )
        } else if roll < 95 {
            (
                "Opinion",
                format!("{w_en} decided the fighting near {p_en} for {s_en}"),
                format!("{w_ar} حسمت المعارك قرب {p_ar} لصالح {s_ar}"),
                None,
                "assessment",
            )
        } else {
            (
                "Prediction",
                format!("{s_en} will withdraw from {p_en} by {m_en} 2021"),
                format!("{s_ar} ستنسحب من {p_ar} بحلول {m_ar} 2021"),
                None,
                "forecast",
            )
        };
        let mut original = Names::new();
        original.insert("ar".into(), arabic.clone());
        claims.push(Claim {
            id: format!("claim-{i:06}"),
            kind: Variant(kind),
            text: format!("{english}."),
            original,
            about: vec![weapon.id.clone(), place.id.clone()],
            triple,
            tags: vec![tag.into()],
            arabic,
            english,
        });
    }
    claims
}

/// A stance for `speaker` on `claim` that depends only on the pair, so no
/// speaker both affirms and denies one claim (`stance-conflict`).
fn stance_of(claim: usize, speaker: usize) -> &'static str {
    match mix(claim, speaker) % 100 {
        0..58 => "Affirms",
        58..73 => "Hedges",
        _ => "Denies",
    }
}

/// Relay lengths 0 to 7 (chains of 1 to 8 hops with the publisher), each
/// about 0.6 times as likely as the one before.
const RELAY_WEIGHTS: [u64; 8] = [1000, 600, 360, 216, 130, 78, 47, 28];

fn relay_length(rng: &mut Rng) -> usize {
    let total: u64 = RELAY_WEIGHTS.iter().sum();
    let mut target = rng.next() % total;
    for (length, weight) in RELAY_WEIGHTS.iter().enumerate() {
        if target < *weight {
            return length;
        }
        target -= weight;
    }
    RELAY_WEIGHTS.len() - 1
}

fn sources(
    rng: &mut Rng,
    sizes: &Sizes,
    actors: &[Actor],
    outlets: &[Outlet],
    claims: &[Claim],
) -> Vec<Source> {
    let outlet_rank = Zipf::new(outlets.len());
    let claim_rank = Zipf::new(claims.len());
    let mut sources = Vec::with_capacity(sizes.sources);
    let mut left = sizes.statements;
    for s in 0..sizes.sources {
        let count = left.min(PER_SOURCE);
        left -= count;
        let publisher = outlet_rank.sample(rng);
        let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
        let date = format!("2021-{month:02}-{day:02}");
        let mut text = String::new();
        let mut statements = Vec::with_capacity(count);
        let mut via = Vec::new();
        for k in 0..count {
            // A third of the statements are about the campaign's claims
            // (power law), the rest about any claim.
            let claim = if rng.chance(30) {
                claim_rank.sample(rng)
            } else {
                rng.below(claims.len())
            };
            let outlet_speaker = rng.chance(15);
            let speaker_outlet = if outlet_speaker {
                let mut o = outlet_rank.sample(rng);
                if o == publisher {
                    o = (o + 1) % outlets.len();
                }
                Some(o)
            } else {
                None
            };
            let speaker_actor = rng.below(actors.len());
            let mut chain = vec![outlets[publisher].id.clone()];
            let (speaker, speaker_en, speaker_ar, stance) = match speaker_outlet {
                Some(o) => (
                    outlets[o].id.clone(),
                    outlets[o].names["en"].clone(),
                    outlets[o].names["ar"].clone(),
                    "Reports",
                ),
                None => (
                    actors[speaker_actor].id.clone(),
                    actors[speaker_actor].names["en"].clone(),
                    actors[speaker_actor].names["ar"].clone(),
                    stance_of(claim, speaker_actor),
                ),
            };
            chain.push(speaker.clone());
            let length = relay_length(rng).min(outlets.len().saturating_sub(2));
            let mut relay: Vec<String> = Vec::with_capacity(length);
            while relay.len() < length {
                let o = &outlets[outlet_rank.sample(rng)].id;
                if !chain.contains(o) {
                    chain.push(o.clone());
                    relay.push(o.clone());
                }
            }
            // A fifth of the actors' words come through the body they
            // belong to: the actor's parent is the link next to it.
            if speaker_outlet.is_none()
                && relay.len() < 7
                && rng.chance(20)
                && let Some(parent) = &actors[speaker_actor].member_of
            {
                relay.push(parent.clone());
            }
            if k == 0 && !relay.is_empty() && rng.chance(30) {
                via.push(relay[0].clone());
            }
            let c = &claims[claim];
            // A closing clause on a third of the quotes.
            let (filler_ar, filler_en) = if rng.chance(30) {
                let (ar, en) = *rng.pick(FILLERS);
                (format!("، {ar}"), format!(", {en}"))
            } else {
                (String::new(), String::new())
            };
            let (quote, translation) = match stance {
                "Affirms" => (
                    format!("وقال {speaker_ar} إن {}{filler_ar}", c.arabic),
                    format!("{speaker_en} said that {}{filler_en}.", c.english),
                ),
                "Hedges" => (
                    format!("ورجح {speaker_ar} أن {}{filler_ar}", c.arabic),
                    format!(
                        "{speaker_en} said it was likely that {}{filler_en}.",
                        c.english
                    ),
                ),
                "Denies" => (
                    format!("ونفى {speaker_ar} أن {}{filler_ar}", c.arabic),
                    format!("{speaker_en} denied that {}{filler_en}.", c.english),
                ),
                _ => (
                    format!("وذكر {speaker_ar} أن {}{filler_ar}", c.arabic),
                    format!("{speaker_en} reported that {}{filler_en}.", c.english),
                ),
            };
            writeln!(text, "{quote}.").unwrap();
            writeln!(text, "[{translation}]").unwrap();
            writeln!(text).unwrap();
            let channel = rng.chance(60).then(|| *rng.pick(CHANNELS));
            let date = rng
                .chance(40)
                .then(|| format!("2021-{month:02}-{:02}", 1 + rng.below(day)));
            let note = rng.chance(8).then(|| {
                "The speaker's words are paraphrased by the relaying outlet; the quote is the document's sentence.".to_string()
            });
            statements.push(Statement {
                id: format!("s{s:06}-{:02}", k + 1),
                claim: c.id.clone(),
                speaker,
                stance: Variant(stance),
                relay,
                channel: channel.map(Variant),
                date,
                quote,
                translation: Some(translation),
                note,
            });
        }
        let title = format!("{} (تقرير {s})", claims[rng.below(claims.len())].arabic);
        text.insert_str(0, &format!("{title}\n\n"));
        let host = outlets[publisher].url.clone().unwrap_or_default();
        sources.push(Source {
            id: format!("src-{s:06}"),
            file: format!("../seeds/{s:06}.txt"),
            outlet: Some(outlets[publisher].id.clone()),
            via,
            date: Some(date),
            language: "ar".into(),
            title: Some(title),
            url: Some(format!("{host}/2021/{s:06}")),
            statements,
            text,
        });
    }
    sources
}

/// Contradictions between claims on the same subject, and support from a
/// figure to a fact, some grounded in a statement.
fn relations(rng: &mut Rng, claims: &[Claim], sources: &[Source]) -> Vec<Relation> {
    let mut relations = Vec::new();
    let statement_ids: Vec<&str> = sources
        .iter()
        .flat_map(|s| s.statements.iter().map(|st| st.id.as_str()))
        .collect();
    for i in (0..claims.len().saturating_sub(1)).step_by(7) {
        let j = (i + 1 + rng.below(claims.len() - 1)) % claims.len();
        if j == i {
            continue;
        }
        let contradicts = rng.chance(65);
        let grounds = if rng.chance(50) {
            vec![rng.pick(&statement_ids).to_string()]
        } else {
            Vec::new()
        };
        relations.push(Relation {
            kind: Variant(if contradicts {
                "Contradicts"
            } else {
                "Supports"
            }),
            from: claims[i].id.clone(),
            to: claims[j].id.clone(),
            note: rng
                .chance(30)
                .then(|| "The two accounts cannot both hold for the same days.".to_string()),
            grounds,
        });
    }
    relations
}

/// Reviews of about one claim in fifty (at least 5, at most 300), in every
/// status.
fn reviews(rng: &mut Rng, claims: &[Claim], sources: &[Source]) -> Vec<Review> {
    let mut first_statement: IndexMap<&str, &str> = IndexMap::new();
    for statement in sources.iter().flat_map(|s| &s.statements) {
        first_statement
            .entry(statement.claim.as_str())
            .or_insert(statement.id.as_str());
    }
    let count = (claims.len() / 50).clamp(5, 300);
    let step = (claims.len() / count).max(1);
    let mut reviews = Vec::new();
    for (n, claim) in claims.iter().step_by(step).take(count).enumerate() {
        let Some(&statement) = first_statement.get(claim.id.as_str()) else {
            continue;
        };
        let status = [
            "Published",
            "Reviewed",
            "InProgress",
            "NeedsMoreEvidence",
            "Unreviewed",
        ][n % 5];
        let verdict = matches!(status, "Reviewed" | "Published").then(|| {
            *rng.pick(&[
                "False",
                "Misleading",
                "Mixed",
                "MostlyTrue",
                "True",
                "Unproven",
            ])
        });
        let day = 1 + rng.below(20);
        let created = format!("2026-10-{day:02}");
        let published = (status == "Published").then(|| format!("2026-10-{:02}", day + 5));
        let mut history = vec![Change {
            date: created.clone(),
            by: Some("A. Analyst".into()),
            what: "started the review".into(),
        }];
        let evidence = if status == "Unreviewed" {
            Vec::new()
        } else {
            history.push(Change {
                date: created.clone(),
                by: Some("A. Analyst".into()),
                what: format!("evidence Statement(\"{statement}\") (OnRecord, Supports)"),
            });
            vec![Evidence {
                points_to: EvidenceTarget::Statement(statement.to_string()),
                grade: Variant("OnRecord"),
                bearing: Variant(if rng.chance(50) {
                    "Supports"
                } else {
                    "Refutes"
                }),
            }]
        };
        reviews.push(Review {
            claim: claim.id.clone(),
            status: Variant(status),
            verdict: verdict.map(Variant),
            reviewer: Some("A. Analyst".into()),
            url: verdict.map(|_| format!("https://claimgraph.example.org/fact-checks/{}", claim.id)),
            created: Some(created),
            published,
            rationale: verdict.map(|_| {
                "One side's account, carried by outlets of that side; nothing independent confirms it.".to_string()
            }),
            evidence,
            history,
        });
    }
    reviews
}

// ---------------------------------------------------------------- writing

fn ron_text<T: Serialize + ?Sized>(value: &T) -> String {
    let config = ron::ser::PrettyConfig::new().struct_names(true);
    ron::ser::to_string_pretty(value, config).expect("generated records serialise")
}

/// How many records go in one registry file.
const PER_REGISTRY_FILE: usize = 2000;

fn write_registry<T: Serialize>(
    dir: &Path,
    name: &str,
    what: &str,
    records: &[T],
) -> io::Result<()> {
    let folder = dir.join(name);
    std::fs::create_dir_all(&folder)?;
    for (part, chunk) in records.chunks(PER_REGISTRY_FILE).enumerate() {
        let text = format!(
            "// Generated corpus: {what}, part {part} (benches/corpus/mod.rs).\n{}\n",
            ron_text(chunk)
        );
        std::fs::write(folder.join(format!("part-{part:03}.ron")), text)?;
    }
    Ok(())
}

/// Bytes of RON and counts written by [`Corpus::write_ron`].
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Written {
    pub(crate) ron_bytes: u64,
    pub(crate) seed_bytes: u64,
    pub(crate) files: usize,
}

impl Corpus {
    /// Every statement, in data order.
    pub(crate) fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.sources.iter().flat_map(|s| s.statements.iter())
    }

    /// Writes the data directory `out/data` and the seed texts `out/seeds`.
    pub(crate) fn write_ron(&self, out: &Path) -> io::Result<Written> {
        let data = out.join("data");
        let seeds = out.join("seeds");
        std::fs::create_dir_all(data.join("sources"))?;
        std::fs::create_dir_all(data.join("reviews"))?;
        std::fs::create_dir_all(&seeds)?;
        std::fs::write(
            data.join("claimgraph.toml"),
            "# Generated corpus (benches/corpus/mod.rs).\n[publisher]\nname = \"Claimgraph Bench Desk\"\nurl = \"https://claimgraph.example.org/\"\n",
        )?;
        write_registry(&data, "actors", "actors", &self.actors)?;
        write_registry(&data, "outlets", "outlets", &self.outlets)?;
        write_registry(&data, "entities", "entities", &self.entities)?;
        write_registry(&data, "claims", "claims", &self.claims)?;
        write_registry(&data, "relations", "relations", &self.relations)?;
        for source in &self.sources {
            let text = format!(
                "// Generated source {} (benches/corpus/mod.rs).\n{}\n",
                source.id,
                ron_text(source)
            );
            std::fs::write(data.join(format!("sources/{}.ron", source.id)), text)?;
            let seed = source.file.trim_start_matches("../seeds/");
            std::fs::write(seeds.join(seed), &source.text)?;
        }
        for review in &self.reviews {
            let text = format!(
                "// Generated review of `{}` (benches/corpus/mod.rs).\n{}\n",
                review.claim,
                ron_text(review)
            );
            std::fs::write(data.join(format!("reviews/{}.ron", review.claim)), text)?;
        }
        let mut written = Written::default();
        for entry in walk(&data)? {
            if entry.extension().is_some_and(|e| e == "ron") {
                written.ron_bytes += std::fs::metadata(&entry)?.len();
                written.files += 1;
            }
        }
        for entry in walk(&seeds)? {
            written.seed_bytes += std::fs::metadata(&entry)?.len();
        }
        Ok(written)
    }

    /// The same records as one JSON document in serde's shape of
    /// `claimgraph::raw`: `{"actors": [...], ..., "sources": [...], "reviews": [...]}`.
    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).expect("generated records serialise")
    }

    /// networkx node-link JSON (`networkx.node_link_graph(data, edges="links")`)
    /// of a directed graph in which the origins of a claim are its
    /// ancestors that have no predecessor.
    ///
    /// Nodes: every actor, outlet and claim. Edges: parent → member (an
    /// actor's `member_of`, an outlet's `owner`), and speaker → claim for
    /// every speaker that affirms or hedges the claim. A claim's ancestors
    /// are then the speakers putting it forward and everything above
    /// them; those without a predecessor are the tops of their chains,
    /// which is what `claimgraph origins` counts as the claim's
    /// independent origins (`headline.independent`).
    pub(crate) fn to_networkx(&self) -> String {
        let mut nodes = Vec::new();
        let mut links = Vec::new();
        for a in &self.actors {
            nodes.push(serde_json::json!({"id": a.id, "kind": "actor"}));
            if let Some(parent) = &a.member_of {
                links.push(
                    serde_json::json!({"source": parent, "target": a.id, "kind": "member_of"}),
                );
            }
        }
        for o in &self.outlets {
            nodes.push(serde_json::json!({"id": o.id, "kind": "outlet"}));
            if let Some(owner) = &o.owner {
                links.push(serde_json::json!({"source": owner, "target": o.id, "kind": "owner"}));
            }
        }
        for c in &self.claims {
            nodes.push(serde_json::json!({"id": c.id, "kind": "claim"}));
        }
        let mut seen = std::collections::HashSet::new();
        for s in self.statements() {
            if matches!(s.stance.0, "Affirms" | "Hedges") && seen.insert((&s.speaker, &s.claim)) {
                links.push(serde_json::json!({"source": s.speaker, "target": s.claim, "kind": "puts_forward"}));
            }
        }
        serde_json::to_string(&serde_json::json!({
            "directed": true,
            "multigraph": false,
            "graph": {},
            "nodes": nodes,
            "links": links,
        }))
        .expect("a graph serialises")
    }
}

/// Every file under `dir`, sorted.
fn walk(dir: &Path) -> io::Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}
