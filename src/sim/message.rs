//! What the core tells people, as data: every trace event, refusal and
//! outcome is an enum value with a stable code and typed parameters
//! (domain indexes, instruments, times, counts), never a sentence.
//!
//! The shell turns a message into words ([`crate::words`]): it looks the
//! code up in the reader's language and resolves each [`Arg`] (an item
//! index becomes the item's id, an instrument its article, a stage the
//! author's text in that language). So the state hash, the journal and
//! every count a report makes stand on the same data whatever the
//! language, and a rewording never changes a hash.
//!
//! This module never holds a word meant for a person: the only strings in
//! a message are what a person typed (an annotation, an answer, a ground
//! for refusal), carried as they were written.

use crate::law::RequestField;
use crate::scenario::model::{DataCategory, Instrument, Offence, ProviderKind, Role};
use crate::time::SimTime;

use super::types::{Participant, RequestId};

/// One parameter of a message, typed by what it refers to, so the
/// renderer knows how to name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// What a person typed: shown as written.
    Text(String),
    /// A quantity: selects plurals.
    Count(u64),
    /// Yes or no: selects a variant of the sentence.
    Flag(bool),
    Request(RequestId),
    Time(SimTime),
    /// A length of time: a law's threshold.
    Duration(crate::time::Duration),
    Jurisdiction(usize),
    Provider(usize),
    /// A data item, by its index in the scenario.
    Item(usize),
    Lead(usize),
    Incident(usize),
    /// (incident, stage).
    Stage(usize, usize),
    Inject(usize),
    Objective(usize),
    /// A suspect, by its index in the scenario.
    Suspect(usize),
    Participant(Participant),
    Role(Role),
    /// An instrument, named by the article it rests on in general.
    Instrument(Instrument),
    Basis(crate::law::Basis),
    Field(RequestField),
    Offence(Offence),
    Category(DataCategory),
    ProviderKind(ProviderKind),
    /// Several of one kind, joined in the reader's language.
    List(Vec<Arg>, Joiner),
    /// A message inside a message: rendered first, then placed.
    Nested(&'static str, Vec<(&'static str, Arg)>),
}

/// How a list's parts are joined: `a, b`, `a or b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joiner {
    Comma,
    Or,
    /// Between clauses that have commas of their own.
    Semicolon,
}

/// A message the shell renders: a stable code (the message id in every
/// language) and its arguments.
pub trait Message {
    fn code(&self) -> &'static str;
    fn args(&self) -> Vec<(&'static str, Arg)>;

    /// The request this message concerns, if it names one: what a note is
    /// about, for a screen that groups notes by request.
    fn request(&self) -> Option<RequestId> {
        self.args().into_iter().find_map(|(_, arg)| match arg {
            Arg::Request(id) => Some(id),
            _ => None,
        })
    }
}

/// How a field of a message becomes an [`Arg`]: the macro names one of
/// these for each field, so an index says what it indexes.
pub mod arg {
    use super::*;

