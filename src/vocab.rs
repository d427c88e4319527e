//! Every enum written in the data, with its one table of names.
//!
//! Each enum is declared through `vocabulary!`, which gives it `ALL` (every
//! variant, in order) and `name()` (the name as written in RON), from the one
//! list of variants. Serde and, behind the `cli` feature, clap use the same
//! declaration, so adding a variant is one line.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Declares a data enum with its variant list and names.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident $(= $text:literal)?),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name as written in the data.
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => vocabulary!(@name $variant $($text)?)),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
    (@name $variant:ident) => { stringify!($variant) };
    (@name $variant:ident $text:literal) => { $text };
}

pub(crate) use vocabulary;

vocabulary! {
    /// What sort of speaker an actor is.
    #[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum ActorKind {
        /// A named individual.
        Person,
        /// A ministry or government department.
        Ministry,
        /// A state, a government or an executive office.
        Government,
        /// Armed forces, an army, or a unit speaking as such.
        Military,
        /// A state agency (news agencies are outlets, not actors).
        Agency,
        /// A party, NGO, company or international body.
        Organisation,
        /// An unnamed collective: "the journalists", "residents".
        Group,
        /// An unnamed source: "a source in the government".
        Anonymous,
    }
}

vocabulary! {
    /// What sort of publisher an outlet is.
    #[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum OutletKind {
        /// A news agency or media group.
        Agency,
        /// A television broadcaster.
        Tv,
        /// A radio broadcaster.
        Radio,
        /// A newspaper, in print or online.
        Newspaper,
        /// A news or opinion website.
        Website,
        /// A social-media channel or page as such.
        Social,
        /// A think tank or research institute.
        ThinkTank,
    }
}

vocabulary! {
    /// What sort of thing an entity is.
    #[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum EntityKind {
        /// A weapon system: `tos-1a`, `iskander`.
        Weapon,
        /// A place: a town, a region, a front.
        Place,
        /// A military unit, talked about rather than speaking.
        Unit,
        /// An event: a battle, a strike, a ceasefire.
        Event,
        /// A body that is talked about but never speaks.
        Organisation,
        /// Anything else a claim is about.
        Other,
    }
}

vocabulary! {
    /// What sort of proposition a claim is.
    #[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum ClaimKind {
        /// An event or state of affairs.
        Fact,
        /// A claim whose point is a number: counts, losses, percentages, distances.
        Figure,
        /// A judgement.
        Opinion,
        /// A claim about the future.
        Prediction,
    }
}

vocabulary! {
    /// Why a passage is background; the annotation guide defines each.
    #[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum BackgroundKind {
        /// Navigation, "read more", comment forms, related-article lists, empty
        /// topic lines: the page, not the article.
        Furniture,
        /// A photo caption that only says who or what is pictured, or a credit.
        Caption,
        /// The author's biography or a byline (the author goes in `author`).
        Byline,
        /// Uncontested historical context no party disputes.
        Context,
        /// A connective or kicker with no proposition of its own ("with video..").
        Connective,
    }
}

vocabulary! {
    /// How a speaker stands towards the claim it states.
    #[derive(
    Debug, Deserialize, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize
    )]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum Stance {
        /// Asserts the claim as true.
        Affirms,
        /// Asserts the claim is false.
        Denies,
        // Typographic quotes: this is help text, and clap_complete 4.6 does
        // not escape `"` in the fish and zsh completion scripts.
        /// Suggests the claim with caveats: “presumably”, “may have”.
        Hedges,
        /// An outlet writes the claim up without naming a source or vouching for it.
        Reports,
    }
}

impl Stance {
    /// The stance as a lowercase verb, as answers print it: `affirms`.
    pub fn verb(self) -> &'static str {
        match self {
            Stance::Affirms => "affirms",
            Stance::Denies => "denies",
            Stance::Hedges => "hedges",
            Stance::Reports => "reports",
        }
    }

    /// Whether a speaker with this stance puts the claim forward in its own
    /// name (affirms or hedges it), as opposed to denying or merely reporting.
    pub fn puts_forward(self) -> bool {
        matches!(self, Stance::Affirms | Stance::Hedges)
    }
}

