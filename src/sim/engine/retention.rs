//! When a provider deletes data: at the end of its retention, unless a
//! preservation or a pending MLA request keeps it, and why, as a typed
//! [`Deletion`] the debrief reads.

use super::*;

/// Deletes the item if its retention has run out and nothing keeps it.
pub fn retention_check(world: &mut World, item: usize) {
    let setup = setup(world);
    let now = now(world);
    let Some(deletes_at) = setup.deletes_at[item] else {
        return;
    };
    let ev = evidence(world, item).clone();
    if ev.deleted.is_some() {
        return;
    }
    if now < deletes_at {
        schedule(world, deletes_at, Due::RetentionCheck(item));
        return;
    }
    if ev.held_for_mla > 0 {
        return; // released (and checked again) when the MLA request ends
    }
    if let Some(until) = ev.preserved_until
        && until > now
    {
        schedule(world, until, Due::RetentionCheck(item));
        return;
    }
    if super::requests::desk_renews(world, item) {
        return;
    }
    // What made it go now: the retention itself, or a preservation that
    // had kept it past its retention (then perhaps a pending MLA request).
    let produced = ev.is_produced();
    let intelligence_only = ev.is_disclosed() && !produced;
    let kept_past_retention = ev
        .preserved_until
        .filter(|&until| until > deletes_at)
        .zip(ev.preserved_under);
    let why = match kept_past_retention {
        Some((expired, basis)) if expired < now => Deletion::HoldReleased {
            basis,
            expired,
            retention: deletes_at,
            produced,
            intelligence_only,
        },
        Some((_, basis)) => Deletion::PreservationExpired {
            basis,
            retention: deletes_at,
            produced,
            intelligence_only,
        },
        None if produced => Deletion::RetentionProduced,
        None if ev.ever_preserved => Deletion::RetentionAfterLapse { intelligence_only },
        None => Deletion::RetentionUnpreserved { intelligence_only },
    };
    evidence_mut(world, item).deleted = Some((now, why.clone()));
    emit(
        world,
        Actor::Provider {
            provider: setup.item_provider(item),
        },
        Event::Deleted { item, why },
        To::nobody(),
    );
}
