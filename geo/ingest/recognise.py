"""What a sentence reports, in ACLED's terms: attacks (drone, rocket, missile, IED), air and drone
strikes, claims of responsibility and strategic developments (suspensions, sanctions, vows), and
campaign counts ("169 attacks since Oct 17") that are figures, not events. Rules, no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from .context import HIT_ONE_TARGET
from .numbers import WORD_NUMBERS
from .text import PerArticle, Words, by_first_letter, contains_any, gated, has_any, has_digit, odd_case, one_of, word_opens

__all__ = ["weapon_of", "Trigger", "Aggregate", "triggers", "aggregates", "role_spans", "harm_done", "condemnation", "agent_after", "weaponless",
           "blast", "blast_words", "time_lead_end", "place_weapon", "sites_named", "military_action", "DRONE_NAMES", "FIND_VERBS",
           "TARGET_NOUNS"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """Words that report an event: offsets, the kind and ACLED's event and sub-event type."""

    start: int
    end: int
    text: str
    kind: str  # attack | strike | development
    event_type: str
    sub_event_type: str
    claim: bool = False  # a claim of responsibility in the same sentence


@dataclass(frozen=True, slots=True)
class Aggregate:
    """A campaign count: "169 attacks since Oct 17" is a figure with its date, not one event."""

    start: int
    end: int
    text: str
    count: int
    what: str


_EXPLOSIONS = "Explosions/Remote violence"
#: A drone's names as reports write them: "drones", "UAVs", "a one-way attack UAS" (not "(UAS)", another body's initials), "an
#: uncrewed aerial system" (the drone rule's, and the pipeline's words for a drone).
DRONE_NAMES = r"drones?|UAVs?|(?<!\()UASs?(?!\))|(?:unmanned|uncrewed)\s+(?:aerial\s+)?(?:vehicles?|systems?|aircraft)"
#: Right before "drone": the words that make it the US side's ("a US MQ-9 Reaper drone", "an American surveillance drone", "an MQ-9
#: drone"), each followed by its space (the drone rule's, the strike rule's and the disrupted drone's).
_US_DRONE_OWNER = (r"(?:(?:U\.S\.|US|American)\s+(?:(?:military|Air\s+Force|surveillance|reconnaissance|spy)\s+)?(?:MQ-9\s+)?(?:Reaper\s+)?|"
                  r"MQ-9\s+(?:Reaper\s+)?|Reaper\s+)")
#: "launched / conducted / carried out (three) strikes": the one who strikes is the subject.
_CARRIED_OUT = (one_of("launched", "conducted", r"carried\s+out", "directed", "order(?:ed)?", "staged", "mounted", "executed")
                # (not "conducted a partnered raid against ISIS fighters": troops on the ground, the battle rule's)
                + r"\s+(?:[\w-]+\s+){0,3}(?:strikes?|(?<!partnered\s)(?<!joint\s)(?<!ground\s)(?<!commando\s)(?<!helicopter\s)"
                r"(?<!heliborne\s)raids?\s+(?:on|against))")
_STRATEGIC = "Strategic developments"
#: Aircraft that only the state side flies here: "a U.S. AC-130 gunship destroyed a vehicle" is a strike. (A lookahead for an
#: alternative's first letter before the words that may not precede it, here and in the rules: a cheap test first.)
_AIRCRAFT = one_of(r"AC-130\w*", "gunships?", r"F-?1[56]\w*", "F-?35s?", "A-10s?", "MQ-9s?", "B-1B?s?", "B-52s?", "bombers?", "warplanes?",
                    # "U.S. and British planes": a state's (not "passenger planes")
                    # ("unidentified planes targeted several buildings and trucks used by armed factions": aircraft no one owns up to)
                    r"(?=p)(?:(?<=U\.S\.\s)|(?<=\bUS\s)|(?<=British\s)|(?<=American\s)|(?<=[Cc]oalition\s)|(?<=[Uu]nidentified\s)|"
                    r"(?<=[Uu]nknown\s)|(?<=Israeli\s))planes?",
                    r"fighter\s+(?:jets?|aircraft)",
                    # "Israeli jets", "its jets", "military jets": a force's (not "private jets", "passenger jets")
                    r"(?=j)(?:(?<=U\.S\.\s)|(?<=\bUS\s)|(?<=British\s)|(?<=American\s)|(?<=[Cc]oalition\s)|(?<=Israeli\s)|(?<=Turkish\s)|"
                    r"(?<=Jordanian\s)|(?<=Russian\s)|(?<=Syrian\s)|(?<=Iraqi\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=military\s)|(?<=combat\s))jets",
                    r"(?=a)(?<!unmanned\s)(?<!attack\s)(?<!hostile\s)(?<!suspicious\s)(?<!enemy\s)(?<!anti-)aircraft")
#: Sides that clash unarmed ("clashes between lawmakers", "between protesters and police"): no battle.
_UNARMED_SIDES = (r"(?:lawmakers|MPs|deputies|parliamentarians|protesters|demonstrators|supporters|fans|students|rioters|"
                  r"police)\b")
#: Right after aircraft, not the passive: "US aircraft were hit by shrapnel" tells what was hit, not a strike they made.
_NOT_PASSIVE = r"(?!(?:[\w-]+\s+)?(?:was|were|been|being|is|are)\s)"
#: A weapon still on the ground: "a Houthi missile that was being prepared for launch", "missiles that were ready to launch".
_BEFORE_LAUNCH = (r"(?:being\s+prepared|prepared\s+(?:to|for)\s+launch|ready\s+to\s+launch|prior\s+to\s+(?:their|its)\s+launch|"
                  r"before\s+(?:they|it)\s+could\s+be\s+launched)")
#: US forces or a base of theirs named as a target: "a US military base", "the American forces".
_US_TARGET = (r"(?:U\.S\.|US|American)(?:-(?:run|led))?\s+(?:coalition\s+)?(?:military\s+)?"
              r"(?:bases?|installations?|facilit(?:y|ies)|forces|troops|personnel|positions?)\b")
#: A US base or US forces named as what was struck ("the American military base ... was struck").
_US_TARGET_RE = re.compile(r"\b" + _US_TARGET, re.I)
#: Right before a place: it is only beside what was struck ("positions near the US base").
_BESIDE_END = re.compile(r"\b(?:near|around|outside|beside|by|close\s+to|from)\s+(?:the\s+|an?\s+)?$", re.I)
#: Right before a verb: the passive ("was struck", "were also struck").
_PASSIVE_END = re.compile(r"\b(?:was|were|been)\s+(?:also\s+|again\s+|reportedly\s+)?$", re.I)
#: A weapon named as what was struck ("missile systems and launchers", "drone storage sites"), not what attacked.
_AS_TARGET = (r"(?!\s+(?:and\s+\w+\s+)?(?:systems?|launchers?|launch\s+(?:sites?|platforms?|pads?)|platforms?|storage|sites?|"
              r"facilit\w+|depots?|production|capabilit\w+|factor\w+|warehouses?|stockpiles?|units?|cells?|teams?|operators?|infrastructure|"
              r"live-fire|exercises?|drills?|training|ranges?|"  # "an artillery live-fire exercise at al-Asad": a photo of a drill
              # "a Houthi drone expert was among those killed": a person's trade, not a weapon flown
              r"experts?|specialists?|engineers?|commanders?|chiefs?|makers?|manufactur\w+|programs?|programmes?|industry|technology|"
              # "the militias were increasing their drone threats to Israel": a danger, not an attack
              r"threats?|arsenals?)\b)")
#: The stems of the verbs that tell weapons found or seized unfired (the disrupted weapons use rule's finds): read again by the
#: rules that keep a find apart from a weapon shot down, and that place or date it.
FIND_VERBS = r"seiz|discover|uncover|confiscat|dismantl|defus|captur"
#: A government's condemnation of a strike or attack ("Iraq's government on Tuesday condemned overnight U.S. air strikes"):
#: a strategic development, and the strike it names is still reported.
_CONDEMN_VERB = one_of("condemn(?:s|ed|ing)?", "denounc(?:es|ed|ing)", "critici[sz](?:es|ed|ing)", "decr(?:ied|ies)", "protest(?:s|ed|ing)?",
                        "slam(?:s|med|ming)", "lambast(?:s|ed|ing)?", "censur(?:es|ed|ing)")
_CONDEMNED = (rf"\b{_CONDEMN_VERB}\b(?!\s+(?:any|all)\s+(?:forms?\s+of\s+|kinds?\s+of\s+)?(?:such\s+)?(?:attacks?|strikes?|assaults?|violence)\b)"
              r"(?=(?:[^.]|(?<=[A-Z])\.){0,80}\b(?:strike|attack|raid|violation|assassination|killing|aggression|actions|acts|incident|bombing))")
#: (not "condemned any attacks on diplomatic missions": a stance on attacks in general, no one attack's condemnation)
#: Told in the passive: "the attack was condemned by the Iraqi government", "drew condemnation from the Iraqi government".
_CONDEMNED_BY = r"\bcondemn(?:ed|ation)(?=\s+(?:by|from)\s)"
#: A government's verdict on a strike or attack, a condemnation in other words: "described the attack as a 'terrorist act'", "said
#: they were a 'flagrant violation of Iraq's sovereignty'", "held the coalition responsible for this unwarranted attack".
_VERDICT = (r"(?:" + one_of("describ", "call", "term", "label", "brand")
            + r"(?:ed|ing|s)?|said\s+(?:it|they|this|these|the\s+[\w-]+)\s+(?:was|were|is|are|constituted?))"
            r"\s+(?:[^.]{0,60}?\s)?(?:as\s+)?(?:an?\s+|the\s+)?[“\"‘']?(?:[\w-]+\s+)?(?:terrorist\s+(?:act|attack|attempt)s?|acts?\s+of\s+terrorism|"
            r"violations?\s+of\s+(?:[\w'’-]+\s+){0,2}sovereignty|dangerous\s+escalation|hostile\s+act)\b|"
            r"\b(?:held|holds?|holding)\s+(?:[\w'’.-]+\s+){1,5}?(?:fully\s+)?responsible\s+for\s+(?:this|the|that|these|those)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assassinations?|aggression|killings?|bombings?)\b")
#: A government's reaction to an attack in other words than a condemnation: "spoke out against the attack", "rejected all
#: irresponsible actions targeting Iraqi bases", "ordered an investigation into the attack", "cannot be justified".
_REACTION = (r"\b(?:spoke|speaks|speaking)\s+out\s+against\b|"
             r"\brejected\s+(?:all\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:actions|attacks?|strikes?|acts)\b|"
             r"\brebuke\s+of\b|\bcannot\s+be\s+justified\b|"
             # (in a sentence that names an attack, see triggers: not "an investigation into a corruption case")
             r"\b(?:order(?:ed|ing|s)?|urg(?:ed|ing|es)|call(?:ed|ing|s)?\s+(?:on|for))\s+(?:[\w'’-]+\s+){0,8}?(?:investigation|probe|inquiry)\b")
_CONDEMN = re.compile(_CONDEMN_VERB + "|condemnation|" + _VERDICT + "|" + _REACTION, re.I)
_AGENT = re.compile(r"\s+(?:by|from)\s", re.I)


#: The US side named in a sentence: an agreement read here is one the United States is party to.
_US_SIDE = re.compile(r"\b(?:United\s+States|U\.S\.|US|American|Washington|coalition|Higher\s+Military\s+Commission|HMC)\b")
#: A government's words for an attack it investigates ("the security breach", "these incidents").
_BREACH = re.compile(r"\b(?:security\s+breach|breach|incidents?|security\s+forces)\b", re.I)
#: The conflict named around an arrest or an investigation ("in connection with the attack", "an ISIS leader", "suspected of firing
#: rockets"): not a crime's.
_CONFLICT_NAMED = re.compile(r"\b(?:attacks?|rockets?|drones?|strikes?|militias?|militants?|ISIS|ISIL|Daesh|Islamic\s+State|terror\w*|"
                             r"Hezbollah|Hizballah|Kata['’]?i?b|Nujaba|Houthis?|launch\w*|bomb\w*|explosi\w*|PMF|Hashd|insurgents?)\b", re.I)
#: Right before a drone: the US side's own ("An American military drone", "a US MQ-9 Reaper drone", "an MQ-9").
_US_DRONE_BEFORE = gated(re.compile(r"\b" + _US_DRONE_OWNER + "$"))
#: Right after a verb of attack: the US side's drone as its object ("targeted a US surveillance drone", "hit an American MQ-9").
_US_DRONE_AFTER = re.compile(r"\s+(?:an?|the)\s+" + _US_DRONE_OWNER + r"drone\b")
#: Right after a drone: it crashed ("crashed on Thursday night near Baghdad", "went down"), not into something it struck.
_CRASHED = re.compile(r"[”\"]?\s+(?:[\w-]+\s+)?[“\"]?(?:crashed|crashes|went\s+down|fell)[”\"]?(?!\s+(?:into|onto)\b)", re.I)
#: Right before the US drone: an article and a verb of attack ("it targeted a MQ-9", "attacked an American drone").
_TARGETED_END = re.compile(r"\b(?:targeted|targeting|attacked|attacking|struck|hit|fired\s+(?:at|on))\s+(?:an?|the)\s+$", re.I)


#: A strike round's sites named after it ("The sites were Fordo, Natanz and Isfahan", "damage at the sites of Fordo"): a report
#: only after a strike the article told (not "The sites were Petra, Wadi Rum and the Dead Sea", "Flooding caused damage at the sites
#: of Babylon").
_SITES_NAMED_AFTER = (r"(?:(?<=\b[Tt]he\s)(?:targeted\s+|struck\s+)?sites\s+(?:were|included)|"  # ("The sites hit were": its own report)
                      r"damage\s+(?:at|to|on)\s+the\s+(?:sites|facilities)\s+(?:of|at|in))\s+(?=(?-i:[A-Z]))")


def military_action(t: Trigger) -> bool:
    """Whether the strike trigger ``t`` is a state's "military action" or "military operation" against another (read only when its
    sentence tells the day: "On April 13, Iran initiated a military action against Israel"; not "before he initiated a military
    action against Iran", "had initiated a military action ... without a clear strategy")."""
    return t.kind == "strike" and "military" in t.text.lower() and t.text.lower().startswith(("initiated", "launched", "began", "started"))


def sites_named(t: Trigger) -> bool:
    """Whether the strike trigger ``t`` only names a round's sites after it (read only when the article told a strike before): the
    words :data:`_SITES_NAMED_AFTER` opens with, which no other report of the strike rule does."""
    return t.kind == "strike" and t.text.lower().startswith(("sites", "targeted sites", "struck sites", "damage"))