/// Where a speaker said it.
#[derive(
    Debug,
    Deserialize,
    Clone,
    PartialEq,
    Eq,
    Serialize,
    JsonSchema,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
pub enum Channel {
    /// A Facebook post.
    Facebook,
    /// A post on Twitter (X).
    Twitter,
    /// A Telegram channel post.
    Telegram,
    /// A YouTube video.
    YouTube,
    /// A press conference or briefing.
    Briefing,
    /// A press release.
    PressRelease,
    /// An official statement, e.g. a ministry's communiqué.
    Statement,
    /// An interview.
    Interview,
    /// An outlet's own article.
    Article,
    /// Said on air.
    Tv,
    /// Anywhere else, with a short description: `Other("Radio broadcast")`.
    Other(String),
}

vocabulary! {
    /// How two claims relate.
    #[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum RelationKind {
        /// Both claims cannot be true; symmetric, written once.
        Contradicts,
        /// `from` is evidence for `to`.
        Supports,
        /// The two claims say the same thing in different words.
        SameAs,
    }
}

vocabulary! {
    /// Where a review stands. Reviews move Unreviewed → InProgress → Reviewed →
    /// Published, and may be sent back to NeedsMoreEvidence at any point.
    #[derive(
    Debug, Deserialize, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize
    )]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum ReviewStatus {
        /// No one has started on it.
        Unreviewed,
        /// A reviewer is working on it.
        InProgress,
        /// Sent back: the evidence cannot settle it yet.
        NeedsMoreEvidence,
        /// Reviewed; `check` requires a verdict.
        Reviewed,
        /// Published; requires a verdict, evidence and a `published` date.
        Published,
    }
}

/// The verdict. The named verdicts sit on one five-point scale (worst 1,
/// best 5); `Other` carries a publisher's own rating, as imported.
#[derive(
    Debug,
    Deserialize,
    Clone,
    PartialEq,
    Serialize,
    JsonSchema,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Verdict {
    /// The claim is false (1 on the scale).
    False,
    /// True in part but misleading as put (2).
    Misleading,
    /// Partly true, partly false (3).
    Mixed,
    /// Mostly true (4).
    MostlyTrue,
    /// The claim is true (5).
    True,
    /// The evidence does not settle it either way.
    Unproven,
    /// An opinion or prediction: nothing to check.
    NotCheckable,
    /// A publisher's own rating, kept verbatim.
    #[cfg_attr(feature = "cli", value(skip))]
    Other(Rating),
}

/// A rating on a scale: a publisher's own, or ours for a named verdict
/// ([`Verdict::rating`]), as ClaimReview's `reviewRating` states it.
#[derive(
    Debug,
    Deserialize,
    Clone,
    PartialEq,
    Serialize,
    JsonSchema,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// The verdict in words, ClaimReview's `alternateName`.
    pub label: String,
    /// The rating's value on its scale; `None` for a verdict with no place on it.
    #[serde(default)]
    pub value: Option<i64>,
    /// The best value of the scale; `None` when there is no value.
    #[serde(default)]
    pub best: Option<i64>,
    /// The worst value of the scale; `None` when there is no value.
    #[serde(default)]
    pub worst: Option<i64>,
}

/// The organisation a review is published under.
#[derive(
    Debug,
    Deserialize,
    Clone,
    PartialEq,
    Serialize,
    JsonSchema,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// The organisation's name as it should appear on the review.
    pub name: String,
    /// The organisation's home page, an absolute http(s) URL; `None` if not given.
    #[serde(default)]
    pub url: Option<String>,
}

vocabulary! {
    /// How much an evidence item weighs, strongest first.
    #[derive(
    Debug, Deserialize, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize
    )]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum EvidenceGrade {
        /// Remains, photographs with serial numbers, recordings.
        PhysicalEvidence,
        /// A document issued by an institution.
        OfficialDocument,
        /// A named person or body speaking on the record.
        OnRecord,
        /// An unnamed source.
        Anonymous,
        /// Second-hand report without a traceable origin.
        Hearsay,
    }
}

