"""Who acted in a report: its two actors from the roles the sentence gives them, a state that spoke
or struck, a person's organisation.

A sentence names actors for many reasons; the report's are those its roles make so ("by" an
attacker, "against" a target), not the order they come in. An outlet's owner ("Hezbollah's
propaganda arm Al-Manar"), a group that denied the deed, a government that hosts US forces, a
country named as where someone is ("a Shiite militia in Iraq") and the setting of a wider war did
not act. A downed weapon's actor is who shot it down; a base that "came under attack" is the
target; a state named as the strike's subject ("Israel conducted an airstrike") struck; a capital
that condemned ("Baghdad condemned the strike") is its state's government. ACLED codes
organisations, not people: a person stands for the group they lead. Rules over the words, no model.
"""

from __future__ import annotations

import re

from gazetteer.model import Match

from ..model import ActorTable
from .context import asides, judge_of_it, onlooker, source_named, striker_modifier, war_setting, zone_named
from .mentions import Mention
from .recognise import FIND_VERBS, Trigger, agent_after, role_spans, time_lead_end, weapon_of
from .sides import striker
from .text import Sentence, evidence, gated, has_any

__all__ = ["NATION", "actor_fields", "condemned_by_state", "speaking_state"]

_US = "United States"
#: Right before the United States or Iraq named beside a weapon the US shot down: where the weapon was aimed ("a drone targeting
#: U.S. forces", "missiles fired towards Iraq"), not the weapon's side.
_AIMED_AT = re.compile(r"\b(?:targeting|targeted|attacking|aimed\s+at|against|towards?|threatening)\b[^.;,]{0,35}$")
#: The names the actor table gives groups no report names: a later, named group is the report's ("by Iranian-backed militants
#: associated with the Islamic Resistance of Iraq").
_UMBRELLA_NAMES = frozenset({"Iran-backed militias (unidentified)", "Unidentified armed group", "Unidentified military forces"})
_ISRAEL = "Israel"
#: A country's adjective -> its ISO code and name: "an Iraqi official" speaks for Iraq, "Israeli targets" are in Israel.
NATION = {"Israeli": ("IL", "Israel"), "Iraqi": ("IQ", "Iraq"), "Syrian": ("SY", "Syria"), "Jordanian": ("JO", "Jordan")}
#: "an Israeli airstrike", "Israeli drone strikes": the adjective right before the report names who struck.
_ISRAELI = re.compile(r"\bIsraeli\s+(?:[\w-]+\s+){0,2}$|Israeli\b")
#: "an Israeli fighter jet conducted an airstrike": Israel's aircraft named as the strike's subject, up to 60 characters before it.
_ISRAELI_CRAFT = re.compile(r"\bIsraeli\s+(?:[\w-]+\s+)?(?:jets?|warplanes?|aircraft|drones?|planes?|helicopters?)\s+"
                            r"(?:conducted|carried\s+out|launched)\s+(?:an?\s+)?(?:[\w-]+\s+)?$")
#: Right after a country: its defences ("Iraq's anti-aircraft defense engaged at least one drone"), the state shooting it down.
_STATES_DEFENCES = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:anti-aircraft|air\s+defen[cs]es?|air\s+defen[cs]e\s+systems?|defen[cs]es?|"
                              r"(?:armed\s+|security\s+)?forces|army|military)\b")
#: "was shot down by coalition forces": who shot it down, named after the words.
_DOWNED_BY = re.compile(r"\b(?:down|downed|intercepted|engaged|destroyed)\b(?:(?!\b(?:launched|fired|sent|flown|operated)\b)[^.;]){0,80}?"
                        r"\bby\s+(?:the\s+)?(?:[\w-]+(?:['’]s)?\s+){0,3}$", re.I)  # (and "by Yemen's Houthis": the group, not its country)
#: Right after a country: the possessive that makes it the home of what follows ("Yemen's Houthis").
_HOME_OF = re.compile(r"['’]s\s")
#: (and the present of a headline or a chronology: "A drone attack against a U.S. military base kills seven Syrian Democratic Forces
#: fighters")
_HURT_BEFORE = gated(re.compile(r"\b(?:killing|killed|kills|wounding|wounded|wounds|injuring|injured|injures)\s+(?:[\w-]+\s+){0,5}$", re.I))
_HURT_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b", re.I)
#: Between a generic name and the group's own: an apposition ("an Iranian-backed militia, Katib Hizbollah", "a militia (Kataib
#: Hezbollah)", "militants — the Islamic Resistance in Iraq").
_APPOSITION = re.compile(r"\s*(?:,|\(|[–—-])\s*(?:the\s+)?")
#: After the group's own name: the apposition closed, and no speaker's verb after it ("by Iran-backed militias, the Pentagon,
#: citing initial assessments, said": a speaker, not the group).
_APPOSITION_END = re.compile(r"\s*(?:[,)–—]|-\s)(?![^.;]{0,60}?\b(?:said|says|told|reported|stated|announced|added)\b)")
#: Right before an attack's weapon: Iran's own ("an Iranian drone", "Iranian ballistic missiles"; not "Iranian-made", a weapon Iran
#: supplied, whose "-" keeps it from the pattern).
_IRANIAN_WEAPON = gated(re.compile(r"(?<![\w-])Iranian\s+(?:(?:ballistic|cruise|attack|suicide|one-way|kamikaze|Shahed(?:-\d+)?)\s+){0,2}$"))
_IRAN, _IRAQ = "Iran", "Iraq"
#: Right before a strike's words: the state whose strike it was ("A Turkish drone strike killed three people in Iraqi Kurdistan",
#: "Jordanian air strikes"; not a "suspected" or "possible" one, told unconfirmed).
_STATE_ADJ = {"Turkish": "Turkey", "Jordanian": "Jordan"}
_STATE_ADJ_STRIKE = re.compile(r"(?<!suspected\s)(?<!alleged\s)(?<!possible\s)(?<!unconfirmed\s)(?<!apparent\s)\b(?P<adj>Turkish|Jordanian)\s+"
                               r"(?:(?:air|drone|military|army)\s+){0,2}$")
#: Right after a group's name: it fought the attack off ("Iraqi tribal forces repelled an ISIS attack near Haditha"): its target.
_REPELLED = re.compile(r"\s+(?:(?!(?:said|says|who|which|that|and)\b)[\w-]+\s+){0,5}?(?:repelled|repulsed|fended\s+off|beat\s+back)\b", re.I)
#: Right after a group's name: the area it holds ("Houthi-controlled areas of Yemen"), where a strike fell, not who struck.
_HELD_AREA = re.compile(r"-(?:controlled|held|run)\b")
#: After a battle's words: the two sides named after "between" ("clashes ... between Deir Ezzor Military Council militants and the
#: Syrian Army"), joined by "and".
_BETWEEN, _AND = re.compile(r"\bbetween\s"), re.compile(r"\band\b")
#: After the first side of a battle: "on one side", told before the other side and "on the other".
_ONE_SIDE = re.compile(r"\bon\s+(?:the\s+)?one\s+side\b")
#: After the first of a list of the hurt: "(a U.S. Army) soldier and a U.S. Air Force airman, and a medic from the United Kingdom
#: were killed" (the first named is the report's target, as coders code it).
_LISTED_HURT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:,\s*)?and\s+(?:(?!(?:who|which|that|said|says|after|when|while|by|in|during|as)\b)"
                          r"[\w.'’-]+,?\s+){1,14}?(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b", re.I)
