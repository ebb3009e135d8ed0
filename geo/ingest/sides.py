"""Which side a report's words put it on: a generic "hit", "attack" or "drone" that the United
States carried out is a US strike ("U.S. and U.K forces attacked Houthis", "An American drone
attack"), a "strike" against US forces is an attack on them ("the first deadly strike against U.S.
troops"), a round's passive targets are the round's; and a disrupted weapon's two actors in the
order the project's data codes them.
"""

from __future__ import annotations

import re

from ..model import ActorTable
from .context import striker_modifier, victims
from .mentions import Mention
from .recognise import Trigger, weaponless
from .text import Sentence, Words, contains_any, gated

__all__ = ["hedged_us", "suspected_strike", "us_denies", "us_disowns", "unknown_aircraft", "as_strike", "weapon_owner", "swapped_roles",
           "striker", "struck_in_round"]

_US = "United States"


def striker(t: Trigger, in_s: list[Mention], s: Sentence) -> Mention | None:
    """The US mention that modifies the trigger ("a U.S. drone strike"), or that the trigger's words hold ("in a U.S. strike"), if any."""
    return next((m for m in in_s if m.actor == _US and (striker_modifier(s.text, m.end - s.start, t.start - s.start)
                                                       or (t.kind == "strike" and t.start <= m.start and m.end <= t.end))), None)


#: Before a passive "struck": a ship ("M/V Zografia, a Maltese flagged bulk carrier, reported they were struck", "the tanker was hit").
_SHIP_WAS = re.compile(r"\b(?:M/V|MV|M/T|vessel|ship|tanker|carrier|freighter|bulker)\b[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+"
                       r"(?:also\s+|reportedly\s+)?$", re.I)
#: The subject of a bare "struck": an armed group named again ("the group also struck a vital target").
_THE_GROUP = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:groups?|militias?|factions?|resistance|organi[sz]ations?|"
                        r"movements?)\s+"
                        r"(?:also\s+|then\s+|later\s+|reportedly\s+)?$", re.I)


#: Right after a passive "targeted": the US strikes it was targeted in ("were targeted in the US attacks", "hit by American raids").
_IN_US_STRIKES = re.compile(r"\s+(?:in|by)\s+(?:the\s+)?(?:latest\s+|recent\s+|overnight\s+)?(?:U\.S\.|US|American|U\.S\.-led|US-led)\s+"
                            r"(?:(?:air\s*|drone\s+|military\s+)?(?:attacks?|strikes?|raids?|bombardment|bombing)|"
                            # "the facilities targeted by the U.S. military": its air strikes
                            r"(?:military|forces|aircraft|warplanes|jets|fighter\s+jets|Air\s+Force))\b", re.I)


#: Right before a weapon: what it was struck with ("with cruise missiles", "with precision-guided bombs"); between the subject
#: and the weapon, the verb that struck, right after the subject (active: "hit", not "were hit"; maybe after its day: "on Friday hit").
_STRUCK_WITH = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,3}$", re.I)
_STRUCK_VERB = re.compile(r"\s+(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|also\s+|then\s+)?"
                          r"(?:hit|struck|targeted|bombed|pounded|attacked)\b")
#: Right before "attack": the United States launched it ("the United States launched its ninth attack against", "The United
#: States has confirmed that it launched attacks on").
_US_LAUNCHED = re.compile(r"\b(?:the\s+)?(?:United\s+States|U\.S\.|US|Washington|America)(?:\s+(?:forces|military))?\s+"
                          r"(?:(?:has\s+|had\s+)?(?:confirmed|said|announced)\s+(?:that\s+)?it\s+)?(?:has\s+|had\s+)?"
                          r"(?:launched|carried\s+out|conducted|mounted)\s+(?:(?:its|an?|the|their)\s+)?(?:[\w-]+\s+){0,2}$")
#: US forces as the ones who fired, right before the weapon: "U.S. forces retaliated by firing artillery shells at", "American troops
#: fired rockets at", a US warship ("The USS Carney fired Tomahawk missiles at a Houthi radar site": a ship's missiles, not the air).
_US_FIRED = gated(re.compile(r"\b(?:(?:U\.S\.|US|American|[Cc]oalition)\s+(?:-led\s+)?(?:forces|troops|military|army|soldiers|artillery|[Nn]avy|"
                             r"(?:war)?ships?|destroyers?|cruisers?|[Aa]rmed\s+[Ff]orces)|USS\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:\s+\(DDG[\s-]*\d+\))?)\s+"
                             r"(?:(?:then|also|later|immediately|quickly)\s+)?(?:fired|launched|shelled|"
                             # "U.S. Armed Forces conducted missile strikes on radar facilities": the US fired them
                             r"conducted|carried\s+out|"
                             r"(?:responded|retaliated)\s+(?:by|with)\s+"
                             r"(?:firing|launching|shelling)?)\s+(?:[\w-]+\s+){0,2}$"))
#: After the weapon US forces fired: what it was fired to bring down ("fired missiles to bring down 18 drones").
_TO_INTERCEPT = re.compile(r"\s+(?:to|that)\s+(?:bring|shoot|knock|take|brought|shot|knocked|took)\s+down\b|\s+to\s+intercept\b")