vocabulary! {
    /// Whether evidence supports or refutes the claim.
    #[derive(
    Debug, Deserialize, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize
    )]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum Bearing {
        /// The evidence makes the claim more likely true.
        Supports,
        /// The evidence makes the claim less likely true.
        Refutes,
    }
}

vocabulary! {
    /// What kind of record an id names.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
    #[serde(rename_all = "lowercase")]
    #[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
    pub enum RecordKind {
        /// A speaker (`actors.ron`).
        Actor = "actor",
        /// A publisher (`outlets.ron`).
        Outlet = "outlet",
        /// A thing claims are about (`entities.ron`).
        Entity = "entity",
        /// A proposition (`claims.ron`).
        Claim = "claim",
        /// An annotated document.
        Source = "source",
        /// One speaker stating one claim, as one document reports it.
        Statement = "statement",
    }
}

impl RecordKind {
    /// What can speak, relay, publish or claim: actors and outlets.
    pub const PARTIES: [RecordKind; 2] = [RecordKind::Actor, RecordKind::Outlet];

    /// What a claim can be about (`about`, `--about`): entities, actors and
    /// outlets.
    pub const TOPICS: [RecordKind; 3] = [RecordKind::Entity, RecordKind::Actor, RecordKind::Outlet];
}

impl Channel {
    /// Every channel but `Other`, in the order the vocabulary lists them.
    pub const NAMED: [Channel; 10] = [
        Channel::Facebook,
        Channel::Twitter,
        Channel::Telegram,
        Channel::YouTube,
        Channel::Briefing,
        Channel::PressRelease,
        Channel::Statement,
        Channel::Interview,
        Channel::Article,
        Channel::Tv,
    ];

    /// The name as written in the data, or the words of `Other`.
    pub fn name(&self) -> &str {
        match self {
            Channel::Facebook => "Facebook",
            Channel::Twitter => "Twitter",
            Channel::Telegram => "Telegram",
            Channel::YouTube => "YouTube",
            Channel::Briefing => "Briefing",
            Channel::PressRelease => "PressRelease",
            Channel::Statement => "Statement",
            Channel::Interview => "Interview",
            Channel::Article => "Article",
            Channel::Tv => "Tv",
            Channel::Other(text) => text,
        }
    }
}

/// The worst value on the five-point scale the named verdicts sit on (`False`).
pub const SCALE_WORST: i64 = 1;
/// The best value on that scale (`True`).
pub const SCALE_BEST: i64 = 5;