#: After a group: an outlet it owns ("Hezbollah's propaganda arm", "Kataib Hezbollah-affiliated media", "the IRGC-run Tasnim").
_MEDIA_OWNER = re.compile(r"(?:['’]s\s+(?:own\s+)?(?:propaganda|media)\s+(?:arm|wing|outlet|channel)|"
                          r"['’]s\s+(?:TV|television|(?:satellite\s+)?channel|mouthpiece|news\s+agency)|"
                          r"[-\s](?:affiliated|aligned|run|owned|linked)\s+(?:[A-Z][\w-]*\s+){0,3}"
                          r"(?:media|outlets?|channels?|TV|television|network|broadcaster|news\s+agency|Telegram))\b",
                          re.I)
#: A disrupted weapon's trigger that is a verb ("shot down", "intercepted"): the actor right before it is its subject.
_DOWN_VERB = re.compile(r"(?:shot|shoot|shoots|intercepted|intercepts|downed|thwarted|foiled|engaged|destroyed|neutrali[sz]ed|opened\s+fire|"
                        rf"(?:{FIND_VERBS})\w*)\b", re.I)  # ("Iraqi police seized nine rockets": they did)
#: Right before an attack: its subject is its target ("came under attack", "have come under fire").
_CAME_UNDER = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:(?:a|an|another|repeated|renewed)\s+)?(?:[\w-]+\s+)?$", re.I)
#: A report that is the words themselves: "came under fire" (the recogniser's; its subject is the target too).
_UNDER_FIRE = re.compile(r"(?:came|come|comes|coming)\s+under\b", re.I)
#: The United States named in a strike's own words ("the American airstrike", "a U.S. drone strike").
_US_WORD = re.compile(r"\b(?:U\.S\.|US|American)(?![\w.-])")
#: Right after a group's name: it denied the deed ("Kataib Hezbollah denied involvement", "..., which denied responsibility").
_DENIED_IT = re.compile(r"[\s,]*(?:(?:which|who|has|had|also|however|quickly|swiftly)[\s,]+){0,2}(?:denied|denies|disclaimed|disowned)\s+"
                        r"(?:any\s+|all\s+)?(?:involvement|responsibility|role|links?|connection)", re.I)
#: Right before a country: the verb or word whose object it is ("struck Iran", "an attack on Israel", "missiles at Israel").
_STATE_OBJECT = re.compile(r"\b(?:struck|hit|attacked|targeted|targeting|bombed|shelled|pounded|raided|on|against|at|upon|towards?)\s+"
                           r"(?:the\s+)?$", re.I)
#: Right after a country: it was struck, by whom is told after ("Israel was attacked by Iran").
_STATE_PASSIVE = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+|again\s+)?(?:attacked|struck|hit|targeted|bombed|shelled)\s+by\b")
#: Between a country and the report's words: one clause, close ("attacked Israel with drones"; not "an airstrike on Iraqi militants
#: on Tuesday, thwarting their alleged plans to carry out a drone attack on Israel": another attack's target).
_NEAR_REPORT = re.compile(r"[^.;,]{0,40}")
#: Right after a country named as the object: the phrase ends, it names no base or territory of it ("an attack at Iraq base").
_STATE_ENDS = re.compile(r"\s*(?:[.;,:)!?]|$)|\s+(?:[A-Z\d]|(?:on|in|with|using|and|for|by|was|were|had|has|from|after|as|at|during|last|"
                         r"this|which|who|since|over|again|early|late|overnight|killing|injuring|wounding|causing|to|while|when|but|or)\b)")
#: Between two states named together as a report's target: "United States and United Kingdom Navy vessels".
_STATES_JOINED = re.compile(r"\s+and\s+(?:the\s+)?")
#: The governments that host US forces: they speak of attacks on them, never make them.
_HOST_STATES = frozenset({"Iraq", "Jordan"})
#: A country named as where someone is ("a Shiite militia in Iraq, yesterday, claimed ..."), not as who acted.
_WHERE_NAMED = re.compile(r"\b(?:in|at|from|near|of)\s+$", re.I)


#: Right before a state or group: it sponsors the one that acted ("an Iraqi militant group backed by Iran"), it did not act.
_SPONSORED_BY = gated(re.compile(r"\b(?:(?:backed|supported|funded|financed|armed|sponsored|trained|equipped|bankrolled)\s+by|"
                                 # ("Iraqi militia groups aligned with Iran have claimed")
                                 r"(?:aligned|allied|affiliated|associated)\s+with|loyal\s+to)\s+(?:both\s+)?(?:the\s+)?"
                                 r"(?:[\w'’-]+\s+(?:and|&)\s+(?:the\s+)?)?$", re.I))  # "backed by both Iran and Hezbollah": each a sponsor
#: Right after a name, past an aside's comma: it was killed or hurt ("the commander ..., Abu Taqwa, was killed in a drone strike").
_KILLED_AFTER = re.compile(r",?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt)\b", re.I)
#: Right before a strike: the people it killed were told before it ("comrades killed in an airstrike").
_KILLED_IN = re.compile(r"\b(?:killed|slain|martyred|wounded|injured|died)\s+(?:(?:in|by)\s+(?:an?\s+|the\s+)?)?$", re.I)
#: Right after a group's name: one of its people speaking ("a Kataeb Hezbollah source told AFP"), not the group acting.
_ITS_SPEAKER = re.compile(r"\s+(?:source|sources|official|officials|spokes(?:man|woman|person)|member|members)\s+"
                          r"(?:told|said|says|confirmed|reported)\b")
#: Right after a state's name: what it said ("the Israeli army said that ...").
_STATE_SAID = re.compile(r"\s+(?:said|says|stated|announced|reported|confirmed)\b")
#: Right after a group's name: its weapons ("three Houthi missiles", "Houthi militants in Yemen fired missiles", "Houthi uncrewed
#: boats"): the weapon shot down was its.
_OWNS_WEAPON = re.compile(r"(?:\s+(?:militants|rebels|forces|fighters|militia))?(?:\s+in\s+[A-Z]\w+)?\s+(?:(?:fired|launched)\s+(?:[\w-]+\s+){0,3}?)?"
                          # ("Houthi one-way attack UAV": up to three words of the weapon's own, no verb or article between)
                          r"(?:(?!(?:[\w-]*(?:ed|ing)|shot|shoot|down|hit|struck|a|an|the|at|on|by|with|in|near)\s)[\w-]+\s+){0,3}?"
                          r"(?:missiles?|drones?|UAVs?|UAS|rockets?|boats?|projectiles?|uncrewed)\b")
#: Right after a group's name: a relative clause that tells it launched an attack ("... proxies who earlier had launched a missile").
_WHO_LAUNCHED = re.compile(r"(?:\s+(?:fighters|members|operatives|militants|gunmen|elements|forces))?"
                           r"(?:\s+(?:in|near|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"  # "a militia in Syria that launched"
                           r"\s*,?\s+(?:who|which|that)\s+"
                           r"(?:(?:had|have|has|earlier|previously|reportedly|allegedly|just)\s+){0,3}"
                           r"(?:launched|fired|carried\s+out|conducted|attacked|targeted|struck)\b")