def as_strike(t: Trigger, in_s: list[Mention], s: Sentence) -> Trigger:
    """A generic "hit"/"struck"/"targeted" whose subject is the United States is a US strike, and so
    is any report whose words say the United States carried it out ("a U.S. drone strike")."""
    if t.kind == "attack" and unknown_aircraft(s.text) and victims(s.text) != "us" and _MILITIA_TARGET.search(s.text):
        # "Aircraft of unknown origin targeted a military convoy belonging to Iranian-backed groups": someone's air strike
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if (t.kind == "attack" and weaponless(t) and t.text.lower() in ("hit", "struck", "targeted", "bombed")
            and _WAS_END.search(s.text, max(0, t.start - s.start - 20), t.start - s.start)
            and _MILITIA_NAMED.search(s.text, 0, t.start - s.start) and not _ISRAEL_NAMED.search(s.text) and victims(s.text) != "us"
            and not any(m.actor == _US for m in in_s)):
        # "Kataib Hezbollah camps in Qaim and Akashat Anbar were hit", "A leader of Kataib Hezbollah and two of his guards were in a
        # vehicle when it was targeted": the militias struck, no weapon told, a strike on them
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if (t.kind == "attack" and t.text.lower() in ("hit", "struck", "targeted", "attacked", "attacks")
            and _MILITIA_SITE_AFTER.match(s.text, t.end - s.start) and not _ISRAEL_NAMED.search(s.text) and victims(s.text) != "us"
            and not any(m.actor and m.actor != _US and m.end <= t.start for m in in_s)):
        # "targeted a training facility near the city of Albu Kamal", "They hit a training facility ... and a 'safe house' near
        # Mayadin", "targeted a weapons and ammunition storage facility": what a strike on the militias hits, not what they attack
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if (t.kind == "attack" and t.text.lower() in ("hit", "struck", "targeted") and _LISTED.match(s.text, t.end - s.start)
            and _NOUN_BEFORE.search(s.text, max(0, t.start - s.start - 30), t.start - s.start)
            and not any(m.actor for m in in_s if m.kind == "actor") and victims(s.text) != "us"):
        # "The locations hit were primarily in western Iraq, notably Al-Qa'im ...": a strike round's targets, listed
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if (t.kind == "attack" and _US_FIRED.search(s.text, max(0, t.start - s.start - 80), t.start - s.start) and victims(s.text) != "us"
            and not _TO_INTERCEPT.match(s.text, t.end - s.start)):  # (not "The US Navy fired missiles to bring down 18 drones")
        # "U.S. forces retaliated by firing artillery shells at the launch site": the US fired, with the weapon told
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, t.sub_event_type, t.claim)
    if t.kind == "attack" and (_BY_US_CRAFT.match(s.text, t.end - s.start) or (
            _NOMINAL.fullmatch(t.text) and _OBJECT_BY_US.match(s.text, t.end - s.start))) and victims(s.text) != "us":
        # "the early morning attack by American fighter jets on several headquarters of the PMU": the US struck
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if (t.kind == "attack" and t.text.lower() in ("targeted", "hit", "struck", "bombed") and _US_DEED_SUBJECT.match(s.text)
            and victims(s.text) != "us"):
        # "The American aggression in the early hours of Wednesday hit positions on the outskirts of al-Bukamal": the US struck
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if (t.kind == "attack" and t.text.lower() in ("targeted", "hit", "struck", "bombed", "raided")
            and _US_CRAFT_SUBJECT.search(s.text, max(0, t.start - s.start - 60), t.start - s.start) and victims(s.text) != "us"):
        # "just before American warplanes hit militia sites in both Iraq and Syria": the US aircraft struck
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if t.kind == "attack" and t.text.lower() in ("targeted", "hit", "struck", "bombed") and _IN_US_STRIKES.match(s.text, t.end - s.start):
        # "the military college in Jurf Sakhar and an area near Trebil crossing were targeted in the US attacks": the US struck them
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if t.kind == "attack" and (t.sub_event_type == "Air/drone strike" or (weaponless(t) and not any(m.actor and m.actor != _US for m in in_s))) \
            and (striker(t, in_s, s) is not None or victims(s.text) == "militia" or _US_ADJ_BEFORE.search(s.text, 0, t.start - s.start)
                 or (t.text.lower().startswith(("drone", "warplane", "jet")) and _US_ARMY_BEFORE.search(s.text, 0, t.start - s.start))):
        # "The attack, carried out in the Al Mayadeen area, killed at least four members of the Iranian-backed ...": the strike told before
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)  # a drone that killed militants was not theirs
    if (t.kind == "attack" and (lead := next((m for m in in_s if m.actor == _US and m.start - s.start <= 12), None)) is not None
            and _STRUCK_WITH.search(s.text, max(0, t.start - s.start - 40), t.start - s.start) is not None  # (after the cheap test)
            and _STRUCK_VERB.match(s.text, lead.end - s.start, t.start - s.start) is not None and victims(s.text) != "us"):
        # "The US-led naval coalition on Friday hit 28 locations in Yemen with cruise missiles and bombs": the US, the sentence's
        # subject, struck with the weapon (not "US forces were attacked with missiles")
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, t.sub_event_type, t.claim)
    if (t.kind == "attack" and t.text.lower() in ("attack", "attacks")
            and _US_LAUNCHED.search(s.text, max(0, t.start - s.start - 60), t.start - s.start) and victims(s.text) != "us"):
        # "the United States launched its ninth attack against the Houthi rebels in Yemen": the US struck
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if t.kind == "attack" and t.text.lower() in ("attack", "attacks") and (said := _SAID_THAT.search(s.text, 0, t.start - s.start)) and all(
            m.end - s.start <= said.start() for m in in_s if m.actor and m.actor != _US) and victims(s.text[said.end():]) == "militia":
        # "The PMF stated that many additional fighters had been hurt in attacks on their camps": the group speaks of strikes on it
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if t.kind == "strike" and ("drone" in t.text.lower() or _STRIKE_ON.fullmatch(t.text)
                               or (_IN_A_STRIKE.fullmatch(t.text) and _ON_US.match(s.text, t.end - s.start))) \
            and striker(t, in_s, s) is None \
            and (victims(s.text[t.start - s.start:]) == "us" or _ON_US_SITE.match(s.text, t.end - s.start)):
        # "the drone strike that killed three U.S. troops in Jordan", "the first deadly strike against U.S. troops", "its fighters
        # conducted a drone strike on the US military's Al-Malikiyah base": an attack on them
        return Trigger(t.start, t.end, t.text, "attack", t.event_type, "Air/drone strike", t.claim)
    if t.kind == "strike" and _BARE_STRIKE.fullmatch(t.text) and striker(t, in_s, s) is None and _ON_US_SITE.match(s.text, t.end - s.start):
        # "enemy groups also launched strikes on American forces in Iraq and Syria": an attack on them, its weapon not named (typed as an
        # attack that names none is)
        return Trigger(t.start, t.end, t.text, "attack", t.event_type, "Shelling/artillery/missile attack", t.claim)
    if t.kind == "strike" and t.text.lower() in ("struck", "hit") and _SHIP_WAS.search(s.text, 0, t.start - s.start):
        # "M/V Zografia, a Maltese flagged bulk carrier, reported they were struck": a ship hit, by an attack (no one's air strike)
        return Trigger(t.start, t.end, t.text, "attack", t.event_type, "Shelling/artillery/missile attack", t.claim)
    if t.kind == "strike" and t.text.lower() in ("struck", "hit", "targeted", "bombed") and _THE_GROUP.search(s.text, 0, t.start - s.start):
        return Trigger(t.start, t.end, t.text, "attack", t.event_type, "Air/drone strike", t.claim)  # "the group also struck a target"
    if t.kind == "strike" and t.text.lower().startswith("targets") and (
            owner := next((m for m in reversed(in_s) if m.actor and m.end <= t.start and t.start - m.end <= 30), None)) is not None \
            and owner.actor != _US and owner.kind == "actor":
        return Trigger(t.start, t.end, t.text, "attack", t.event_type, "Air/drone strike", t.claim)  # "IRI targets included ...": the group's
    if t.kind == "attack" and (answer := _ANSWERED.search(s.text, 0, t.start - s.start)) is not None and any(
            m.actor == _US and m.end - s.start <= answer.start() for m in in_s):
        # "The United States first responded to an uptick in attacks by Iran-backed militias in Syria on October 27": its strikes
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if t.kind == "attack" and (weaponless(t) or _WITH_BEFORE.search(s.text, 0, t.start - s.start)) and (
            back := _US_HIT_BACK.search(s.text, 0, t.start - s.start)) is not None \
            and not _ANSWERS.search(s.text, back.end(), t.start - s.start) and victims(s.text[t.start - s.start:]) != "us":
        # "The US military retaliated in the early hours of Jan. 24 and targeted the Kata'ib Hizballah group in three locations"
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if t.kind == "attack" and (verb := _US_ACTED.search(s.text, 0, t.start - s.start + len(t.text))) is not None and not _ANSWERS.search(
            s.text, verb.end(), t.start - s.start) and any(
            m.actor == _US and 0 <= verb.start() - (m.end - s.start) <= 30 and not _PASSIVE.search(s.text, m.end - s.start, verb.start())
            for m in in_s):
        # "U.S. and U.K forces attacked Houthis on Jan. 22, using ... Tomahawk missiles": the US struck, its missiles the means
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if t.kind == "attack" and _US_CONDUCTED.search(s.text, 0, t.start - s.start) and victims(s.text[t.start - s.start:]) != "us":
        # "The US carried out a missile attack on the Popular Mobilization Forces headquarters in Baghdad": its strike, by any weapon
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    if t.kind == "attack" and t.text.lower() in ("shelled", "bombarded", "pounded") and (
            subject := next((m for m in reversed(in_s) if m.actor and m.end <= t.start), None)) is not None and subject.actor == _US \
            and t.start - subject.end <= 30 and not _PASSIVE.search(s.text, subject.end - s.start, t.start - s.start) \
            and not _SAID_BETWEEN.search(s.text, subject.end - s.start, t.start - s.start):
        # "US forces shelled militia positions near al-Mayadin": the US fired, its guns the weapon
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, t.sub_event_type, t.claim)
    if t.kind != "attack" or not t.sub_event_type.startswith("Shelling") or _FIRE_WORD.search(t.text):
        return t
    if t.text.lower() in ("attack", "attacks", "assault", "assaults") and (striker(t, in_s, s) is not None or _US_CONDUCTED.search(
            s.text, 0, t.start - s.start) or _US_UNDERTOOK.match(s.text, t.end - s.start)):
        # "The US recently conducted another assault on the Houthi rebels", "the retaliatory attacks that the U.S. undertook"
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)  # "the US counter attack destroyed a depot"
    before = [m for m in in_s if m.actor and m.end <= t.start]
    verb = t.text.lower() in ("hit", "struck", "targeted", "attacked", "bombed")
    if verb and before and before[-1].actor == _US and t.start - before[-1].end <= 30 and not _PASSIVE.search(s.text, before[-1].end - s.start,
                                                                                                        t.start - s.start):
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    return t