impl Verdict {
    /// Every named verdict, worst first; [`Verdict::Other`] is not named.
    pub const NAMED: &'static [Verdict] = &[
        Verdict::False,
        Verdict::Misleading,
        Verdict::Mixed,
        Verdict::MostlyTrue,
        Verdict::True,
        Verdict::Unproven,
        Verdict::NotCheckable,
    ];

    /// The name as written in the data (`MostlyTrue`), or `None` for a
    /// publisher's own rating, which is written out in full.
    pub fn name(&self) -> Option<&'static str> {
        Some(match self {
            Verdict::False => "False",
            Verdict::Misleading => "Misleading",
            Verdict::Mixed => "Mixed",
            Verdict::MostlyTrue => "MostlyTrue",
            Verdict::True => "True",
            Verdict::Unproven => "Unproven",
            Verdict::NotCheckable => "NotCheckable",
            Verdict::Other(_) => return None,
        })
    }

    /// The verdict's label and place on the scale. Unproven and NotCheckable
    /// have a label but no place: they are not degrees of truth.
    pub fn rating(&self) -> Rating {
        let named = |label: &str, value: Option<i64>| Rating {
            label: label.to_string(),
            value,
            best: value.map(|_| SCALE_BEST),
            worst: value.map(|_| SCALE_WORST),
        };
        match self {
            Verdict::False => named("False", Some(1)),
            Verdict::Misleading => named("Misleading", Some(2)),
            Verdict::Mixed => named("Mixed", Some(3)),
            Verdict::MostlyTrue => named("Mostly true", Some(4)),
            Verdict::True => named("True", Some(5)),
            Verdict::Unproven => named("Unproven", None),
            Verdict::NotCheckable => named("Opinion, not checkable", None),
            Verdict::Other(rating) => rating.clone(),
        }
    }

    /// The named verdict whose label this is: one of our own labels
    /// ([`Verdict::rating`], such as "Mostly true") or its name
    /// (`MostlyTrue`), or a label of [`VERDICT_LABELS`], compared after
    /// [`fold`](crate::text::fold::fold) and ignoring spacing and
    /// punctuation (so case, accents, harakat, hamza forms and teh marbuta do
    /// not matter). `None` for any other label, which an importer keeps
    /// verbatim as [`Verdict::Other`] rather than guess at its meaning.
    ///
    /// ```
    /// use claimgraph::vocab::Verdict;
    /// assert_eq!(Verdict::from_label("mostly-true"), Some(Verdict::MostlyTrue));
    /// assert_eq!(Verdict::from_label("كاذبة"), Some(Verdict::False));
    /// assert_eq!(Verdict::from_label("Plutôt vrai"), Some(Verdict::MostlyTrue));
    /// assert_eq!(Verdict::from_label("Pants on Fire!"), None);
    /// ```
    pub fn from_label(label: &str) -> Option<Verdict> {
        let wanted = label_key(label);
        if wanted.is_empty() {
            return None;
        }
        Verdict::NAMED
            .iter()
            .find(|v| {
                label_key(&v.rating().label) == wanted
                    || v.name().map(label_key) == Some(wanted.clone())
            })
            .or_else(|| {
                VERDICT_LABELS
                    .iter()
                    .find(|(written, _)| label_key(written) == wanted)
                    .map(|(_, verdict)| verdict)
            })
            .cloned()
    }
}

impl Verdict {
    /// The verdict a rating as another desk published it stands for: one of
    /// ours when its label is one of ours ([`Verdict::from_label`]) and its
    /// numbers are absent or exactly ours, else their rating verbatim as
    /// [`Verdict::Other`]. Every reader decides with this one rule, so that
    /// "True" at 1 of 6 is never taken for our True.
    ///
    /// ```
    /// use claimgraph::vocab::{Rating, Verdict};
    /// let label = |l: &str, value| Rating { label: l.into(), value, best: value.map(|_| 6), worst: None };
    /// assert_eq!(Verdict::of_rating(&label("Faux", None)), Verdict::False);
    /// assert!(matches!(Verdict::of_rating(&label("True", Some(1))), Verdict::Other(_)));
    /// ```
    pub fn of_rating(rating: &Rating) -> Verdict {
        let numbers = (rating.value, rating.best, rating.worst);
        if let Some(named) = Verdict::from_label(&rating.label) {
            let ours = named.rating();
            if numbers == (None, None, None) || numbers == (ours.value, ours.best, ours.worst) {
                return named;
            }
        }
        Verdict::Other(rating.clone())
    }
}

