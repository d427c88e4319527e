//! Every piece of text a record can be found by: its id, names, aliases,
//! claim wording, tags, quotes and translations. Name resolution and
//! `search` both read this one list, so they agree on what a record is called.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Dataset, RecordKind};
use crate::text::lang::CANONICAL;

/// Which part of a record a text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    /// The record's id.
    Id,
    /// A name of an actor, outlet or entity, in one language.
    Name,
    /// An alias of an actor, outlet or entity.
    Alias,
    /// A claim's canonical English wording or its original wording.
    ClaimText,
    /// A source's headline.
    Title,
    /// A claim's tag.
    Tag,
    /// An actor's role, in English.
    Role,
    /// A source's byline.
    Author,
    /// A statement's quote, in the source's language.
    Quote,
    /// A statement's English translation.
    Translation,
}

impl FieldKind {
    /// Whether the field names the record, so that typing it exactly should
    /// pick that record as a command's argument.
    pub fn names_record(self) -> bool {
        matches!(
            self,
            FieldKind::Id
                | FieldKind::Name
                | FieldKind::Alias
                | FieldKind::ClaimText
                | FieldKind::Title
        )
    }

    /// The field's name in words, as search results show it (`claim text`).
    pub fn describe(self) -> &'static str {
        match self {
            FieldKind::Id => "id",
            FieldKind::Name => "name",
            FieldKind::Alias => "alias",
            FieldKind::ClaimText => "claim text",
            FieldKind::Title => "title",
            FieldKind::Tag => "tag",
            FieldKind::Role => "role",
            FieldKind::Author => "author",
            FieldKind::Quote => "quote",
            FieldKind::Translation => "translation",
        }
    }
}

/// One searchable text of one record.
#[derive(Debug, Clone)]
pub struct Field<'a> {
    /// Kind of the record the text belongs to.
    pub kind: RecordKind,
    /// Id of the record the text belongs to.
    pub id: &'a str,
    /// Which part of the record the text is.
    pub field: FieldKind,
    /// The language of a name or claim wording, when the data gives it.
    pub language: Option<&'a str>,
    /// The text as written in the data, unfolded.
    pub text: &'a str,
}

/// The fields of every record of `kinds`, in data order.
pub fn fields<'a>(data: &'a Dataset, kinds: &[RecordKind]) -> Vec<Field<'a>> {
    let mut out = Vec::new();
    let mut push = |kind, id: &'a str, field, language: Option<&'a str>, text: &'a str| {
        out.push(Field {
            kind,
            id,
            field,
            language,
            text,
        })
    };
    for &kind in kinds {
        match kind {
            RecordKind::Actor => {
                for a in data.actors.values() {
                    push(kind, &a.id, FieldKind::Id, None, &a.id);
                    for (lang, name) in &a.names {
                        push(kind, &a.id, FieldKind::Name, Some(lang), name);
                    }
                    for alias in &a.aliases {
                        push(kind, &a.id, FieldKind::Alias, None, alias);
                    }
                    if let Some(role) = &a.role {
                        push(kind, &a.id, FieldKind::Role, Some(CANONICAL), role);
                    }
                }
            }
            RecordKind::Outlet => {
                for o in data.outlets.values() {
                    push(kind, &o.id, FieldKind::Id, None, &o.id);
                    for (lang, name) in &o.names {
                        push(kind, &o.id, FieldKind::Name, Some(lang), name);
                    }
                    for alias in &o.aliases {
                        push(kind, &o.id, FieldKind::Alias, None, alias);
                    }
                }
            }
            RecordKind::Entity => {
                for e in data.entities.values() {
                    push(kind, &e.id, FieldKind::Id, None, &e.id);
                    for (lang, name) in &e.names {
                        push(kind, &e.id, FieldKind::Name, Some(lang), name);
                    }
                    for alias in &e.aliases {
                        push(kind, &e.id, FieldKind::Alias, None, alias);
                    }
                }
            }
            RecordKind::Claim => {
                for c in data.claims.values() {
                    push(kind, &c.id, FieldKind::Id, None, &c.id);
                    push(kind, &c.id, FieldKind::ClaimText, Some(CANONICAL), &c.text);
                    for (lang, text) in &c.original {
                        push(kind, &c.id, FieldKind::ClaimText, Some(lang), text);
                    }
                    for tag in &c.tags {
                        push(kind, &c.id, FieldKind::Tag, None, tag);
                    }
                }
            }
            RecordKind::Source => {
                for s in data.sources.values() {
                    push(kind, &s.id, FieldKind::Id, None, &s.id);
                    if let Some(title) = &s.title {
                        push(kind, &s.id, FieldKind::Title, Some(&s.language), title);
                    }
                    if let Some(author) = &s.author {
                        push(kind, &s.id, FieldKind::Author, None, author);
                    }
                }
            }
            RecordKind::Statement => {
                for st in data.statements.values() {
                    push(kind, &st.id, FieldKind::Id, None, &st.id);
                    let language = data.sources.get(&st.source).map(|s| s.language.as_str());
                    push(kind, &st.id, FieldKind::Quote, language, &st.quote);
                    if let Some(translation) = &st.translation {
                        push(
                            kind,
                            &st.id,
                            FieldKind::Translation,
                            Some(CANONICAL),
                            translation,
                        );
                    }
                }
            }
        }
    }
    out
}