#: Between a speaker and what it told: "US forces said militants shelled the base", "a US official said gunmen shelled".
_SAID_BETWEEN = re.compile(r"\b(?:said|says|say|told|reported|stated|according|added|announced)\b", re.I)
#: Right after an attack noun: US aircraft or forces made it ("an attack by American fighter jets").
#: ("A drone strike, reportedly by US forces, hit a car": told as reported, still theirs; a guess at them is read by hedged_us.)
_BY_US_CRAFT = re.compile(r"(?:\s+(?:strikes?|attacks?))?,?\s+(?:(?:reportedly|apparently|allegedly|possibly|likely|probably)\s+)?"
                          r"(?:carried\s+out\s+|conducted\s+|launched\s+)?by\s+(?:the\s+)?(?:American|U\.S\.|US)(?:-led)?\s+"
                          r"(?:fighter\s+jets|jets|warplanes|aircraft|drones?|forces|"
                          r"military|planes|helicopters|gunships?)\b")
#: An attack named by a noun, whose doer a "by" after its object names: "the targeting of Iraqi security sites by the US side"
#: (not a base's keeper, "held by US forces", nor who told of it, "the latest attack that's been confirmed by the US military").
_NOMINAL = re.compile(r"(?:attacks?|targeting\s+of|bombing|bombardment|assaults?)", re.I)
_OBJECT_BY_US = re.compile(r"(?:\s+(?:on|of|against))?\s+[^.;,]{0,60}?(?<!used\s)(?<!operated\s)(?<!manned\s)(?<!occupied\s)(?<!hosted\s)"
                           r"(?<!held\s)(?<!run\s)(?<!protected\s)(?<!guarded\s)(?<!confirmed\s)(?<!reported\s)(?<!acknowledged\s)"
                           r"(?<!verified\s)(?<!recorded\s)(?<!documented\s)(?<!announced\s)(?<!disclosed\s)(?<!detected\s)(?<!tallied\s)(?<!logged\s)(?<!counted\s)"
                           r"\bby\s+(?:the\s+)?(?:American|U\.S\.|US)(?:-led)?\s+"
                           r"(?:side|forces|military|army|troops|fighter\s+jets|jets|warplanes|aircraft|drones?|planes|coalition)\b")