#: The strike rule's reports, each a branch of its pattern (gathered by first letter there, see :func:`~.text.by_first_letter`).
_STRIKE_REPORTS = (
    r"air\s*strikes?", r"airstrikes?", r"retaliatory\s+strikes?",
    # ('approved the "necessary and proportionate strikes" on three facilities': the quote closed before "on")
    r"strikes?[”\"’]?\s+(?:on|against)(?!\s+(?:an?\s+|the\s+)?" + _US_TARGET + r")",
    r"the\s+strikes(?!\s+(?:hit|targeted|struck)\s+(?:an?\s+|the\s+)?" + _US_TARGET + r")",
    # ("Strikes also hit military sites in and around Damascus")
    r"strikes\s+(?:also\s+|specifically\s+)?(?:hit|targeted|struck)(?!\s+(?:an?\s+|the\s+)?" + _US_TARGET + r")",  # not "Three strikes targeted U.S. bases"
    r"(?=t)(?<!U\.S\.\s)(?<!US\s)(?<!American\s)(?<!Israeli\s)(?<![Cc]oalition\s)targets\s+(?:in\s+(?:[\w-]+\s+){1,3}?)?(?:included|include|hit)",
    one_of("hit", "hitting", "striking") + r"\s+(?:[\w-]+\s+){0,3}?targets\s+in",
    # a round's sites told by name after it: "The sites were Fordo, Natanz and Isfahan", "to inflict significant damage at the sites
    # of Fordo, Natanz and Isfahan" (read only after a strike the article told: see sites_named)
    _SITES_NAMED_AFTER,
    # "Israeli missiles targeted warehouses and bases of pro-Iran groups near Aleppo": Israel's strike, its missiles the means (as
    # ACLED codes Israel's strikes: from the air)
    r"(?<=Israeli\s)missiles\s+(?:also\s+)?(?:targeted|hit|struck)\b",
    r"struck", r"bomb(?:ed|ing)", r"(?<=\bthe\s)bombings(?=\s+(?:in|on|of)\b)",
    r"(?:" + one_of("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun") + r"day(?:['’]s)?|overnight|weekend)\s+(?:air\s*)?strikes",
    r"(?<=\bin\s)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+(?:air\s*)?strike",  # "In Wednesday's strike, two F-15s ..."
    _CARRIED_OUT, r"hit\s+\d+\s+targets",
    # "specifically targeted 18 Houthi targets across eight locations in Yemen": the group's sites, counted as a strike counts them
    one_of("targeted", "hit", "struck") + r"\s+(?:more\s+than\s+|over\s+)?\d+\s+(?:Houthi|militia|IRGC|Iranian|Iran-backed)\s+targets\b",
    # "CENTCOM said it had carried out attacks in Syria, hitting nine targets at two separate locations"
    one_of("hitting", "striking") + r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+targets\b",
    # "destroyed a Houthi missile that was being prepared for launch": a strike on it before it flew
    r"destroyed\s+(?:an?|one|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?)\b"
    rf"(?=[^.;]{{0,40}}\b{_BEFORE_LAUNCH})",
    # "seven UAVs destroyed on the ground in Houthi-controlled areas of Yemen prior to their launch": struck where they stood
    r"(?<=\s)" + one_of("drones?", "UAVs?", "missiles?", "launchers?") + r"\s+(?:were\s+|was\s+)?destroyed\s+on\s+the\s+ground\b",
    # "U.S. and British planes were hitting a missile storage site", "The US military responded with an AC-130 gunship"
    rf"{_AIRCRAFT}\s+(?:were|was)\s+(?:hitting|striking|bombing|targeting|pounding|attacking|firing\s+(?:on|at))\b",
    r"respond(?:ed|s|ing)\s+with\s+(?:an?\s+)?(?:AC-130\w*\s+)?gunships?\b",
    # "a U.S. military AC-130 aircraft responded, resulting in the deaths of several ... militants", "coalition aircraft retaliated
    # against the launcher": the aircraft's answer, a strike (not "aircraft responded to a distress call")
    rf"{_AIRCRAFT}\s+(?:then\s+|subsequently\s+|also\s+|quickly\s+|immediately\s+)?(?:responded|retaliated)\b"
    r"(?=\s+(?:in\s+self-defen[cs]e|against(?!\s+(?:the\s+|a\s+)?(?:wild)?(?:fires?|blaze))|by\s+(?:striking|targeting|firing|hitting|bombing))|"
    r",?\s+(?:resulting\s+in|killing)\b)",
    r"operations?\s+against\s+(?:[\w-]+\s+){0,2}targets",
    # ("fighter jets from across the border targeted Iraqi sites": where they flew from, between them and their verb)
    rf"{_AIRCRAFT}\s+{_NOT_PASSIVE}(?:from\s+(?:across\s+)?(?:the\s+)?[\w-]+\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?[“\"]?(?:destroyed|struck|fir(?:ed|ing)\s+(?:on|at)|engaged|killed|hit|bombed|targeted|attacked|"
    r"pounded|pounding|"  # "Israeli jets pounded Hezbollah positions near Nabatieh"
    rf"dropped\s+(?:[\w-]+\s+){{0,2}}?(?:bombs|munitions|ordnance)\s+on|"
    # "two F-16 fighter jets used precision munitions against a weapons storage facility"
    rf"(?:used|employed)\s+(?:[\w-]+\s+){{0,2}}?(?:bombs|munitions|ordnance)\s+(?:against|on))",
    # "Central Command sent two F16s early Friday morning to bomb an ammo depot": sent, and struck
    # "Centcom deployed A-10 fighter aircraft to eliminate another hostile threat targeting MSS Euphrates"
    rf"\b{one_of('sent', 'dispatched', 'deployed')}\s+(?:[\w-]+\s+){{0,2}}?{_AIRCRAFT}\s+(?:[\w()-]+\s+){{0,5}}?to\s+"
    r"(?:bomb|strike|hit|attack|eliminate|destroy|neutrali[sz]e|take\s+out)\b",
    one_of("defensive", "self-defen[cs]e", "precision", "retaliatory", "unilateral") + r"\s+(?:air\s*|drone\s+)?strikes?",
    # "CENTCOM forces successfully destroyed an Iranian-backed Houthi missile system", "raids that targeted the capital"
    # "The United States has destroyed several weapons systems in Syria", "The US has destroyed several targets, including a
    # T-64 main battle tank"
    r"(?:" + one_of(r"U\.S\.", "US", "American") + r"\s+(?:forces|military)|forces|United\s+States|(?<=\b[Tt]he\s)(?:U\.S\.|US))\s+"
    r"(?:has\s+|have\s+|had\s+)?"
    r"(?:successfully\s+)?"
    r"destroyed\s+(?:(?:an?|one|two|three|four|five|several|multiple|numerous|\d+)\s+)?"
    r"(?!(?:[\w-]+\s+){0,3}?(?:U\.S\.|US|American)\s)(?:[\w-]+\s+){0,4}?"
    r"(?:systems?|launchers?|sites?|facilit\w+|radars?|stations?|tanks?|depots?|targets|weapons)\b"
    # not what the US side destroyed as it left: "before handing it over", "left behind as they withdrew"
    r"(?![^.;]{0,80}\b(?:left\s+behind|withdr[ae]w\w*|withdrawing|hand(?:ed|ing)\s+(?:it\s+|them\s+)?over|demolish\w*))",
    r"raids?\s+(?:that|which)\s+(?:targeted|hit|struck)\b",
    # "The U.S. responded on Tuesday by targeting three militia headquarters"
    # (not "Kataib Hezbollah retaliated ... by striking Ain al-Asad air base with rockets": the rockets' attack; nor "Protesters
    # responded by hitting riot police with stones")
    r"(?:retaliated|responded)\s+(?:(?!by\b)[\w,-]+\s+){0,3}?by\s+(?:striking|targeting|hitting|bombing|destroying)\b"
    r"(?![^.;]{0,80}\b(?:with|using)\s+(?:[\w-]+\s+){0,2}?(?:rockets?|mortars?|artillery|shells|Katyushas?|stones|rocks|sticks|batons)\b)"
    r"(?![^.;]{0,30}\b(?:riot\s+police|policemen|protesters|demonstrators)\b)", r"counter-?strikes?",
    # "On April 13, Iran initiated the first-ever direct military action against Israel", "launched a military operation against"
    r"(?:initiated|launched|began|started)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?military\s+(?:action|operation)\s+(?:against|on)\b",
    # the Pentagon's words for a strike on a man: "U.S. forces took necessary and proportionate action against Abu Taqwa"
    r"\b" + one_of("took", "taking", "takes")
    + r"\s+[“\"]?(?:necessary\s+and\s+proportionate|lethal|kinetic|military|defensive)\s+action\s+against\b",
    # "the U.S. killed a leader of Iraq's Popular Mobilization Forces in downtown Baghdad"
    # "the U.S. military killed a top official from an Iran-backed militia Wednesday night in Baghdad"
    r"(?=k)(?:(?<=\bU\.S\.\s)|(?<=\bUS\s)|(?<=\bAmerica\s)|(?<=\bmilitary\s)|(?<=\bforces\s))killed\s+(?:an?|the|two|three)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:leaders?|commanders?|members?|militants|fighters|officials?)\b",
    # "The US military said a strike yesterday killed a commander from Kataib Hezbollah" (not "... killed three U.S. service members")
    r"(?<=\b[Aa]\s)strike\s+(?:[\w-]+\s+){0,2}?killed\s+(?:an?|the|one|two|three|four|five|\d+|several)\s+"
    r"(?!(?:[\w-]+\s+){0,3}?(?:U\.S\.|US|American|service)\s)(?:[\w'’-]+\s+){0,4}?"
    r"(?:commanders?|leaders?|members?|militants|fighters|operatives|officials?)\b",
    # CENTCOM (2024): "forces successfully destroyed one Iranian-backed Houthi uncrewed aerial vehicle (UAV) in a
    # Houthi-controlled area of Yemen": weapons destroyed where they stood, a strike (not drones downed over the sea)
    r"destroyed\s+(?:[\w(),-]+\s+){0,24}?(?:in|within)\s+(?:an?\s+|the\s+)?Houthi-(?:controlled|held)\s+(?:areas?|territory|parts?)\b",
    # "A US drone fired a missile at a car in Baghdad": the US drone's strike (not "a US drone crashed")
    r"(?<=\s)" + _US_DRONE_OWNER + r"drones?\s+(?:fired|launched|struck|hit|targeted|killed|dropped|bombed)\b",
    # a headline's present: "US targets IRGC-linked weapons warehouse in eastern Syria", "U.S. hits Iran-backed militias"
    r"(?=[thbp])(?:(?<=\bU\.S\.\s)|(?<=\bUS\s)|(?<=\bAmerica\s))(?:targets|hits|bombs|pounds)\s+"
    r"(?=(?:an?\s|the\s|\d|two\s|three\s|(?-i:[A-Z])|[\w-]+-(?:linked|backed|aligned)\b))(?!(?:a\s+)?(?:record|milestone|snag)\b)"
    # (not "US targets Kataib Hezbollah financiers with sanctions", "US hits Iran with new sanctions": a measure)
    r"(?![^.]{0,80}\b(?:sanctions?|financ\w*|funding|money|network|designat\w*|visas?|tariffs?|bounty|reward)\b)",
    # "an aircraft from the U.S.-led coalition operating in Iraq and Syria targeted the launcher"
    one_of("aircraft", "jets?", "warplanes?", "planes?")
    + r"\s+(?:from|of)\s+the\s+(?:U\.S\.-led\s+|US-led\s+|international\s+)?[Cc]oalition\s+"
    r"(?:[\w-]+\s+){0,6}?(?:destroyed|struck|targeted|hit|bombed|attacked)\b",
    # "forces assigned to CJTF-OIR engaged five militants preparing to launch a one-way attack drone"
    r"engaged\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple)\s+(?:[\w-]+\s+)?"
    r"(?:militants|fighters|individuals|insurgents|gunmen|militiamen|militia\s+members)\b",
    r"(?:air\s*)?strikes\s+(?:have|had|were)\s+(?:also\s+)?(?:been\s+)?(?:reported|carried\s+out)",
    # "Another strike in the southern province of Wasit resulted in four injuries", "the second strike hit Wasit": one strike
    # of a round told before (not "a strike hit the US base": an attack)
    r"\b" + one_of("another", r"a\s+separate", r"a\s+(?:second|third|fourth)", r"the\s+(?:second|third|fourth|other|latest)")
    + r"\s+strike\s+"
    r"(?=(?:in|near|hit|struck|killed|targeted|wounded|injured|destroyed)\b(?!\s+(?:an?\s+|the\s+)?" + _US_TARGET + r"))",
    r"air\s+(?:assaults?|raids?|bombardments?)", r"aerial\s+(?:bombardments?|raids?)", r"(?:aerial|air)\s+aggression",
    # "one raid on Sana'a International Airport", "three raids on the Nahdain area": raids counted on a named place, the Houthi
    # media's word for the strikes (a ground raid is told on a house or a man, or as joint, partnered, commando)
    r"\b" + one_of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten") + r"\s+raids?\s+"
    r"(?:on|targeting|against)\s+(?:the\s+)?(?=(?-i:[A-Z])|(?:capital|city|area|district|province|governorate|village|town)\b)",
    # "The US aggression led to the martyrdom of a member of the PMF in al-Qaim": the militias' word for a US strike
    r"(?=a)(?:(?<=\bUS\s)|(?<=\bU\.S\.\s)|(?<=\bAmerican\s))aggression(?=\s+(?:led\s+to|killed|targeted|hit|struck|on|against)\b)",
    # "In the assassination yesterday in Baghdad, a senior member of Kataib Hezbollah was killed": a targeted strike
    r"assassinat(?:ed|ion|ing)\b",
    one_of(r"U\.S\.", "US", "American", "Israeli") + r"\s+(?:military\s+)?(?:air\s*|drone\s+|missile\s+)?strikes?\b(?!\s+back)",
    # "On February 2, the U.S. started striking back in Iraq and Syria": the first round of the answer
    r"\b" + one_of("started", "began", "begun") + r"\s+striking\s+back\b",
    # "the military hit back at two of their facilities in eastern Syria": a military's answer, a strike
    r"(?<=\bmilitary\s)(?:hit|struck)\s+back\s+(?:at|against)\b",
    one_of(r"U\.S\.", "US", "American") + r"(?:\s+and\s+(?:British|U\.?K\.?))?\s+raids?\b",
    # "16 people were killed in strikes near al-Qaim", "strikes near Deir ez-Zor and Mayadin killed 23"
    one_of("killed", "wounded", "injured", "died") + r"\s+(?:in|by)\s+(?:the\s+)?(?:air\s*|drone\s+)?strikes?",
    # "killed a senior commander of Kataib Hezbollah in a strike in Iraq", "in a U.S. raid"
    r"\b(?:in|by)\s+an?\s+(?:(?:U\.S\.|US|American|precision|targeted|drone|air|missile)\s+)?"
    r"(?:strike|airstrike|(?<=air\s)raid|(?<=drone\s)raid|raid(?=\s+(?:on|against)\b))\b",
    r"strikes?\s+(?:near|around|across|inside)\s+(?=[A-Z]|the\s+[A-Z]|(?:eastern|western|northern|southern)\s)",
    r"[Tt]he\s+(?:U\.S\.\s+|US\s+|American\s+)?(?:air\s*|drone\s+)?strikes?"
    r"(?!\s+(?:on|against)\s+(?:the\s+)?(?:US|U\.S\.|American|Tower))",
)