def _watched_or_where(text: str, m: Mention, t: Trigger) -> bool:
    """Whether the actor ``m`` only watched the report ("U.S. forces observed UAVs conducting airstrikes"), names a zone ("a declared
    U.S. restricted zone") or is where forces were ("heading to where U.S. forces were located"), not who acted or was hit."""
    after = text[m.end:m.end + 40]  # (the words the patterns need, tested first: cheap tests before them)
    return ((m.end <= t.start and onlooker(text, m.end)) or zone_named(text, m.end)
            or (m.start > t.end and has_any(after, _WHERE_WORDS) and _LOCATED.match(text, m.end) is not None))


_WHERE_WORDS = ("located", "stationed", "based", "deployed")
#: Right after forces named after the report: where they are ("where U.S. forces were located"), not who acted.
_LOCATED = re.compile(r"\s+(?:(?:forces|troops|personnel)\s+)?(?:were|are|is|was|had\s+been|have\s+been)\s+(?:located|stationed|based|deployed)\b")
#: Right before a country: the one sent to it ("condemned by the UN envoy to Iraq"), not its government.
_ENVOY_TO = re.compile(r"\b(?:envoy|ambassador|representative|mission|special\s+representative|charg[eé]\s+d['’]affaires)\s+(?:to|in)\s+$", re.I)
#: The states whose statements on the campaign's attacks and strikes the coders code: the host government's.
_STATEMENTS_CODED = frozenset({"Iraq"})
#: A capital or a country named for its government in an agreement ("Washington and Baghdad will convene ...").
_CAPITALS = {"Baghdad": "Iraq", "Damascus": "Syria", "Amman": "Jordan", "Tehran": "Iran", "Beirut": "Lebanon", "Iraq": "Iraq", "Syria": "Syria",
             "Jordan": "Jordan"}