/// How verdict labels are compared: folded, then letters and digits only, so
/// that "Pants on Fire!" and "pants on fire" are one label. The one rule for
/// our labels, [`VERDICT_LABELS`] and a desk's rating map alike.
pub fn label_key(label: &str) -> String {
    crate::text::fold::fold(label)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The verdict labels other desks write, and the named verdict each one
/// means: the one table [`Verdict::from_label`] reads besides our own labels.
///
/// It covers the languages of the data and of the fixtures: Arabic, English,
/// French, Spanish, Russian, Ukrainian, Turkish, Azerbaijani, Armenian and
/// Urdu. Labels are compared after folding, so one spelling per word is
/// enough (`كاذب` also matches `كاذبٌ`; `Plutot vrai` matches `Plutôt vrai`),
/// but a feminine or plural form is a separate entry. To add a label, add a
/// line; a label that is not here is never guessed at, it is imported as
/// [`Verdict::Other`]. A label that only says how far from true a claim is
/// on someone else's scale (PolitiFact's "Half true", "Mostly false", "Pants
/// on Fire") is left out on purpose: it has no one place on ours.
/// `docs/claimreview.md` lists the table for users.
pub const VERDICT_LABELS: &[(&str, Verdict)] = &[
    // English
    ("Fake", Verdict::False),
    ("Incorrect", Verdict::False),
    ("Fabricated", Verdict::False),
    ("Partly true", Verdict::Mixed),
    ("Unverified", Verdict::Unproven),
    ("Unsubstantiated", Verdict::Unproven),
    // Arabic
    ("كاذب", Verdict::False),
    ("كاذبة", Verdict::False),
    ("زائف", Verdict::False),
    ("زائفة", Verdict::False),
    ("خطأ", Verdict::False),
    ("خاطئ", Verdict::False),
    ("خاطئة", Verdict::False),
    ("غير صحيح", Verdict::False),
    ("غير صحيحة", Verdict::False),
    ("مفبرك", Verdict::False),
    ("مفبركة", Verdict::False),
    ("ملفق", Verdict::False),
    ("مزيف", Verdict::False),
    ("مضلل", Verdict::Misleading),
    ("مضللة", Verdict::Misleading),
    ("صحيح جزئيا", Verdict::Mixed),
    ("صحيحة جزئيا", Verdict::Mixed),
    ("نصف صحيح", Verdict::Mixed),
    ("صحيح في معظمه", Verdict::MostlyTrue),
    ("صحيح إلى حد كبير", Verdict::MostlyTrue),
    ("صحيح", Verdict::True),
    ("صحيحة", Verdict::True),
    ("حقيقي", Verdict::True),
    ("غير مؤكد", Verdict::Unproven),
    ("غير مثبت", Verdict::Unproven),
    ("رأي", Verdict::NotCheckable),
    // French
    ("Faux", Verdict::False),
    ("Fausse", Verdict::False),
    ("Trompeur", Verdict::Misleading),
    ("Trompeuse", Verdict::Misleading),
    ("Partiellement vrai", Verdict::Mixed),
    ("En partie vrai", Verdict::Mixed),
    ("Plutôt vrai", Verdict::MostlyTrue),
    ("Vrai", Verdict::True),
    ("Non prouvé", Verdict::Unproven),
    // Spanish
    ("Falso", Verdict::False),
    ("Falsa", Verdict::False),
    ("Engañoso", Verdict::Misleading),
    ("Engañosa", Verdict::Misleading),
    ("Parcialmente verdadero", Verdict::Mixed),
    ("Verdad a medias", Verdict::Mixed),
    ("Mayormente verdadero", Verdict::MostlyTrue),
    ("Verdadero", Verdict::True),
    ("Verdadera", Verdict::True),
    ("No comprobado", Verdict::Unproven),
    // Russian and Ukrainian
    ("Ложь", Verdict::False),
    ("Неправда", Verdict::False),
    ("Фейк", Verdict::False),
    ("Манипуляция", Verdict::Misleading),
    ("Вводит в заблуждение", Verdict::Misleading),
    ("Маніпуляція", Verdict::Misleading),
    ("Полуправда", Verdict::Mixed),
    ("Частично правда", Verdict::Mixed),
    ("Напівправда", Verdict::Mixed),
    ("Скорее правда", Verdict::MostlyTrue),
    ("Правда", Verdict::True),
    ("Не доказано", Verdict::Unproven),
    // Turkish and Azerbaijani
    ("Yanlış", Verdict::False),
    ("Yalan", Verdict::False),
    ("Yanıltıcı", Verdict::Misleading),
    ("Kısmen doğru", Verdict::Mixed),
    ("Qismən doğru", Verdict::Mixed),
    ("Doğru", Verdict::True),
    // Armenian
    ("Կեղծ", Verdict::False),
    ("Մանիպուլյացիա", Verdict::Misleading),
    ("Մասամբ ճիշտ", Verdict::Mixed),
    ("Ճիշտ", Verdict::True),
    // Urdu
    ("غلط", Verdict::False),
    ("گمراہ کن", Verdict::Misleading),
    ("درست", Verdict::True),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_channel_but_other_is_named_once() {
        // A new channel fails to compile here until it is given a place,
        // and the place must be its own in `Channel::NAMED`.
        let place = |c: &Channel| match c {
            Channel::Facebook => Some(0),
            Channel::Twitter => Some(1),
            Channel::Telegram => Some(2),
            Channel::YouTube => Some(3),
            Channel::Briefing => Some(4),
            Channel::PressRelease => Some(5),
            Channel::Statement => Some(6),
            Channel::Interview => Some(7),
            Channel::Article => Some(8),
            Channel::Tv => Some(9),
            Channel::Other(_) => None,
        };
        for (at, channel) in Channel::NAMED.iter().enumerate() {
            assert_eq!(place(channel), Some(at), "{channel:?}");
        }
    }

    #[test]
    fn our_own_labels_and_names_are_recognised() {
        for verdict in Verdict::NAMED {
            assert_eq!(
                Verdict::from_label(&verdict.rating().label).as_ref(),
                Some(verdict)
            );
            assert_eq!(
                Verdict::from_label(verdict.name().unwrap()).as_ref(),
                Some(verdict)
            );
        }
        assert_eq!(
            Verdict::from_label("  MOSTLY-true "),
            Some(Verdict::MostlyTrue)
        );
    }

    #[test]
    fn arabic_labels_are_recognised_after_folding() {
        for (label, verdict) in [
            ("كاذب", Verdict::False),
            ("زائف", Verdict::False),
            ("مفبرك", Verdict::False),
            ("غير صحيح", Verdict::False),
            ("غير  صحيحٍ.", Verdict::False),
            ("مضلل", Verdict::Misleading),
            ("مُضَلِّل", Verdict::Misleading),
            ("صحيح", Verdict::True),
            ("صحيح جزئيا", Verdict::Mixed),
            ("صحيح جزئياً", Verdict::Mixed),
            ("صحيحه جزئيا", Verdict::Mixed),
        ] {
            assert_eq!(Verdict::from_label(label), Some(verdict), "{label}");
        }
    }

    #[test]
    fn labels_of_the_other_languages_are_recognised() {
        for (label, verdict) in [
            ("FAUX", Verdict::False),
            ("plutot vrai", Verdict::MostlyTrue),
            ("Engañoso", Verdict::Misleading),
            ("enganoso", Verdict::Misleading),
            ("ложь", Verdict::False),
            ("Полуправда", Verdict::Mixed),
            ("Yanlış", Verdict::False),
            ("Ճիշտ", Verdict::True),
        ] {
            assert_eq!(Verdict::from_label(label), Some(verdict), "{label}");
        }
    }

    #[test]
    fn unknown_labels_are_not_guessed() {
        for label in [
            "Pants on Fire!",
            "Half true",
            "Mostly false",
            "كذب صريح",
            "",
            "!!",
        ] {
            assert_eq!(Verdict::from_label(label), None, "{label}");
        }
    }

    #[test]
    fn the_table_is_consistent() {
        let mut seen: std::collections::HashMap<String, &Verdict> = Default::default();
        for (label, verdict) in VERDICT_LABELS {
            assert!(!matches!(verdict, Verdict::Other(_)), "{label}");
            let key = label_key(label);
            assert!(!key.is_empty(), "{label}");
            if let Some(before) = seen.insert(key, verdict) {
                assert_eq!(before, verdict, "{label} means two verdicts");
            }
            for named in Verdict::NAMED {
                assert_ne!(
                    label_key(&named.rating().label),
                    label_key(label),
                    "{label} repeats our own label"
                );
            }
            assert_eq!(
                Verdict::from_label(label).as_ref(),
                Some(verdict),
                "{label}"
            );
        }
    }
}