_RULES: list[tuple[re.Pattern, str, str, str]] = [
    # "the United States and the government of Iraq will start working group meetings of the U.S.-Iraq Higher Military Commission",
    # "the two sides decided to begin work on a memorandum of understanding": an agreement between the two governments
    # (not "Iraq will start bilateral talks with Washington once the attacks stop": a condition; nor "agreed to postpone the next
    # round": talks put off)
    (re.compile(r"\b(?:will\s+(?:start|begin|convene|hold|launch)|agreed\s+to|decided\s+to|began|started|launched|convened|signed|"
                r"announced|reached)\s+"
                r"(?:(?!(?:postpone|delay|suspend|cancel|halt|freeze|defer)\w*\b)[\w“”\"-]+\s+){0,6}?"
                r"(?:working\s+group\s+meetings|Higher\s+Military\s+Commission|HMC\b|"
                r"memorandum\s+of\s+understanding|bilateral\s+(?:talks|dialogue)|"
                r"agreement\s+(?:to|on)\s+(?:[\w-]+\s+){0,4}?(?:coalition|mission|withdraw\w*|drawdown|transition))"
                r"(?![^.]{0,80}\b(?:once|if|unless|until|provided|on\s+condition|only\s+after|only\s+when)\b)", re.I),
     "development", _STRATEGIC, "Agreement"),
    # "Iraqi security forces arrested four suspects in connection with the attack", "USCENTCOM forces ... captured an ISIS leader"
    # (not "captured villages from SDF fighters", "captured the Galaxy Leader cargo ship": ground and a ship taken)
    (re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|captur(?:ed|es|ing))\s+(?:an?\s+|the\s+)?"
                r"(?:(?!(?:from|of|in|at|near|villages?|towns?|territory|areas?|positions?)\b)[\w-]+\s+){0,3}?"
                r"(?:suspects?|people|persons|individuals|men|members|militants|leaders?|facilitators?|operatives?|commanders?|"
                r"officials?|fighters)\b(?!\s+(?:cargo|ship|vessel|tanker)\b)", re.I),
     "development", _STRATEGIC, "Arrests"),
    # (not "halted six drone attacks targeting their base": attacks stopped by a defence, not a group's decision)
    (re.compile(r"\b(?:suspend(?:s|ed|ing)?|suspension|halt(?:s|ed|ing)?(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|an?|several|"
                r"multiple)\s)|pause[sd]?|paused)\b[^.]{0,40}?\b(?:operations|attacks)\b", re.I),
     "development", _STRATEGIC, "Change to group/activity"),
    (re.compile(r"\b(?=\w)(?:shot\s+down|shoot(?:s|ing)?\s+down|(?:shot|shoot|shooting)\s+(?:it|them)\s+down|"
                # "successfully brought the drone down", "shot the UAV down"
                r"(?:brought|bringing|bring|shot|shoot|shooting)\s+(?:the|a|an|both|two|three)\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|aircraft)\s+down\b|"
                # "it had brought down the MQ-9 Reaper drone over the Diyala Province"
                r"(?:brought|bringing|bring)\s+down\s+(?:an?|the|one|two|three|\d+)\s+(?:[\w\"“”-]+\s+){0,3}?(?:drones?|UAVs?|aircraft)\b|"
                # "destroyed one Houthi drone headed in their direction" (not drones "prepared to launch": a strike on them)
                # (not "U.S. Forces struck and destroyed four Houthi anti-ship ballistic missiles": struck where they stood)
                # ("destroyed more than 80 one-way attack drones and at least six ballistic missiles aimed at Israel")
                r"(?<!struck\sand\s)destroyed\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?(?:an?|one|two|three|four|five|six|\d+)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?)\b"
                r"(?!\s+(?:launchers?|sites?|storage|systems?|facilit\w+)|[^.;]{0,40}\b(?:prepar\w+|ready|on\s+the\s+ground|before\s+launch)"
                r"|[^.;]{0,80}\b(?:landed|hit|struck|fell|impacted)\b)|"  # (not "... while one missile landed near the base")
                # "U.S. forces successfully engaged and defeated two one-way attack UAS", "The USS Carney defeats a combination of
                # Houthi missiles and unmanned aerial vehicles": the US military's word for bringing them down
                # (not "strikes to defeat the Houthi missile threat": a strike's aim)
                r"(?<!\bto\s)defeat(?:s|ed|ing)?\s+(?:an?|the|one|two|three|four|five|six|\d+|a\s+combination\s+of|multiple|several)\s+"
                r"(?:[\w-]+\s+){0,4}?(?:drones?|UA[VS]s?|missiles?|rockets?|(?:unmanned|uncrewed)\s+aerial)\b"
                r"(?!\s+(?:threats?|capabilit\w+|programs?|arsenals?|attacks?\s+on))|"
                # "the anti-aircraft weapons in the US base ... shot a drone that was flying near the base"
                r"shot\s+(?:an?|the|one|two|three|both)\s+(?:[\w-]+\s+)?(?:drones?|UAVs?)\b|intercept(?:ed|s|ing)?|downed|downing|thwarted|foiled|"
                # "its anti-terrorism forces have shut down three drones" (a common misspelling of "shot"), "halted six drone attacks",
                # "opened fire on a drone attempting to approach the Khor Mor gas field": a downing told in other words
                # (not "shut down the airport", "a drone attack halted production": a count of weapons or attacks must follow)
                r"shut\s+down\s+(?:an?|one|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?)\b|"
                r"halt(?:ed|s|ing)\s+(?:an?|one|two|three|four|five|six|\d+)\s+(?:drone|missile|rocket)\s+attacks?\b|"
                r"opened\s+fire\s+(?:on|at)\s+(?:an?|the|one|two|three)\s+(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?)\b|"
                # "identified a UAV launched from Iraq and fired several missile defense interceptors at the target"
                r"fir(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?interceptors?\s+(?:at|on|toward|towards)\b|"
                r"prevent(?:ed|ion\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:attacks?|drones?|strikes?)|"
                # "the anti-aircraft system of the US forces in Koniko Gas Field base blocking an attack by Iran-backed groups with a drone"
                r"block(?:ed|ing|s)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|drones?)\b|"
                # weapons found before or after use, unfired: "Iraqi police in Babylon discovered a land attack cruise missile ... that
                # failed to launch", "seized nine rockets and a launchpad", "a rocket launcher was confiscated"
                # ("Iraqi police in Babylon found an Iranian-designed land-attack cruise missile")
                r"(?:seiz(?:es|ed|ing)|discover(?:ed|ing)|(?<=\s)found(?=\s+(?:an?|two|three|\d+)\s)|uncover(?:ed|ing)|confiscat(?:ed|ing)|dismantl(?:ed|ing)|defus(?:ed|ing)|captur(?:es|ed|ing)|"
                # "reporting the capture of a vehicle equipped with a rocket launcher", "their discovery of a land-based cruise missile"
                r"(?:capture|discovery|seizure)\s+of)\s+"
                # (a gap with no person, relative clause or ground in it: not "captured three suspects who fired rockets", "the
                # Hezbollah commander responsible for firing missiles", "seizes control of the crossing amid rocket fire")
                r"(?!on\s)(?:(?!(?:who|that|which|whom|suspects?|perpetrators?|members?|cells?|commanders?|fighters?|soldiers?|men|"
                r"man|woman|team|crew|operators?|behind|responsible|used|images?|videos?|photos?|footage|"
                r"militants?|gunmen|operatives?|control|territory|positions?|crossings?|the\s+moment)\b)[\w-]+\s+){0,6}?"
                # (not a launch pad found after the firing: the attack's trace; nor drone footage or parts)
                r"(?:rockets?|missiles?|mortar\s+(?:rounds|shells)|drones?(?!\s+(?:footage|videos?|images?|parts|debris|wreckage|remains|"
                r"fragments)))\b(?!\s+(?:attacks?|strikes?|operators?|teams?|units?|crews?|cells?|programs?|programmes?|fire|barrage))|"
                r"(?:rockets?|missiles?|drone\s+aircraft)(?!\s+launch)\s(?:[^.;]{0,40}?\s)?"
                r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:found|discovered|seized|confiscated|dismantled|defused)\b|"
                # "Falling debris from the interception of a combat drone started a small fire near ... Safed"
                r"interceptions?\s+(?:and\s+destruction\s+)?of\s+(?:an?\s+|the\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,2}(?:drones?|UAVs?|missiles?|rockets?)|"
                r"engag(?:ed|es|ing)\s+(?:at\s+least\s+)?(?:a|an|the|one|two|three|several|multiple|\d+)\s+(?:[\w-]+\s+){0,3}(?:drones?|UAVs?|missiles?|rockets?)|"
                # "Two drones had been destroyed midair", "drones directed towards the base ... were destroyed", "the drones were
                # brought down in the air on the Jordanian side of the Jordan Valley"
                r"(?:drones?|UAVs?)(?:,\s+all\s+of\s+which\s+|\s(?:(?:(?!\b(?:hit|struck|impacted|landed|exploded|crashed)\b)[^.;]){0,140}?\s)?)"
                r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:successfully\s+)?(?:destroyed|repelled|neutrali[sz]ed|brought\s+down)|"
                # "drone attacks on Ain al-Asad and Harir had been repelled"
                r"(?:drone|missile|rocket)\s+attacks?\s(?:[^.;]{0,80}?\s)?(?:were|was|had\s+been|have\s+been|has\s+been)\s+repelled|"
                r"destroyed\s+(?:in\s+)?mid-?air|"
                # "neutralized two Houthi UAVs": the US military's word for bringing them down
                r"neutrali[sz](?:ed|es|ing)\s+(?:an?|the|both|one|two|three|four|five|six|\d+|about\s+\w+|several|multiple)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?|rockets?))\b", re.I),
     "development", _STRATEGIC, "Disrupted weapons use"),
    (re.compile(r"\bsanction(?:s|ed|ing)?\b(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:counter-?strikes?|strikes?|attacks?|raids?))|\bdesignat(?:es|ed|ing|ion)\b(?=[^.]{0,200}\b(?:terror|FTO|SDGT)|\s+(?:six|five|four|three|two|\d+)\s+(?:individuals|entities|people|leaders)|"
                # "The Department of State is today designating Kata'ib Sayyid al-Shuhada": an armed group named as its object
                r"\s+(?:today\s+|also\s+)?(?:the\s+)?(?-i:[A-Z])[^.]{0,40}?\b(?:Hezbollah|Hizballah|Hizbollah|Shuhada|Nujaba|Kata['’]?ib|"
                r"Asa['’]?ib|Saraya|Harakat|Houthis?|Ansarallah|Ansar\s+Allah|Brigades?|Islamic\s+Resistance)\b)|"
                rf"{_CONDEMNED}|{_CONDEMNED_BY}|\b{_VERDICT}", re.I),
     "development", _STRATEGIC, "Other"),
    (_REACTION_RULE := re.compile(_REACTION, re.I),
     "development", _STRATEGIC, "Other"),
    (re.compile(r"\bvow(?:s|ed|ing)?\b|\bpledge[sd]?\b|\bthreaten(?:s|ed)?\b(?=[^.]{0,40}\b(?:attacks|retaliat|respon))", re.I),
     "development", _STRATEGIC, "Other"),
    # (each branch starts a word: "(?=\w)" tests the position once for them all, not once each; and the branches gathered
    # by first letter: at a word's start "re" tries only the few its letter allows)
    (_STRIKE_RULE := re.compile(r"\b(?=\w)" + by_first_letter(*_STRIKE_REPORTS) + r"\b", re.I),
     "strike", _EXPLOSIONS, "Air/drone strike"),
    # not "an interceptor missile downing a suspected drone": the defence's missile, not the attack's
    # (nor "a missile ship of the navy intercepted one UAV": a warship)
    # (the weapon's first letters first, a cheap test, before the words that may not precede it)
    (re.compile(word_opens("rocket", "missile", "mortar", "shell", "artillery", "projectile", "bombardment", "barrage")
                + rf"(?<!interceptor\s)(?<!interception\s)(?<!surface-to-air\s)"
                # ("Bombardment by pro-Iranian groups on the village of Dahla killed 13 civilians"; not an air or aerial one, a strike,
                # nor "the bombardment of Gaza", a war's, named)
                rf"(?:rockets?|missiles?|mortars?|shell(?:s|ed|ing)|artillery|projectiles?|(?<!air\s)(?<!aerial\s)bombardments?(?!\s+of\s)|"
                # "a third barrage bombing the Shaddadi base": the militias' salvo (not a drone barrage, nor a barrage of criticism)
                rf"(?<!drone\s)barrages?(?!\s+of\s+(?!(?:[\w-]+\s+)?(?:rockets?|missiles?|mortars?|shells?|projectiles?)\b)))\b"
                rf"(?!(?<=missile)\s+(?:ships?|boats?|vessels?|corvettes?|cruisers?|destroyers?|frigates?)\b(?![^.;]{{0,60}}\b(?:fired|launched|struck)\b))"
                # (not "missile defense interceptors": the defence's)
                rf"(?!(?<=missile)\s+defen[cs]e\b)"
                rf"{_AS_TARGET}", re.I),
     "attack", _EXPLOSIONS, "Shelling/artillery/missile attack"),
    # "condemns the suicide attack today in Madaen", "a suicide car bombing" (not "suicide drones": drones, and their rule's)
    (re.compile(r"\bsuicide\s+(?:car\s+|truck\s+|vest\s+)?(?:attacks?|bomb(?:s|ings?|ers?)?|blasts?|explosions?|attackers?)\b", re.I),
     "attack", _EXPLOSIONS, "Suicide bomb"),
    # ("Explosive devices exploded in an officer's car"; not "drones carrying explosive devices": the drones' attack)
    # ("the car bombing in Tuz Khurmatu", "a sticky bomb": a bomb set off where it was put, not dropped from the air; not
    # "booby-trapped drones", the militias' word for their drones)
    (re.compile(r"\b(?:IEDs?|roadside\s+bombs?|improvised\s+explosive|landmines?|(?<!carrying\s)(?<!laden\s)(?<!with\s)explosive\s+devices?|"
                r"(?:car|truck)\s+bomb(?:s|ings?)?|VBIEDs?|(?:sticky|magnetic)\s+bombs?)\b", re.I),
     "attack", _EXPLOSIONS, "Remote explosive/landmine/IED"),
    # "a joint raid targeting suspected Islamic State group militants", "a partnered raid with the Iraqi Security Forces", "a US
    # helicopter conducted a landing operation": troops on the ground, a battle the raiders started
    # (each branch starts a word, told once for them all; the last two, after a look-behind for a space, start one as it is; and
    # the branches gathered by first letter, see by_first_letter: at a word's start only those its letter allows are tried)
    (re.compile(r"\b" + by_first_letter(
        r"(?:joint|partnered|ground|commando|heliborne|airborne|special\s+forces|helicopter)\s+(?:[\w-]+\s+)?raids?\b",
        r"landing\s+operation\b",
        # "killed an ISIS member on Wednesday in a raid in eastern Syria", "A joint operation by American and Iraqi forces killed 15"
        r"(?:in|during)\s+an?\s+(?:(?:U\.S\.|US|American|overnight|night|nighttime)\s+)?raid\b(?!\s+(?:on|against)\b)",
        r"joint\s+(?:military\s+|security\s+)?operations?\b(?=[^.]{0,80}\b(?:killed|killing|kill)\b)",
        # "US forces participated in an Iraqi-led operation against ISIS fighters in the Anbar Province"
        r"(?:joint|partnered|combined|Iraqi-led|(?:U\.S\.|US)-led|(?:U\.S\.|US)-backed)\s+(?:military\s+|security\s+|ground\s+)?"
        r"(?:operation|raids?)(?=\s+(?:against|targeting)\s+(?:[\w-]+\s+){0,2}?(?:ISIS|ISIL|Islamic\s+State|Daesh)\b)",
        # "U.S. and Iraqi forces killed 15 ISIS operatives in western Iraq": a raid on the ground, told by its toll
        r"(?<=\bforces\s)killed\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a|an)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:ISIS|Islamic\s+State|Daesh)\b",
        r"(?<=\btroops\s)killed\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a|an)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:ISIS|Islamic\s+State|Daesh)\b",
        # "Two Marines were killed in mountainous territory in Northern Iraq ... during a mission against the remnants of ISIS": troops
        # lost in a fight on the ground
        # (not "killed in a helicopter crash ... during a mission against", "in a vehicle rollover", "in a non-combat incident")
        r"(?:killed|wounded|injured)\s+(?:(?!(?:by|when|after|as|crash\w*|accident\w*|rollover|non-combat|incident|mishap|collision|"
        r"illness)\b)[\w,.-]+\s+){0,20}?(?:during|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:mission|operation|raid)\s+(?:against|targeting)\s+(?:the\s+)?(?:remnants\s+of\s+)?(?:ISIS|ISIL|Islamic\s+State|Daesh)\b"), re.I),
     "strike", "Battles", "Armed clash"),
    # "Intense clashes were reported between Deir Ezzor Military Council militants and the Syrian Army": a battle
    # (not the clashes of a period: "has recently witnessed clashes between", "continued clashes between")
    (re.compile(r"(?<!witnessed\s)(?<!continued\s)(?<!ongoing\s)(?<!frequent\s)(?<!sporadic\s)(?<!repeated\s)"
                r"\b(?:clash(?:es)?|firefights?|gun\s*battles?)\s+(?:(?:were|was|have|has|had|been|erupted|broke\s+out|raged)\s+){0,3}"
                r"(?:\w+\s+){0,4}?between\b"  # "Fierce clashes erupted early on August 7 between"
                # (not "clashes between lawmakers", "between protesters and police": no armed sides, no battle)
                rf"(?!\s+(?:rival\s+|the\s+)?{_UNARMED_SIDES})|"
                # "Tribal fighters clashed with the SDF in Diban", "Heavy fighting broke out in Diban on Wednesday" (not "the fighting in
                # Gaza", "fighting ISIS": a war named, a mission)
                r"\bclashed\s+with\b|"
                rf"\b(?:fighting|battles|clashes)\s+(?!between\s+(?:rival\s+|the\s+)?{_UNARMED_SIDES})"
                r"(?:[\w-]+\s+){0,2}?(?:broke\s+out|erupted|raged|took\s+place|cent(?:er|r)ed)\s+"
                r"(?:in|around|near|at)\b|"
                # "with significant battles in Al-Sabha and Al-Tayana", "resulting in clashes that killed eight", "Tribal forces were able
                # to penetrate through the towns of ...": a battle told by its place, its toll or the ground taken
                # (not "Battles in Gaza intensified": another war, named as its setting)
                r"\b(?:heavy\s+|fierce\s+|violent\s+|significant\s+|intense\s+|armed\s+)?(?:battles|clashes)\s+(?:in|at|around)\s+(?:the\s+)?"
                r"(?:towns?\s+of\s+|villages?\s+of\s+)?(?!(?:Gaza|Rafah|Khan\s+Younis|Ukraine|Sudan|Khartoum)\b)(?-i:[A-Z])|"
                # (not "The vote led to clashes between lawmakers", "clashes that left dozens of protesters hurt": no armed sides)
                r"(?:\b(?:resulting\s+in|led\s+to|leading\s+to|sparked|triggered|sparking|triggering)\s+(?:[\w-]+\s+)?clashes\b|"
                r"\bclashes\s+(?:that|which)\s+(?:killed|left|wounded|injured)\b)"
                rf"(?![^.;]{{0,80}}\b{_UNARMED_SIDES})|"
                r"\b(?:forces|fighters|militants|gunmen|militiamen|tribesmen)\s+(?:were\s+able\s+to\s+|have\s+|had\s+)?(?:penetrate[ds]?|stormed|advanced\s+into|pushed\s+into|overran)\s+"
                r"(?:through\s+)?(?:the\s+)?(?:towns?|villages?|positions?)\b|"
                # "the Syrian regime-backed mercenaries who attacked the villages of al-Dhiban, al-Latwa and Abu Hamam", "its fighters
                # attacked the security towers in the perimeter of the Ayn al-Asad Airbase": men on the ground against villages or posts
                # (not "fighters attacked a US base", "attacked ... with missiles": the weapon's, or a base's shelling)
                r"\b(?:fighters|mercenaries|gunmen|militiamen|tribesmen)\s+(?:who\s+)?(?:also\s+)?attacked\s+(?:the\s+)?"
                r"(?:villages?|towns?|security\s+towers|watchtowers|checkpoints?)\b(?![^.;]*\b(?:with|using)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:drones?|missiles?|rockets?|mortars?|artillery|shells?))", re.I),
     "attack", "Battles", "Armed clash"),
    # "a suspicious aerial target that entered Israeli territory", "two hostile aircraft": the Israeli army's words for drones
    # (not "the United States was flying surveillance drones over Gaza": a flight, not an attack)
    # (the first words of the alternatives first, a cheap test, before the words that may not precede them)
    # ("a one-way attack UAS", "an uncrewed aerial system": the US military's words for a drone)
    (re.compile(word_opens("drone", "uav", "uas", "suspicious", "aerial", "hostile", "flying", "unmanned", "uncrewed")
                + rf"(?<!flying\s)(?<!flew\s)(?<!surveillance\s)(?<!reconnaissance\s)"
                rf"(?:{DRONE_NAMES}|(?:suspicious\s+)?aerial\s+targets?|hostile\s+aircraft|flying\s+objects?)\b{_AS_TARGET}", re.I),
     "attack", _EXPLOSIONS, "Air/drone strike"),
    # "explosions were heard in the US base in Al-Omar", "the base was rocked by a series of powerful explosions": kept only
    # at a position US forces hold (see the pipeline)
    # ("several explosions heard on Saturday early morning in the US-occupied air base", "an explosion of unclear origin was
    # reported", "A strong explosion last night rocked a military base", "there were powerful explosions at the al-Omar oil field",
    # "An explosion targeting a convoy near the Omar oil field"; not "no explosions were heard")
    # ("A « explosion » was heard late Tuesday": a translation's quotes; "Several explosive incidents occurred ... targeting Ain al-Asad")
    (_BLASTS := re.compile(r"\b(?<!\bno\s)(?:explosions?|blasts?|explosive\s+incidents?)(?:\s*[»”\"])?\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:(?:were|was)\s+(?:\w+\s+)?)?(?:heard|reported)\b|"
                           r"\b(?:heard|reported|hearing)\s+(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?)\b|"
                           r"\brocked\s+by\s+(?:an?\s+)?(?:series\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?)\b|"
                           r"\b(?<!\bno\s)(?:explosions?|blasts?|explosive\s+incidents?)(?:\s*[»”\"])?\s+(?:and\s+(?:a\s+)?fire\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:occurr\w+|rang\s+out|rocked|shook|struck|hit|targeting|targeted)\b|"
                           # "a massive explosion at a military base in Iraq killed a member of ...": kept where it did harm
                           r"\b(?<!\bno\s)(?:explosions?|blasts?)[”\"]?\s+(?:at|inside|within)\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,4}?"
                           r"(?:bases?|airbase|outpost|garrison|compound|oil\s*field|gas\s+field)\b", re.I),
     "attack", _EXPLOSIONS, "Shelling/artillery/missile attack"),
    # "a strike on a US military base": the attack on US forces, not a US strike
    # "claimed responsibility for targeting the US occupation base in al-Shadadi": the claim of an attack
    # "attacks ..., including one on Erbil Air Base", "including one Monday that left three people injured"
    # (each alternative starts a word with one of the words of the lookahead: it tests the position once for them all)
    (_GENERIC := re.compile(word_opens("one", "operation", "attack", "assault", "target", "responsibility", "hit", "struck", "strike", "c")
                            + r"(?:"
                            # "the city of Deir ez-Zor came under fire", "Launchers near ... Maqbanah came under fire": the subject
                            # was attacked (not a man who "came under fire for" his words, "from critics", "over" a decision)
                            r"(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|intense\s+|direct\s+|sustained\s+|enemy\s+)?fire\b"
                            r"(?!\s+(?:for|over|after|at\s+home)\b|\s+from\s+(?!(?:[\w-]+\s+){0,3}?(?:militants|gunmen|fighters|"
                            r"rockets?|drones?|missiles?|mortars?|artillery|snipers?|insurgents|launchers?|positions?|aircraft|warplanes|jets|"
                            r"helicopters?|boats?|Syria|Lebanon|Gaza|Yemen|Iraq)\b)|"
                            # (not "from militia leaders", "from Hezbollah leader Hassan Nasrallah": words, not fire)
                            r"\s+from\s+(?:[\w-]+\s+){0,3}?(?:leaders?|commanders?|officials?|politicians|lawmakers|critics|spokes\w+)\b)|"
                            r"(?<=including\s)one(?=\s+(?:on|at|against|targeting)\s|\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|"
                            # "launched an operation against a US military base near Erbil International Airport": an attack on it
                            r"(?<=\s)operation(?=\s+(?:against|targeting|on)\s+(?:an?|the)\s+" + _US_TARGET + r")|"
                            # "carried out an operation against Israeli positions in the Golan Heights": the Islamic Resistance's word
                            r"(?<=\s)operations?(?=\s+(?:against|targeting|on)\s+(?:the\s+|an?\s+)?(?:Israeli|Zionist|enemy|occupation)"
                            r"(?:-controlled|-occupied)?\s+(?:[\w-]+\s+){0,2}?(?:positions?|targets?|sites?|bases?|forces|entity|settlements?|"
                            r"ports?|city|airports?)\b)|"
                            # ", attacking a base in the Conoco gas field": the clause after a comma tells what the group did
                            r"(?<=,\s)attacking(?=\s+(?:an?|the)\s+(?:[\w.-]+\s+){0,3}?(?:base|outpost|airbase|garrison|facility)\b)|"
                            # "escalate the war in Yemen, this time by attacking a commercial vessel": what they did, told as the means
                            r"(?<=\bby\s)attacking(?=\s+(?:an?|the)\s+(?:[\w.-]+\s+){0,3}?(?:vessel|ship|tanker|base|outpost|convoy|"
                            r"patrol|airbase|garrison|facility|embassy)\b)|"
                            # "praised Kataib Hezbollah terrorists hitting a U.S. base in Erbil": what the group did, told as a participle
                            # (not "A sandstorm hitting the Ain al-Asad air base": armed men, or their weapons, hit it)
                            r"(?:(?<=terrorists\s)|(?<=militants\s)|(?<=fighters\s)|(?<=militias\s)|(?<=militiamen\s)|(?<=gunmen\s)|"
                            r"(?<=groups\s)|(?<=drones\s)|(?<=rockets\s)|(?<=missiles\s)|(?<=mortars\s))"
                            r"hitting(?=\s+(?:an?|the)\s+(?:[\w.-]+\s+){0,3}?(?:base|outpost|airbase|garrison|embassy)\b)|"
                            r"(?<!heart\s)(?<!panic\s)\b(?:attack(?:ed|s)?|assaults?|targeted|targeting\s+of|responsibility\s+for\s+(?:targeting|striking|attacking|hitting)|hit|struck|"
                            r"strikes?(?=\s+(?:on|against)\s+(?:an?\s+|the\s+)?" + _US_TARGET + r"))\b)", re.I), "attack", _EXPLOSIONS,
     "Shelling/artillery/missile attack"),
]
#: Right after "attack" or "assault": a state or its sovereignty as what was attacked ("assault on Iraq", "attack on Iraqi
#: sovereignty"), not a base in it ("an attack on Iraq's Ain al-Asad air base").
_ON_A_STATE = re.compile(r"\s+(?:on|against)\s+(?:Iraq|Syria|Jordan)(?:i|n|ian)?(?:\s+sovereignty)?\b"
                         r"(?!['’]s|\s+(?:military|air|army|base|bases|forces))")