    pub fn text(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
    pub fn count(n: &u64) -> Arg {
        Arg::Count(*n)
    }
    pub fn points(n: &u32) -> Arg {
        Arg::Count(u64::from(*n))
    }
    pub fn flag(b: &bool) -> Arg {
        Arg::Flag(*b)
    }
    pub fn request(id: &RequestId) -> Arg {
        Arg::Request(*id)
    }
    pub fn duration(d: &crate::time::Duration) -> Arg {
        Arg::Duration(*d)
    }
    pub fn time(t: &SimTime) -> Arg {
        Arg::Time(*t)
    }
    pub fn jurisdiction(j: &usize) -> Arg {
        Arg::Jurisdiction(*j)
    }
    pub fn provider(p: &usize) -> Arg {
        Arg::Provider(*p)
    }
    pub fn item(i: &usize) -> Arg {
        Arg::Item(*i)
    }
    pub fn items(items: &[usize]) -> Arg {
        Arg::List(items.iter().map(|&i| Arg::Item(i)).collect(), Joiner::Comma)
    }
    pub fn lead(l: &usize) -> Arg {
        Arg::Lead(*l)
    }
    /// Leads as a list shows them: value and id, `91.208.17.50 (c2-server)`.
    pub fn leads(leads: &[usize]) -> Arg {
        let one = |&l: &usize| Arg::Nested("lead-ref", vec![("lead", Arg::Lead(l))]);
        Arg::List(leads.iter().map(one).collect(), Joiner::Comma)
    }
    pub fn incident(i: &usize) -> Arg {
        Arg::Incident(*i)
    }
    pub fn stage(s: &(usize, usize)) -> Arg {
        Arg::Stage(s.0, s.1)
    }
    pub fn inject(i: &usize) -> Arg {
        Arg::Inject(*i)
    }
    pub fn objective(o: &usize) -> Arg {
        Arg::Objective(*o)
    }
    pub fn suspect(s: &usize) -> Arg {
        Arg::Suspect(*s)
    }
    pub fn participant(p: &Participant) -> Arg {
        Arg::Participant(p.clone())
    }
    pub fn role(r: &Role) -> Arg {
        Arg::Role(*r)
    }
    pub fn roles_or(roles: &[Role]) -> Arg {
        Arg::List(roles.iter().map(|&r| Arg::Role(r)).collect(), Joiner::Or)
    }
    pub fn instrument(i: &Instrument) -> Arg {
        Arg::Instrument(*i)
    }
    pub fn instruments_or(list: &[Instrument]) -> Arg {
        Arg::List(list.iter().map(|&i| Arg::Instrument(i)).collect(), Joiner::Or)
    }
    pub fn basis(b: &crate::law::Basis) -> Arg {
        Arg::Basis(*b)
    }
    pub fn bases_or(list: &[crate::law::Basis]) -> Arg {
        Arg::List(list.iter().map(|&b| Arg::Basis(b)).collect(), Joiner::Or)
    }
    pub fn field(field: &RequestField) -> Arg {
        Arg::Field(*field)
    }
    pub fn fields(fields: &[RequestField]) -> Arg {
        Arg::List(fields.iter().map(|&f| Arg::Field(f)).collect(), Joiner::Comma)
    }
    pub fn offences(offences: &[Offence]) -> Arg {
        Arg::List(offences.iter().map(|&o| Arg::Offence(o)).collect(), Joiner::Comma)
    }
    pub fn category(c: &DataCategory) -> Arg {
        Arg::Category(*c)
    }
    pub fn provider_kind(k: &ProviderKind) -> Arg {
        Arg::ProviderKind(*k)
    }
    pub fn jurisdictions(list: &[usize]) -> Arg {
        Arg::List(
            list.iter().map(|&j| Arg::Jurisdiction(j)).collect(),
            Joiner::Comma,
        )
    }
    pub fn nested<M: Message>(m: &M) -> Arg {
        Arg::Nested(m.code(), m.args())
    }
    pub fn injects(list: &[usize]) -> Arg {
        Arg::List(list.iter().map(|&i| Arg::Inject(i)).collect(), Joiner::Comma)
    }
    pub fn needs(needs: &crate::law::Needs) -> Arg {
        Arg::Nested(needs.code(), Vec::new())
    }
    /// Instruments with the basis each would rest on: `MLA (Budapest Art. 31)`.
    pub fn alternatives(list: &[(Instrument, crate::law::Basis)]) -> Arg {
        let one = |&(instrument, basis): &(Instrument, crate::law::Basis)| {
            Arg::Nested(
                "instrument-with-basis",
                vec![
                    ("instrument", Arg::Instrument(instrument)),
                    ("basis", Arg::Basis(basis)),
                ],
            )
        };
        Arg::List(list.iter().map(one).collect(), Joiner::Or)
    }
    /// A seat as a participant types it, with its role in words where the
    /// typed form is not a word: `A/247 (the 24/7 contact)`.
    pub fn seat(p: &Participant) -> Arg {
        Arg::Nested(
            "seat-named",
            vec![
                ("participant", Arg::Participant(p.clone())),
                ("role", Arg::Role(p.role())),
            ],
        )
    }
    pub fn seats_or(list: &[Participant]) -> Arg {
        Arg::List(list.iter().map(seat).collect(), Joiner::Or)
    }
    pub fn clauses(list: &[crate::sim::event::Clause]) -> Arg {
        Arg::List(list.iter().map(nested).collect(), Joiner::Semicolon)
    }
}

/// A sample value of a parameter type, so a test can build one message of
/// every variant and render it in every language. Indexes are 0: the
/// sample scenario must have one of everything.
pub trait Example {
    fn example() -> Self;
}

macro_rules! examples_for {
    ($($ty:ty => $value:expr),* $(,)?) => {
        $(impl Example for $ty {
            fn example() -> Self {
                $value
            }
        })*
    };
}

examples_for! {
    usize => 0,
    u32 => 1,
    u64 => 2,
    String => "text".to_string(),
    SimTime => SimTime(26 * 60 + 15),
    crate::time::Duration => crate::time::Duration::days(365),
    (usize, usize) => (0, 0),
    Role => Role::Contact247,
    Instrument => Instrument::Preservation247,
    RequestField => RequestField::MlaToFollow,
    Offence => Offence::IllegalAccess,
    DataCategory => DataCategory::TrafficData,
    ProviderKind => ProviderKind::Vps,
    crate::law::Basis => crate::law::Basis::Rule(Instrument::Preservation247),
    Participant => Participant::Trainer,
    crate::law::Needs => crate::law::Needs::SecondProtocol,
    (Instrument, crate::law::Basis) => (Instrument::Mla, crate::law::Basis::BilateralMla),
}

impl<T: Example> Example for Vec<T> {
    fn example() -> Self {
        vec![T::example(), T::example()]
    }
}

impl Example for bool {
    fn example() -> Self {
        true
    }
}

/// Declares a message enum: each variant with its stable code and, for
/// each field, its type and the [`arg`] function that makes it an
/// [`Arg`] (a field may carry attributes, such as serde's, which go on
/// the enum's field). Generates the enum, [`Message`], the list of codes and one
/// example of every variant (for the test that renders them all).
macro_rules! messages {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({ $($(#[$fmeta:meta])* $field:ident : $ty:ty => $kind:ident),* $(,)? })? = $code:literal
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $(
                $(#[$vmeta])*
                $variant $({ $($(#[$fmeta])* $field: $ty),* })?
            ),*
        }

        impl $crate::sim::message::Message for $name {
            fn code(&self) -> &'static str {
                match self {
                    $( $name::$variant { .. } => $code ),*
                }
            }
            #[allow(unused_variables)]
            fn args(&self) -> Vec<(&'static str, $crate::sim::message::Arg)> {
                match self {
                    $( $name::$variant $({ $($field),* })? => vec![
                        $($( (stringify!($field), $crate::sim::message::arg::$kind($field)) ),*)?
                    ] ),*
                }
            }
        }

        impl $name {
            /// Every code this enum can carry, in declaration order.
            pub const CODES: &'static [&'static str] = &[$($code),*];

            /// One value of every variant, built from [`Example`] values.
            #[allow(unused_imports)]
            pub fn examples() -> Vec<$name> {
                use $crate::sim::message::Example;
                vec![$(
                    $name::$variant $({ $($field: <$ty as Example>::example()),* })?
                ),*]
            }
        }

        impl $crate::sim::message::Example for $name {
            fn example() -> Self {
                $name::examples().remove(0)
            }
        }
    };
}

pub(crate) use messages;