#: Right before a partner named in a joint action: "a partnered raid with the Iraqi Security Forces", "alongside the SDF".
_PARTNERED = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?$", re.I)
#: A US measure against a group: "the Department of State is today designating Kata'ib Sayyid al-Shuhada", "sanctioned Kataib Hezbollah".
_MEASURE = re.compile(r"(?:re)?(?:sanction|designat)", re.I)
#: Right after a measure's word: its passive, who took it told next ("were sanctioned by the Treasury Department").
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")
#: Right before a group a measure names before its own words: the verb ("declared the Iraq-based militia X ... as Designated").
_DECLARED = re.compile(r"\b(?:declared|declares|listed|lists)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
#: Between the measure and the group it names: its other objects, no comma or clause ("designated the Iran-backed militia Kataib
#: Hezbollah", "sanctions against Iraqi airline Fly Baghdad and the militia Kataib Hezbollah", "six individuals affiliated with
#: Kata'ib Hizballah": its men); not "sanctioned Fly Baghdad, an airline it said had helped Kataib Hezbollah", "a bank linked to".
_MEASURE_GAP = re.compile(r"(?![^,;]*?\b(?<!individuals\s)(?<!members\s)(?<!leaders\s)(?<!officials\s)(?<!operatives\s)(?<!commanders\s)"
                          r"(?:linked|tied|affiliated|associated|for|to|which|that|who|saying|including|help\w*|support\w*|"
                          r"backing|fund\w*|financ\w*|behalf)\b)[^,;]{0,80}", re.I)


def actor_fields(c: dict, ev: dict, article, s: Sentence, t: Trigger, in_s: list[Mention], table: ActorTable) -> None:
    """Sets the report ``c``'s two actors (``actor1`` who acted, ``actor2`` who it was done to) from the
    mentions ``in_s`` of its sentence ``s`` around the trigger ``t``, each read by the role the sentence
    gives it, with their evidence in ``ev``; flags a report with no actor. ``article`` is the report's
    :class:`~geo.ingest.pipeline.Article` (its ``name`` and ``text``)."""
    text = article.text  # (read once: the words around each mention are read from it)
    # not a group named as an outlet's owner: "Hezbollah's propaganda arm Al-Manar TV cited a claim by the Islamic Resistance"
    actors = [m for m in in_s if m.actor and not _MEDIA_OWNER.match(text, m.end)]
    # not a group's description in apposition after its name ("the Houthis, an Iranian-backed militant group that has been fighting
    # a civil war, shot down"), nor the group it is told linked to ("Islamic Resistance in Iraq, linked to Kataib Hezbollah had
    # claimed"): the group before them acted
    aside = asides(text, actors, _UMBRELLA_NAMES)
    actors = [m for m in actors if m.start not in aside]
    if t.kind in ("strike", "attack"):
        # (not "U.S. forces observed UAVs conducting airstrikes in the vicinity of Hasakah": who watched, not who struck)
        actors = [m for m in actors if not _watched_or_where(text, m, t)]
    held = {m.start for m in actors if _HELD_AREA.match(text, m.end)}  # "in Houthi-controlled areas": where a strike fell
    if (lead := time_lead_end(s.text)) and t.start >= s.start + lead:  # "Before the US' strike on an IRGC facility, there were two
        actors = [m for m in actors if m.start >= s.start + lead]     # attacks ...": the strike's actors are not the attacks'
    role = {m.start: "against" if (m.start in held and t.kind == "strike") or (t.kind == "attack" and _REPELLED.match(text, m.end))
            else role_spans(text, m.start, m.end) for m in actors}
    for before, m in zip(actors, actors[1:], strict=False):
        if m.actor == before.actor and text[before.end:m.start].strip() == "(":
            role[m.start] = role[before.start]  # "against Syrian Democratic Forces (SDF) bases": the name's role is its abbreviation's
    by = [m for m in actors if role[m.start] == "by" and not (m.kind == "place" and _WHERE_NAMED.search(text, max(0, m.start - 8), m.start))
          and not source_named(text, m.start, m.end)  # "was struck by what U.S. Central Command says was an anti-ship missile"
          and not _SPONSORED_BY.search(text, max(s.start, m.start - 40), m.start)  # "a militant group backed by Iran claimed"
          and not (t.kind == "attack" and m.actor != _US and table.actors[m.actor].kind == "state" and _STATE_SAID.match(text, m.end))]
    # (not "the Israeli army said that it had detected the launch of a drone": the state told of the attack on it)
    if not by and not any(m.actor == _US and m.end <= t.start for m in actors):
        # "the strike by Israel in Doha", "a drone attack on Monday on Erbil Air Base by Iran-backed Kataib Hezbollah": the report's
        # own word, where and when, then who made it (not "the United States responded to attacks by Iran-backed militias": the
        # attacks the US answered)
        by = [m for m in actors if m.start > t.end and _made_by(text, t.end, m.start)
              and not _SPONSOR_ADJECTIVE.match(text, m.end)][:1]  # ("by Iran-backed Kataib Hezbollah": the group, not Iran)
        if by and by[0].actor in _UMBRELLA_NAMES:
            by = []  # "by Iranian-backed militants associated with the Islamic Resistance of Iraq": the group named after, as before
    against = [m for m in actors if role[m.start] == "against" and (m.kind == "actor" or t.kind == "development")  # "facilities in Iraq": a place
               and not source_named(text, m.start, m.end)]  # (nor "what U.S. Central Command says was a missile": who told of it)
    if t.kind in ("strike", "attack"):
        # "Israel struck Iran", "Iran's attack on Israel", "Israel was attacked by Iran": a country that is a state, named as the
        # report's object, is its target, after the groups the sentence names (not "targets in Iran": where)
        against += [m for m in actors if m.kind == "place" and m.actor is not None and role[m.start] == "against"
                    and table.actors[m.actor].kind == "state" and _STATE_ENDS.match(text, m.end)  # (not "Iraq's Ain al-Asad air base")
                    and not _BACKER_OR_WHERE.search(text, max(0, m.start - 40), m.start)  # (not "an air base in western Iraq was attacked")
                    and text[max(0, m.start - 2):m.start] != ", "  # (nor "base al-Harir in Erbil, Iraq was struck": a place's country)
                    and (_STATE_OBJECT.search(text, max(s.start, m.start - 30), m.start) or _STATE_PASSIVE.match(text, m.end))
                    and _NEAR_REPORT.fullmatch(text, *sorted((m.end, t.start)) if m.end <= t.start else (t.end, m.start))]
        # "targeting United States and United Kingdom Navy vessels": of two states joined as the target, the first named (a
        # country that is also a place, read as the target with the state named after it)
        for m in actors:
            if (m.kind == "place" and m.actor is not None and role[m.start] == "against" and table.actors[m.actor].kind == "state"
                    and (second := next((q for q in against if q.kind == "actor" and q.start > m.end
                                         and table.actors[q.actor].kind == "state" and _STATES_JOINED.fullmatch(text, m.end, q.start)),
                                        None)) is not None):
                if m in against:
                    against.remove(m)
                against.insert(against.index(second), m)
    # (not "The United States denounces the bombing of a market in Baghdad": who judged it, not who struck)
    us = [m for m in actors if m.actor == _US and role[m.start] != "against"
          and not (t.kind != "development" and judge_of_it(text, m.end, s.text, t.start))]
    others = [m for m in actors if m.actor != _US and m.kind == "actor" and role[m.start] != "against"
              and m.end <= t.end + 40 and not war_setting(text, m.start, m.end, sentence_start=s.start)
              and table.actors[m.actor].kind not in ("state", "state forces")
              and not _DENIED_IT.match(text, m.end)  # "Kataib Hezbollah denied involvement and said that the attack ..."
              and not _KILLED_AFTER.match(text, m.end)  # "..., Abu Taqwa, was killed in a drone strike": who it killed
              and not _ITS_SPEAKER.match(text, m.end)  # "'Three strikes hit Jurf al-Nasr,' a Kataeb Hezbollah source told AFP"
              # "The SDF said the drone hit a training ground": a partner of the US telling of an attack on it, not its maker
              and not ((_TOLD_OF.match(text, m.end) or _SAID_AFTER_REPORT.search(text, max(0, m.start - 8), m.end + 12))
                       and table.side(m.actor) == "US and partners")
              # "PMF militants reported an Israeli strike on their Al-Qaim outpost": a group telling of a strike on it, not its maker
              and not (t.kind == "strike" and _GROUP_TOLD_OF.match(text, m.end) and table.side(m.actor) == "Iran and aligned")
              and not _SPONSORED_BY.search(text, max(s.start, m.start - 40), m.start)  # "a group backed by Hezbollah"
              and not (t.kind == "attack" and _organisation(m.actor, table) in _HOST_STATES)]  # "Prime Minister al-Sudani ordered an
    # investigation into the launch of several rockets": Iraq's officials speak of attacks on US forces, they do not make them
    modifier = striker(t, in_s, s) if t.kind == "strike" else None
    # "U.S. forces struck and killed Iran-backed proxies who earlier had launched a ballistic missile against al-Asad": the group a
    # relative clause says launched the attack made it, whoever then struck it
    doer = (next((m for m in actors if m.kind == "actor" and m.actor != _US and m.end <= t.start <= m.end + 80
                  and _WHO_LAUNCHED.match(text, m.end)), None) if t.kind == "attack" else None)
    if doer is not None:
        against = [m for m in against if m is not doer]
    disrupted = t.sub_event_type == "Disrupted weapons use"
    if disrupted:  # the one who shot it down acted ("the Houthis shot down a U.S. drone"); the one who launched it is the other side
        owner = [m for m in actors if m.kind == "actor" and m.actor != _US
                 and (weapon_of(text, m.start) or _OWNS_WEAPON.match(text, m.end))]  # ("three Houthi missiles", "Houthi militants fired")
        shooter = [m for m in actors if m.end <= t.start and role[m.start] != "against"
                   and (m.kind != "place" or _STATES_DEFENCES.match(text, m.end))  # not "in western Iraq"; "Iraq's air defense"
                   and not (striker_modifier(s.text, m.end - s.start, t.start - s.start) and not _DOWN_VERB.match(t.text))
                   and m not in owner]  # not "a drone of X"; "Iran-backed militias shot down" names the shooter
        by_shooter = [m for m in actors if m.start > t.start and _DOWNED_BY.search(text[t.start:m.start])
                      and not (m.kind == "place" and _HOME_OF.match(text, m.end))]
        # "A drone of Iran-backed groups attempted to attack the US base ..., while anti-aircraft weapons shot it down": the base's
        a1 = (by_shooter[0] if by_shooter else shooter[-1] if shooter else us[0] if us else
              next((m for m in actors if m.actor == _US), None) if owner else None)
        by = [m for m in by if a1 is None or m.actor != a1.actor]
        if a1 is not None and a1.actor == _US:  # (the US, or the host state Iraq, named as where the weapon was aimed)
            against = [m for m in against if not (m.actor in (_US, _IRAQ) and _AIMED_AT.search(text[max(t.start, m.start - 45):m.start]))]
        against = owner + by + against
    elif modifier is not None:
        a1 = modifier
    elif doer is not None:
        a1 = doer
    elif t.kind == "development" and agent_after(t, text) and (agent := [m for m in actors if m.start >= t.end
                                                                        and not _ENVOY_TO.search(text, max(0, m.start - 30), m.start)]):
        a1 = agent[0]  # "the attack was condemned by the Iraqi government"
    elif t.kind == "development" and _MEASURE.match(t.text) and _BY_AGENT.match(text, t.end) and (
            agent := [m for m in actors if m.start >= t.end and m.actor == _US]):
        a1 = agent[0]  # "Six individuals affiliated with Kataib Hezbollah were sanctioned by the Treasury Department": who sanctioned
    elif t.kind == "development" and (subject := [m for m in actors if m.end <= t.start]):
        a1 = subject[0]  # "Biden blamed X and vowed to respond": the one who decided or said, not the one blamed
    elif t.event_type == "Battles" and t.kind == "strike" and us and us[0].end <= t.start:
        a1 = us[0]  # "The United States military and Iraq launched a joint raid": the US forces' raid, Iraq's partnering
    elif t.kind in ("strike", "attack") and (state := _state_subject(actors, t, text, table) or _state_owner(actors, t, text, table)) is not None:
        a1 = state  # "Israel conducted an airstrike in a southern Beirut suburb", "Israel shelled ...": the state that struck
    elif by:
        a1 = by[0]
    elif t.kind == "strike" and us:
        a1 = us[0]
    elif others and not (t.kind == "strike" and _KILLED_IN.search(text, max(s.start, t.start - 30), t.start)
                         and table.side(others[0].actor) == "Iran and aligned"):
        a1 = others[0]  # (not "PMF fighters held a funeral for comrades killed in an airstrike": the group mourned its dead)
    else:
        a1 = us[0] if t.kind == "development" and us else None
    if a1 is not None and a1.actor in _UMBRELLA_NAMES and (named := next(
            (m for m in actors if m.start >= a1.end and m.kind == "actor" and m.actor not in _UMBRELLA_NAMES and m.actor != _US
             and table.actors[m.actor].kind not in ("state", "state forces")
             and _APPOSITION.fullmatch(text, a1.end, m.start) and _APPOSITION_END.match(text, m.end)), None)) is not None:
        a1 = named  # "by an Iranian-backed militia, Katib Hizbollah, on Camp Taji": the group named in apposition made it
    hurt = [m for m in against if _HURT_BEFORE.search(text[max(0, m.start - 60):m.start])
            or _HURT_AFTER.match(text, m.end) or _LISTED_HURT.match(text, m.end)]
    a2 = next((m for m in hurt + against if a1 is None or m.actor != a1.actor), None)  # who was killed before who was near
    if (a2 is None and a1 is None and t.kind == "strike" and others and _KILLED_IN.search(text, max(s.start, t.start - 30), t.start)
            and table.side(others[0].actor) == "Iran and aligned"):
        a2 = others[0]  # whose men were killed in the strike
    if t.kind == "attack" and (_CAME_UNDER.search(text, max(s.start, t.start - 20), t.start) or _UNDER_FIRE.match(t.text)) and (
            under := next((m for m in reversed(actors) if m.end <= t.start and t.start - m.end <= 60), None)) is not None:
        a2 = under  # "U.S. positions in Deir-ez-zor had come under attack": the subject is the target
        a1 = None if a1 is not None and a1.actor == under.actor else a1
    if a2 is None and t.kind == "attack":
        # "A rocket attack on Camp Taji on Saturday wounded British soldiers": the US side's partner the attack hurt
        a2 = next((m for m in actors if m.kind == "actor" and (a1 is None or m.actor != a1.actor) and m.actor != _US
                   and table.side(m.actor) == "US and partners"
                   and (_HURT_BEFORE.search(text, max(0, m.start - 60), m.start) or _HURT_AFTER.match(text, m.end))), None)
    if a2 is None and t.kind == "attack" and (a1 is None or a1.actor != _US):
        # (not "The United States strongly condemns the suicide attack today in Madaen": who judged it)
        # (nor "WASHINGTON, DC - The Department of State condemns ...")
        # (nor "The Houthis targeted a commercial vessel in the Red Sea, according to US Central Command": the US told of it)
        a2 = next((m for m in actors if m.actor == _US and not judge_of_it(text, m.end, s.text, t.start)
                   and not (source_named(text, m.start, m.end) and _MERCHANT_TARGET.search(s.text) is not None)), None)
    if a2 is None and t.kind == "strike" and a1 is not None and a1.actor == _US:
        a2 = next((m for m in others if m.actor != _US), None)
    if a2 is None and t.event_type == "Battles" and a1 is not None and a1.actor == _US:
        # "a partnered raid ..., resulting in the deaths of 15 Islamic State (ISIS) operatives": the group the raid met
        a2 = next((m for m in actors if m.kind == "actor" and m.actor != _US and m.start > t.end
                   and not _PARTNERED.search(text, max(0, m.start - 14), m.start)), None)  # not "with the Iraqi Security Forces"
    if a2 is None and t.sub_event_type in ("Agreement", "Arrests") and a1 is not None:
        # "the United States and the government of Iraq will start ... meetings": the other party; "captured an ISIS leader": the
        # group whose man was taken (not "partnered with Syrian Democratic Forces")
        a2 = next((m for m in actors if m.kind == "actor" and m.actor != a1.actor
                   and (t.sub_event_type == "Agreement" or m.start >= t.start)
                   and not _PARTNERED.search(text, max(0, m.start - 14), m.start)), None)
        if a2 is None and t.sub_event_type == "Agreement" and (capital := next((m for m in in_s if m.kind == "place"
                                                                                  and m.text in _CAPITALS), None)) is not None:
            a2 = Mention(capital.start, capital.end, capital.text, "actor", capital.key, "actor", actor=_CAPITALS[capital.text])  # "Washington and
            # Baghdad will convene their ... Higher Military Commission": Iraq's government
    if a2 is None and t.kind == "development" and a1 is not None and a1.actor == _US and _MEASURE.match(t.text):
        # "The Department of State is today designating Kata'ib Sayyid al-Shuhada ... as Specially Designated Global Terrorists":
        # the group the measure names right after it, as a sanction's object is
        a2 = next((m for m in actors if m.kind == "actor" and m.actor != _US and m.start >= t.end), None)
        if a2 is not None and not _MEASURE_GAP.fullmatch(text, t.end, a2.start):
            a2 = None  # not "sanctioned Fly Baghdad, an Iraqi airline it said had helped Kataib Hezbollah"
        if a2 is None:  # "the US State Department declared the Iraq-based militia Harakat Ansar Allah al-Awfiya ... as Designated Global
            # Terrorists": the group the verb names before the measure's words
            a2 = next((m for m in actors if m.kind == "actor" and m.actor != _US and m.end <= t.start
                       and _DECLARED.search(text, max(s.start, m.start - 50), m.start)), None)
    if t.event_type == "Battles" and (bw := _BETWEEN.search(text, t.start, t.end + 80)) is not None:
        # "clashes ... between Deir Ezzor Military Council militants and the Syrian Army": the two sides, in the order told
        two = [m for m in actors if m.kind == "actor" and m.start > bw.start()]
        other = next((m for m in two[1:] if m.actor != two[0].actor and _AND.search(text, two[0].end, m.start)), None) if two else None
        if other is not None and (side := _ONE_SIDE.search(text, two[0].end, min(s.end, other.end + 200))) is not None:
            # "clashes between US forces and the SDF on one side and the Syrian army and its allies on the other": the other side
            other = next((m for m in two if m.start > side.end() and m.actor != two[0].actor), other)
        if other is not None:
            a1, a2 = two[0], other
    c["actor1"] = _organisation(a1.actor, table) if a1 else ""
    c["actor2"] = _organisation(a2.actor, table) if a2 else ""
    if a1 is None and t.kind == "strike" and _ISRAEL in table.actors and (
            israeli := _ISRAELI.search(text, max(s.start, t.start - 30), t.start) or _ISRAELI.match(text, t.start, t.end)
            or _ISRAELI_CRAFT.search(text, max(s.start, t.start - 60), t.start)):
        c["actor1"] = _ISRAEL  # "an Israeli airstrike in Beirut": Israel's, whoever else the article names
        ev["actor1"] = evidence(article.name, s, israeli.span())
    if (a1 is None and t.kind in ("strike", "attack")
            and (adj := _STATE_ADJ_STRIKE.search(text, max(s.start, t.start - 30), t.start)) is not None
            and _STATE_ADJ[adj.group("adj")] in table.actors):
        c["actor1"] = _STATE_ADJ[adj.group("adj")]  # "A Turkish drone strike killed three people in Iraqi Kurdistan": Turkey's
        ev["actor1"] = evidence(article.name, s, adj.span())
    if (t.kind == "attack" and (a1 is None or a1.actor in _UMBRELLA_NAMES) and _IRAN in table.actors
            and (iranian := _IRANIAN_WEAPON.search(text, max(s.start, t.start - 50), t.start)) is not None):
        c["actor1"] = _IRAN  # "at RAF Akrotiri in Cyprus, an Iranian drone struck": Iran's weapon (not "an Iranian-made drone")
        ev["actor1"] = evidence(article.name, s, iranian.span())
    if (t.kind in ("strike", "attack") and "-led" in text[max(s.start, t.start - 40):t.end]
            and (led := _NATION_LED.search(text, max(s.start, t.start - 40), t.end)) is not None
            and (state := _state_of(NATION[led.group("adj")][0], table)) is not None and c["actor2"] != state):
        c["actor1"], a1 = state, None  # "U.S. forces participated in an Iraqi-led operation against ISIS fighters": Iraq's operation
        ev["actor1"] = evidence(article.name, s, led.span())
    if t.kind == "strike" and c["actor1"] != _US and (us_word := _US_WORD.search(text, t.start, t.end)) is not None:
        c["actor1"], a1 = _US, None  # "injuries sustained from the American airstrike on Jurf al-Nasr": the strike's own words say whose
        ev["actor1"] = evidence(article.name, s, us_word.span())
    if c["actor2"] == c["actor1"]:
        c["actor2"] = ""
    for field, m in (("actor1", a1), ("actor2", a2)):
        if m is not None:
            ev[field] = evidence(article.name, s, (m.start, m.end))
    if not c["actor1"]:
        c["flags"].append("no actor named for this report")


#: Right before a country: a group is described as in it ("the ... armed group in Iraq").
_GROUP_IN = re.compile(r"\b(?:group|militia|faction|movement|brigades?|organi[sz]ation|coalition|alliance)s?\)?\s+(?:based\s+|active\s+)?in\s+$",
                       re.I)
#: The subject of a condemnation, a state's official or office named by its country's adjective: "a senior Iraqi official said".
_NATIONAL_OFFICIAL = re.compile(r"\b(?P<adj>Iraqi|Syrian|Jordanian)\s+(?:[\w-]+\s+){0,2}?(?:officials?|spokes(?:man|woman|person)|"
                                r"ministry|ministers?|authorities|government|presidency|army|armed\s+forces)[\s,]+(?:[\w,-]+\s+){0,6}?$", re.I)
#: Between a place and a verb: the place is the government that spoke ("Baghdad condemned", "Iraq's government on Tuesday condemned").
_SPEAKER_GAP = re.compile(r"\s*(?:['’]s\s+(?:government|cabinet|foreign\s+ministry)\s+)?(?:(?:on\s+|late\s+|early\s+)?\w+day\s+)?"
                          r"(?:has\s+|have\s+|had\s+)?$", re.I)


def speaking_state(c: dict, s: Sentence, t: Trigger, in_s: list[Mention], matches: dict[int, Match], table: ActorTable) -> None:
    """A condemnation whose subject is a capital or a country ("Baghdad condemned the strike") is that
    country's government's, when the actor table knows the state."""
    actor = table.actors.get(c["actor1"])
    if (actor is not None and actor.kind == "state" and c["actor1"] != _US
            and (mission := _FOREIGN_MISSION.search(s.text, 0, t.start - s.start)) is not None
            and NATION.get(mission["adj"], ("", ""))[1] != c["actor1"]):
        # "The US Embassy in Iraq also denounced the attack": the embassy's state speaks, not its host
        c["actor1"] = c["sources"][0]["actor1"] = _US if mission["adj"] in ("US", "U.S.", "American") else ""
        return
    if actor is not None and actor.kind == "state" and c["actor1"] != _US:
        return
    subject = next((m for m in reversed(in_s) if m.end <= t.start and m.kind == "place"), None)
    if subject is not None and _GROUP_IN.search(s.text, max(0, subject.start - s.start - 40), subject.start - s.start):
        return  # "a spokesperson for the Ketaeb Hezbollah armed group in Iraq slammed": the group's country, not the speaker
    if subject is not None and _MISSION_IN.search(s.text, max(0, subject.start - s.start - 40), subject.start - s.start):
        return  # "The British Embassy in Baghdad condemned": a foreign mission there, not the host government
    if subject is None or subject.start not in matches or not _SPEAKER_GAP.fullmatch(s.text, subject.end - s.start, t.start - s.start):
        official = _NATIONAL_OFFICIAL.search(s.text, 0, t.start - s.start)
        state = _state_of(NATION[official["adj"]][0], table) if official else None
        if state is not None and state != _US:  # "A senior Iraqi official said they were a 'flagrant violation of Iraq's sovereignty'"
            c["actor1"] = c["sources"][0]["actor1"] = state
        return
    place = matches[subject.start].place
    if place.kind not in ("country", "town"):
        return
    state = _state_of(place.country, table)
    if state is not None and state != _US:
        c["actor1"] = c["sources"][0]["actor1"] = state


#: Right before a capital or country: a foreign mission in it ("The British Embassy in Baghdad", "the US consulate in Erbil").
_MISSION_IN = re.compile(r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?:\s+[Gg]eneral)?|[Mm]ission|[Aa]mbassador|[Cc]harg[ée]\s+d['’]affaires)"
                         r"\s+(?:in|to)\s+(?:the\s+)?$")


#: A foreign mission as the subject: "The US Embassy in Iraq", "the British embassy in Baghdad".
_FOREIGN_MISSION = re.compile(r"\b(?P<adj>[A-Z][\w.]*)\s+(?:[Ee]mbassy|[Cc]onsulate(?:\s+[Gg]eneral)?)\s+(?:in|to)\s+(?:the\s+)?[A-Z]")


#: Right after a state's forces, the word for them: "Iran's elite Revolutionary Guards force has attacked", "RAF Typhoons struck".
_FORCE_WORD = (r"(?:\s*\([A-Z]{2,6}\))?(?:['’]s\s+(?:military|army|armed\s+forces|forces|air\s+force|navy))?"
               r"(?:\s+(?:force|forces|corps|units?|jets?|aircraft|warplanes?|planes?|Typhoons?|(?:Typhoon|fighter)\s+jets?))?")
#: A report's words, or those right before them: the nation whose forces led it ("an Iraqi-led operation", "Iraqi-led raids").
_NATION_LED = re.compile(r"\b(?P<adj>Iraqi|Syrian|Jordanian|Israeli)-led\s+(?:[\w-]+\s+)?(?:operations?|raids?|assaults?|offensives?|strikes?|"
                         r"missions?|attacks?|clearance)\b")
#: After a state's forces: the US side they worked with, told as an aside ("Iraqi Security Forces, working with service members from
#: Combined Joint Task Force-Operation Inherent Resolve, conducted strikes and follow-on raids"): the state's operation still.
_PARTNERED_ASIDE = (r"(?:\s*,\s*(?:working|operating|fighting|acting|partnering|partnered|together)\s+(?:with|alongside)\s+"
                    r"(?:U\.S\.|[^,;.]){3,90},)?")
#: "said that it", "said on 26 October 2024 it": the state tells what it did.
_SAID_IT = (r"(?:(?:also\s+|has\s+|have\s+)?(?:said|announced|claimed|stated)\s+(?:on\s+(?:[\w,]+\s+){1,3}?)?(?:that\s+)?(?:it|they)\s+"
            r"(?:(?:has|have|had)\s+)?)?")
#: Between a state named as the subject and its strike: "Israel conducted an", "Israel has also struck".
_STATE_VERB = re.compile(_FORCE_WORD + _PARTNERED_ASIDE + r"\s+" + _SAID_IT + r"(?:has\s+|had\s+|have\s+)?(?:also\s+|reportedly\s+|then\s+)?"
                         # "Iran's Revolutionary Guards said they attacked the 'espionage headquarters' of Israel in Erbil"
                         r"(?:conducted|carried\s+out|launched|struck|bombed|attacked|fired|engaged\s+in|"
                         r"hit|targeted|conducts|carries\s+out|launches|strikes|bombs|hits|targets|attacks|fires)\s+"
                         r"(?:an?\s+|the\s+|its\s+|several\s+|multiple\s+|new\s+)*"
                         # "Iran's IRGC launched 10 ballistic missiles", "Iran launched explosive drones and fired missiles": a count,
                         # and lower-case words (no other actor's name between the state and its weapon)
                         r"(?:(?:more\s+than|over|about|around|approximately|nearly|some|at\s+least)\s+)?"
                         r"(?:(?:between\s+\d[\d,]*\s+and\s+)?\d[\d,]*\s+|(?:hundreds|dozens|scores)\s+of\s+)?"
                         r"(?:(?:[a-z]+\s+)?(?:wave|series|round|barrage|salvo|volley)s?\s+of\s+)?"  # "a second wave of strikes"
                         r"(?:attacks?\s+[^.;]{0,60}?\bwith\s+)?[“\"]?"
                         # (no word of a clause's own: "launched an investigation into the drone attack" is no salvo)
                         r"(?-i:(?:(?!(?:into|of|for|about|on|against|the|an?|to|at|in|over|by|with)\s)[a-z][\w-]*\s+){0,3}?"
                         r"(?:and\s+(?:fired|launched)\s+(?:[a-z][\w-]*\s+)?)?)$", re.I)

#: Right before a state: it backs the subject ("formations supported by Iran shelled"), or the subject is in it ("in western Iraq").
_BACKER_OR_WHERE = re.compile(r"(?:\b(?:backed|supported|sponsored|funded|armed|aligned)\s+by|\b(?:aligned|allied|affiliated|associated)\s+with|"
                              r"\b(?:in|from|near)\s+(?:the\s+)?"
                              r"(?:(?:north|south)?(?:east|west)?(?:ern)?|north|south|central|northern|southern)\s+)\s*$", re.I)
#: The words that may stand between a report's word and its "by" besides names, days and figures: where and when it was ("a
#: drone attack on Monday on Erbil Air Base by", "the strike by"), or the verb whose agent it names ("carried out by").
_WHERE_WHEN_WORDS = frozenset({"on", "in", "at", "near", "the", "of", "a", "an", "against", "targeting", "base", "air", "airbase",
                               "airport", "early", "late", "earlier", "last", "this", "overnight", "night", "morning", "evening",
                               "afternoon", "today", "yesterday", "province", "governorate", "town", "city", "village", "camp", "oil",
                               "gas", "field", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
                               "central", "military", "outpost", "facility", "us", "u.s.", "american", "coalition", "forces", "troops",
                               "carried", "out", "launched", "conducted", "claimed", "fired", "perpetrated", "staged", "mounted",
                               "executed", "committed", "and", "drone", "rocket", "missile", "deadly", "recent", "latest", "attack",
                               "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "assault",
                               "hours", "days", "minutes"})  # ("a drone attack hours earlier by members of Kataib Hezbollah")


def _made_by(text: str, start: int, end: int) -> bool:
    """Whether the words from a report's word (``start``) to an actor's name (``end``) say the actor
    made the report: "the strike by Israel", "a drone attack on Monday on Erbil Air Base by
    Iran-backed Kataib Hezbollah"; not "facilities used by Kataib Hezbollah", "drew a strong protest
    by the Iraqi government": the "by" of another word.

    >>> s = "strikes against three facilities used by Kataib Hezbollah"
    >>> _made_by(s, 7, s.index("Kataib")), _made_by("strike by Israel", 6, 10)
    (False, True)
    """
    g = _BY_LATER.fullmatch(text, start, end)
    if g is None:
        return False
    # (names and days are capitalised, "al-Asad" and figures are not words: only a lower-case word of another kind says otherwise)
    return not any(w.isalpha() and w.islower() and w not in _WHERE_WHEN_WORDS for w in (g.group("gap") or "").split())


#: Right after a state's name: the word that makes it the sponsor of the group named next ("Iran-backed", "Iranian-aligned").
_SPONSOR_ADJECTIVE = re.compile(r"[-\s](?:backed|affiliated|aligned|linked|allied|supported|sponsored)\b", re.I)
#: Between a report's word and who made it: "the strike by Israel", "a drone attack on Monday on Erbil Air Base by Iran-backed", "an
#: attack by the militant group" (no clause's end between them; :func:`_made_by` reads the words of the gap).
_BY_LATER = re.compile(r"(?:(?P<gap>[^.,;:!?]{0,80}?)\s)?by\s+"
                       # ("a drone attack hours earlier by members of Kataib Hezbollah": its men made it)
                       r"(?:(?:members|fighters|elements|militants|operatives)\s+of\s+)?"
                       r"(?:the\s+|an?\s+)?(?:(?:Iran(?:ian)?|Tehran)[-\s](?:backed|affiliated|aligned|linked|allied|supported|sponsored)\s+|"
                       r"(?:[\w-]+\s+){0,2}?(?:group|militia|faction|movement)\s+)?", re.I)
#: A partner of the US side named as the speaker after the report: "..., the SDF said" (the mention between the comma and the verb).
_SAID_AFTER_REPORT = re.compile(r",\s+(?:the\s+|a\s+)?[^,.;]{2,60}?\s+(?:said|says|reported|stated|announced|added|confirmed)\b")
#: A ship as an attack's target ("a commercial vessel", "a tanker", "a Marshall Islands flagged ship"), which the US, naming it
#: only as the report's source, did not own.
_MERCHANT_TARGET = re.compile(r"\b(?:ships?|vessels?|tankers?|freighters?|bulkers?|bulk\s+carriers?|container\s+carriers?)\b", re.I)
#: Right after a group's name: its men telling of a report ("PMF militants reported an Israeli strike on their outpost").
_GROUP_TOLD_OF = re.compile(r"(?:\s+(?:militants|fighters|members|officials|sources))?\s+(?:said|says|reported|reports|announced|stated|"
                            r"confirmed)\s+(?:that\s+)?(?:the|a|an|two|three|four|\d+)\s")
#: Right after a name: its words telling of a report, not claiming it ("said the drone hit", "reported that a rocket struck").
_TOLD_OF = re.compile(r"\s+(?:said|says|reported|reports|announced|stated|confirmed)\s+(?:that\s+)?(?:the|a|an|two|three|four|\d+)\s")
#: Right before a state: the United States named with it, first ("the United States and Israel struck targets in Iran").
_US_AND = re.compile(r"\b(?:United\s+States|U\.S\.|US|America)(?:\s+(?:forces|military))?\s+and\s+$")
#: A strike's words that open with its verb: "launched a deadly strike", "carried out airstrikes".
_VERB_FIRST = re.compile(r"(?:launched|conducted|carried\s+out|initiated|began|started)\s", re.I)
#: Between a state named as the subject and a strike that is its verb: "Israel struck", "Israel has also bombed".
_STATE_AUX = re.compile(_FORCE_WORD + _PARTNERED_ASIDE + r"\s+" + _SAID_IT +
                        r"(?:(?:has|had|have|also|reportedly|then|itself)\s+)*"
                        # "Israel on Friday launched unprecedented strikes on Iran": the day between the state and its verb
                        r"(?:(?:on\s+|early\s+|late\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:(?:morning|night|evening)\s+)?)?", re.I)


#: Between a state named as the subject and a report told later in its clause: its verb, what it struck, then the weapon ("Iran
#: attacked Israel with drones", "Iran initiated an attack on Israel", "the Islamic Republic of Iran, for the first time, initiated a
#: kinetic military action against Israel in the form of aerial attacks"); no clause of its own between ("after", "which").
_STATE_DEED = re.compile(_FORCE_WORD + r"(?:\s*,[^,.;]{1,40},)?\s+" + _SAID_IT + r"(?:(?:has|had|have|also|reportedly|then|itself)\s+)*"
                         r"(?:attacked|struck|targeted|hit|bombed|shelled|launched|fired|initiated|began|started|mounted|staged|unleashed|"
                         r"carried\s+out|conducted)\s+"
                         # (not "launched an investigation into the drone attack": a deed about the report, not the report)
                         r"(?:(?!\b(?:which|who|that|after|when|while|before|because|as|but|since|following|into|about|over|regarding|"
                         r"investigations?|inquiry|probe|and\s+(?-i:[A-Z])))[^.;:,]){0,130}$", re.I)
#: A strike's own verbs, right after the state that struck ("Israel assassinated the Secretary-General of Hezbollah").
_STATE_VERBS = ("struck", "bombed", "hit", "targeted", "shelled", "assassinated", "attacked", "fired")


def _state_subject(actors: list[Mention], t: Trigger, text: str, table: ActorTable) -> Mention | None:
    """A state (or its forces) other than the United States named as the subject of the report's
    verb, right before it ("Israel conducted an airstrike", "Iran's Revolutionary Guards said they
    attacked"), if any."""
    for m in actors:
        if (m.end <= t.start and m.actor != _US and table.actors[m.actor].kind in ("state", "state forces")
                and not _WHERE_NAMED.search(text, max(0, m.start - 8), m.start)  # "U.S. forces in Iraq conducted ...": where they are
                and not _BACKER_OR_WHERE.search(text, max(0, m.start - 40), m.start)  # "militants in western Iraq", "supported by Iran"
                and not _US_AND.search(text, max(0, m.start - 30), m.start)  # "the United States and Israel struck": the US first
                and (_STATE_VERB.fullmatch(text, m.end, t.start) or _STATE_DEED.fullmatch(text, m.end, t.start) or (
                    # "launched a deadly strike", "Royal Air Force aircraft struck" (the aircraft and the verb, the trigger's words)
                    (t.text.lower() in _STATE_VERBS or _VERB_FIRST.match(t.text) or t.text.lower().rsplit(None, 1)[-1] in _STATE_VERBS)
                    and _STATE_AUX.fullmatch(text, m.end, t.start)))):
            return m
    return None


#: Between a state and the report's words: the state's own launch or attack ("Iran's launch of approximately 180 ballistic
#: missiles", "An Iran missile attack", "Iran's retaliatory strikes").
_STATE_OWNS = re.compile(r"(?:['’]s)?(?:\s+\([A-Z]{2,6}\))?\s+"  # ("the Iranian Revolutionary Guard's (IRGC) intense missile strike")
                         r"(?:(?:ballistic|cruise|direct|retaliatory|unprecedented|massive|large-scale|latest|overnight|intense|heavy)\s+)*"
                         r"(?:launch(?:es)?\s+of\s+(?:[\w-]+\s+){0,4}?)?")


#: Between a state and a report told later in the clause: the state's own deed and its object ("Iran's attack on Israel on Saturday
#: involved", "Israel's retaliation against Iran on October 26 involved").
_STATE_DEED_NOUN = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|retaliation|assault|barrage|offensive|"
                              r"bombardment)\s+(?:on|against|at)\s+(?:(?!\b(?:which|who|that|after|when|while|by)\b)[^.;:,]){0,80}$", re.I)