#: Before it, what makes it a name for the strike rather than a report: "a dangerous escalation and", "an unacceptable", "calling it".
_CALLED = re.compile(r"\b(?:escalation\s+and|unacceptable|flagrant|blatant|represents|constitutes|consider(?:s|ed)?|view|calling|called|"
                     r"labell?ing|labell?ed|describ\w+)\b[^.;]{0,40}$", re.I)
#: A weapon described, not used: "describes the MQ-9 as the first 'hunter-killer' UAV".
_DESCRIBED_AS = re.compile(r"\b(?:describes?|described)\s+(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?\s+as\b[^.;]*$", re.I)
#: What an anniversary marks is history ("the fourth anniversary of the U.S. killing of ... in a drone strike").
_ANNIVERSARY = re.compile(r"\b[Aa]nniversary\s+of\b(?:[^.;]|(?<=[A-Z])\.|\.(?=\S))*$")  # (the stops in "U.S." end no sentence)
#: A drill, not an attack: explosions heard from it are no event.
_DRILL = re.compile(r"\b(?:exercises?|drills?|live[-\s](?:fire|ammunition)|fake\s+targets)\b", re.I)
#: For each rule, words one of which is in every text it matches (in lower case): a cheap test before the rule.
_RULE_WORDS: tuple[tuple[str, ...], ...] = (
    ("working group", "military commission", "hmc", "memorandum", "bilateral", "agreement"),
    ("arrest", "detain", "captur"),
    ("suspen", "halt", "pause"),
    ("shot", "shoot", "intercept", "downed", "downing", "down the", "down an", "down a ", "down one", "down two", "thwart", "foiled",
     "seiz", "discover", "uncover", "captur", "confiscat", "dismantl", "defus", "found", "brought", "bringing",
     "prevent", "engag", "destroyed", "repelled", "neutrali", "defeat", "shut down", "halt", "opened fire", "block"),
    # ("slams", "slammed", "slamming": the rule's only forms of the verb; "slam" alone is in every "Islamic")
    ("sanction", "designat", "condemn", "denounc", "critici", "decr", "protest", "slams", "slammed", "slamming", "lambast", "censur", "terror",
     "sovereignty", "escalation", "hostile act", "responsible"),
    ("spoke out", "speaks out", "speaking out", "rejected", "rebuke", "justified", "investigation", "probe", "inquiry"),
    ("vow", "pledge", "threaten"),
    # ("targets" and "targeted", not "target": the strike rule reads no other form of the word, and "targeting" only after "retaliated")
    ("strike", "targets", "targeted", "struck", "bomb", "retaliated", "hits", "pounds", "us drone", "u.s. drone", "american drone",
     "military drone", "reaper drone", "raid", "destroyed", "assault", "assassinat",
     "ac-130", "gunship", "f-1", "f1", "f-35", "f35", "a-10",
     "engaged", "action against", "u.s. killed", "us killed", "military killed", "forces killed",
     "mq-9", "warplane", "aircraft", "b-52", "b-1", "aggression",
     "fighter", "striking back", "hit back", "struck back", "planes", "jets", "responded with", "responded", "sites were", "sites included", "damage at the",
     "damage to the", "damage on the", "military action", "military operation"),
    ("rocket", "missile", "mortar", "shell", "artillery", "projectile", "bombardment", "barrage"),
    ("suicide",),
    ("ied", "roadside", "improvised", "landmine", "explosive device", "car bomb", "truck bomb", "sticky", "magnetic"),
    # (the operations led or backed by the rule's three, as written: not "-backed" alone, which every "Iran-backed" holds)
    ("raid", "landing operation", "joint", "forces killed", "troops killed", "partnered", "combined", "iraqi-led", "us-led", "u.s.-led",
     "us-backed", "u.s.-backed", "mission against", "operation against", "operation targeting", "mission targeting"),
    ("clash", "firefight", "battle", "fighting", "penetrat", "stormed", "advanced into", "pushed into", "overran", "attacked"),
    ("drone", "uav", "uas", "aerial target", "hostile aircraft", "flying object", "unmanned", "uncrewed"),
    ("explosion", "blast", "explosive incident"),
    ("attack", "assault", "target", "hit", "struck", "strike", "including one", "responsibility for", "operation", "came under",
     "come under", "comes under", "coming under"),
)
assert len(_RULE_WORDS) == len(_RULES)
def _words_automaton(rule_words: tuple[tuple[str, ...], ...]) -> ahocorasick.Automaton:
    """An automaton of the rules' words: a word's value has bit i set for each rule i it belongs to."""
    found = ahocorasick.Automaton()
    for i, words in enumerate(rule_words):
        for w in words:
            found.add_word(w, (found.get(w) if found.exists(w) else 0) | 1 << i)
    found.make_automaton()
    return found


#: Each rule's words, found in one pass over a clause (see :func:`_rules_worded`).
_WORDS = _words_automaton(_RULE_WORDS)
_EVERY_RULE = (1 << len(_RULES)) - 1
#: The rules' patterns as :func:`triggers` reads them: each with a look-ahead for its first letters (see :func:`~.text.gated`; the
#: strike rule's branches, gathered by first letter, test their letters themselves, and gated() leaves it as it is).
_GATED = tuple(gated(p) for p, *_ in _RULES)
_CLAIM = gated(re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:responsibility|credit)\b|\bclaimed\b|\btook\s+responsibility\b", re.I))
_NOT_EVENT = re.compile(r"\b" + one_of("would", "could", "might", "may", "will", "if", "threat of", r"threaten(?:s|ed|ing)?(?:\s+to)?",
                                         r"vow(?:s|ed)?\s+to", "plans? to", "warn(?:s|ed)?", "deter", r"prepar\w+\s+to",
                                         r"attempt(?:ed|ing)?(?:\s+to)?", r"trying\s+to", r"seek(?:s|ing)?\s+to", r"intend(?:s|ed|ing)?\s+to",
                                         r"about\s+to", r"thwart\w*", "planned", r"planning\s+to", "any", "future", "further", "potential",
                                         "possible", "simulated", "mock", "denied", "denies", "deny") + r"\b", re.I)
#: Right before a report: told as what someone should not do ("pressed Israel not to attack Iraqi territory").
_NOT_TO = gated(re.compile(r"\b(?:not|never)\s+to\s+$", re.I))
#: Right before "came under fire": a person, office or policy as its subject, criticised ("The US strategy came under fire").
_CRITICISED = re.compile(r"\b(?:government|ministers?|governor|strategy|policy|administration|president|premier|officials?|spokes\w+|"
                         r"Sudani|Biden|Austin|Blinken|Pentagon)\s+(?:(?:has|have|had|also|again|recently|repeatedly)\s+)*$", re.I)
#: Right before a report, words that make it no event (read only when one of _NOT_EVENT_END_WORDS is there):
_NOT_EVENT_END = gated(re.compile(
                              # "led to a pause in attacks on US forces": their absence, not one of them
                              r"\b(?:pause|halt|lull|end|stop|cessation|suspension|respite|break|decline|drop|reduction)\s+(?:in|to|of)\s+"
                              r"(?:the\s+)?(?:[\w-]+\s+)?$|"
                              # "ordered the military to kill those behind that attack": the attack told before, referred to
                              r"\b(?:behind|for|over|avenge|after)\s+(?:that|those)\s+(?:[\w-]+\s+)?$|"
                              # "a Houthi expert in drones": a person's trade
                              r"\b(?:experts?|specialists?|engineers?)\s+(?:in|on)\s+$|"
                              # "Neither the coalition nor US forces carried out overnight strikes": denied, no event
                              # (only its subject between "nor" and the report: not "nor Nujaba claimed the drone attack")
                              r"\bnor\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w.'’-]*|(?-i:US|forces|troops|military|army|aircraft|jets|warplanes))\s+){1,3}$|"
                              # "urged the council to take action to address the attacks": the attacks as a topic, not one of them
                              # ("demanding the Houthis immediately cease all attacks", "urged the militias to halt their attacks": a demand)
                              r"\b(?:address|curb|rein\s+in|stop|prevent|cease|halt|end|protesting|protest\s+against)\s+"
                              r"(?:the\s+|these\s+|such\s+|further\s+|all\s+|their\s+|its\s+)?"
                              r"(?:[\w-]+\s+){0,3}$|"
                              # "ordered the evacuation of a base as a result of repeated attacks by the Iraqi Resistance": attacks told as a
                              # pattern, none of them one event
                              r"\b(?:of|to|from|by|amid|under|after|following|despite)\s+(?:the\s+)?"
                              r"(?:repeated|frequent|recurrent|recurring|incessant|relentless)\s+(?:(?!its\b|their\b)[\w-]+\s+)?$", re.I))
#: One of these is in every match of _NOT_EVENT_END: a cheap test before it.
_NOT_EVENT_END_WORDS = Words(("pause", "halt", "lull", "end", "stop", "cessation", "suspension", "respite", "break", "decline", "drop",
                              "reduction", "that", "those", "expert", "specialist", "engineer", "address", "curb", "rein", "prevent", "protest",
                              "nor ", "repeated", "frequent", "recur", "incessant", "relentless", "cease"))
#: A report corrected in the same sentence ("Jordan's government initially said the attack took place at al-Tanf in Syria, but
#: later confirmed it struck inside the kingdom"): the event told elsewhere, not one more.
_CORRECTION = re.compile(r"\b(?:initially|originally|at\s+first)\s+(?:said|reported|claimed|stated|believed)\b|"
                         r"\b(?:mistakenly|wrongly|erroneously|falsely)\s+(?:said|reported|claimed|stated|identified|described)\b", re.I)
