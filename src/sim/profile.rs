//! How well the simulated teams play: a skill profile is a handful of
//! numbers the policy in [`super::npc`] consults at its decision points
//! (how slowly it reacts, how often a draft misses an element, how often
//! it picks a channel that does not exist between the two States, how
//! often it thinks of following a preservation with MLA, how often it
//! reaches for the Second Protocol's emergency tools), with named
//! presets. Traits are chances, not switches, so that skill shows as
//! rates across runs.
//!
//! `expert` is the policy without slips: every gate is off (every chance
//! 100 %, every slip 0 %), so it draws nothing from the skill streams and
//! an expert run is what the policy alone decides. The other
//! profiles draw their slips from their own stream, `skill/<participant>`,
//! never from the streams the expert policy uses, so what a slip costs is
//! a change of decisions, not a reshuffle of every delay.
//!
//! It must never hold words or branch on a profile's name: the policy
//! reads the numbers.

use super::rng::ActorKey;
use crate::scenario::model::Skill;

/// The skill of every simulated team in one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Profile {
    pub skill: Skill,
    /// Reaction delays, in percent of the expert's: 200 takes twice as long
    /// to notice news and act on it.
    pub reaction_percent: u32,
    /// Chance (percent) that a request drafted leaves out one required
    /// element (the desk or central authority sends it back; an order
    /// straight to a provider, or to a judge, is refused until amended).
    pub incomplete_percent: u8,
    /// Chance (percent) that a request to another State is drafted with an
    /// instrument that does not exist between the two: refused, tried again
    /// after a reaction delay.
    pub wrong_channel_percent: u8,
    /// Chance (percent), at each turn where a preservation abroad could be
    /// followed, that the prosecutor thinks of the formal request that
    /// obtains the data (Art. 29(3)); one who does not waits for the next
    /// news (a reminder, an answer), and preserved data may lapse meanwhile.
    pub follows_preservation_with_mla_percent: u8,
    /// Chance (percent), at each emergency request the desk drafts, that it
    /// reaches for the Second Protocol's emergency tools (CETS 224 Arts 9
    /// and 10); otherwise the older urgent routes.
    pub knows_protocol_emergency_percent: u8,
    /// Whether every instrument is drawn among those the law table allows
    /// between the two States and the role may send, instead of chosen: a
    /// baseline no skill should fall below.
    pub random_instruments: bool,
}

impl Profile {
    pub const EXPERT: Profile = Profile {
        skill: Skill::Expert,
        reaction_percent: 100,
        incomplete_percent: 0,
        wrong_channel_percent: 0,
        follows_preservation_with_mla_percent: 100,
        knows_protocol_emergency_percent: 100,
        random_instruments: false,
    };
    pub const AVERAGE: Profile = Profile {
        skill: Skill::Average,
        reaction_percent: 200,
        incomplete_percent: 25,
        wrong_channel_percent: 10,
        follows_preservation_with_mla_percent: 50,
        knows_protocol_emergency_percent: 60,
        random_instruments: false,
    };
    pub const NOVICE: Profile = Profile {
        skill: Skill::Novice,
        reaction_percent: 300,
        incomplete_percent: 45,
        wrong_channel_percent: 30,
        follows_preservation_with_mla_percent: 15,
        knows_protocol_emergency_percent: 20,
        random_instruments: false,
    };
    pub const RANDOM: Profile = Profile {
        skill: Skill::Random,
        reaction_percent: 100,
        incomplete_percent: 0,
        wrong_channel_percent: 0,
        follows_preservation_with_mla_percent: 50,
        knows_protocol_emergency_percent: 50,
        random_instruments: true,
    };

    /// Whether a trait of `percent` holds this time: always at 100, else
    /// drawn from the team's own stream, so the expert draws nothing.
    pub fn draws(rngs: &mut super::rng::Streams, actor: ActorKey<'_>, percent: u8) -> bool {
        percent >= 100 || rngs.chance(stream(actor), percent)
    }

    /// The preset of a named skill.
    pub fn of(skill: Skill) -> Profile {
        match skill {
            Skill::Expert => Profile::EXPERT,
            Skill::Average => Profile::AVERAGE,
            Skill::Novice => Profile::NOVICE,
            Skill::Random => Profile::RANDOM,
        }
    }

    /// Whether a refused action can be this team's own slip, which it
    /// recovers from (tries again after a reaction delay). The expert's
    /// refusals would be policy bugs: they end its turn, as they always did.
    pub fn slips(&self) -> bool {
        self.incomplete_percent > 0 || self.wrong_channel_percent > 0 || self.random_instruments
    }

    /// A reaction delay drawn for the expert, stretched by this profile.
    pub fn reaction(&self, drawn: crate::time::Duration) -> crate::time::Duration {
        if self.reaction_percent == 100 {
            return drawn;
        }
        crate::time::Duration(drawn.as_minutes() * i64::from(self.reaction_percent) / 100)
    }
}

/// The stream a profile's slips are drawn from, never one the expert uses.
pub fn stream(actor: ActorKey<'_>) -> super::rng::StreamKey<'_> {
    super::rng::StreamKey::Actor(super::rng::ActorStream::Skill, actor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expert_has_every_gate_off() {
        let expert = Profile::of(Skill::Expert);
        assert!(!expert.slips());
        assert_eq!(
            expert.reaction(crate::time::Duration(37)),
            crate::time::Duration(37)
        );
        assert_eq!(expert.follows_preservation_with_mla_percent, 100);
        assert_eq!(expert.knows_protocol_emergency_percent, 100);
    }

    #[test]
    fn every_named_skill_has_its_preset() {
        for skill in Skill::ALL {
            assert_eq!(Profile::of(skill).skill, skill);
        }
        assert_eq!(
            Profile::NOVICE.reaction(crate::time::Duration(60)),
            crate::time::Duration(180)
        );
    }
}