#: A report's words that are a verb ("struck", "shelled"), not a noun a state may own.
_VERB_TRIGGER = gated(re.compile(r"(?:ed|ing)$|^(?:hit|struck|shot)$", re.I))
_AN_BEFORE = re.compile(r"\b[Aa]n?\s+$|\b[Tt]he\s+$")


def _state_owner(actors: list[Mention], t: Trigger, text: str, table: ActorTable) -> Mention | None:
    """A state (not the United States) named right before the report's words as their owner ("Iran's launch of approximately 180
    ballistic missiles at targets in Israel", "An Iran missile attack targeted locations in Irbil"), if any."""
    # "Iran's attack on Israel on Saturday involved 170 drones": the state's deed named, its weapon the report's words
    deed = next((m for m in actors if m.end <= t.start and m.actor != _US and table.actors[m.actor].kind in ("state", "state forces")
                 and _STATE_DEED_NOUN.fullmatch(text, m.end, t.start)), None)
    if deed is not None:
        return deed
    if _VERB_TRIGGER.search(t.text):
        return None  # "the United States and Israel struck", "supported by Iran shelled": a verb, whose subject is read elsewhere
    return next((m for m in actors if m.end <= t.start and m.actor != _US and table.actors[m.actor].kind in ("state", "state forces")
                 and _STATE_OWNS.fullmatch(text, m.end, t.start)
                 # its possessive ("Iran's launch"), or its bare name after an article ("An Iran missile attack"; not "an Israeli
                 # military drone base", the target's holder)
                 and (text[m.end:m.end + 2] in ("'s", "’s") or (m.text == m.actor and _AN_BEFORE.search(text, max(0, m.start - 4), m.start)))),
                None)