#: Right after a drone: it flew ("an unknown drone flying over Tuz Khurmatu"); before it, that it was seen (:data:`_SIGHTED`).
_FLYING_AFTER = re.compile(r"\s+(?:was\s+|were\s+)?(?:flying|hovering|circling|flew|hovered|circled)\b", re.I)
_SIGHTED = re.compile(r"\b(?:spotted|sighted|observed|detected|saw|seen|monitored|noticed)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?"
                      r"(?:[\w-]+\s+){0,2}$", re.I)
#: Right before a trigger: the place one fell, named as such ("near the site of the strikes", "at the scene of the attack").
_SITE_OF = re.compile(r"\b(?:site|scene)s?\s+of\s+(?:(?:the|that|this|those|these|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
                      r"Saturday's|Sunday's)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: Words one of which is in every text _CORRECTION, _DRILL and _CLAIM match: cheap tests before them.
_CORRECTION_WORDS = ("initially", "originally", "first", "mistakenly", "wrongly", "erroneously", "falsely")
_DRILL_WORDS = ("exercise", "drill", "live", "fake")
_CLAIM_WORDS_ANY = ("claim", "responsib")
#: Right before a missile or rocket: drones named first in the same list ("launched drones and missiles towards Israel").
#: ("Iran launched explosive drones and fired missiles at Israel": the drones first, the missiles told by a verb of their own)
_DRONES_FIRST = gated(re.compile(r"\b(?:drones?|UAVs?)(?:\s*,\s*(?:[\w-]+(?:\s*,\s*|\s+(?:and|or)\s+))*|\s+(?:and|or)\s+(?:fired\s+|launched\s+)?)"
                                 r"(?:(?:ballistic|cruise|anti-ship)\s+)?$", re.I))
#: Right before an attack: it failed ("a failed drone attack", "an attempted drone attack", "an attempt was made to attack").
_FAILED = gated(re.compile(r"\b(?:failed|attempted|foiled|thwarted|unsuccessful|abortive)\s+(?:[\w-]+\s+){0,2}$|"
                           r"\battempt\s+(?:was\s+made\s+)?to\s+$", re.I))
#: Right after a weapon: it only tried ("an explosive-laden drone sought to target vital infrastructure"), a failed attack.
_TRIED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:sought|tried|attempted|seeking|trying|attempting)\s+to\s+(?:target|attack|strike|hit|reach)\b",
                    re.I)
#: Right after a trigger: a modal verb whose subject it is ("Attacks will largely include ...").
#: A clause that opens a sentence with the time of another event: "Before the US' strike on an IRGC weapons facility on Wednesday,".
_TIME_LEAD = re.compile(r"\s*(?:Before|Prior\s+to|Ahead\s+of)\s+(?:the|a|an|this|that)\b[^,;.]{0,120},")
def time_lead_end(text: str) -> int:
    """Where a clause that opens ``text`` with the time of another event ends (0 when none opens it).

    >>> time_lead_end("Before the US' strike on a facility on Wednesday, there were two attacks.")
    49
    """
    lead = _TIME_LEAD.match(text) if text[:12].lstrip()[:2] in ("Be", "Pr", "Ah") else None
    return lead.end() if lead else 0


#: Right before "hit": nothing was ("No infrastructure or installations were hit", "no one was targeted"): no event.
_NONE_HIT = re.compile(r"(?:^|[.;:,]\s*|\n\s*|\b(?:and|but|said)\s+)(?:[Nn]o|Nothing|None)\s+(?:[\w-]+\s+){0,4}?"
                       r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+$")
#: Before "captured": what recorded it ("Video captured the moment", "Footage captured by residents").
_RECORDED = re.compile(r"\b(?:videos?|footage|cameras?|CCTV|images?|photos?|photographs?|satellite|recordings?|clips?)\b[^.;]{0,30}$", re.I)
#: After "captured": on what it was recorded ("captured on video", "captured the attack on their phones").
_RECORDED_ON = re.compile(r"[^.;]{0,60}?\bon\s+(?:video|camera|film|tape|their\s+phones?|phones?|CCTV)\b", re.I)
#: Right before a weapon: weapons kept or carried, not fired ("storing a large cache of rockets", "a truck loaded with missiles",
#: "storage locations for rockets", "sites which housed drones").
_STORED = gated(re.compile(r"\b" + one_of("caches?", "stockpiles?", "stocks", "arsenals?", "shipments?", "supplies", "consignments?")
                           + r"\s+of\s+(?:[\w-]+\s+){0,3}$|"
                           r"\b" + one_of("storing", "stored", "stockpiling", "smuggl(?:ing|ed)", "transporting", r"loaded\s+with",
                                           # "three locations ..., which it said housed drones and surface-to-air weapons"
                                           "contained", "containing")
                           + r"\s+(?:[\w-]+\s+){0,4}$|"
                           # (not "Bases housing US soldiers came under attack": the people a base holds, then what befell it)
                           r"\b" + one_of("housed", "housing", "hosted")
                           + r"(?!\s+(?:[\w.-]+\s+){0,2}?(?:troops|soldiers|forces|personnel|service\s*members)\b)\s+(?:[\w-]+\s+){0,4}$|"
                           # "storage and training locations for rockets, missiles and drones": the sites a strike hit, named by
                           # what they held
                           r"\b" + one_of("locations?", "sites?", r"facilit(?:y|ies)", "depots?", "warehouses?", "hubs?", "workshops?",
                                           r"factor(?:y|ies)", "bunkers?") + r"\s+(?:used\s+)?for\s+(?:[\w-]+,?\s+){0,4}$", re.I))
#: Right before a report: "further", "additional" ("Further strikes targeted at least six bases") - a threat unless a past verb follows.
_FURTHER_END = re.compile(r"\b(?:[Ff]urther|[Aa]dditional)\s+$")
#: Right after a report: what it did ("... targeted at least six bases", "... hit the town").
_DONE_AFTER = re.compile(r"\s+(?:also\s+)?(?:targeted|hit|struck|destroyed|killed|were\s+carried\s+out|were\s+launched|took\s+place)\b")
_DONE_END = re.compile(r"\b(?:targeted|hit|struck|destroyed|killed)$")
#: Right before a report: what a man is held or blamed for preparing ("suspected of planting explosive devices").
#: (not "accused of carrying out a drone attack that killed three US soldiers": the attack, retold)
_HELD_AGAINST = gated(re.compile(r"\b(?:suspected|accused|charged|convicted)\s+(?:of|with)\s+(?:planting|placing|laying|smuggling|making|"
                                 r"manufacturing|storing|transporting|possessing)\s+(?:[\w-]+\s+){0,2}$", re.I))
#: Right before explosive devices: found or made safe, not set off ("dismantled two explosive devices", "defused an IED").
_FOUND_BEFORE = re.compile(rf"\b(?:{FIND_VERBS}|found|removed|cleared|located)\w*\s+(?:[\w-]+\s+){{0,3}}$", re.I)
#: Right before "shoot down" or "intercept": what a weapon is for, not a downing ("will intercept", "capable of intercepting",
#: "capability to hunt and shoot down").
#: (not "managed to intercept", "was able to intercept", "activated to intercept": a downing told)
_MEANT_TO = re.compile(r"\b(?:will|would|could|can|cannot|capable\s+of|(?:capabilit(?:y|ies)|designed|meant|intended|help)\s+(?:[\w-]+\s+){0,2}?to)"
                       r"\s+(?:[\w-]+\s+(?:and|or)\s+)?$", re.I)
#: Right before a report: a verb of doing in the past, then "further" ("Hezbollah carried out further attacks on Israel").
_DONE_FURTHER = re.compile(r"\b(?:carried\s+out|conducted|launched|mounted|staged|made)\s+(?:[Ff]urther|[Aa]dditional)\s+$")


def _further_done(text: str, start: int) -> bool:
    """Whether "further" before the report at ``start`` follows a past verb of doing, with nothing before that verb that makes it
    no event: attacks done ("carried out further attacks on Israel"), not threatened ("to deter further attacks").

    >>> t = "Overnight, Hezbollah carried out further attacks on Israel."
    >>> _further_done(t, t.index("attacks")), _further_done("They vowed to prevent further attacks.", 29)
    (True, False)
    """
    done = _DONE_FURTHER.search(text, max(0, start - 40), start)
    return done is not None and not _not_event(text[max(0, done.start() - 30):done.start()])


_MODAL_AFTER = re.compile(r"\s+(?:will|would|could|might)\s+(?!have\b)", re.I)
#: "The strike has raised fears of a deadly attack": an event told before, named again as what it led to, not one more.
_CLAUSE_OPENS = r"(?:^|[.;:]\s*|\n\s*)[\"“]?"
_THE_BEFORE = re.compile(_CLAUSE_OPENS + r"(?:The|This|That)\s+(?:[\w-]+\s+)?$")
#: Before a trigger that holds its own determiner ("The strike"): the clause starts there.
_CLAUSE_START = re.compile(_CLAUSE_OPENS + "$")


def _not_event(before: str) -> bool:
    """Whether the words right before a report make it no event ("could strike", "a pause in attacks", "those behind that attack",
    "troops continue to come under rocket and missile attacks")."""
    if _NOT_TO.search(before):
        return True  # "pressed Israel not to attack Iraqi territory"
    return bool(_NOT_EVENT.search(before)) or (_NOT_EVENT_END_WORDS.found(before.lower()) and bool(_NOT_EVENT_END.search(before))) or (
        "continu" in before and _GOES_ON.search(before) is not None)


#: Right before a report: attacks told as what goes on, not as one that happened ("continue to come under rocket and missile attacks").
_GOES_ON = re.compile(r"\bcontinu(?:e|es|ed|ing)\s+to\s+(?:come\s+under|face|endure|suffer)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _commented(text: str, m: re.Match) -> bool:
    """Whether the report ``m`` matched is an event told before, named again as the subject of what it
    led to ("The strike has raised fears of a potential deadly attack").

    >>> [_commented(s, re.search(r"strike|attack", s)) for s in ("The strike has raised fears.", "A drone attack prompted evacuations.")]
    [True, False]
    """
    if not _COMMENTED_AFTER.match(text, m.end()) and not _JUDGED_AFTER.match(text, m.end()):
        return False
    own = m.group(0).split()[0] in ("The", "This", "That") and _CLAUSE_START.search(text, 0, m.start()) is not None
    return own or _THE_BEFORE.search(text, 0, m.start()) is not None
_COMMENTED_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:raised|sparked|prompted|drew|drawn|fuel(?:l)?ed|heightened|underscored|"
                              r"highlighted|marked|signall?ed|reignited|renewed|deepened|stoked|"
                              r"(?:were|was)\s+(?:intended|meant|designed|aimed))\b", re.I)  # "The strikes were intended to defend"
#: After "The attack on Rumeilan": a judgement of the event told, not its report ("is significant from a number of points of view").
_JUDGED_AFTER = re.compile(r"\s+(?:on|against|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:is|was)\s+(?:also\s+)?(?:significant|notable|"
                           r"important|remarkable|telling|noteworthy)\b", re.I)
#: Before "halt attacks": a question asked, not a decision told.
_OPEN_QUESTION = gated(re.compile(r"\b(?:if|whether|unclear|could|might)\b[^.;]*$|"
                                  # "Damascus has repeatedly called on the United Nations to halt US attacks": a demand, not a decision
                                  r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:es|ed|ing)|demand(?:s|ed|ing)|ask(?:s|ed|ing)|press(?:es|ed|ing)|"
                                  r"appeal(?:s|ed|ing)\s+to)\b[^.;]{0,60}\bto\s+$|"
                                  # "Sudani and Austin discussed ways of halting attacks on diplomatic missions": a talk, not a decision
                                  r"\b(?:ways|means|efforts?|steps|measures|how)\s+(?:of|to)\s+$", re.I))
#: Right before a pause told as a noun: a lull described ("led to a pause in attacks", "the current pause"), not a decision;
#: unless a word of deciding or announcing comes before it ("announced a pause", "declared the suspension").
_LULL = re.compile(r"\b(?:a|an|the|this|that|current|recent|apparent|relative|temporary|months?-long|weeks?-long)\s+(?:[\w-]+\s+)?$", re.I)
_DECIDED = re.compile(r"\b(?:announc\w*|declar\w*|decid\w*|decision|order\w*|call\w*\s+for|agree\w*|said|says|vow\w*)\b[^.;]{0,40}$", re.I)
_AGGREGATE = re.compile(
    r"\b(?P<n>\d[\d,]*|more than \d[\d,]*|over \d[\d,]*|at least \d[\d,]*)\s+(?:separate\s+|such\s+|drone\s+and\s+rocket\s+|"
    r"rocket\s+and\s+drone\s+)?(?P<what>attacks?|strikes?|incidents?)\b", re.I)  # "115 attack": a count, typo and all


_TALLY = gated(re.compile(r"\b(?:number|tally|count|total)\s+of\s+(?P<what>attacks|strikes|incidents)\b[^.]{0,80}?\b(?:to|at|reached|stands\s+at)\s+"
                          r"(?P<n>\d[\d,]*)\b", re.I))


_NUMBER_WORDS = {w: n for w, n in WORD_NUMBERS.items() if 2 <= n <= 20}
#: A count told in words ("Nine attacks on Al-Omar oil field base", a campaign's breakdown): a count only where no day is named.
_WORD_COUNT = re.compile(rf"\b(?P<n>{one_of(*_NUMBER_WORDS)})\s+(?:separate\s+|more\s+|other\s+)?(?P<what>attacks|strikes|incidents)\b", re.I)
_COUNTED = ("attacks", "strikes", "incidents")
#: One of these is in every count _AGGREGATE, _TALLY and _WORD_COUNT find (their "what").
_COUNTED_STEMS = ("attack", "strike", "incident")
_A_DAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight|overnight|last\s+night|"
                    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
                    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))", re.I)


#: Right before a number: a month, which makes it a day ("January 20 attack").
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$", re.I)


#: After a few attacks counted in words: where they happened, told as news ("Two attacks also took place at the Ain al-Asad airbase").
_FEW_TOOK_PLACE = re.compile(r"\s+(?:also\s+)?(?:took\s+place|occurred|were\s+(?:also\s+)?(?:carried\s+out|launched|reported))\s+"
                             r"(?:at|on|against|near)\s+(?:the\s+)?[A-Z]")  # (at a place named: "at the Ain al-Asad airbase")
#: Before a few attacks counted in words: a group's claim of them ("its fighters had carried out three attacks ... on the base").
_FEW_CARRIED_OUT = re.compile(r"\b(?:carried|carries|carrying)\s+out\s+$", re.I)  # ("has carried out": _CAMPAIGN_COUNT's)
#: After a few strikes or attacks counted in words: one target they hit, news of one night, not a count.
_FEW_HIT_ONE = re.compile(HIT_ONE_TARGET)
#: A campaign's count, not a few attacks told as news: "since", "so far", "in total".
_CAMPAIGN_COUNT = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|in\s+all|altogether|overall|total|tally|campaign|"
                             r"(?:have|has)\s+(?:been|taken|occurred|carried)|(?:last|this|past|previous)\s+(?:week|month|year)|"
                             r"over\s+the\s+(?:weekend|past|last)|in\s+recent\s+(?:days|weeks|months))\b", re.I)


def _few_told(text: str, m: re.Match) -> bool:
    """Whether the few attacks ``m`` counts in words are told as news of where they happened, not
    as a campaign's count: "Two attacks also took place at the Ain al-Asad airbase", "its fighters
    had carried out three attacks with different weapons on the Ayn al-Asad Airbase".

    >>> [_few_told(s, _WORD_COUNT.search(s)) for s in ("Two attacks also took place at the Ain al-Asad airbase.",
    ...                                                 "Nine attacks on Al-Omar oil field base.",
    ...                                                 "Two attacks have taken place at al-Asad since October.")]
    [True, False, False]
    """
    if _NUMBER_WORDS[m.group("n").lower()] > 5:
        return False
    if m.group("what").lower() != "attacks":
        return _FEW_HIT_ONE.match(text, m.end()) is not None and not _CAMPAIGN_COUNT.search(text)
    told = (_FEW_TOOK_PLACE.match(text, m.end()) or _FEW_CARRIED_OUT.search(text, max(0, m.start() - 25), m.start())
            or _FEW_HIT_ONE.match(text, m.end()))
    return told is not None and not _CAMPAIGN_COUNT.search(text)