#: Right before a verb of striking: US aircraft, its subject ("American warplanes hit", "U.S. fighter jets then struck").
_US_CRAFT_SUBJECT = re.compile(r"\b(?:American|U\.S\.|US)(?:-led)?\s+(?:military\s+|coalition\s+)?(?:fighter\s+jets|jets|warplanes|aircraft|"
                               r"fighter\s+aircraft|planes|bombers|(?:B-1B?|F-1[56]E?|F-35)(?:\s+(?:bombers|jets|fighters))?|F-1[56]E?s|helicopters|gunships)"
                               r"\s+(?:then\s+|also\s+|later\s+|reportedly\s+)?$")
#: A sentence whose subject is a US deed: "The American aggression ...", "The US raid ...".
_US_DEED_SUBJECT = re.compile(r"\s*(?:The|This|That)\s+(?:American|U\.S\.|US)\s+(?:aggression|attack|assault|raid|bombing|operation|air\s*strikes?|"
                              r"strikes?)\b")
#: A speaker's verb before what was said: "stated that", "said".
_SAID_THAT = re.compile(r"\b(?:stated|said|says|reported|announced|added)(?:\s+that)?\s")
#: A weapon of fire named in a trigger's words.
_FIRE_WORD = re.compile(r"rocket|missile|mortar|artillery|shell", re.I)
#: A strike named by what it hit ("strike against", "strikes on"): whose it was, the words around say.
_STRIKE_ON = re.compile(r"strikes?\s+(?:on|against)", re.I)
#: A strike named by no weapon or aircraft ("strikes"): whose it was, what it hit says when it hit a US position.
_BARE_STRIKE = re.compile(r"(?:(?:launch(?:ed|ing)|carr(?:ied|ying)\s+out|conduct(?:ed|ing)|delivered)\s+)?"
                          r"(?:(?:new|recent|fresh|further)\s+)?strikes?", re.I)
#: A strike named as what someone was killed in ("in a strike", "in a drone strike"): whose it was, the words around say.
_IN_A_STRIKE = re.compile(r"(?:in|by)\s+an?\s+(?:(?:drone|air|missile)\s+)?(?:strike|raid|airstrike)", re.I)
#: Right after a strike: what it hit was the US side's ("in a drone strike on a U.S. base").
_ON_US = re.compile(r"\s+(?:on|against)\s+(?:an?\s+|the\s+)?(?:small\s+)?(?:U\.S\.|US|American|coalition)", re.I)
#: Right after a strike: on a US position ("on the US military's Al-Malikiyah base", "against the American base at").
_ON_US_SITE = re.compile(r"\s+(?:on|against|targeting)\s+(?:an?\s+|the\s+)?(?:U\.S\.|US|American)(?:\s+(?:military|army|forces)['’]s?)?\s+"
                         r"(?:[\w'’-]+\s+){0,2}?(?:bases?|outposts?|garrisons?|positions?|forces|troops|personnel)\b")
#: Right before a drone or an attack: the US side's ("An American drone attack – Thursday – led to the killing of ...", "the US
#: terrorist army's drone attack").
_US_ADJ_BEFORE = gated(re.compile(r"\b(?:American|(?:U\.S\.|US)(?:-(?:led|UK|U\.K\.|British))?|(?:U\.S\.|US)\s+and\s+(?:UK|U\.K\.|British))"
                            r"\s+(?:military\s+|armed\s+)?$|"
                            # "the US terrorist army's drone attack", "the American occupation forces' drones": theirs, as hostile outlets put it
                            r"\b(?:American|(?:U\.S\.|US))\s+(?:[\w-]+\s+){0,2}(?:army|military|forces|occupation)['’]s?\s+$"))
#: Right before an aircraft: the US forces' own, told without the possessive ("the US terrorist army drones targeted a vehicle").
_US_ARMY_BEFORE = re.compile(r"\b(?:American|(?:U\.S\.|US))\s+(?:[\w-]+\s+){0,2}(?:army|military|occupation)\s+$")
#: The US side hit back, the subject of the sentence: "The US military retaliated ... and targeted", "U.S. forces responded by".
_US_HIT_BACK = re.compile(r"^(?:[^,.;]{0,30}?)\b(?:U\.S\.|US|American|United\s+States|[Cc]oalition)\s+(?:military|forces|troops|aircraft|"
                          r"warplanes|jets|Central\s+Command)?\s*(?:\([A-Z]+\)\s*)?(?:later\s+|then\s+|quickly\s+|swiftly\s+)?"
                          r"(?:retaliated|responded|struck\s+back|hit\s+back)\b")
#: Right before a weapon: the means of a response ("Coalition forces retaliated with a drone strike").
_WITH_BEFORE = gated(re.compile(r"\bwith\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$"))
#: A verb of attacking in the active voice; its subject decides who struck ("U.S. and U.K forces attacked Houthis"); "US forces
#: destroyed truck-mounted rocket launchers": the weapons struck, not fired.
_US_ACTED = gated(re.compile(r"\b(?:attacked|struck|bombed|pounded|destroyed\s+(?:[\w-]+\s+){0,3}(?=(?:rocket|missile|"
                             r"drone)\s+launchers?\b))\s*(?!by\b)"))