def _state_of(country: str, table: ActorTable) -> str | None:
    """The name of the state actor of ``country`` (an ISO code), if the actor table knows one."""
    return next((a.name for a in table.actors.values() if a.kind == "state" and a.country == country), None)


def condemned_by_state(c: dict, in_s: list[Mention], table: ActorTable, prev: dict | None) -> bool:
    """Whether a condemnation comes from a government other than the United States; if so, the one
    whose strike it condemns (the United States, named in the sentence, else the one who acted in
    the report it follows) is its second actor."""
    actor = table.actors.get(c["actor1"])
    if actor is None or actor.kind != "state" or c["actor1"] not in _STATEMENTS_CODED:
        return False  # the United States condemning the attacks on its forces is its side of the story, not a development (nor
        # Jordan's condemnation of the attack on Tower 22, nor Israel's inquiry into a strike in Gaza: the coders code only the host
        # government's statements, Iraq's, 60 of them in the labels, and no other state's)
    if any(m.actor == _US for m in in_s):
        c["actor2"] = _US  # not the commander the strike killed
    elif prev is not None and prev.get("actor1") and prev["actor1"] != c["actor1"] and not prev.get("background"):
        c["actor2"] = prev["actor1"]  # "the government condemned the strikes": whoever struck
    c["fatalities"] = c["sources"][0]["fatalities"] = 0  # the deaths it names are the strike's
    c["sources"][0]["evidence"].pop("fatalities", None)
    return True


def _organisation(name: str, table: ActorTable) -> str:
    """ACLED codes organisations, not people: a person stands for the group they lead or belong to."""
    actor = table.actors.get(name)
    return actor.parent if actor is not None and actor.kind == "person" and actor.parent else name