def aggregates(text: str, *, offset: int = 0) -> list[Aggregate]:
    """Campaign counts in ``text``.

    >>> [(a.count, a.what) for a in aggregates("There have been 169 attacks on US forces since Oct. 17.")]
    [(169, 'attacks')]
    >>> [(a.count, a.what) for a in aggregates("It brings the number of attacks on US forces to 169 since Oct. 17.")]
    [(169, 'attacks')]
    >>> aggregates("A drone attack killed three.")
    []
    >>> [(a.count, a.what) for a in aggregates("• Nine attacks on Al-Omar oil field base.")], aggregates("Two attacks hit Erbil on Monday.")
    ([(9, 'attacks')], [])
    """
    out = []
    low = text.lower()
    if not (has_any(low, _COUNTED_STEMS) or odd_case(low)):
        return out  # every count, in figures or words, names attacks, strikes or incidents: a cheap test before the digits
    if not has_digit(text):
        if contains_any(text, _COUNTED) and _WORD_COUNT.search(text) and not _A_DAY.search(text):  # the noun first: a cheap test
            out = [Aggregate(m.start() + offset, m.end() + offset, m.group(0), _NUMBER_WORDS[m.group("n").lower()], m.group("what").lower())
                   for m in _WORD_COUNT.finditer(text) if not _few_told(text, m)]
        return out  # a count in figures has digits
    for m in [*_AGGREGATE.finditer(text), *_TALLY.finditer(text)]:
        if _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "A January 20 attack": a day, not a count
        n = int(re.sub(r"\D", "", m.group("n")))
        if n >= 2:
            out.append(Aggregate(m.start() + offset, m.end() + offset, m.group(0), n, m.group("what").lower().rstrip("s") + "s"))
    return out


def _rules_worded(low: str) -> int:
    """The rules (bit i for rule i) one of whose words the lower-cased ``low`` holds: one pass of
    an automaton, measured six times faster than a substring test per word and rule."""
    found = 0
    for _, rules in _WORDS.iter(low):
        found |= rules
    return found


def triggers(text: str, *, offset: int = 0, counts: list[Aggregate] | None = None) -> list[Trigger]:
    """The event reports in one sentence: at most one trigger per kind, the most specific first
    (a drone before a generic "attack"). Counts ("169 attacks") and hypotheticals ("could strike")
    are not events.

    Examples
    --------
    >>> [(t.kind, t.sub_event_type) for t in triggers("A one-way drone hit the base, killing three.")]
    [('attack', 'Air/drone strike')]
    >>> [(t.kind, t.sub_event_type) for t in triggers("US forces launched air strikes on 85 targets.")]
    [('strike', 'Air/drone strike')]
    >>> [(t.kind, t.claim) for t in triggers("The Islamic Resistance in Iraq claimed the rocket attack.")]
    [('attack', True)]
    >>> [(t.kind, t.sub_event_type) for t in triggers("Kata'ib Hezbollah said it would suspend military operations.")]
    [('development', 'Change to group/activity')]
    >>> triggers("There have been 169 attacks since Oct. 17."), triggers("The US could strike back.")
    ([], [])
    """
    low = text.lower()
    odd = odd_case(low)  # a word test could miss what the case-blind rules find: read every rule
    rules = _EVERY_RULE if odd else _rules_worded(low)
    if not rules:
        return []  # none of any rule's words
    corrected = None  # "initially reported": read, with the counts and the claim, when a rule first matches
    counted: list[tuple[int, int]] = []
    claim = False
    found: dict[str, Trigger] = {}
    drill = None  # whether the clause tells of a drill, read when a violent rule is first tried
    meant_for = None  # where "can intercept", "capability to ... shoot down" ended: what a defence is for (its weapons then no attack)
    for i, (pattern, kind, etype, sub) in enumerate(_RULES):
        if not rules >> i & 1:
            continue  # none of the rule's words: it cannot match (tested first: most rules have none)
        if kind in found or (pattern is _GENERIC and "strike" in found and not _AFTER_WORD.search(text)
                             and not ("follow" in low and _CAME_AFTER.search(text))):
            continue  # (a generic "attack" beside a strike is the strike's word, unless the attack came after it, or before it:
            # "The US strikes followed an attack on coalition forces in Erbil")
        if kind != "development" and drill is None:
            drill = (odd or has_any(low, _DRILL_WORDS)) and _DRILL.search(text) is not None
        if kind != "development" and drill:
            continue  # "explosions were heard ... as a result of American forces conducting military exercises using live ammunition"
        for m in _GATED[i].finditer(text):  # (the same matches as the pattern's)
            if corrected is None:
                if (odd or has_any(low, _CORRECTION_WORDS)) and _CORRECTION.search(text):
                    return []
                corrected = False
                # offsets in `text`, as the matches; ``counts``: the caller's aggregates of this text (at ``offset``), read already
                counted = ([(a.start, a.end) for a in aggregates(text)] if counts is None
                           else [(a.start - offset, a.end - offset) for a in counts])
                claim = (odd or has_any(low, _CLAIM_WORDS_ANY)) and _CLAIM.search(text) is not None
            if any(s <= m.start() < e for s, e in counted):
                continue
            if (sub.startswith("Shelling") and (first := _DRONES_FIRST.search(text, max(0, m.start() - 30), m.start()))
                    and not ("," not in first.group(0) and m.group(0)[:6].lower().startswith(("rocket", "mortar")))):
                continue  # "drones and ballistic missiles", "drone and missile attacks": the first weapon named types the attack
                # (not the pair "drones and rockets targeted the Ain al-Asad air base", "four drone and rocket attacks": the rockets
                # make it a shelling, as the coders code the militias' mixed salvos; a list opened by drones, "Drones, rockets and
                # mortars", is still theirs)
            if (kind == "attack" and "development" not in found and (_FAILED.search(text, max(0, m.start() - 40), m.start())
                                                                      or _TRIED.match(text, m.end()))
                    and not any(w in m.group(0).lower() for w in ("rocket", "mortar"))):
                # (not "a failed rocket attack targeted a coalition base": rockets that fell short or missed were still fired at it)
                # "a failed drone attack on the Harir Airbase", "an attempt was made to attack a U.S. base": ACLED's disrupted weapons use
                found["development"] = Trigger(m.start() + offset, m.end() + offset, m.group(0), "development", _STRATEGIC,
                                               "Disrupted weapons use", claim)
                break
            if (sub == "Other" and pattern is _REACTION_RULE and m.group(0).lower().endswith(("investigation", "probe", "inquiry"))
                    and not _CONFLICT_NAMED.search(text) and not _BREACH.search(text)):
                continue  # "ordered an investigation into a corruption case": no attack of the conflict in it
            if sub == "Agreement" and not _US_SIDE.search(text):
                continue  # "Turkey and Iraq signed a memorandum of understanding on military cooperation": not the campaign's parties
            if sub == "Arrests" and not _CONFLICT_NAMED.search(text):
                continue  # "Police arrested four men for drug trafficking in Basra": a crime, not the conflict's
            if (sub == "Disrupted weapons use" and m.group(0)[:6].lower() == "captur"
                    and (_RECORDED.search(text, max(0, m.start() - 40), m.start()) or _RECORDED_ON.match(text, m.start() + 6))):
                continue  # "Video captured the moment rockets struck the base": recorded, not seized
            if kind == "attack" and _ON_A_STATE.match(text, m.end()) and _CALLED.search(text, max(0, m.start() - 60), m.start()):
                continue  # "a dangerous escalation and assault on Iraq", "an unacceptable attack on Iraqi sovereignty": what it was called
            if "describ" in low and _DESCRIBED_AS.search(text, max(0, m.start() - 60), m.start()):
                continue  # "The US military describes the MQ-9 as the first 'hunter-killer' UAV": what a weapon is, not an attack
            if "anniversary" in low and _ANNIVERSARY.search(text, max(0, m.start() - 150), m.start()):
                continue  # "a ceremony to mark the fourth anniversary of the U.S. killing of Soleimani in a drone strike": history
            if kind != "development" and ("site" in low or "scene" in low) and _SITE_OF.search(text, max(0, m.start() - 40), m.start()):
                continue  # "told reporters near the site of the strikes": where a strike told of already fell, a place it is not news at
            if (sub == "Air/drone strike" and kind == "attack" and _FLYING_AFTER.match(text, m.end())
                    and _SIGHTED.search(text, max(0, m.start() - 50), m.start())):
                continue  # "Peshmerga spotted an unknown drone flying over Tuz Khurmatu": a sighting, no attack
            if (pattern is _GENERIC and "development" not in found and "drone" in low
                    and _US_DRONE_AFTER.match(text, m.end()) and _TARGETED_END.match(m.group(0) + " a ")):
                # "Militants targeted a US surveillance drone over Anbar": the US side's drone shot at, not an attack on US forces
                found["development"] = Trigger(m.start() + offset, m.end() + offset, m.group(0), "development", _STRATEGIC,
                                               "Disrupted weapons use", claim)
                break
            if (sub == "Air/drone strike" and kind == "attack" and ("mq-9" in low or "reaper" in low or "american" in low or "us" in low)
                    and (own := _US_DRONE_BEFORE.search(text, max(0, m.start() - 40), m.start())) is not None):
                if ((_CRASHED.match(text, m.end()) or _TARGETED_END.search(text, max(0, own.start() - 30), own.start()))
                        and "development" not in found):
                    # "An American military drone crashed near Baghdad" (the militias claim such crashes as downings), "the Islamic
                    # Resistance said it targeted a MQ-9 drone in the skies of Diyala": the US side's drone lost or shot at, not a
                    # strike it made
                    found["development"] = Trigger(m.start() + offset, m.end() + offset, m.group(0), "development", _STRATEGIC,
                                                   "Disrupted weapons use", claim)
                    break
            if kind == "attack" and sub != "Armed clash" and _STORED.search(text, max(0, m.start() - 50), m.start()):
                continue  # "a KH base known for storing a large cache of rockets": weapons kept, not fired
            if kind == "attack" and _HELD_AGAINST.search(text, max(0, m.start() - 50), m.start()):
                continue  # "a man ... who is suspected of planting explosive devices": what he is held for, not an attack told
            if sub.startswith("Remote") and _FOUND_BEFORE.search(text, max(0, m.start() - 50), m.start()):
                continue  # "Bomb-disposal teams dismantled two explosive devices found near the refinery": found, not set off
            if pattern is _GENERIC and m.group(0)[:1] in "cC" and _CRITICISED.search(text, max(0, m.start() - 40), m.start()):
                continue  # "The Iraqi government came under fire", "Erbil's governor came under fire": a person, office or policy criticised
            if kind != "development" and ((_not_event(text[max(0, m.start() - 30):m.start()])
                                           and not (_FURTHER_END.search(text, max(0, m.start() - 20), m.start())
                                                    and (_DONE_AFTER.match(text, m.end()) or _DONE_END.search(m.group(0))))
                                           and not _further_done(text, m.start()))
                                          or ("no " in low and _NONE_HIT.search(text, max(0, m.start() - 80), m.start()))
                                          or _MODAL_AFTER.match(text, m.end())
                                          or _commented(text, m)):
                continue  # "Attacks will largely include drone and rocket attacks": what is expected, not what happened
            if (sub == "Disrupted weapons use" and m.group(0)[:5].lower() in ("shoot", "inter") and _MEANT_TO.search(
                    text, max(0, m.start() - 40), m.start()) and not m.group(0).lower().startswith("intercepted")):
                meant_for = m.end()  # (the weapons it names next are what the system is for, no attack: "can intercept ballistic missiles")
                continue  # "counter-drone capability to hunt and shoot down any further threats": what it is for, not a weapon downed
            if kind == "attack" and meant_for is not None and 0 <= m.start() - meant_for <= 60:
                continue  # "The system can intercept ballistic missiles": the missiles it is for, not fired
            if sub == "Change to group/activity" and _OPEN_QUESTION.search(text[max(0, m.start() - 50):m.start()]):
                continue  # "it is unclear if the group will halt attacks": a question, not a decision
            if (sub == "Change to group/activity" and m.group(0).split()[0].lower() in ("pause", "halt", "suspension")
                    and _LULL.search(text, max(0, m.start() - 30), m.start())
                    and not _DECIDED.search(text, max(0, m.start() - 60), m.start())):
                continue  # "Kurilla attributed the current pause in attacks to deterrence": a lull described, not a group's decision
            found[kind] = Trigger(m.start() + offset, m.end() + offset, m.group(0), kind, etype, sub, claim)
            break
    if ("strike" in found and "attack" not in found and found["strike"].text.lower() == "struck"
            and (subject := _ATTACK_STRUCK.search(text, max(0, found["strike"].start - offset - 30), found["strike"].start - offset))):
        # "The attack struck Al-Asad Airbase": the attack is the report, "struck" what it did
        found["attack"] = Trigger(subject.start("w") + offset, subject.end("w") + offset, subject.group("w"), "attack", _EXPLOSIONS,
                                  "Shelling/artillery/missile attack", claim)
        del found["strike"]
    if ("strike" in found and "attack" not in found and found["strike"].text.lower() == "struck"
            and _PASSIVE_END.search(text, max(0, found["strike"].start - offset - 20), found["strike"].start - offset)
            and (us := list(_US_TARGET_RE.finditer(text, max(0, found["strike"].start - offset - 160), found["strike"].start - offset)))
            and not _BESIDE_END.search(text, max(0, us[-1].start() - 25), us[-1].start())):
        # "the American military base in al-Shaddadi town ... was struck on Monday": the base was what was struck, by an attack
        t = found.pop("strike")
        found["attack"] = Trigger(t.start, t.end, t.text, "attack", _EXPLOSIONS, "Shelling/artillery/missile attack", claim)
    if "strike" in found and "attack" in found and (lead := time_lead_end(text)):
        inside = [k for k in ("strike", "attack") if found[k].start - offset < lead]
        if len(inside) == 1:  # "Before the US' strike on an IRGC facility on Wednesday, there were two attacks": the attacks
            del found[inside[0]]
    if "strike" in found and "attack" in found and not _attack_after_strike(text, found["strike"], found["attack"], offset):
        if (found["attack"].sub_event_type == "Shelling/artillery/missile attack" and _GENERIC.fullmatch(found["attack"].text)
                and not (found["strike"].start < found["attack"].start and _CAME_AFTER.match(text, found["strike"].end - offset))):
            del found["attack"]  # "the US conducted strikes on the attackers": the strike's own word, not an attack (not "The US
            # strikes followed an attack on coalition forces in Erbil": the strike, and the attack it answered)
        elif found["attack"].start < found["strike"].start and _AFTER_WORD.search(text, found["attack"].end - offset,
                                                                                   found["strike"].start - offset):
            del found["strike"]  # "militias launched two drones at the Harir airbase ..., shortly after the airstrike": the attack,
            # dated by the strike told elsewhere
        elif (found["strike"].text.lower() == "struck" and found["attack"].start > found["strike"].end
              and _MILITARY_SUBJECT.search(text, max(0, found["strike"].start - offset - 30), found["strike"].start - offset)
              and _STRUCK_LIST.fullmatch(text, found["strike"].end - offset, found["attack"].start - offset)):
            del found["attack"]  # "the military struck three truck-mounted rocket launchers, a T-64 tank and mortars": what was struck
        elif found["attack"].start < found["strike"].start and _SINCE_THEN.search(text, max(0, found["strike"].start - offset - 40),
                                                                                  found["strike"].start - offset):
            del found["strike"]  # "a drone attack ... killed six fighters late on Sunday, ... the first significant attack on U.S. forces
            # since Washington's retaliatory strikes on Friday": the attack, and the strikes it is timed by
        elif not _answered_attack(text, found["strike"], found["attack"], offset):
            fire = found["attack"]  # "launched missile strikes on the US base": the weapon names the report, an attack
            state = _STATE_WEAPON.search(text, max(0, fire.start - offset - 24), fire.start - offset) is not None
            fired = fire.sub_event_type.startswith("Shelling") and _STRIKES_AFTER.match(text, fire.end - offset) is not None and not state
            # one report: air strikes and bombers make it a strike, and so does a state's weapon ("An Israeli missile strike hit")
            found.pop("strike" if fired or not (state or _strike_words(text)) else "attack")
    if "development" in found and len(found) > 1:
        d = found["development"]
        if d.sub_event_type == "Disrupted weapons use":  # shot down: ACLED's disrupted weapons use, unless it still did harm
            if "strike" in found and "controlled area" in found["strike"].text:
                # "destroyed one Houthi UAV over the Red Sea and two Houthi mobile launchers in Houthi-controlled areas of Yemen": a
                # downing and a strike, both
                return sorted(found.values(), key=lambda t: t.start)
            found = {k: t for k, t in found.items() if k != "development"} if harm_done(text) else {"development": d}
            return sorted(found.values(), key=lambda t: t.start)
        if _CONDEMN.match(d.text) or d.sub_event_type == "Arrests":  # "Iraq condemned a U.S. drone strike in Baghdad": the condemnation
            # and the strike; "arrested five men for their involvement in a rocket attack on the Ain al-Asad air base": both
            return sorted(found.values(), key=lambda t: t.start)
        if all(d.start < t.start for k, t in found.items() if k != "development"):  # "vowed more attacks", "sanctions ... missile"
            found = {"development": d}
        else:  # "a drone attack ..., and the group vowed more": the attack is the event
            found.pop("development")
    return sorted(found.values(), key=lambda t: t.start)