#: Between a strike's verb and the weapon: a clause about whoever it answered ("proxies who earlier had launched a missile").
_ANSWERS = re.compile(r"\b(?:who|which|that|after|following|in\s+(?:response|retaliation))\b")
#: Between a subject and its verb: the passive ("U.S. forces were attacked"), or a clause of its own.
_PASSIVE = re.compile(r"\b(?:were|was|been|being|is|are|who|which|that|after|when)\b|[,;(]")
#: Right before an attack noun: the United States carried it out ("The US recently conducted another assault on").
_US_CONDUCTED = gated(re.compile(r"\b(?:U\.S\.|US|United\s+States|American\s+forces)\s+(?:military\s+|forces\s+)?(?:[\w-]+\s+)?"
                                 r"(?:conducted|carried(?:\s+out)?|launched|mounted)\s+(?:an?\s+|another\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?"
                                 r"(?:[\w-]+\s+)?$"))
#: Right after an attack noun: the United States carried it out ("the retaliatory attacks that the U.S. undertook in Iraq").
_US_UNDERTOOK = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?(?:U\.S\.|US|United\s+States|American\s+forces)\s+(?:military\s+|forces\s+)?"
                           r"(?:undertook|conducted|carried\s+out|launched|mounted|made)\b")
#: Right before an attack trigger: the subject answered it ("first responded to an uptick in", "answered the assault").
_ANSWERED = gated(re.compile(r"\b(?:(?:responded|retaliated|hit\s+back)\s+(?:[\w-]+\s+){0,2}?(?:to|for)\s+(?:(?:an?|the)\s+)?|"
                       r"(?:answered|replied\s+to)\s+(?:an?|the)\s+)(?:[\w-]+\s+){0,3}?$", re.I))


#: A strike whose aircraft or drone the text does not own up to: "aircraft of unknown origin", "drones believed to belong to US forces".
UNKNOWN_AIR = gated(re.compile(r"\b(?:aircraft|warplanes?|jets?|drones?|planes?)\s+(?:of\s+(?:unknown|unidentified)\s+(?:origin|sources?|identity)|"
                          r"(?:that\s+(?:is|are|was|were)\s+|which\s+(?:is|are)\s+)?believed\s+to\s+belong\s+to)|"
                          r"\b(?:unknown|unidentified)[”\"’']?\s+(?:aircraft|warplanes?|jets?|drones?|planes?|air\s*strikes|airstrikes|raids)\b",
                          re.I))


def unknown_aircraft(text: str) -> bool:
    """Whether ``text`` tells of aircraft or drones no one owns ("aircraft of unknown origin",
    "drones believed to belong to US forces"): a word test before the pattern.

    >>> unknown_aircraft("Unidentified drones struck a convoy."), unknown_aircraft("US jets struck a convoy.")
    (True, False)
    """
    return contains_any(text, ("unknown", "unidentified", "believed")) and UNKNOWN_AIR.search(text) is not None


#: A strike told as the US's only by others' guess or blame: "possibly by US forces", "attributed to the United States", "denied that
#: the U.S. had been responsible" (not "a suspected US strike": the coders take the US then as often as not).
_HEDGED_US = re.compile(r"\b(?:possibly|allegedly|presumably|purportedly)\s+(?:carried\s+out\s+)?by\s+(?:the\s+)?"
                        r"(?:U\.S\.|US|American|United\s+States)\b|"
                        r"\b(?:attributed|blamed)\s+(?:it\s+)?(?:to|on)\s+(?:the\s+)?(?:U\.S\.|US|American|United\s+States|Washington)\b|"
                        r"\baccused\s+(?:the\s+)?(?:U\.S\.|US|United\s+States|Washington|American\s+forces)\s+(?:military\s+)?of\b|"
                        r"\bdenied\s+(?:that\s+)?(?:the\s+)?(?:U\.S\.|US|United\s+States|American\s+forces)\s+(?:military\s+)?(?:had\s+been|was|were)\s+"
                        r"(?:responsible|involved|behind)\b", re.I)


def hedged_us(text: str) -> bool:
    """Whether ``text`` tells a strike as the United States' only by a guess or blame ("possibly by US
    forces", "attributed to the United States"): ACLED codes it to unidentified military forces.

    >>> hedged_us("A car was hit in an airstrike, possibly by US forces."), hedged_us("A US strike killed four fighters.")
    (True, False)
    """
    return contains_any(text, _HEDGE_WORDS) and _HEDGED_US.search(text) is not None and _US_OWNS.search(text) is None


#: A strike named as a state's by a guess: "in a suspected US strike on a PMF base", "a suspected Israeli drone strike near Damascus
#: International Airport", "an alleged Israeli airstrike" (not "suspected US air planes targeted": the aircraft, read by unknown_aircraft).
_SUSPECTED_STRIKE = re.compile(r"\b(?:suspected|alleged|apparent|possible|unconfirmed)\s+(?:U\.S\.|US|American|Israeli)\s+"
                               r"(?:drone\s+|air\s*|military\s+)?(?:strikes?|airstrikes?|raids?|bombing)\b", re.I)


def suspected_strike(text: str, start: int, end: int) -> bool:
    """Whether the strike whose trigger spans ``start:end`` of ``text`` is told as a state's only by a guess: ACLED codes it to
    unidentified military forces.

    >>> t = "Four members of Kata'ib Hezbollah are killed in a suspected US strike on a PMF base."
    >>> suspected_strike(t, t.index("US strike"), t.index(" on a PMF")), suspected_strike("A US strike hit a base.", 2, 11)
    (True, False)
    """
    return any(w in text for w in ("uspected", "lleged", "pparent", "ossible", "nconfirmed")) and any(
        m.start() <= end and start <= m.end() for m in _SUSPECTED_STRIKE.finditer(text, max(0, start - 40), end + 10)) and (
        _OWNED_UP.search(text) is None)  # (not "CENTCOM later confirmed the apparent US strike": owned up to)