#: Right before a strike told after an attack: the time the attack is counted from ("since Washington's retaliatory strikes").
_SINCE_THEN = re.compile(r"\bsince\s+(?:[\w'’.-]+\s+){0,3}$")
#: Right before a strike: the US side, or Israel's forces, did it ("On Monday, U.S. forces struck", "the US military then hit",
#: "The Israel Defense Forces struck").
_STRIKER_SUBJECT = re.compile(r"\b(?:U\.S\.|US|American|[Cc]oalition|U\.S\.-led|US-led|Israeli)\s+(?:and\s+(?:British|U\.K\.?|UK)\s+)?"
                              r"(?:military\s+|armed\s+forces\s+|forces\s+|troops\s+|aircraft\s+|warplanes\s+|jets\s+)(?:\w+\s+)?$|"
                              r"\b(?:Israel\s+Defen[cs]e\s+Forces|IDF)\s+(?:\w+\s+)?$")
#: Between a strike and the attack it answered: "who earlier had launched", "after they fired", "in response to".
#: ("... struck an Iranian-backed militia in Syria that launched rocket attacks against U.S. bases in Iraq": the strike, and the
#: attacks it answered)
_ANSWERING = re.compile(r"\b(?:who|which|that)\s+(?:\w+\s+){0,2}?(?:had|have|has|launched|fired|attacked|targeted)\b|"
                        r"\b(?:after|following|in\s+(?:response|retaliation)\s+(?:to|for))\b|"
                        r"\b(?:responsible\s+for|behind)\s+(?:the\s+)?(?:launching|launch|firing|sending)\b")  # "the group responsible for launching"


#: Right before "struck": the US military as its subject ("the military struck", "U.S. forces struck").
_MILITARY_SUBJECT = re.compile(r"\b(?:[Mm]ilitary|[Ff]orces|[Tt]roops|[Aa]ircraft|[Ww]arplanes|[Jj]ets|CENTCOM|Command)\s+(?:then\s+|also\s+)?$")
#: Between "struck" and a weapon: a list of what was struck, with no verb of its own ("three launchers, a T-64 tank and").
_STRUCK_LIST = re.compile(r"(?:(?!\b(?:fired|fire|firing|launched|launching|attack\w*|after|following|while|when|as|which|that|who|had|have|"
                          r"has|were|was|in\s+response)\b)[^.;:])*", re.I)
#: Right before "struck": an attack its subject ("The attack struck", "the assaults also struck").
_ATTACK_STRUCK = re.compile(r"\b(?P<w>attacks?|assaults?|(?<=[Tt]he\s)other|[Aa]nother(?=\s+(?:one\s+)?(?:also\s+)?struck))\s+(?:one\s+)?"
                            r"(?:also\s+|then\s+|reportedly\s+|allegedly\s+)?$", re.I)  # ("The other struck a home": the projectile before)
#: Right after a weapon: the strikes it made ("missile strikes", "rocket strikes").
_STRIKES_AFTER = re.compile(r"\s+strikes?\b", re.I)
#: Right before a weapon's strikes: a state's forces made them ("An Israeli missile strike hit", "a U.S. missile strike"), its air
#: strike, not a militia's missile attack.
_STATE_WEAPON = re.compile(r"\b(?:U\.S\.|US|American|Israeli|[Cc]oalition|British|Jordanian|Turkish)\s+(?:(?:precision|cruise|guided)\s+)?$")


def _answered_attack(text: str, strike: Trigger, attack: Trigger, offset: int) -> bool:
    """Whether a sentence tells two events: a US (or Israeli) strike and the attack it answered
    ("U.S. forces struck and killed proxies who earlier had launched a missile against al-Asad").

    >>> s = "U.S. forces struck and killed proxies who earlier had launched a ballistic missile against al-Asad Air Base."
    >>> [t.kind for t in triggers(s)]
    ['strike', 'attack']
    >>> [t.kind for t in triggers("Militants struck the base with a missile.")]
    ['attack']
    """
    a, b = strike.start - offset, attack.start - offset
    if b < a and strike.text.lower() == "struck" and _ITS_VERB.fullmatch(text, attack.end - offset, a):
        return False  # "after a one-way unmanned aerial vehicle struck a maintenance facility": the weapon's own verb, one attack
    if a < b and _GUNSHIP_WHEN.search(text, max(0, a - 40), b):
        return True  # "a retaliatory strike by an AC-130 gunship that was in the air when the fighters fired two missiles at al-Asad"
    if _AFTER_THE.search(text, max(0, b - 40), b):
        return True  # "Biden was briefed following the Christmas Day drone attack and directed the retaliatory strikes": both
    if a < b and _CAME_AFTER.match(text, strike.end - offset):
        return True  # "The self-defense strike occurred after the mobile rocket launchers fired rockets": the strike, and the attack
    return a < b and _STRIKER_SUBJECT.search(text, 0, a) is not None and _ANSWERING.search(text, strike.end - offset, b) is not None


#: Between a weapon and "struck": nothing, or an adverb ("a drone also struck"): the verb is the weapon's.
_ITS_VERB = re.compile(r"\s+(?:(?:also|then|later|reportedly|allegedly|eventually)\s+)?")
#: Right before an attack: what came after it ("following the Christmas Day drone attack").
_AFTER_THE = re.compile(r"\b(?:after|following|in\s+(?:response|retaliation)\s+(?:to|for))\s+"
                        r"(?:the|an?|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
#: Right after a strike: what it came after ("occurred after", "was carried out in response to").
_CAME_AFTER = re.compile(r"\s+(?:(?:occurred|came|took\s+place|was\s+(?:carried\s+out|conducted|launched))\s+(?:just\s+|shortly\s+|hours\s+)?"
                         r"(?:after|following|in\s+(?:response|retaliation)\s+(?:to|for))|"
                         r"(?:(?:just|shortly|closely)\s+)?(?:followed|follow|follows))\b", re.I)  # "The US strikes followed an attack on"


#: A US aircraft that struck "when" the attackers fired: the strike and the attack it answered, told in one clause.
_GUNSHIP_WHEN = re.compile(rf"\b{_AIRCRAFT}\b[^.;]{{0,60}}\bwhen\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:fired|launched)\b", re.I)


def _attack_after_strike(text: str, strike: Trigger, attack: Trigger, offset: int) -> bool:
    """Whether a sentence tells an attack on US forces and the US strike it came after, two events ("A US
    base in eastern Syria came under attack on Friday after the US launched airstrikes in the area";
    "Fewer than 12 hours after U.S. airstrikes hit two facilities in Syria, a drone attack targeted ...").

    >>> sorted(t.kind for t in triggers("A US base in Syria came under attack on Friday after the US launched airstrikes in the area."))
    ['attack', 'strike']
    """
    a, b = strike.start - offset, attack.start - offset
    if attack.text.lower().endswith(("attacks", "strikes")):
        return False  # "four of these attacks took place following U.S. retaliatory strikes": a count, not one attack
    if b < a:
        after = _AFTER_WORD.search(text, attack.end - offset, a)
        return after is not None and _US_NAMED.search(text, after.end(), strike.end - offset) is not None
    after = _AFTER_WORD.search(text, max(0, a - 30), a)
    return after is not None and _US_NAMED.search(text, after.end(), strike.end - offset) is not None and "," in text[strike.end - offset:b]


#: Between an attack and a strike told after it: the attack came after the strike.
_AFTER_WORD = gated(re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of)\b", re.I))
#: The United States named in a strike's words.
_US_NAMED = re.compile(r"\b(?:U\.S\.|US|American|United\s+States)(?![\w.-])")


def condemnation(t: Trigger) -> bool:
    """Whether a trigger is a condemnation ("condemned the strikes"), which names the event it condemns.

    >>> [condemnation(t) for t in triggers("Iraq's government condemned overnight U.S. air strikes.")]
    [True, False]
    """
    return t.kind == "development" and _CONDEMN.match(t.text) is not None


def blast(t: Trigger) -> bool:
    """Whether a trigger is explosions heard or reported, no weapon or doer named: an attack only at a
    place US forces hold.

    >>> [blast(t) for t in triggers("Explosions were heard in the US base in Al-Omar Oil Field.")]
    [True]
    """
    return t.kind == "attack" and blast_words(t.text)


def blast_words(text: str) -> bool:
    """Whether a trigger's words are explosions heard or reported ("explosions at the Kalsu military base").

    >>> blast_words("explosions at the Kalsu military base"), blast_words("drone")
    (True, False)
    """
    return _BLASTS.fullmatch(text) is not None


def weaponless(t: Trigger) -> bool:
    """Whether a trigger is the rule of last resort, a report told without its weapon ("it targeted Al-Tanf").

    >>> [weaponless(t) for t in triggers("It said it targeted Al-Tanf.")], [weaponless(t) for t in triggers("Rockets hit Al-Tanf.")]
    ([True], [False])
    """
    return _GENERIC.fullmatch(t.text) is not None


def agent_after(t: Trigger, text: str) -> bool:
    """Whether a condemnation is told in the passive, the one who condemned after it; ``text`` is
    the text the trigger's offsets count in.

    >>> s = "The attack was condemned by the Iraqi government."
    >>> [agent_after(t, s) for t in triggers(s)]
    [False, True]
    """
    return condemnation(t) and _AGENT.match(text, t.end) is not None


_HARM = gated(re.compile(r"\b(?:injur\w*|wound\w*|kill\w*|dead(?!\s+Sea)|damag\w*|casualt\w*|caught\s+fire|"
                         r"(?:caus|spark|start|ignit)\w*\s+(?:a\s+)?(?:large\s+|huge\s+|massive\s+|big\s+)?(?:fire|blaze))", re.I))
_HARMS = r"(?:injur\w*|wound\w*|damag\w*|casualt\w*|deaths?|harm|loss\s+of\s+(?:human\s+)?li(?:fe|ves))"
#: Harm denied: "no injuries or damage", "without causing any casualties", "did not cause damage".
_NO_HARM = gated(re.compile(rf"\b(?:(?:no|without(?:\s+(?:causing|any|resulting\s+in))*|not\s+(?:cause|result\s+in)(?:\s+any)?|nor|"
                            rf"prevent(?:ing|ed)|avert(?:ing|ed)|avoid(?:ing|ed))\s+|"  # "intercepted a drone ..., preventing casualties"
                            # "did not say if there were any casualties or damage", "it was unclear whether there were casualties": not told
                            rf"(?:(?:did|does|do)\s+not\s+(?:yet\s+)?(?:say|mention|specify|report|elaborate\s+on)|(?:didn|doesn|don)['’]t\s+(?:say|mention|specify|report)|"
                            rf"unclear|not\s+(?:yet\s+)?(?:clear|known))\s+"
                            rf"(?:if|whether)\s+(?:the\s+\w+\s+)?(?:there\s+(?:were|was|are|is)\s+|it\s+(?:caused|resulted\s+in)\s+)?(?:any\s+)?)"
                            # "with no casualties or material damage reported": the second harm may have its own adjective
                            rf"(?:(?:[\w-]+|or|and)\s+){{0,3}}?{_HARMS}(?:\s*,?\s*(?:or|nor)\s+(?:(?:material|physical|human|structural|major|"
                            rf"significant|serious|property|infrastructure|any|further)\s+){{0,2}}{_HARMS})*", re.I))
#: Some of it got through: "others impacted the base", "the other impacted RLZ".
_GOT_THROUGH = gated(re.compile(r"\b(?:impacted|exploded\s+(?:on|inside|at)|fell\s+inside|landed\s+(?:on|inside)|all\s+but\s+(?:one|two|"
                                r"three|a\s+few|\d+)|"
                                r"got\s+through|made\s+it\s+through|evaded\s+(?:the\s+)?(?:air\s+)?defen[cs]es|"  # "but a third got through"
                                r"(?:blasts?|explosions?)\s+(?:were\s+|was\s+)?(?:heard|reported|seen)\s+inside|"
                                r"(?:second|other|another|third)\s+(?:one\s+|drone\s+|UAV\s+|missile\s+|rocket\s+)?(?:struck|hit|fell|landed|exploded|crashed)|"
                                r"(?:most|some|several|many)\s+(?:of\s+them\s+)?(?:were|was)\s+(?:intercepted|shot\s+down|downed|"
                                r"destroyed))\b", re.I))


def harm_done(text: str) -> bool:
    """Whether the text says someone was hurt or something damaged, harm it denies aside.

    >>> harm_done("US forces shot down both drones, and there were no injuries or damage.")
    False
    >>> harm_done("A drone wounded a coalition member."), harm_done("without causing any casualties; one soldier was injured")
    (True, True)
    >>> harm_done("No casualties and minor damage."), harm_done("Most were intercepted while others impacted the base.")
    (True, True)
    >>> harm_done("The drone was downed near Erbil, without any human or material casualties.")
    False
    >>> harm_done("Three drones were downed. The statement did not say if there were any casualties or damage.")
    False
    >>> harm_done("A statement from the service does not say if there are any casualties or damage to infrastructure.")
    False
    >>> harm_done("Missiles targeted al-Asad, but most were intercepted by air defense systems there.")
    True
    """
    return bool(_HARM.search(_NO_HARM.sub(" ", text)) or _GOT_THROUGH.search(text))


_STRIKE_WORDS = gated(re.compile(rf"\b(?=\w)(?:air\s*strikes?|airstrikes?|retaliat\w*|counter-?strikes?|B-1|bombers?|{_AIRCRAFT}|{_CARRIED_OUT}|"
                                 r"(?:defensive|self-defen[cs]e|unilateral|precision)\s+(?:air\s*|drone\s+)?strikes?|"
                                 r"engaged\s+(?:\w+\s+){1,2}?(?:militants|fighters|individuals|insurgents|gunmen|militiamen|militia\s+members)|"
                                 # "destroyed a Houthi missile that was being prepared for launch": struck before it flew
                                 rf"{_BEFORE_LAUNCH}|"
                                 r"\bin\s+(?:an?\s+|the\s+)?Houthi-(?:controlled|held)\s+(?:areas?|territory|parts?)|"  # weapons destroyed there
                                 # "A US drone fired a missile at a car": the missile is the US drone's
                                 + _US_DRONE_OWNER + r"drones?\s+(?:fired|launched))\b", re.I))


def _strike_words(text: str) -> bool:
    return bool(_STRIKE_WORDS.search(text))


_ROLE = {
    "by": re.compile(r"\b(?=\w)(?:claimed\s+by|blamed\s+(?:it\s+)?on|blam(?:ed|es|ing)|accus(?:ed|es|ing)|attributed\s+to|"
                     r"(?:carried\s+out|launched|conducted|fired|"
                     r"attacked|struck|hit|targeted|claimed|bombed|shelled|pounded|raided)\s+by)\s+(?:the\s+|an?\s+)?"
                     # the group told before its name: "carried out by radical group Kataib Hezbollah", "claimed by the Iraqi militia X"
                     r"(?:(?:[\w-]+\s+){0,2}?(?:group|militia|faction|movement|organi[sz]ation|outfit|paramilitary|network)\s+)?$", re.I),
    # "X claimed", "X, a coalition of militias, said it", "“X” announced Sunday that it had attacked"
    # (anchored at the start, "^": read with match, not a search that tries every position after it)
    # "Kataib Hezbollah and other affiliated groups took credit for the attack": they acted
    "claims": re.compile(r"^[”\"’']?\s*(?:,\s*(?:[^,.;]{3,100},\s*)?)?(?:and\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:groups|militias|factions)\s+)?"
                         # ("... in northern Iraq, which Iranian-backed Kataib Hezbollah group claimed credit for": the group's noun between)
                         r"(?:which\s+|that\s+)?(?:(?:group|militia|faction|movement)\s+)?"
                         r"(?:claimed|took\s+(?:responsibility|credit)|has\s+claimed|(?:has|have)\s+taken\s+credit|"
                         # "... on Al-Asad Air Base; Kataib Hezbollah is suspected": the group blamed, after the report
                         # (not "is suspected of links to Iran": another matter)
                         r"(?:is|was|are|were)\s+(?:widely\s+)?(?:suspected|blamed|believed\s+(?:to\s+be\s+)?responsible)"
                         r"(?=\s*[.;,”\"]|\s+(?:of\s+(?:carrying|launching|firing|being\s+behind|the|this|that)|in\s+the|for\s+the)\b)|"
                         # a headline's present: "Washington claims attack in Baghdad", "Islamic Resistance claims drone strike on Eilat"
                         r"claims\s+(?:responsibility|credit|(?:the\s+|an?\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|operations?)\b)|"
                         r"(?:said|announced|stated|asserted)(?:\s+(?:on\s+)?(?:\w+day|today|yesterday|late|early|overnight|"
                         r"in\s+(?:a|an|its)\s+(?:\w+\s+)?statement))*,?\s+(?:that\s+)?it)\b", re.I),
    "hurt": re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+(?:\w+\s+)?"
                       r"(?:killed|wounded|injured|hurt|targeted|attacked)\b|"
                       # "Kataib Hezbollah was struck by American aircraft": struck, told with who struck ("was hit by", "were bombed by")
                       r"^\s+(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+\s+)?"
                       r"(?:struck|hit|bombed|shelled|pounded|raided)\s+by\b|"
                       # a headline's passive: "Four Iran-backed militia fighters killed in Baghdad drone strike"
                       r"^\s+(?:[\w-]+\s+)?(?:killed|wounded|injured)\s+(?:in|by)\s|"
                       # the first of a list of the hurt: "a U.S. Army soldier and a U.S. Air Force airman, and a medic from the United
                       # Kingdom were killed"
                       r"^\s+(?:[\w-]+\s+){0,2}?(?:,\s*)?and\s+(?:(?!(?:who|which|that|said|says|after|when|while|by|in|during|as)\b)"
                       r"[\w.'’-]+,?\s+){1,14}?(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b|"
                       # past an aside or two: "the leader of the PMU (PMU), also known as the Nujaba Movement, Mushtaq al-Saidi, was killed"
                       r"^\)?\s*(?:\([\w\s.-]{1,20}\))?(?:\s*,[^,.;:()]{3,60}){1,3},\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
                       r"(?:killed|wounded|injured|assassinated)\b",
                       re.I),
    # not "on Sunday reported that": a day, and a clause between (the words between may not be "that", "said", ...)
    # (the verbs gathered by first letter, see by_first_letter: at a word's start only those its letter allows are tried)
    "against": re.compile(r"\b" + by_first_letter("targeting", "against", "at", "upon",
                                                  # (nor "on the 20th": a day)
                                                  r"on(?!\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)"
                                                  r"(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|"
                                                  r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\b)", "hit", "struck", "killing", "killed", "kills",
                                                  "kill", "wounding", "injuring", "attacked", "attacking", "assaulted", "stormed", "targeted",
                                                  "bombed", "shelled", "pounded", "raided")
                          + r"\s+"
                          r"(?:the\s+|a\s+|an\s+)?"
                          # (not "injured on Christmas Day when Kataib Hezbollah attacked": a new clause, its own subject)
                          r"(?:(?!(?:that|said|says|reported|announced|stated|which|who|when|while|after|with|border)\b)[\w-]+(?:['’]s)?\s+){0,3}(?:of\s+the\s+|of\s+)?"
                          r"(?:(?:US|U\.S\.)-(?:backed|allied|led)\s+|Kurdish-led\s+)?[“\"‘']?$", re.I),
    # what was struck belonged to them: "facilities used by", "a commander of"
    # (and who a struck base houses: "rocked a military base housing army troops and former pro-Iranian paramilitaries")
    "owned": re.compile(r"\b(?:(?:bases?|garrisons?|compounds?|camps?|facilit(?:y|ies))\s+(?:housing|hosting)\s+(?:[\w’'-]+\s+){0,5}$|"
                        r"(?:(?:used|utili[sz]ed|operated|run|controlled|manned|occupied)\s+by|affiliated\s+with|"
                        r"linked\s+(?:to|with)|associated\s+with|belonging\s+to|tied\s+to|connected\s+to|leaders?\s+of|commanders?\s+of|members?\s+of|"
                        # ("a headquarter of the Kurdistan Peshmerga forces": the singular as reports write it)
                        r"(?:sites?|facilit(?:y|ies)|positions?|headquarters?|depots?|camps?|strongholds?)\s+of)"
                        r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$)", re.I),
}
_WEAPON_WORDS = ("drone", "uav", "missile", "rocket", "launcher")
#: One of these is in every phrase the "hurt" role pattern reads (each branch ends in one): a cheap test before it.
_HURT_WORDS = ("killed", "wounded", "injured", "hurt", "targeted", "attacked", "assassinated", "struck", "hit", "bombed", "shelled",
               "pounded", "raided")