#: A strike owned up to in the sentence that guesses at it: "CENTCOM later confirmed the apparent US strike".
_OWNED_UP = re.compile(r"\b(?:confirmed|acknowledged|admitted|took\s+responsibility|claimed\s+responsibility)\b", re.I)


#: One of these is in every guess or blame the pattern reads: a cheap test before it.
_HEDGE_WORDS = ("possibly", "allegedly", "purportedly", "presumably", "attributed", "blamed", "denied", "accused")
#: The US owning up to a strike in the same sentence: "A US drone strike killed ...", "US forces struck", "Central Command later
#: confirmed it had carried out the strike".
_US_OWNS = re.compile(r"\b(?:U\.S\.|US|American|United\s+States)\s+(?:military\s+|forces\s+|Central\s+Command\s+)?(?:drone\s+strikes?|"
                      r"air\s*strikes?|airstrikes?|struck|carried\s+out|conducted|launched)\b|"
                      r"\b(?:Pentagon|CENTCOM|Central\s+Command|U\.S\.\s+military|US\s+military)\s+(?:later\s+)?(?:said|confirmed|announced)\b")


#: The US denies a strike: "The U.S. military denied involvement", "CENTCOM denied any involvement", "Those reports are not
#: true. The United States has not conducted air strikes in Iraq today", "The US-led coalition has denied carrying out the attack".
_US_DENIAL = gated(re.compile(r"(?:\bUnited\s+States\b|\bU\.S\.|\bUS\b|\bCENTCOM\b|\bCentral\s+Command\b|\bPentagon\b|\b[Cc]oalition\b)"
                        r"(?:(?!\bU\.S)[^.;]){0,40}?\b(?:denied|denies|"
                        r"has\s+not\s+conducted|did\s+not\s+(?:conduct|carry\s+out)|had\s+no\s+(?:involvement|role)|"
                        r"(?:was|were)\s+not\s+(?:involved|responsible|behind))\b|"
                        # "neither the coalition nor US forces carried out overnight strikes in Deir Ezzor"
                        r"\b[Nn]either\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}nor\s+(?:the\s+)?(?:United\s+States|U\.S\.|US|American|[Cc]oalition)\s+"
                        r"(?:[\w-]+\s+)?(?:carried\s+out|conducted|launched)\b"))
_DENIAL_WORDS = Words(("denied", "denies", "not conducted", "not conduct", "not carry", "no involvement", "no role", "not involved",
                       "not responsible", "not behind", "either"))


def us_denies(text: str) -> bool:
    """Whether a text says the United States denied a strike: a strike it then tells as American is
    not owned up to, and ACLED codes it to unidentified military forces.

    >>> us_denies("The PMF said a U.S. strike hit the base. The U.S. military denied involvement.")
    True
    >>> us_denies("Kataib Hezbollah denied involvement in the attack on US forces.")
    False
    """
    return _DENIAL_WORDS.found_in(text) and _US_DENIAL.search(text) is not None


def us_disowns(text: str) -> bool:
    """Whether a text says the United States denied a strike and nowhere that it struck one: the strikes it
    leaves unowned are not lent to the US for its command being named.

    >>> us_disowns("A drone strike hit a car in Baghdad. The Pentagon said US forces were not involved.")
    True
    >>> us_disowns("A strike killed a commander. Central Command said it struck in self-defense. The Pentagon denied that it broke Iraqi law.")
    False
    """
    return us_denies(text) and _US_OWNS_UP.search(text) is None


#: The US side saying it struck: "Central Command said it struck in self-defense", "The Pentagon said US forces carried out the strike".
_US_OWNS_UP = re.compile(r"\b(?:U\.S\.|US|American|United\s+States|CENTCOM|Central\s+Command|Pentagon)\b[^.;]{0,40}?"
                         r"\b(?:said|confirmed|announced|acknowledged)\s+"
                         r"(?:that\s+)?(?:it|(?:U\.S\.|US|American)\s+(?:forces|troops|aircraft))\s+(?:had\s+|has\s+)?(?:struck|carried\s+out|conducted)\b")


#: What such a strike hit, when it was the militias': "a military convoy belonging to Iranian-backed groups", "a checkpoint of the IRGC".
_MILITIA_TARGET = re.compile(r"\b(?:militia\w*|militants?|fighters|convoys?|checkpoints?|headquarters|belonging\s+to|pro-Iran\w*|"
                             r"Iran(?:ian)?-(?:backed|aligned|affiliated)|IRGC|Revolutionary\s+Guards?|Hezbollah|Nujaba|Kata.?ib)\b", re.I)


#: Right after a verb of attack, the militias' sites a strike hits: "a training facility", "a 'safe house'", "a weapons and
#: ammunition storage facility", "operational center and command facilities".
_MILITIA_SITE_AFTER = re.compile(r"[^.;]{0,60}?\b(?:training\s+(?:facilit\w+|camps?|cent(?:er|re)s?|sites?)|safe[\s-]*houses?|"
                                 r"(?:weapons?|ammunition|arms|munitions)\s+(?:and\s+(?:ammunition|munitions)\s+)?"
                                 r"(?:storage|depots?|warehouses?|caches?)|"
                                 r"storage\s+(?:facilit\w+|areas?|sites?)|command\s+(?:and\s+control\s+)?(?:cent(?:er|re)s?|nodes?|facilit\w+)|"
                                 r"operation(?:s|al)\s+cent(?:er|re)s?)\b", re.I)
#: A militia named by its name: "Kataib Hezbollah", "al-Nujaba", "the PMF", "Hashd".
_MILITIA_NAMED = re.compile(r"\b(?:Kata.?i?b\s+\w+|Hezbollah|Hizballah|Nujaba|PMF|PMU|Popular\s+Mobili[sz]ation|Hashd)\b", re.I)
#: Right before a verb: the passive ("were hit", "was also targeted").
_WAS_END = re.compile(r"\b(?:was|were|been)\s+(?:also\s+|again\s+|reportedly\s+)?$")
#: Israel named: a site there is another war's target.
_ISRAEL_NAMED = re.compile(r"\b(?:Israel\w*|Zionist|occupied|occupation)\b", re.I)


#: Sites counted as a strike counts its targets (not bases, which the US side holds too): "several sites in Al-Hajjana".
_COUNTED_SITES = re.compile(r"\b(?:several|multiple|two|three|four|five|six|seven|\d+|other|more)\s+(?:sites|targets|locations|positions|"
                            r"facilities|depots|warehouses|buildings)\b", re.I)
#: Right before a bare "hit"/"struck"/"targeted": the passive, no one named as doing it ("an operations base in Akashat were hit").
_PASSIVE_HIT = re.compile(r"\b(?:were|was|been|being)\s+(?:also\s+|reportedly\s+|later\s+)?$")


def struck_in_round(t: Trigger, s: Sentence, in_s: list[Mention], table: ActorTable) -> bool:
    """Whether a bare passive report ("In Iraq, houses used as headquarters in al-Qaim and an operations
    base of the Popular Mobilization Forces in Akashat were hit, officials said"), told after a US
    strike and with no one on the US side in it, is another target of that strike: the militias'
    places were hit, not US forces."""
    if t.text.lower() not in ("hit", "struck", "targeted") or _AGENT_BY.match(s.text, t.end - s.start):
        return False
    if (t.text.lower() == "targeted" and _THE_BEFORE.search(s.text, max(0, t.start - s.start - 8), t.start - s.start)
            and _TARGET_NOUN.match(s.text, t.end - s.start)):
        # "The targeted locations included a training facility and a safe house near al-Bukamal", "One of the targeted sites was a
        # KH base in Jurf Al-Nasr, known for storing rockets": the strike's targets listed, whatever weapons they held
        return not any(m.actor and table.side(m.actor) == "US and partners" for m in in_s) and victims(s.text) != "us"
    if t.text.lower() != "hit" and _OPERATION_BEFORE.search(s.text, max(0, t.start - s.start - 40), t.start - s.start):
        # "the joint operation targeted three locations in the Red Sea port city of Hodeidah": the round told before
        return victims(s.text) != "us"
    if not weaponless(t):
        return False
    if not _PASSIVE_HIT.search(s.text, max(0, t.start - s.start - 30), t.start - s.start):
        return False
    return not any(m.actor and table.side(m.actor) == "US and partners" for m in in_s) and victims(s.text) != "us" and (
        bool(_MILITIA_TARGET.search(s.text)) or any(m.actor and table.side(m.actor) != "US and partners" for m in in_s)
        # "In Albukamal, near the Syrian-Iraqi border, several sites in Al-Hajjana and Al-Hari were targeted": a strike's targets
        or bool(_COUNTED_SITES.search(s.text, 0, t.start - s.start)))


#: Right before a verb: the round told before, named again as an operation ("the joint operation targeted").
_OPERATION_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:(?:joint|combined|military|air|allied|coalition)\s+){0,2}operations?\s+"
                               r"(?:also\s+|reportedly\s+)?$", re.I)
#: "the targeted locations": a strike's targets named by the participle.
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+$")
_TARGET_NOUN = re.compile(r"\s+(?:locations?|sites?|facilit(?:y|ies)|positions?|targets?|areas?|places?|buildings?)\b")
#: "The locations hit", "the sites struck": a strike's targets named before the participle, then listed ("were", "included").
_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:locations|sites|facilities|positions|targets|areas|places)\s+$")
_LISTED = re.compile(r"\s+(?:were|included|include)\b")
#: Right after a passive verb: who did it ("were hit by rockets").
_AGENT_BY = re.compile(r"\s+by\b")


#: A weapon the report says was the US side's: "shot down a U.S. drone", "an American MQ-9".
_US_WEAPON = re.compile(r"\b(?:U\.S\.|US|American|United\s+States)\s+(?:military\s+|Air\s+Force\s+)?(?:[\w$.'‘’\"“”-]+\s+){0,3}?"
                        r"[‘'\"“]?(?:drone|MQ-?9|MQ-?1|Reaper|UAV|aircraft|jet)|\bMQ-?(?:9|1C?)\b|\bReaper\s+drone", re.I)
#: A weapon named as the US side's by the words right before it ("a US MQ-9 drone", "an American ‘MQ9’ drone"), not "US air
#: defenses intercepted a drone"; or by its model ("the MQ-9 Reaper drone").
_US_OWNED = re.compile(r"(?>\b(?:(?-i:U\.S\.|US)|American|United\s+States)(?:-(?:made|operated|owned))?\s+(?:(?:military|Air\s+Force|spy|"
                       r"surveillance|reconnaissance|combat|unmanned|armed|aerial|[‘'\"“]?MQ-?(?:9|1C?)[’'\"”]?|Reaper)\s+){0,3}"
                       r"[‘'\"“]?(?:drones?|MQ-?(?:9|1C?)|Reaper|UAVs?|aircraft|jets?)\b[’'\"”]?|"
                       r"\bMQ-?(?:9|1C?)\b(?:\s+Reaper)?(?:\s+drones?)?|\bReaper\b(?:\s+drones?)?)"  # (the MQ-9 Reaper, here, is always the US's)
                       # (not the shooter: "American jets shot down a drone", "An MQ-9 Reaper drone shot down a hostile drone")
                       r"(?!\s+(?:(?:had|has|have|then|later|also)\s+)?(?:shot|shoots|intercept\w*|downed|destroyed|engaged|brought|struck))", re.I)