#: Right after an actor: it owns up to being behind what happened ("The United States confirmed that its forces were behind an attack").
_BEHIND = re.compile(r"\s+(?:(?:confirmed|said|acknowledged|admitted|announced)\s+(?:that\s+)?(?:its|their)\s+(?:own\s+)?"
                     r"(?:forces|military|troops|aircraft|jets)\s+(?:were|was)|(?:was|were|is|are)(?:\s+not)?)\s+behind\s+"
                     r"(?:the|an?|this|that|these|Thursday's|yesterday's)\b", re.I)
#: Whose weapon it was: "three drones belonging to Iranian-backed militias attacked": the one who attacked.
#: (and "missiles ... that were launched by", "drones fired by", "directed by")
_WEAPON_OF = gated(re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|launchers?)\s+(?:(?:[\w.-]+\s+){0,4}?(?:that|which)\s+(?:were|was|"
                              r"had\s+been)\s+"
                              r"(?:launched|fired|sent)\s+by|belonging\s+to|owned\s+by|operated\s+by|launched\s+by|fired\s+by|directed\s+by|of)\s+"
                              r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I))
#: A weapon's attack named for one place of a list: "a drone attack on US troops in northern Iraq and a rocket attack in Syria".
_WEAPON_ATTACK = gated(re.compile(r"\b(?:(?P<air>drones?|UAVs?)|rockets?|missiles?|mortars?|Katyushas?)\s+(?:attacks?|strikes?)\b", re.I))
#: The stems of _WEAPON_ATTACK's weapons, the air's and the others' (in lower case).
_AIR_WEAPONS = ("drone", "uav")
_GROUND_WEAPONS = ("rocket", "missile", "mortar", "katyusha")
#: Between a weapon's attack and its place: words of one phrase, no clause or sentence break, no comma, no "and" (not "Ain al-Asad
#: came under a drone attack and Erbil air base under a rocket attack": Erbil's weapon is told after it).
_ONE_PHRASE = re.compile(r"(?:(?!\b(?:and|while|but|whereas|as)\b)[^.;:(),]){0,60}", re.I)


def place_weapon(text: str, at: int) -> str | None:
    """The sub-event type of the attack named for the place at ``at``, when the sentence names attacks
    by two kinds of weapon ("a drone attack on US troops in northern Iraq and a rocket attack in
    Syria"): each place takes the weapon of the attack told right before it; else None.

    >>> s = "The group claimed a drone attack on US troops in northern Iraq and a rocket attack in Syria."
    >>> place_weapon(s, s.index("Iraq")), place_weapon(s, s.index("Syria")), place_weapon("A drone attack on Erbil.", 18)
    ('Air/drone strike', 'Shelling/artillery/missile attack', None)
    >>> s = "It struck US forces at Ain al-Asad with two drones, and the al-Tanf base with rockets."
    >>> place_weapon(s, s.index("Ain")), place_weapon(s, s.index("al-Tanf"))
    ('Air/drone strike', 'Shelling/artillery/missile attack')
    """
    low = text.lower()
    if not odd_case(low) and not (has_any(low, _AIR_WEAPONS) and has_any(low, _GROUND_WEAPONS)):
        return None  # an answer needs attacks by both kinds of weapon: a cheap test of their words first
    told = list(_WEAPON_ATTACK.finditer(text))
    if len({m.group("air") is None for m in told}) < 2:
        return _weapon_after(text, at)
    before = [m for m in told if m.end() <= at]
    if not before or not _ONE_PHRASE.fullmatch(text, before[-1].end(), at):
        return None
    return "Shelling/artillery/missile attack" if before[-1].group("air") is None else "Air/drone strike"


#: A weapon told after the place it struck: "the base at Ain al-Asad with two drones", "the al-Tanf base with rockets".
_WITH_WEAPON = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,2}?(?:(?P<air>drones?|UAVs?)|rockets?|missiles?|mortars?|Katyushas?)\b", re.I)


def _weapon_after(text: str, at: int) -> str | None:
    """:func:`place_weapon` for weapons told after their places ("struck Ain al-Asad airbase with
    two drones, and the al-Tanf base with rockets"): the weapon right after the place, in its phrase."""
    told = list(_WITH_WEAPON.finditer(text))
    if len({m.group("air") is None for m in told}) < 2:
        return None
    after = next((m for m in told if m.start() >= at), None)
    if after is None or not _ONE_PHRASE.fullmatch(text, at, after.start()):
        return None
    return "Shelling/artillery/missile attack" if after.group("air") is None else "Air/drone strike"


def weapon_of(text: str, start: int) -> bool:
    """Whether the group named at ``start`` is told as a weapon's owner ("A drone of Iran-backed
    groups", "rockets launched by Kataib Hezbollah").

    >>> s = "A drone of Iran-backed groups was shot down."
    >>> weapon_of(s, s.index("Iran")), weapon_of(s, 0)
    (True, False)
    """
    return _WEAPON_OF.search(text, max(0, start - 90), start) is not None


#: An outlet described by its allegiance ("Telegram channel Sabereen news, affiliated with Iran-backed groups"): not a target.
_OUTLET = re.compile(r"\b(?:channel|news|outlet|media|TV|television|agency|account|website|newspaper)\b[^.;]{0,12}$", re.I)


def role_spans(text: str, start: int, end: int) -> str | None:
    """The role the words around an actor mention (``text[start:end]``) give it: ``by`` (the one
    who acted: "claimed by", "blamed on", "X claimed"), ``against`` ("targeting", "against"), or None.

    >>> s = "The attack was blamed on Kata'ib Hezbollah, targeting US forces."
    >>> role_spans(s, s.index("Kata"), s.index(",")), role_spans(s, s.index("US"), s.index(" forces."))
    ('by', 'against')
    >>> s = "At least five US personnel were wounded in an attack on a base in Iraq."
    >>> role_spans(s, s.index("US"), s.index(" were"))
    'against'
    """
    key = (text, start, end)
    try:
        return _ROLES_READ.answers[key]
    except KeyError:
        return _ROLES_READ.put(text, key, _read_role(text, start, end))


#: The roles read in the article being read: each report of the article asks again of the mentions around it, and the article's
#: rules ask again of them all.
_ROLES_READ = PerArticle()


def _line_tail(text: str, start: int, width: int) -> str:
    """The ``width`` characters before ``start``, from the line ``start`` is on."""
    before = text[max(0, start - width):start]
    return before[before.rindex("\n") + 1:] if "\n" in before else before


def _read_role(text: str, start: int, end: int) -> str | None:
    """The role of :func:`role_spans`, read from the words."""
    before, after = text[max(0, start - 40):start], text[end:end + 140]
    if "\n" in before:
        before = before[before.rindex("\n") + 1:]  # not a heading's words on the line before ("... attacks on Israel\n\nThe group")
    # the words before and after, lower-cased once for the word tests below (each as contains_any: a word, or a letter
    # that lower() does not turn into a Latin one)
    low_before, low_after = before.lower(), after.lower()
    odd_before, odd_after = odd_case(low_before), odd_case(low_after)
    if (((odd_before or has_any(low_before, _BY_WORDS)) and _ROLE["by"].search(before))
            # (a group told at length before its name: "carried out by the US-designated terrorist group Kataib Hezbollah")
            or (" group " in before and "by" in text[max(0, start - 70):start] and _ROLE["by"].search(_line_tail(text, start, 70)))
            or ((odd_after or has_any(low_after, _CLAIM_WORDS)) and _ROLE["claims"].match(after))
            or ((odd_before or has_any(low_before, _WEAPON_WORDS)) and _WEAPON_OF.search(before)) or ("behind" in after and _BEHIND.match(after))):
        return "by"
    if _ROLE["against"].search(before) or ((odd_after or has_any(low_after, _HURT_WORDS)) and _ROLE["hurt"].search(after)):
        return "against"
    if _HOLDER_OF_TARGET.match(after) and _TARGET_DETERMINER.search(before):
        return "against"  # "it had struck an Israeli military target in the Golan Heights": the target's holder
    if "who" in low_before and _MAN_OF.match(after) and _STRUCK_MAN.search(text, max(0, start - 160), start):
        return "against"  # "took necessary and proportionate action against Mushtaq al-Jawari, who was a Harakat al-Nujaba leader": whose man
    if (("'" in after[:2] or "’" in after[:2] or " were " in after or " was " in after or " been " in after or " is " in after
         or " are " in after) and _OWNS_STRUCK.match(after)):
        return "against"  # "Kataib Hezbollah's base in Babil's Jurf al-Sakhr was hit twice", "Kataib Hezbollah camps in Qaim were hit":
        # the owner of what was struck
    if ((odd_before or _OWNED_WORDS.found(low_before)) and (m := _ROLE["owned"].search(before)) is not None and not _OUTLET.search(before[:m.start()])
            and not (_SPONSORED.match(before, m.start()) and _GROUPS_END.search(before, 0, m.start()))):
        return "against"
    return None


#: What is struck, named after the one who holds it: "an Israeli military target", "the PMF positions".
TARGET_NOUNS = r"(?:targets?|sites?|positions?|bases?|installations?|facilit(?:y|ies)|posts?|outposts?|headquarters|barracks)"
#: Right after an actor's name, the target it names the holder of ("an Israeli military target", "the PMF positions"); and right
#: before it, a verb of attack ("struck", "on") with the target's determiner (not "intercepted near a Peshmerga base").
_HOLDER_OF_TARGET = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{TARGET_NOUNS}|air\s*bases?|systems?|launchers?|radars?|vessels?|boats?)\b", re.I)
_TARGET_DETERMINER = re.compile(r"\b(?:struck|hit|targeted|targeting|attacked|attacking|bombed|shelled|destroyed|on|against)\s+"
                                r"(?:(?:the|an?|another|two|three|several|multiple)\s+)?$", re.I)
#: Right after a group's name: its possession, then struck ("'s base in Jurf al-Sakhr was hit", "'s headquarters were targeted",
#: "camps in Qaim were hit"; not "said a base was hit": what the group told).
_OWNS_STRUCK = re.compile(r"(?:['’]s?)?\s+(?:(?!(?:said|says|claimed|announced|stated|reported|told|and|or)\b)[\w-]+\s+){0,2}?"
                          r"(?:base|bases|headquarters|camp|camps|positions?|depots?|facilit(?:y|ies)|sites?|"
                          r"checkpoints?|convoy|vehicles?|posts?|warehouses?|fighters|members|commanders?|leaders?|operatives|personnel)\b"
                          r"(?:(?!\b(?:said|says|claimed|announced|stated|reported|told)\b)[^.;]){0,80}?\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
                          r"(?:(?:also|again|reportedly)\s+)?(?:hit|struck|targeted|bombed|attacked|shelled)\b")
#: Before and after a group's name: the man a report struck, told as one of its own ("..., who was a Harakat al-Nujaba leader").
_STRUCK_MAN = re.compile(r"\b(?:against|killed|killing|targeted|targeting|struck|eliminated|assassinated)\s+"
                         r"(?:(?-i:[A-Z])[\w'’.-]*[\s,]+|(?-i:al|el|bin|ibn|abu)[\s-]+|a\.k\.a\.?\s+|aka\s+|(?:also\s+)?known\s+as\s+){1,12}"
                         r"who\s+was\s+(?:also\s+)?(?:an?|the)\s+(?:senior\s+|top\s+|prominent\s+)?$", re.I)
_MAN_OF = re.compile(r"\s+(?:senior\s+|top\s+|military\s+)?(?:leader|commander|member|official|figure|chief|operative)s?\b", re.I)
#: "militia groups affiliated with Iran's IRGC", "Shia armed groups, affiliated with ...": a group's sponsor, named to describe it, not
#: what was struck.
_SPONSORED = re.compile(r"\s*(?:affiliated\s+with|linked\s+(?:to|with)|associated\s+with|tied\s+to|connected\s+to)\b", re.I)
_GROUPS_END = re.compile(r"\b(?:groups?|militias?|factions?|network|coalition|alliance|umbrella|proxies|organi[sz]ations?|"
                         r"units|cells)\s*,?\s*$", re.I)
#: One of these is in every phrase the role patterns read: cheap tests before them.
_BY_WORDS = ("by", "blam", "accus", "attribut")
_CLAIM_WORDS = ("claim", "responsib", "said", "announc", "stated", "assert", "credit", "suspect", "blame")
_OWNED_WORDS = Words(("used", "utili", "operated", "run", "controlled", "manned", "occupied", "affiliat", "linked", "associat", "belong",
                      "tied", "connected", "leader", "commander", "member", "site", "facilit", "position", "headquarter", "depot", "camp",
                      "stronghold", "housing", "hosting"))