#: The US side named in a report (after its weapons are taken out: "shot down a US drone" names no US shooter).
_US_WORD = re.compile(r"\b(?:(?-i:U\.S\.|US)|American|United\s+States|coalition|CENTCOM|Pentagon)\b", re.I)
#: Who launched a weapon shot down when the report does not say.
_UNIDENTIFIED = "Unidentified armed group"
_ISRAEL, _UMBRELLA = "Israel", "Islamic Resistance in Iraq"
#: Where a weapon Israel downed came from or was aimed, the Iraqi groups' way: "from the east", "from Iraq", "from the eastern
#: direction", "toward Eilat", "over the Dead Sea", "in the Arava area".
_FROM_THE_EAST = re.compile(r"\bfrom\s+(?:the\s+)?(?:east|Iraq|Syria)\b|\beastern\s+direction\b|\b(?:Eilat|Arava|Dead\s+Sea|Red\s+Sea)\b")
#: The other fronts whose weapons Israel downs: Lebanon's, Gaza's, Yemen's, Iran's own, and the north Hezbollah's drones reach.
_OTHER_FRONTS = re.compile(r"\b(?:Leban\w*|Hezbollah|Hizb\w*|Gaza|Hamas|Yemen\w*|Houthi\w*|Iran|Iranian|north(?:ern)?\s+Israel|Galilee|Haifa)\b")
_IRAQ = "Iraq"
#: A weapon named as a state's by the word before it: "a Turkish drone", "an Iranian UAV".
_STATE_WEAPON = re.compile(r"\b(Turkish|Iranian|Israeli|Syrian|Russian)\s+(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|aircraft|jets?|missiles?|"
                           r"unmanned\s+aerial\s+vehicles?)\b", re.I)
#: A state named as the subject that launched the weapons ("after Iran launched hundreds of uncrewed aerial vehicles toward Israel").
_STATE_LAUNCHED = re.compile(r"\b(Iran|Israel|Turkey)\s+(?:had\s+|has\s+)?(?:launched|fired)\s+(?:[\w-]+\s+){0,4}?(?:drones|UAVs|"
                             r"(?:uncrewed|unmanned)\s+aerial\s+vehicles|missiles|rockets)\b")
#: The state each adjective of _STATE_WEAPON names (a space after it: "an Iranian-made drone" is no state's weapon there).
_WEAPON_STATES = {"Turkish": "Turkey", "Iranian": "Iran", "Israeli": "Israel", "Syrian": "Syrian government forces", "Russian": "Russia"}


def swapped_roles(source: dict) -> dict:
    """``source`` told in the other coding's roles: its actor1 and actor2, and the words that named
    them, trade places (an attack's attacker is a disrupted weapon's owner, and back)."""
    def flip(d: dict) -> dict:
        out = {k: v for k, v in d.items() if k not in ("actor1", "actor2")}
        out.update({new: d[old] for old, new in (("actor1", "actor2"), ("actor2", "actor1")) if old in d})
        return out
    if "actor1" not in source and "actor2" not in source:
        return source
    out = flip(source)
    ev = source.get("evidence") or {}
    if "actor1" in ev or "actor2" in ev:
        out["evidence"] = flip(ev)
    return out


def weapon_owner(c: dict, table: ActorTable) -> None:
    """A disrupted weapon is coded as ACLED codes it: actor1 the one who shot it down or stopped it,
    actor2 the one whose weapon it was. When the report does not name who launched it, the weapon
    is an unidentified group's if the US side shot it down ("US forces downed a drone near al-Tanf"),
    the United States' if another side shot down "a U.S. drone", and an unidentified group's if Iraq's forces
    shot down one no state is named as owning; otherwise actor2 stays empty.
    A US drone shot down by a side the report does not name ("a US MQ-9 drone was shot down over
    Diyala") is the United States' weapon stopped by an unidentified armed group, even when the US was
    the only actor the article named."""
    interceptor, attacker = c.get("actor1") or "", c.get("actor2") or ""
    if attacker:
        return
    notes = c.get("notes") or ""
    told = [s.get("claims") or notes for s in c.get("sources", [])] or [notes]
    if interceptor in ("", _US) and any(_US_OWNED.search(t) for t in told) and not any(_US_WORD.search(_US_OWNED.sub(" ", t)) for t in told):
        # "A US MQ-9 drone was shot down over Diyala": the US named only as the weapon's owner, not as who shot it down
        c["actor1"], c["actor2"] = _UNIDENTIFIED, _US
        # the words that named the US now name the weapon's owner
        c["sources"] = [swapped_roles(s) if s.get("actor1") == _US else s for s in c.get("sources", [])]
        return
    if not interceptor:
        return
    owner = _STATE_WEAPON.search(c.get("notes") or "")
    state = _WEAPON_STATES.get(owner.group(1).title()) if owner else None
    if state is None and (launcher := _STATE_LAUNCHED.search(c.get("notes") or "")) is not None:
        state = launcher.group(1)  # "shooting down drones over Iraq and Syria after Iran launched hundreds of UAVs toward Israel"
    if state and state != interceptor and state in table.actors:
        c["actor2"] = state  # "An American F-16 shot down a Turkish unmanned aerial vehicle": Turkey's (not "an Iranian-made drone")
    elif (interceptor == _ISRAEL and _UMBRELLA in table.actors and _FROM_THE_EAST.search(c.get("notes") or "")
          and not _OTHER_FRONTS.search(c.get("notes") or "")):
        # "Israeli fighter jets intercepted a drone over the southern Golan Heights that had crossed the border from the east", "two
        # drones launched from Iraq towards Eilat were intercepted": the Iraqi groups' drones, which their umbrella claimed
        c["actor2"] = _UMBRELLA
    elif table.side(interceptor) == "US and partners":
        c["actor2"] = _UNIDENTIFIED
    elif _US_WEAPON.search(c.get("notes") or ""):
        c["actor2"] = _US
    elif interceptor == _IRAQ and not _STATE_WEAPON.search(c.get("notes") or ""):
        c["actor2"] = _UNIDENTIFIED  # Iraq's forces shot down a drone no one claimed (not "a Turkish drone": a state's)
