"""What in a sentence is context rather than the event it reports: summaries of a campaign ("a
series of attacks since mid-October"), the setting of a wider war ("Israel's war against Hamas in
Gaza"), a sponsor named as a modifier ("Iran-backed"), and countries named for another reason than
where something happened ("a clear message to Iran"). Rules over the words, no model; each says why.
"""

from __future__ import annotations

import functools
import re

from .dates import AGENCY_DATELINE, NEWS_AGENCIES
from .text import Words, by_first_letter, contains_any, gated, has_any, has_digit, line_matches, odd_case, one_of

__all__ = ["ALLIED_NATIONS", "HIT_ONE_TARGET", "victims", "datelines", "dateline_spans", "appositive_place", "generic_report", "war_setting",
           "war_named_after", "sponsor_modifier", "locative", "coordinated", "striker_modifier", "attacks_across_countries",
           "mission_foe", "judge_of_it", "counted_by_land", "onlooker", "zone_named", "source_named", "asides"]

#: The coalition's other nations, as reports name their forces and bases: "the Italian military base in Erbil", "a French soldier".
ALLIED_NATIONS = (r"(?:Italian|French|German|British|Spanish|Dutch|Norwegian|Danish|Canadian|Australian|Polish|Czech|Finnish|Hungarian|"
                  r"Swedish|Belgian)")

#: Words that make a sentence a summary of many events, not the report of one: each pattern (read case-blind) with words (in lower
#: case) one of which is in each of its matches, so that only the patterns whose words the sentence holds are read (see _summary).
_SUMMARY_PARTS = tuple((words, re.compile(pattern, re.I)) for words, pattern in (
    # "a series of rockets targeted the embassy": one salvo, not a campaign; "in a series of statements, said it struck": how the
    # claims came, not what they count
    (("series", "spate", "wave", "string", "pattern", "campaign", "flurry", "litany"),
     r"\b(?:series|spate|wave|string|pattern|campaign|flurry|litany)\s+of\b(?!\s+(?:[\w-]+\s+)?(?:rockets|missiles|drones|"
     r"projectiles|mortars|shells|explosions|blasts|katyushas|statements|posts|messages|claims|videos)\b)"),
    (("campaign",), r"\b(?:attack|drone|rocket)\s+campaign\b"),
    (("dozens", "scores", "hundreds"), r"\b(?:dozens|scores|hundreds)\s+of\s+(?:[\w-]+\s+){0,2}(?:attacks|strikes|incidents|assaults)\b"),
    # "claimed over two dozen drone and missile attacks on Israel, including ...": a month's count
    (("dozen",), r"\b(?:two|three|four|five|half\s+a|a)\s+dozen\s+(?:of\s+)?(?:(?:drone|rocket|missile|ballistic|cruise|air|separate|new|"
     r"more|such|and|armed|suicide)\s+){0,4}(?:attacks|strikes|incidents|assaults|operations)\b"),
    (("percentage", "proportion"), r"\b(?:percentage|proportion)\s+of\b"),
    (("%", "percent"), r"\b\d{1,3}(?:\.\d)?\s*(?:%|percent\b)"),
    (("repeatedly", "regularly", "frequently", "routinely", "increasingly", "constantly", "typically", "usually", "generally", "continuous"),
     r"\b(?:repeatedly|regularly|frequently|routinely|increasingly|constantly|typically|usually|generally|continuous(?:ly)?)\b"),
    # "the site of frequent rocket attacks by Iran-backed militias": what went on, not one attack
    (("frequent", "regular", "routine", "constant"),
     r"\b(?:frequent|regular|routine|constant)\s+(?:[\w-]+\s+){0,2}(?:attacks|strikes|assaults|shelling|bombardments?)\b"),
    (("such",), r"\b(?:facilities|bases|sites|targets|positions|places|locations|areas|installations)\s+(?:[^.;]{0,40}?\s)?such\s+as\b"),
    # "These include attacks on the US garrison at Tanf", "targeted various places in Syria": the campaign's kinds and targets
    (("include",), r"\b(?:these|they|which|those)\s+(?:also\s+)?include[sd]?\s+(?:[\w-]+\s+)?(?:attacks|strikes)\b"),
    (("various",), r"\bvarious\s+(?:[\w-]+\s+)?(?:places|sites|locations|bases|targets|facilities|positions)\b"),
    # "The majority of these assaults have focused on the Conoco gas plant", "most of the attacks targeted": the campaign's targets;
    # not "credit for most of the attacks, including the one that wounded three on Monday"
    (("majority", "bulk", "most", "many", "much"),
     r"\b(?:the\s+)?(?:majority|bulk|most|many|much)\s+of\s+(?:these|the|those|its|their)\s+(?:[\w-]+\s+)?(?:attacks|assaults|"
     r"strikes)\b(?![^.;]{0,20}\bincluding\b)"),
    (("mainly", "mostly", "largely"), r"\b(?:mainly|mostly|largely)\s+(?:targeted|target|hit|struck|aimed|focused)\b"),
    # not "three times within an hour", "twice on Saturday": one day's attacks, not a campaign
    (("times",), r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+(?:separate\s+|"
     r"different\s+)?times\b(?!\s+(?:within|in)\s+(?:an?|one|half\s+an|the\s+same|a\s+single)\s+(?:hour|day|night|morning|"
     r"evening)|\s+(?:on|late\s+on|early\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:today|yesterday|overnight|"
     r"tonight|this\s+morning|last\s+night))"),
    (("as",), r"\bas\s+of\s+[^,.;]{0,30},?\s+(?:over\s+|more\s+than\s+|at\s+least\s+|nearly\s+|about\s+|some\s+)?\d"),
    (("from",), r"\bfrom\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:to|until|through)\b"),
    (("escalat", "intensif", "stepped", "ramped", "increased", "expanded", "extended", "widened"),
     r"\b(?:escalat\w*|intensif\w*|stepped\s+up|ramped\s+up|increased|expanded|extended|widened)\s+(?:their\s+|its\s+|"
     r"the\s+)?(?:[\w-]+\s+)?(?:attacks|strikes|attack\s+claims)\b"),
    (("past", "last", "previous"),
     r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:few\s+|several\s+|two\s+|three\s+|couple\s+of\s+)?(?:days|"
     r"weeks|months)\b"),
    # "have bombed Syria on three occasions since"
    (("occasion",), r"\bon\s+(?:more\s+than\s+(?:a\s+single|one)|several|multiple|numerous|many|repeated|a\s+number\s+of|two|three|four|five|"
     r"six|seven|eight|nine|ten|\d+)\s+(?:separate\s+)?occasions?\b"),
    # "has targeted US allies in the Gulf previously"
    (("previously",), r"\b(?:has|have)\s+(?:[\w-]+\s+){1,6}?previously\b"),
    (("past",), r"\bin\s+the\s+past(?=\s*[,.;])"),
    # "Many of the militia's claims have been exaggerated, but in one case it managed to hit an Israeli Navy base": its record, undated
    (("exaggerated", "inflated", "overstated", "overblown"),
     r"\bclaims\s+(?:[\w-]+\s+){0,4}?(?:have|had)\s+(?:\w+\s+)?been\s+(?:\w+\s+)?(?:exaggerated|inflated|overstated|overblown)"
     r"\b"),
    (("recent",), r"\bin\s+recent\s+(?:days|weeks|months|times)\b"),
    (("since",), r"\bsince\s+then\b"),
    (("several", "numerous", "countless"), r"\b(?:several|numerous|countless)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids)\b"),
    (("responsible",), r"\bresponsible\s+for\s+(?:multiple|several|numerous|many|a\s+(?:number|series|string)\s+of)\s+(?:[\w-]+\s+)?attacks\b"),
    (("e.g.",), r"\be\.g\."),
    (("example",), r"\bfor\s+example\b"),
    (("rounds", "waves"), r"\b(?:several|numerous|many|repeated)\s+(?:rounds|waves)\s+of\b"),
    (("range",), r"\bha(?:s|ve)\s+a\s+range\b"),
    (("weighing",), r"\bwarheads?\s+weighing\b"),
    (("capable",), r"\bcapable\s+of\s+(?:carrying|striking|reaching|hitting)\b"),
    (("began",), r"\bbegan\s+(?:launching|attacking|firing|targeting|striking)\b"),
    (("began", "started"), r"\b(?:attacks|strikes)\s+(?:[\w.-]+\s+){0,4}(?:began|started)\s+(?:[\w-]+\s+){0,3}with\b"),
    (("come", "faced", "endured", "suffered"), r"\b(?:have|has)\s+(?:been\s+)?(?:come\s+under|faced|endured|suffered)\b"),
    # "Since the Hamas attack on Israel ..., Israel has found itself the target of missiles and drones": the war's record
    (("found",), r"\b(?:has|have)\s+found\s+(?:itself|themselves)\s+(?:the\s+|a\s+)?(?:frequent\s+|repeated\s+)?targets?\b"),
    (("since",), r"\bsince\s+the\s+(?:Hamas|October\s+7|Oct\.?\s+7|start\s+of\s+the\s+(?:Gaza\s+)?war|"
     r"outbreak\s+of\s+the\s+(?:Gaza\s+)?war)\b"),
    # "between October 17 and December 31", not "the border between Syria and Iraq" nor "overnight between December 25 and 26"; a
    # span closed by a day alone ("between October 17 and 18") counts only when it runs three days or more (counts_over_days)
    (("between",), r"(?<!night\s)\bbetween\s+(?:mid-|early\s+|late\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
     r"[a-z]{0,6}\.?\s*(?:\d{1,2}(?:,\s*\d{4})?\s+)?and\b(?!\s+\d{1,2}(?:st|nd|rd|th)?\b)"),
    # "this is the sixth attack on International Coalition bases in Al-Hasakah and Deir Ezzor since today's morning"
    (("since",), r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:attack|strike)"
     r"\b[^.;]{0,100}\bsince\b"),
    # "Previously, one-way attack drones were utilized against U.S. forces at bases near al-Shaddadi": the record before
    (("previously",), r"^\W*previously,\s"),
))
#: A sentence that opens on what came before: "Previously, ...", however it is dated.
_PREVIOUSLY = re.compile(r"\W*previously,\s", re.I)
#: The patterns of _SUMMARY_PARTS that a digit can match without any of _SUMMARY_WORDS: all a clause with digits and none of
#: those words needs (most clauses that report an event have a date's digits).
_SUMMARY_DIGITS = re.compile(
    r"\b\d{1,3}(?:\.\d)?\s*(?:%|percent\b)|\bas\s+of\s+[^,.;]{0,30},?\s+(?:over\s+|more\s+than\s+|at\s+least\s+|nearly\s+|about\s+|some\s+)?\d|"
    r"\bfrom\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:to|until|through)\b|"
    r"\b\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+)?(?:attack|strike)\b[^.;]{0,100}\bsince\b", re.I)
#: One of these words, or a digit, is in every match of _SUMMARY_PARTS: a cheap test before it (a new alternative adds its word here).
_SUMMARY_WORDS = Words(("percentage", "proportion", "occasion", "previously", "in the past", "exaggerat", "inflated", "overstated", "overblown",
                        "series", "spate", "wave", "string", "pattern", "campaign", "flurry", "litany", "dozen",
                        "scores", "hundreds", "repeatedly", "continuous", "such as", "include", "various", "regular", "frequent", "routine",
                        "increasingly",
                        "constant", "typically", "usually", "generally",
                        "mainly", "mostly", "largely", "times", "escalat", "increased", "intensif", "stepped", "ramped", "past", "last", "previous",
                        "recent",
                        "began", "come", "faced", "endured", "suffered", "between", "since then", "range", "warhead", "capable", "several",
                        "numerous", "e.g.", "for example",
                        "countless", "responsible", "found itself", "found themselves", "since the",
                        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "majority", "bulk", "most of",
                        "many of", "much of", "expanded", "extended", "widened"))
#: Weaker signs of a summary, which a day's date and a named place outweigh ("the most recent U.S. strikes targeted ... Abu Kamal").
_LOOSE = gated(re.compile(r"\b(?:ha(?:ve|s)\s+(?:continued|persisted)\b|ha(?:ve|s)\s+also\s+(?:targeted|attacked|struck|hit)\b|"
                          # "Houthi rebels have fired drones at ... ships", "missiles that U.S. ships have intercepted": what has gone on
                          r"ha(?:ve|s)\s+(?:also\s+|repeatedly\s+|regularly\s+)?(?:fired|launched)\s+(?:(?!(?:an?|the|one|two|three|four|five|\d+)\b)[\w-]+\s+)?"
                          r"(?:drones|missiles|rockets|UAVs)\b|(?:drones|missiles|rockets|UAVs)\s+(?:that|which)\s+[^.;]{0,40}?\bha(?:ve|s)\s+"
                          r"(?:been\s+)?(?:intercepted|shot\s+down|downed)\b|"
                          # "the Israeli military has successfully intercepted many of these drones": what has gone on
                          r"ha(?:ve|s)\s+(?:successfully\s+)?(?:intercepted|shot\s+down|downed)\s+(?:many|most|some|several|dozens|all)\s+of\b|"
                          # "The attacks against US forces have hit Ain Al Asad, ... and Harir": the campaign's targets, told in the perfect
                          r"(?:the|these|such)\s+attacks\b[^.;]{0,60}?\bha(?:ve|s)\s+(?:\w+\s+)?(?:hit|targeted|struck)\b|"
                          r"(?<!most\s)(?:earlier|previous|prior|past|recent)\s+(?:[\w.-]+\s+)?"
                          r"(?:attacks|strikes|assaults)\b)", re.I))
#: Right before a sign of a summary: what a report answered ("nine strikes ..., a response to recent attacks"), not the report.
_ANSWER_TO = re.compile(r"\b(?:response|retaliation|reply|answer)\s+(?:to|for)\s+(?:the\s+)?$", re.I)
#: Words one of which is in every text _LOOSE matches: a cheap test before it.
_LOOSE_WORDS = ("have", "has", "earlier", "previous", "prior", "past", "recent")
#: "blamed Iranian proxies for October's strikes against American interests": a month's attacks, counted together (the
#: possessive first, a fast scan; the month checked before it).
_POSSESSED_ATTACKS = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:attacks|strikes|assaults)\b", re.I)
_MONTH_NAME_END = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)$", re.I)
#: Nouns that name many events at once when plural.
_PLURAL = re.compile(r"\b(?:attacks|strikes|airstrikes|air\s+strikes|assaults|incidents|raids)\b", re.I)
#: One of these is in every text _PLURAL matches: a cheap test before it.
_PLURAL_WORDS = ("attacks", "strikes", "assaults", "incidents", "raids")
#: One round told as done, its doer the subject: "The U.S. military launched airstrikes in Iraq against ...".
_CONDUCTED = gated(re.compile(r"\b(?:launch(?:ed|es)|conduct(?:ed|s)|carr(?:ied|ies)\s+out|directed|order(?:ed)?|"
                              # "Biden ordered the US military to carry out retaliatory airstrikes against Iranian-backed militia groups"
                              r"order(?:ed|s)\s+(?:the\s+)?(?:[\w.&-]+\s+){0,3}to\s+(?:carry\s+out|conduct|launch))\s+"
                              r"(?:[\w&-]+\s+){0,3}(?:air\s*strikes|strikes|raids)\s+"
                              r"(?:in|on|against|at|targeting)\b|"
                              # told in the passive: "The U.S. airstrikes were carried out in the Deir ez-Zor province"
                              r"\b(?:air\s*strikes|strikes|raids)\s+(?:were|had\s+been)\s+(?:also\s+)?(?:carried\s+out|conducted|launched)\s+"
                              r"(?:in|on|against|near)\b", re.I))
#: After a few strikes or attacks: the one target they hit ("three strikes targeted a site belonging to Kataib Hezbollah in Babil
#: province"): one night's news, neither a count nor a summary (not "targeted U.S. bases": several).
HIT_ONE_TARGET = (r"\s+(?:also\s+)?(?:targeted|hit|struck|pounded)\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?"
                  r"(?:site|base|headquarters|position|building|facility|camp|depot|warehouse|vehicle|car|house|compound)\b")
#: One strike round told by the targets it counts: "airstrikes on three facilities housing armed groups in Babil".
_ROUND_TOLD = re.compile(r"(?:\b(?:air\s*strikes|strikes)\s+(?:on|against|targeted|hit|struck)|"
                         r"\b(?:hitting|striking)(?=\s+(?:\d|two|three|four|five|six|seven|eight|nine)))"  # "..., hitting nine targets at two"
                         r"\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?"
                         r"(?:two|three|four|five|six|seven|eight|nine|\d+)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:facilities|targets|sites|locations|positions|headquarters|bases)\b|"
                         # a few strikes on one target: "three strikes targeted a site belonging to Kataib Hezbollah in Babil province"
                         r"\b(?i:two|three|four|five)\s+(?:[\w-]+\s+)?(?:air\s*strikes|strikes|raids)" + HIT_ONE_TARGET)
#: A headline's verb, "strikes" done by the US side to what follows ("US strikes IRGC-linked weapons warehouse in eastern Syria",
#: "U.S. strikes Iran-backed militias"), or strikes that "kill" or "hit" in its present: one round, not strikes counted (not "US
#: strikes killed 16 since October", "US strikes on Iraq", "US strikes Monday").
_STRIKES_VERB = re.compile(r"\b(?:U\.S\.|US|America|Washington|Pentagon|CENTCOM|Britain|UK)\s+(?:strikes|targets|hits|bombs|pounds)\s+"
                           r"(?!(?:on|in|at|against|near|across|inside|into|over|of|and|or|for|that|which|since|as|amid|after|before|"
                           r"this|last|were|are|was|is|have|has|had|will|would|could|may|might|kill\w*|hit|hits|target\w*|struck|"
                           r"destroy\w*|continue\w*|come|came|follow\w*|left|leave|began|begin|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                           r"overnight|back|so|such)\b)[\w“\"'-]|"
                           # a headline's present: "US strikes kill 16 in Iraq", "Airstrikes hit Houthi targets in Sanaa"
                           r"\b(?:[Aa]ir\s?strikes|[Ss]trikes)\s+(?:kill|hit|pound|target|destroy)\s+(?:\d+|two|three|four|five|six|seven|eight|"
                           r"nine|ten|dozens|an?|the|[A-Z])")
#: A claim of a few attacks on sites in one place, told in the simple past ("The Islamic Resistance in Iraq claimed two drone attacks
#: on sites in southern Israel"): that claim's news, not the campaign's count (not "has claimed two attacks ... since Friday").
_CLAIMED_FEW = re.compile(r"(?:(?<!has\s)(?<!have\s)\b(?:claimed|launched|carried\s+out|conducted|staged)\s+(?:responsibility\s+for\s+)?|"
                          # (the claim's words without its verb: "three drone attacks on 'vital sites' in southern Israel", as quoted)
                          r"^\s*)"
                          r"(?:two|three|four|five|six|[2-6]|multiple)\s+(?:separate\s+)?(?:drone|missile|rocket|drone\s+and\s+missile|"
                          r"missile\s+and\s+drone)\s+(?:attacks|strikes|operations)\s+"
                          # ("three drone attacks at dawn on three sites in northern Israel": the claim's hour before its targets)
                          r"(?:(?:at\s+dawn|overnight|early\s+(?:on\s+)?\w+|(?:this|on\s+\w+)\s+(?:morning|evening|night)|on\s+\w+day)\s+)?"
                          # (the targets in the group's words, quoted: 'on "vital targets" in northern Israel'; or none: "five drone attacks
                          # in northern Israel")
                          r"(?:(?:on|against|targeting)\s+(?:[\w-]+\s+){0,3}?[\"“]?(?:vital\s+|military\s+)?"
                          r"(?:sites?|targets?|positions?|bases?|facilit\w+)[\"”]?\s+)?(?:in|at|near)\s"
                          # (not "... on sites in Iraq and Syria over the past week": a tally)
                          r"(?![^.;]*\b(?:over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|this\s+(?:week|month)|last\s+(?:week|month)|"
                          r"since)\b)")
#: One round of strikes told as a series, launched on a day: "launched a series of strikes into Houthi-controlled areas".
#: ("carried out two series of strikes in Iraq on Tuesday and Wednesday": one round each day.)
_SERIES_LAUNCHED = re.compile(r"\b(?:launched|conducted|carried\s+out)\s+(?:a|another|a\s+new|two|three)\s+series\s+of\s+"
                              r"(?:air\s*|precision\s+)?strikes\b|"
                              # "a series of earlier airstrikes on Monday, during which U.S. forces targeted nine facilities": that day's
                              r"\ba\s+series\s+of\s+(?:earlier\s+|new\s+)?(?:air\s*|precision\s+)?strikes\s+"
                              r"(?:late\s+|early\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
#: The targets a campaign's attacks have had: "Key targets of these attacks in Iraq have included Asad Air Base".
_TARGETS_INCLUDED = re.compile(r"\b(?:targets?|sites?|bases?)\s+(?:of\s+(?:these|the|such|those)\s+(?:[\w-]+\s+)?attacks\s+)?"
                               r"(?:in\s+[A-Z]\w+\s+)?(?:have|has)\s+(?:also\s+)?included\b")
#: Rounds counted apart: "conducted three separate air strikes" sums up several days.
_SEPARATE = re.compile(r"\b(?:two|three|four|five|six|several|multiple|\d+)\s+separate\b", re.I)
#: A singular report: "an attack", "the strike", "a drone attack", "one-way attack drone".
_SINGULAR = gated(re.compile(r"\b(?:an?|the|one|this|that|latest|Sunday's|Saturday's|Friday's)\s+(?:[\w-]+\s+){0,3}"
                             # not "a mix of one-way attack drones"
                             r"(?:attack|strike|airstrike|assault|raid)\b(?!s|\s+(?:drones?|UAVs?|helicopters?|aircraft|boats?)\b)|"
                             r"\b(?:first|second|third|fourth|new|latest|fresh|another)\s+(?:wave|round|set|salvo|barrage)\s+of\b|"
                             r"\bintercepted\s+(?:an?|one)\s+(?:[\w-]+\s+)?(?:drone|UAV|missile|rocket)\b(?!s)|"
                             # "targeted Eilat on the evening of September 25, one of several increasing attacks from Iraq": one of many
                             r"\bone\s+of\s+(?:the\s+)?(?:several|many|dozens\s+of|numerous|a\s+(?:series|string|spate|wave)\s+of)\b", re.I))


#: A round counted among the campaign's: "for the second time in recent weeks".
_NTH_TIME = re.compile(r"\bfor\s+the\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+time\b", re.I)
#: The day before a report, told in hours: "several attacks on U.S. personnel in Syria over the last 24 hours".
#: A few attacks counted over the last day, right after them: "several attacks on US forces in Syria carried out over the past 24
#: hours" (not "dozens of attacks ...": a count that long is no one day's).
_SEVERAL_IN_A_DAY = re.compile(r"\b(?:several|multiple|two|three|four)\s+(?:[\w-]+\s+)?attacks\s+(?:on|against)\s+[^;]{0,60}?"
                               r"(?:over|in|within|during)\s+the\s+(?:last|past|previous|preceding)\s+(?:24|twenty-four)\s+hours\b", re.I)
_LAST_DAY_HOURS = re.compile(r"\b(?:over|in|within|during)\s+the\s+(?:last|past|previous|preceding)\s+(?:24|twenty-four)\s+hours\b", re.I)
#: What a struck site was used for: "were used by radical Shiite paramilitary group Kataib Hezbollah to "support recent attacks on
#: U.S. and coalition bases"".
_USED_FOR = re.compile(r"\b(?:were|was|are|is)\s+used\s+(?:by\s+[^.;]{0,100}?\s+)?(?:to|for)\s+[^;]*$")
#: How often at one place on the day told: "drones shot down near Tall Baydar and three times near Al-Asad Airbase on November 5".
_TIMES_AT = re.compile(r"\b(?:twice|(?:two|three|four|five|six|\d+)\s+times)\s+(?:near|at)\s+(?:the\s+)?[A-Z]", re.I)
#: One round told as new: "a fresh wave of strikes", "the second round of strikes" (dated by the report when it gives no day).
_ROUND_OF = re.compile(r"\b(?:first|second|third|fourth|new|latest|fresh|another)\s+(?:wave|round|set|salvo|barrage)\s+of\b", re.I)


#: A toll told of strikes: "six pro-Iran fighters were killed in US strikes on eastern Syria" reports one round, not the campaign.
_STRIKERS = r"(?:U\.S\.|US|American|Israeli|coalition|Iranian)\s+"
_KILLED_IN = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several)\s+(?:[\w-]+\s+){0,3}?(?:were|have\s+been)\s+"
                        # "Four people were killed and six wounded in the strikes on Iraqi Kurdistan": the toll of the strikes told
                        r"killed\s+(?:and\s+(?:\d+|\w+)\s+(?:others\s+)?(?:wounded|injured)\s+)?(?:in|by)\s+"
                        rf"(?:the\s+(?:{_STRIKERS})?|{_STRIKERS})(?:air\s*|drone\s+|missile\s+)?strikes\b", re.I)


#: Before "have fired": a claim of one deed ("It also claimed to have fired missiles at the Koniko base"), not a habit.
_CLAIMED_TO = re.compile(r"\b(?:claim(?:s|ed)?|said|says)\s+(?:it\s+)?to\s+$|\bclaim(?:s|ed)?\s+to\s+$", re.I)
#: A relative clause set off by commas inside a report, saying what something is or has done.
_WHICH_ASIDE = re.compile(r",\s+(?:which|who)\s+(?:have|has|had|were|was|is|are)\b[^,;.]{0,160},(?=\s+[a-z])")


#: One site's news told in the perfect: "The US base ... has come under missile fire", "the embassy has again come under a drone
#: attack" (not "has come under attack more than 60 times", "has come under repeated attacks": a record; nor a man who "has come
#: under attack ... from militia leaders": criticism).
_ONE_CAME_UNDER = re.compile(r"\b(?:base|field|garrison|airport|air\s*base|embassy|outpost|facility|camp|site|station|compound|post|consulate)"
                             r"\b[^.;,]{0,80}?\bhas\s+(?:just\s+|again\s+|also\s+)?come\s+under\s+(?:an?\s+)?(?:(?:rocket|missile|mortar|drone|artillery|"
                             r"heavy|intense|direct)\s+){0,2}(?:fire|attack)\b(?![^.;]{0,40}\btimes\b)")


def _summary(sentence: str) -> bool:
    """Whether a pattern of :data:`_SUMMARY_PARTS` matches in ``sentence``: read only where the sentence holds one of its words
    (all are read where a letter that case-blind matching reads as a Latin one may hide a word from the test)."""
    low = sentence.lower()
    if odd_case(low):
        return any(pattern.search(sentence) for _, pattern in _SUMMARY_PARTS)
    for words, pattern in _SUMMARY_PARTS:
        for word in words:
            if word in low:
                if pattern.search(sentence):
                    return True
                break
    return False


#: Attacks counted country by country, a few each ("three in Syria and one in Iraq", "two in the latter and five in the former",
#: "one attack in Iraq and three in Syria"), and what makes such a breakdown a campaign's (:data:`_BREAKDOWN_CAMPAIGN`: "since
#: October", "so far").
_N = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_IN_LAND = r"(?:in|at)\s+(?:Iraq|Syria|Jordan|Yemen|the\s+(?:latter|former))\b"
_IN_C = rf"(?:located\s+)?{_IN_LAND}"
_BREAKDOWN = re.compile(rf"\b{_N}\s+(?:[\w-]+\s+){{0,2}}?{_IN_C}[^.;]{{0,40}}?\band\s+{_N}\s+(?:[\w-]+\s+){{0,2}}?{_IN_C}", re.I)
_BREAKDOWN_CAMPAIGN = re.compile(r"\b(?:since\s+(?:Oct|Nov|Dec|Jan|Feb|the\s+start|the\s+beginning|mid-)|so\s+far|to\s+date|in\s+total|campaign|"
                                 r"this\s+(?:year|month)|(?:past|last)\s+(?:weeks|months|year))\b", re.I)
#: The country of a breakdown's item alone ("in Syria"): the breakdown holds two of them, one after the other, so a text in which
#: this pattern does not match twice cannot hold a breakdown (a cheap test before it: _BREAKDOWN is tried at every word's start).
_IN_COUNTRY = re.compile(_IN_LAND, re.I)
#: The words one of which each match of :data:`_IN_COUNTRY` holds: a breakdown's text holds two of them (a cheaper test still, before
#: the pattern, which is tried at every "i" and "a").
_LAND_WORDS = ("iraq", "syria", "jordan", "yemen", "latter", "former")


def counted_by_land(text: str) -> re.Match | None:
    """Where ``text`` counts attacks country by country ("three in Syria and one in Iraq"), if it does.

    >>> counted_by_land("four attacks on US forces, three in Syria and one in Iraq").group()
    'three in Syria and one in Iraq'
    >>> counted_by_land("attacks in Syria and Iraq") is None
    True
    """
    low = text.lower()
    if sum(map(low.count, _LAND_WORDS)) < 2 and not odd_case(low):
        return None  # (two matches, one after the other, each with one of the words; or a letter lower() leaves, see contains_any)
    if (first := _IN_COUNTRY.search(text)) is None or _IN_COUNTRY.search(text, first.end()) is None:
        return None
    return _BREAKDOWN.search(text)


#: Attacks told as an exchange between two sides, with no day: "attacks between Iranian-backed forces and the United States".
_ATTACKS_BETWEEN = re.compile(r"\b(?:attacks|strikes|exchanges|tit-for-tat\s+attacks)\s+between\b", re.I)


def generic_report(sentence: str, *, dated: bool, since: bool, specific_place: bool, area_named: bool = False) -> bool:
    """Whether ``sentence`` summarises a campaign rather than reporting an event.

    ``dated``: the sentence has a day-precise date; ``since``: it has a "since ..." range;
    ``specific_place``: it names a site or town; ``area_named``: it names a district or province.

    >>> generic_report("There have been a series of attacks on US forces since Oct. 17.", dated=False, since=True, specific_place=False)
    True
    >>> generic_report("A drone attack hit Tower 22 on Sunday.", dated=True, since=False, specific_place=True)
    False
    >>> generic_report("The U.S. strikes come after new attacks on bases in Iraq.", dated=False, since=False, specific_place=False)
    True
    >>> generic_report("The strikes hit targets at al-Qaim and Akashat.", dated=False, since=False, specific_place=True)
    False
    >>> generic_report("Houthi rebels have fired drones at missiles that U.S. ships in the Red Sea have intercepted.", dated=False,
    ...                since=False, specific_place=False)
    True
    >>> generic_report("The Pentagon blamed Iranian proxies for October's strikes, putting the total at 20 on Saturday.", dated=True,
    ...                since=False, specific_place=False)
    True
    """
    if (specific_place and " as well as " in sentence and (also := _AS_WELL_AS_MANY.search(sentence)) is not None
            and _SINGULAR.search(sentence, 0, also.start()) and _NAMED_AT.search(sentence, 0, also.start())):
        # "condemned the attack on the U.S. Embassy in Baghdad as well as the series of attacks on U.S. personnel in Iraq and Syria in
        # recent weeks": one attack told, then the campaign beside it; the first is read alone
        sentence = sentence[:also.start()]
        since = since and "since" in sentence.lower()
    if not dated and " between " in sentence and _ATTACKS_BETWEEN.search(sentence) is not None:
        return True  # "violence spreading from Israel's war on Gaza to attacks between Iranian-backed forces and the United States"
    if counted_by_land(sentence) is not None and not _BREAKDOWN_CAMPAIGN.search(sentence):
        return False  # "four drone and rocket attacks ...—three in Syria and one in Iraq": that day's news, told per country
    if ", wh" in sentence:  # "A-10 aircraft, which have been repeatedly deployed to the region, struck militants": what they are
        sentence = _WHICH_ASIDE.sub(",", sentence)
    if (aside := _ASIDE_FROM.match(sentence)) is not None:
        sentence = sentence[aside.end():]  # "Aside from the fire intensifying in recent days, U.S. strikes ... Monday": the rest reports
    if ("accuse" in sentence or "blame" in sentence) and (held := _ACCUSED_OF.search(sentence)) is not None and held.start() >= _REPORT_BEFORE:
        sentence = sentence[:held.start()]  # "... a group that Washington has accused of a series of attacks": who the group is
    if ("that" in sentence or "which" in sentence) and (record := _GROUP_RECORD.search(sentence)) is not None and record.start() >= _REPORT_BEFORE:
        # "struck a base used by the PMF, the Iran-backed militias that have launched numerous attacks on American forces since the
        # beginning of the Gaza war": who the group is; its own "since" dates that record, not the report before it
        since = since and "since" in sentence[:record.start()]
        sentence = sentence[:record.start()]
    if "used" in sentence and (use := _USED_FOR.search(sentence)) is not None and use.start() >= _REPORT_BEFORE:
        sentence = sentence[:use.start()]  # "the facilities targeted ... were used by Kataib Hezbollah to support recent attacks": what for
    if "been" in sentence and (targeted := _BEEN_TARGET.search(sentence)) is not None and targeted.start() >= _REPORT_BEFORE:
        since = since and "since" in sentence[:targeted.start()].lower()  # its "since" dates that record, not the report before it
        sentence = sentence[:targeted.start()]  # "near Abu Kamal, where the US has a base that has been the target of several attacks"
    if (dated and contains_any(sentence, _ANSWER_WORDS) and (answer := _IN_ANSWER_TO.search(sentence)) is not None
            and answer.start() >= _REPORT_BEFORE):
        sentence = sentence[:answer.start()]  # "jets attacked a facility on Wednesday in response to a series of attacks": what it answered
    if "includ" in sentence and _TARGETS_INCLUDED.search(sentence):
        return True  # "Key targets of these attacks in Iraq have included Asad Air Base, ... and Harir Air Base": the campaign's record
    if contains_any(sentence, ("first", "latest")) and _FIRST_SINCE.search(sentence):
        return True  # "The July 30 airstrike is the first known U.S. strike in Iraq since February, when ...": what it was, not another
    if not since and specific_place and "has" in sentence and _ONE_CAME_UNDER.search(sentence):
        return False  # "The US base at the Omar oil field ... has come under missile fire": one site's news, in the perfect
    if since or (_summary(sentence) if _SUMMARY_WORDS.found_in(sentence) else
                 (has_digit(sentence) and _SUMMARY_DIGITS.search(sentence))):
        if _PREVIOUSLY.match(sentence):
            return True  # "Previously, a drone attack disrupted oil production at the Sarsang oilfield, ... confirmed on July 15": the record
        if dated and specific_place and _TIMES_AT.search(sentence):
            return False  # "shot down near Tall Baydar, Syria, and three times near Al-Asad Airbase" on one day: that day's list
        if dated and "hours" in sentence and "respon" in sentence and _LAST_DAY_HOURS.search(sentence):
            return False  # "nine strikes on Monday, in response to several attacks ... over the last 24 hours": that day's news
        if not since and "hours" in sentence and _SEVERAL_IN_A_DAY.search(sentence):
            return False  # "several attacks on U.S. personnel in Syria over the last 24 hours", as CENTCOM told them: that day's news
        if (dated or specific_place) and _NTH_TIME.search(sentence):
            # "for the second time in recent weeks, carried out strikes on Wednesday": that day's round; "fired missiles at the Koniko
            # base ... for the third time": that attack, one more at the base
            return False
        if dated and _SERIES_LAUNCHED.search(sentence):
            return False  # "US and British warplanes launched a series of strikes into Houthi-controlled areas late Monday": that night's
        if not since and specific_place and _SOME_AT_SITES.search(sentence):
            return False  # "three of the new attacks in Syria occurred in recent days at bases in Green Village and al-Shaddadi": each
            # base named, its own attack
        if not since and specific_place and "series" in sentence and _SERIES_STRUCK.search(sentence):
            return False  # "a series of coordinated attacks ..., carried out by ... Iran, struck civilian facilities ... in Koya": one town's
        if not since and (specific_place or area_named) and _STRUCK_BY_MANY.search(sentence):
            return False  # "the Jurf al-Nasr area was targeted by several air strikes": one place's night, told in the simple past
        return not ((dated or _ROUND_OF.search(sentence)) and _SINGULAR.search(sentence))
    if ((contains_any(sentence, _LOOSE_WORDS) and (loose := _LOOSE.search(sentence))
         and not _ANSWER_TO.search(sentence, max(0, loose.start() - 30), loose.start())
         and not _CLAIMED_TO.search(sentence, max(0, loose.start() - 20), loose.start()))
            or (("'" in sentence or "’" in sentence)
                and any(_MONTH_NAME_END.search(sentence, 0, m.start()) for m in _POSSESSED_ATTACKS.finditer(sentence)))):
        return not (dated and specific_place)
    if not dated and ("have" in sentence or "has" in sentence) and _DOWNED_SO_FAR.search(sentence):
        return True  # "Iraqi air defenses have intercepted multiple drones near key military installations in Baghdad, Nineveh, ..."
    if not dated and contains_any(sentence, _ROUNDS_WORDS) and _ROUNDS_SO_FAR.search(sentence):
        return True  # "The US has carried out three retaliatory strikes against pro-Iran militia targets in Syria": a count so far
    if area_named and not dated and _STRIKES_HIT.search(sentence):
        return False  # "the US airstrikes hit bases of the Hashd Shaabi in the provinces of Babil and Wasit": that round, where it hit
    if (area_named or specific_place) and not since and _AREA_ROUND.search(sentence) and not _AREA_CAMPAIGN.search(sentence):
        return False  # "other attacks targeted U.S. bases in Deir ez-Zor and al-Hasakah provinces": that round, where it hit
    return (not dated and not specific_place and contains_any(sentence, _PLURAL_WORDS) and bool(_PLURAL.search(sentence))
            and not _SINGULAR.search(sentence) and not _STRIKES_VERB.search(sentence) and not _CLAIMED_FEW.search(sentence)
            and not (_CONDUCTED.search(sentence) and not _SEPARATE.search(sentence))
            and not _ROUND_TOLD.search(sentence)
            and not ("killed" in sentence and _KILLED_IN.search(sentence)))


#: The campaign told beside one report: "as well as the series of attacks", "as well as the recent attacks".
_AS_WELL_AS_MANY = re.compile(r",?\s+as\s+well\s+as\s+(?:the\s+|a\s+)?(?:(?:series|spate|wave|string|number)\s+of\s+|recent\s+|other\s+|"
                              r"ongoing\s+|repeated\s+)(?:[\w-]+\s+)?(?:attacks|strikes)\b", re.I)
#: A place named in the report before it: "on the U.S. Embassy in Baghdad".
_NAMED_AT = re.compile(r"\b(?:on|at|in|near|against)\s+(?:the\s+)?(?:U\.S\.\s+)?[A-Z]")
#: Strikes told as hitting their targets, in the past tense: "the US airstrikes hit bases of the paramilitary Hashd Shaabi forces",
#: "the American airstrikes fell on the districts of the province of Deir ez-Zor".
_STRIKES_HIT = re.compile(r"\b(?:the|US|U\.S\.|American|Israeli)\s+(?:air\s*strikes|strikes|raids)\s+"
                          r"(?:hit|struck|targeted|pounded|destroyed|fell\s+on|rocked)\s+"
                          r"(?!\w+ing\b)")


#: Plural attacks told as hitting a province or region in the simple past ("other attacks targeted U.S. bases in Deir ez-Zor and
#: al-Hasakah provinces", "drone strikes on two oil fields in northern Duhok province"): one round, unless told as a campaign's
#: (:data:`_AREA_CAMPAIGN`: "since", "dozens", "every week", "throughout July", "last month"). (Read with a look-ahead for the
#: first letters of its words, see gated: a third faster.)
_AREA_ROUND = gated(re.compile(r"\b(?:air\s*strikes|strikes|attacks|raids)\s+(?:(?:in\s+\w+\s+)?(?:also\s+)?(?:hit|struck|targeted|targeting|pounded|"
                               r"occurred\s+(?:[\w\s]{0,20}?)?(?:at|in|on))|on\s+(?:two|three|four|\d)\s+(?:[\w-]+\s+)?"
                               r"(?:oil\s+fields|sites|bases|targets))\b|"
                               r"\b(?:was|were)\s+(?:struck|hit|targeted)\s+(?:several|multiple|two|three|four)\s+times\b", re.I))
_AREA_CAMPAIGN = re.compile(r"\b(?:since|so\s+far|to\s+date|have\s+been|has\s+been|have\s+(?:hit|struck|targeted)|campaign|dozens|"
                            r"more\s+than\s+\d{2}|(?:every|each|per)\s+(?:day|week|month)|over\s+the\s+(?:past|last)\s+(?:weeks|months|year)|"
                            r"throughout|during|separate|ha(?:ve|s)|every\s+\w+|over\s+the\s+years|(?:this|last|past)\s+(?:week|month|year)|in\s+(?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December))\b", re.I)
#: A few of the attacks told, then the bases each was at: "three of the new attacks in Syria occurred in recent days at bases in Green
#: Village and al-Shaddadi" (the bases the sentence names: each its own attack).
_SOME_AT_SITES = re.compile(r"\b(?:two|three|four|five|[2-5])\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?attacks\s+(?:in\s+\w+\s+)?"
                            r"(?:occurred|took\s+place|happened|were)\s+(?:[\w\s]{0,20}?)?(?:at|on|against)\s+(?:the\s+)?"
                            r"(?:bases|sites|positions)\s+(?:in|at|near)\s", re.I)
#: A series of attacks as the subject of a verb of hitting in the simple past: "a series of coordinated attacks involving drone strikes
#: and rocket barrages, carried out by the regime, struck civilian facilities of the PDKI in Koya" (a town named: that night's).
_SERIES_STRUCK = re.compile(r"^\W*(?:a|the)\s+series\s+of\s+(?:[\w-]+\s+)?(?:attacks|strikes|air\s*strikes)\b[^;]{0,160}?"
                            r"\b(?:struck|hit|targeted|pounded)\s+(?!\w+ing\b)", re.I)
#: One place struck by many, told in the simple past: "was targeted by several air strikes", "came under a series of attacks"
#: (not "has been targeted by several attacks", a record).
_STRUCK_BY_MANY = re.compile(r"\b(?:(?:was|were)\s+(?:\w+\s+)?(?:targeted|hit|struck|attacked|bombed|pounded|shelled)\s+(?:by|with)|"
                             r"came\s+under)\s+(?:several|multiple|numerous|a\s+(?:series|wave|barrage|salvo)\s+of)\s",
                             re.I)


#: Weapons downed so far, many, with no day: "have intercepted multiple drones", "has shot down dozens of drones".
_DOWNED_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:intercepted|shot\s+down|downed|repelled|thwarted|foiled|"
                            r"destroyed)\s+(?:multiple|several|numerous|many|dozens\s+of|scores\s+of|hundreds\s+of)\s", re.I)
#: Rounds counted so far, with no day: "has carried out three retaliatory strikes", "have launched four strikes on locations
#: associated with Iran": a tally of the campaign's rounds, not one of them.
_ROUNDS_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:carried\s+out|conducted|launched|mounted)\s+"
                            r"(?:at\s+least\s+|more\s+than\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:air\s*strikes|strikes|attacks|rounds|raids)\b")
_ROUNDS_WORDS = ("has carried", "have carried", "has conducted", "have conducted", "has launched", "have launched", "has mounted",
                 "have mounted", "has now", "have now", "so far", "already")


#: A report told again as the first of its kind since a day: "is the first known U.S. strike in Iraq since February".
_FIRST_SINCE = re.compile(r"^\s*(?:The|This|That|It)\b[^,;]{0,50}?\b(?:is|was)\s+the\s+(?:first|latest)\s+(?:[\w.-]+\s+){0,3}"
                          r"(?:attack|strike|airstrike)\b[^.;]{0,60}\bsince\b")  # (not "Rockets were fired ..., marking the first")


#: A clause that tells what a report answered: "in response to a series of attacks against U.S. personnel".
_IN_ANSWER_TO = re.compile(r"[,\s]\s*(?:in\s+(?:response|retaliation|reply)\s+[“\"‘']?(?:to|for)|in\s+answer\s+to)\b|"
                           r",\s*(?:following|after)\s", re.I)  # "... on Friday, following more than a dozen attacks in recent weeks"
#: A clause that says what a group is held to have done: "that Washington has accused of a series of attacks".
_ACCUSED_OF = re.compile(r"\b(?:that|which|who|whom)\s+(?:[\w-]+\s+){0,4}?(?:accused|accuses|blamed|blames)\b", re.I)
#: A clause that says what a group has done all along: "militias that have launched numerous attacks on American forces".
_GROUP_RECORD = gated(re.compile(r"\b(?:militias?|groups?|factions?|proxies|organi[sz]ations?|movement|network|coalition)\s*,?\s+(?:that|which)\s+"
                                 r"(?:have|has|had)\s+(?:\w+\s+)?(?:launched|carried\s+out|conducted|claimed|mounted|staged|waged)\b"))
#: A clause that says what a place has suffered: "where the US has a major base that has been the target of several recent attacks".
_BEEN_TARGET = gated(re.compile(r"(?:\b(?:base|bases|town|city|site|area|facility|garrison|outpost|camp|field|airport|airbase|group|faction|"
                                r"militia|stronghold|bastion|headquarters)\s*,?\s+(?:that|which)|"
                                r",\s+where)\s+(?:[\w-]+\s+){0,6}?(?:has|have|had)\s+(?:repeatedly\s+|frequently\s+|often\s+)?"
                                r"been\s+(?:repeatedly\s+|frequently\s+|often\s+)?(?:the\s+|a\s+)?(?:frequent\s+|repeated\s+)?(?:targets?|targeted|attacked|hit)\b",
                                re.I))
#: One of these is in every text _IN_ANSWER_TO matches: a cheap test before it.
_ANSWER_WORDS = ("respons", "retaliat", "reply", "answer", ", follow", ", after")
#: How far into a sentence that clause must begin to follow a report of its own.
_REPORT_BEFORE = 40


#: An opening phrase that sets other news aside: "Aside from the Israel-Hezbollah fire exchanges intensifying in recent days, ...".
_ASIDE_FROM = re.compile(r"\s*(?:Aside\s+from|Apart\s+from|Besides|Beyond|In\s+addition\s+to)\b[^,;.]{3,140},\s+")


#: Attacks told across two or three countries at once: "attacks on U.S. forces in Iraq and Syria", "attacks against U.S.
#: forces in Iraq, Syria, and Jordan", "in the Middle East, most notably in Iraq and Syria".
_ACROSS_COUNTRIES = re.compile(
    r"\b(?:in|across)\s+(?:the\s+(?:Middle\s+East|region),?\s+(?:most\s+notably|notably|including|especially|particularly|mainly)\s+"
    r"(?:in\s+)?)?(?:Iraq|Syria|Jordan)(?:,\s*(?:Syria|Iraq|Jordan))?,?\s+(?:and|or)\s+(?:Iraq|Syria|Jordan)\b")


#: A trigger that is attacks, plural: "attacks", "drone attacks", "assaults".
_ATTACKS_NOUN = re.compile(r"(?:[\w-]+\s+)?(?:attacks|assaults)\b", re.I)
_COUNTED_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more\s+|new\s+|separate\s+)?(?:[\w-]+\s+)?$",
                             re.I)


def attacks_across_countries(sentence: str, trigger_start: int) -> bool:
    """Whether attacks, plural, are told across several countries and no site: the campaign told in
    a phrase, which no coder takes for an event in each country (a US strike round "on 85 targets in
    Iraq and Syria" is another matter: its caller asks only of attacks).

    >>> attacks_across_countries("There were more attacks on US forces in Iraq and Syria on Monday.", 16)
    True
    >>> attacks_across_countries("Rockets hit bases in Iraq and Syria on Monday.", 0)
    False
    >>> attacks_across_countries("Militias launched four more attacks against US bases in Iraq and Syria on Thursday.", 33)
    False
    """
    if not _ATTACKS_NOUN.match(sentence, trigger_start):
        return False
    if _COUNTED_BEFORE.search(sentence, max(0, trigger_start - 30), trigger_start):
        return False  # "launched four more attacks against US bases in Iraq and Syria on Thursday": that day's, counted
    return _ACROSS_COUNTRIES.search(sentence, trigger_start, trigger_start + 140) is not None


_WAR_BEFORE = gated(re.compile(
          r"\b(?:war|wars|conflict|crisis|hostilities(?=\s+(?:involving|between))|onslaught|offensive|(?<!drone\s)(?<!rocket\s)(?<!missile\s)assault|operations(?!\s+(?:cent(?:re|er)s?|headquarters|rooms?|bases?|command))|"
          r"fighting(?!\s+(?:[\w-]+\s+){0,2}?(?:broke\s+out|erupted|raged|took\s+place|cent(?:er|r)ed)\b)|incursion|invasion|siege|(?<!drone\s)(?<!rocket\s)(?<!missile\s)(?<!artillery\s)bombardment|stormed|breached|"
          r"support\s+(?:for|to|of)|supporting|backing|(?:revenge|vengeance|retaliation|solidarity)\s+(?:campaign\s+)?(?:for|with)|"
          r"crimes|massacres?|atrocities|"  # "a response to the crimes of the enemy in the Gaza Strip"
          r"(?:ceasefire|cease-fire|truce|peace)\s+(?:talks|deal|negotiations|agreement))\b[^.;:]{0,40}$", re.I))
#: Words one of which is in every text _WAR_BEFORE matches: a cheap test before it (one pass of an automaton: too many words for
#: a test per word).
_WAR_WORDS = Words(("war", "conflict", "crisis", "hostilities", "onslaught", "offensive", "assault", "operations", "fighting", "incursion",
                    "invasion", "siege", "bombardment", "stormed", "breached", "support", "backing", "revenge", "vengeance", "retaliation",
                    "solidarity", "crimes", "massacre", "atrocities", "ceasefire", "cease-fire", "truce", "peace"))
_WAR_AFTER = re.compile(r"^\s*(?:[-–—]\s*[A-Z][\w]+\s+)?(?:war|conflict|crisis|barrier|border(?!\s+(?:town|city|village|crossing|area|region|post))|"
                        r"shipping|traffic|trade|lanes?|routes?|"
                        r"ceasefire|truce)\b|^\s*[-–—]\s*(?:Hamas|Gaza|Israel)\b", re.I)


#: Between a group's name and a generic name of it: an apposition that describes it ("the Houthis, an Iranian-backed militant group",
#: "The Islamic Resistance in Iraq (IRI), an umbrella group of Iranian-backed armed factions").
_DESCRIBED = re.compile(r"\)?\s*(?:,|\(|[–—])\s*(?:an?|the)\s+(?:(?:umbrella|coalition|network|alliance|group|groups|grouping|of)\s+){0,3}")
#: Between a group's name and another group's: the second is the one it is told linked to ("X, linked to Kataib Hezbollah").
_LINKED_TO = re.compile(r"\)?\s*,?\s+(?:(?:reportedly|closely|also)\s+)?(?:linked|tied|affiliated|allied|associated|aligned)\s+(?:to|with)\s+"
                        r"(?:the\s+)?")


def asides(text: str, actors: list, generic: frozenset[str]) -> set[int]:
    """The starts of the actor mentions (``actors``, in text order) that only describe or place the named group told right
    before them: a generic name in apposition ("the Houthis, an Iranian-backed militant group that has been fighting a civil
    war, shot down"; ``generic`` holds the actor table's names for unnamed groups) and the group it is told linked to ("Islamic
    Resistance in Iraq, linked to Kataib Hezbollah, had claimed"). Neither acted nor was the target.

    >>> from types import SimpleNamespace as M
    >>> s = "the Houthis, an Iran-backed militia, shot down a drone"
    >>> asides(s, [M(start=4, end=11, actor="Houthis", kind="actor"), M(start=16, end=35, actor="militias", kind="actor")],
    ...        frozenset({"militias"}))
    {16}
    """
    out = set()
    for before, m in zip(actors, actors[1:], strict=False):
        if before.actor in generic or before.kind != "actor" or m.actor == before.actor:
            continue
        if (m.actor in generic and _DESCRIBED.fullmatch(text, before.end, m.start)) or (
                m.kind == "actor" and _LINKED_TO.fullmatch(text, before.end, m.start)):
            out.add(m.start)
    return out


def war_setting(text: str, start: int, end: int, *, sentence_start: int = 0) -> bool:
    """Whether the place at ``text[start:end]`` is named as the setting of a wider war ("Israel's war
    against Hamas in Gaza", "the Israel-Hamas war", "support for Israel") rather than where the
    reported event happened.

    >>> s = "The attacks began after Israel's war against Hamas in Gaza."
    >>> war_setting(s, s.index("Gaza"), s.index("Gaza") + 4), war_setting(s, s.index("Israel"), s.index("Israel") + 6)
    (True, False)
    >>> s = "A drone struck Tower 22 in Jordan."
    >>> war_setting(s, s.index("Jordan"), s.index("Jordan") + 6)
    False
    """
    before = text[max(sentence_start, start - 60):start]
    return bool((_WAR_WORDS.found_in(before) and _WAR_BEFORE.search(before)) or war_named_after(text, end))


def war_named_after(text: str, end: int) -> bool:
    """Whether the words right after a name that ends at ``end`` make it part of a war's name ("the
    US-Israeli war", "the Israel-Hamas conflict").

    >>> s = "amid the US-Israeli war against Iran"
    >>> war_named_after(s, s.index("US") + 2), war_named_after("US forces", 2)
    (True, False)
    """
    # each alternative of _WAR_AFTER opens with "^" (no re.M): it matches only at the start, where match reads it, not search at
    # every position
    return _WAR_AFTER.match(text[end:end + 30]) is not None


#: Before a foe of the US mission: it is why US forces are there ("the coalition to defeat ISIS", "missions against Islamic State
#: militants", "anti-ISIS"), not a party to the event.
_MISSION_BEFORE = re.compile(r"(?:\b(?:fight(?:s|ing)?|combat(?:s|ing)?|counter(?:s|ing)?|defeat(?:s|ing)?|degrad(?:e|ing)|"
                             # (nor "killed ... during a mission against the remnants of ISIS": one mission, where they fell)
                             r"(?<!joint\s)(?<!-led\s)(?<!partnered\s)(?<!combined\s)(?<!during\sa\s)(?<!during\san\s)"
                             r"(?:missions?|operations?|fight|war|campaign|efforts?|coalition|partners?|"
                             r"struggle)\s+(?:against|on)|"  # (not "an Iraqi-led operation against ISIS fighters": one, and its foe)
                             # "where U.S. troops have maintained a presence to train forces against the Islamic State group"
                             r"train(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:forces|fighters|troops|partners)\s+(?:to\s+fight|against)|"
                             r"resurgence\s+of|(?<!against\sthe\s)remnants\s+of|return\s+of|threat\s+(?:of|from|posed\s+by)|cells\s+of)\s+"
                             r"(?:the\s+)?(?:remnants\s+of\s+(?:the\s+)?)?(?:so-called\s+)?|\b(?:anti|counter|defeat|D)-)"
                             r"(?:Islamic\s+State\s+\(|ISIS\s+\()?$", re.I)  # "to fight the so-called Islamic State (ISIS)"
_MISSION_AFTER = re.compile(r"[\s-]*(?:group\s+)?(?:resurgence|comeback|remnants|threat|mission|campaign|coalition|detainees|prisoners|"
                            r"families|camps?|sleeper\s+cells|insurgency)\b", re.I)


def mission_foe(text: str, start: int, end: int) -> bool:
    """Whether the group at ``text[start:end]`` is named as the foe of the US mission (why US forces
    are in Iraq and Syria) rather than as a party to the reported event.

    >>> s = "US forces are in Syria to defeat ISIS. A joint raid targeted Islamic State militants."
    >>> mission_foe(s, s.index("ISIS"), s.index("ISIS") + 4), mission_foe(s, s.index("Islamic"), s.index(" militants"))
    (True, False)
    """
    if _MISSION_BEFORE.search(text, max(0, start - 40), start):
        return True
    after = _MISSION_AFTER.match(text, end)
    # (not "airstrikes against multiple known ISIS camps": the group's camps struck, the group a party)
    return after is not None and not ("camp" in after.group(0).lower() and _STRUCK_BEFORE.search(text, max(0, start - 40), start) is not None)


#: Right before a group's camps: what struck them ("airstrikes against multiple known ISIS camps", "raided two ISIS camps").
_STRUCK_BEFORE = re.compile(r"\b(?:against|struck|hit|targeted|targeting|raided|bombed|on)\s+(?:[\w-]+\s+){0,3}$", re.I)


_SPONSOR_AFTER = re.compile(r"^\s*[-–]\s*(?:backed|aligned|linked|sponsored|supported|allied|affiliated|funded|armed|made|built|designated|"
                            r"listed|sanctioned)\b", re.I)  # ("the US-designated terrorist group Kataib Hezbollah": not the US acting)


def sponsor_modifier(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies what follows ("Iran-backed", "U.S.-led"), so that
    it is neither the place nor an actor of the event.

    >>> s = "Iran-backed militias fired rockets."
    >>> sponsor_modifier(s, 4), sponsor_modifier("Iran fired rockets.", 4)
    (True, False)
    """
    after = text[end:end + 20]
    return ("-" in after or "–" in after) and _SPONSOR_AFTER.match(after) is not None  # (its dash: a cheap test first)


#: A country addressed, not a place: "sending a message to Iran", "a warning to Tehran".
_ADDRESSED = gated(re.compile(r"\b(?:message|messages|warning|warnings|signal|signals|letter|appeal|threat)\s+to\s+(?:the\s+)?$", re.I))
_LOCATIVE = gated(re.compile(
          # (each group of words tests its first letters first: see one_of; the many words of the first gathered by first letter, see
          # by_first_letter)
          r"\b" + by_first_letter("in", "inside", "into", "across", "throughout", "within", "at", "near", "over", "on", "to", "toward", "towards",
                                  "hit", "hits", "struck", "strikes?", "striking", "bombed", "bombs?", "attacked", "attacks?", "targeted",
                                  "targets?", "targeting", "approached", "approaching", "entered", "entering", r"crossed\s+into",
                                  r"heading\s+(?:to|for)")
          + r"\s+(?:the\s+|our\s+)?(?:(?:far\s+)?(?:neighbou?ring|nearby|north|south|east|west|central|northern|"
          r"southern|eastern|western|north[-\s]?east|north[-\s]?west|south[-\s]?east|south[-\s]?west|north[-\s]?eastern|north[-\s]?western|"
          r"south[-\s]?eastern|south[-\s]?western)\s+)?$|"
          r"\b" + one_of("north", "south", "east", "west") + r"(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$|"
          # "toward vital targets in southern and northern Israel"
          r"\b(?:in|across)\s+(?:the\s+)?(?:north|south|east|west|central)(?:ern)?\s+and\s+(?:north|south|east|west|central)(?:ern)?\s+$|"
          # "launched hundreds of drones and missiles against Israel"
          r"\b" + one_of("drones?", "missiles?", "rockets?", "UAVs?") + r"\s+(?:[\w-]+\s+){0,2}?(?:against|at)\s+$|"
          # "The Islamic Resistance announced an attack against Israel": the state the attack was on
          # ("initiated the first-ever direct military action against Israel")
          r"\b" + one_of("attacks?", "strikes?", "operations?", r"military\s+action") + r"\s+(?:[\w-]+\s+){0,2}?against\s+$|"
          # "in Houthi-controlled areas of Yemen", "across parts of Syria", "in the central part of the occupied lands"
          r"\b" + one_of("in", "across", "throughout", "inside") + r"\s+(?:[\w-]+\s+){0,2}?(?:areas?|parts?|territory|"
          r"territories)\s+of\s+(?:the\s+)?$|"
          # "shot down a US MQ-9 Reaper drone off the coast of Yemen", "in the skies of Diyala"
          r"\b(?:off(?:\s+the\s+(?:[\w-]+\s+)?coast\s+of)?|(?:territorial\s+)?waters\s+(?:off|of)|skies\s+(?:over|of)|airspace\s+(?:over|of))\s+$",
          re.I))
#: "Troops based in Iraq", "militias that operate in Syria": where someone is, not where something happened.
_STATIONED = gated(re.compile(r"\b(?:(?:based|stationed|deployed|operat(?!ives?\b)\w*|headquartered|located|present|active|live|living)\s+"
                              r"(?:in|at|across|throughout)|"
                              r"coalition\s+(?:forces\s+)?in)\s+(?:the\s+)?(?:\w+\s+)?$", re.I))  # "the US-led coalition in Iraq and Syria": its name
#: Forces named as what was struck or approached, where they are ("destroyed two drones near U.S. and coalition forces in southwest
#: Syria"): there, not the coalition's name.
_NEAR_FORCES = re.compile(r"\b(?:near|at|against|targeting|targeted|on|toward|towards|approaching)\s+(?:the\s+)?(?:U\.S\.|US|American)\s+"
                          r"and\s+coalition\s+(?:forces\s+)?in\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
#: The first of the places a plural target is said to include: "missiles at countries in the region, including the UAE".
_AMONG_TARGETS = re.compile(r"\b(?:at|on|against|targeting|targeted|hit|struck)\s+(?:[\w-]+\s+){0,3}?(?:countries|states|nations|cities|towns|"
                            r"bases|sites|targets|facilities|locations)\b[^.;:]{0,50}?,?\s+including\s+(?:the\s+)?$", re.I)
#: A base named by the forces it hosts, then where they are: "against a base hosting troops from the US-led coalition in Iraq" is in Iraq.
_BASE_HOSTING = re.compile(r"\b(?:bases?|garrisons?|facilit(?:y|ies)|airbases?)\s+(?:hosting|housing|used\s+by)\s+(?:[\w-]+\s+){0,4}?"
                           r"coalition\s+(?:forces\s+|troops\s+)?in\s+(?:the\s+)?$", re.I)
_COORDINATION = re.compile(r"^\s*(?:(?:,\s*)?(?:and|or)\s+(?:in|at|near)\s+(?:the\s+)?$|"  # "at the Al-Omar oil field and in al-Shaddadi"
                          r"(?:[,;]\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|as\s+well\s+as\s+)"
                          # "near Tall Baydar, Syria; al-Tanf Garrison, Syria; and three times near Al-Asad Airbase": how often, at each
                          r"(?:(?:once|twice|(?:two|three|four|five|six|\d+)\s+times)\s+(?:near|at|in|on)\s+(?:the\s+)?)?"
                          # "Jurf Sakhar and an area near Trebil crossing": the next item of the list, told by what is near it
                          r"(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:area|site|region|positions?|targets?|facilit(?:y|ies)|villages?)\s+"
                          r"(?:near|in|of|around|outside)\s+(?:the\s+)?)?$)", re.I)


def coordinated(gap: str) -> bool:
    """Whether the words between two names list them together ("Iraq and Syria", "Iraq, Syria").

    >>> coordinated(" and "), coordinated(", "), coordinated(" that it said had supplied "), coordinated(" and an area near ")
    (True, True, False, True)
    """
    return bool(_COORDINATION.match(gap))


#: Right after a country, its own quarter: "in Syria's east", "in Iraq's far north" (where, not whose).
_OWN_QUARTER = re.compile(r"['’]s\s+(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern\s+(?:border|desert|region|countryside))?\b"
                          r"(?!\s+(?:(?:and|or)\s+|[A-Z]|\w+\s+(?:province|governorate|region|city|town)))")


def locative(text: str, starts_ends: list[tuple[int, int]], *, sentence_start: int = 0) -> list[bool]:
    """For each place span (in order), whether the words before it say it is where something
    happened: "in Iraq", "in eastern Syria", "struck Iraq"; a place coordinated with such a place
    ("in Iraq and Syria") inherits it. "A message to Iran", "Iraq criticised", "Syria's Deir ez-Zor"
    are not.

    >>> s = "Attacks in Iraq and Syria drew a warning from Iran."
    >>> spans = [(s.index(n), s.index(n) + len(n)) for n in ("Iraq", "Syria", "Iran")]
    >>> locative(s, spans)
    [True, True, False]
    """
    out: list[bool] = []
    prev_end = None
    for start, end in starts_ends:
        if prev_end is not None and _COORDINATION.match(text[prev_end:start]):
            out.append(out[-1])
        else:
            before = text[max(sentence_start, start - 40):start]
            out.append((bool(_LOCATIVE.search(before)) or ("including" in before and _AMONG_TARGETS.search(
                                text, max(sentence_start, start - 90), start) is not None))
                       and not (_STATIONED.search(before) and not _NEAR_FORCES.search(text, max(sentence_start, start - 70), start)
                                and not _BASE_HOSTING.search(text, max(sentence_start, start - 90), start))
                       and not _ADDRESSED.search(before)
                       and (not text[end:end + 2].startswith(("'s", "’s")) or _OWN_QUARTER.match(text, end) is not None))
        prev_end = end
    return out


_STRIKER_GAP = re.compile(r"^[\s-]*(?:(?:military|army|air\s+force|navy|forces?|drone|air|precision|retaliatory|self-defen[cs]e|counter|"
                          r"fighter|warplanes?|jets?|aircraft|conducted|launched|carried\s+out|conducts|launches|carries\s+out|"
                          r"a|an|the|another|two|three|several|new|defensive|unilateral|targeted|on\s+\w+day)[\s-]*)*$", re.I)


def striker_modifier(text: str, actor_end: int, trigger_start: int) -> bool:
    """Whether an actor named right before a strike word modifies it ("a U.S. drone strike", "a
    suspected United States military drone strike"): that actor carried the strike out.

    >>> s = "Iraq condemned a U.S. drone strike in Baghdad."
    >>> striker_modifier(s, s.index("U.S.") + 4, s.index("drone"))
    True
    >>> s = "Militias hit the base with a drone."
    >>> striker_modifier(s, s.index("Militias") + 8, s.index("drone"))
    False
    """
    return 0 <= trigger_start - actor_end <= 40 and bool(_STRIKER_GAP.match(text[actor_end:trigger_start]))


#: A dateline in capitals (not a dash before a figure, a model's: "U.S. F-15E jets struck ..." opens a line with no dateline).
_DATELINE = re.compile(
    r"^[ \t]*(?P<where>[A-Z][A-Z .'’/-]{1,40}?(?:,\s*[A-Z][A-Za-z .'’-]{1,30}?)?)\s*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s*\d{1,2}\s*)?(?:\([A-Za-z][\w .&-]{0,25}\)\s*)?(?:[-–—]{1,2}(?!\d)|:(?=\s))", re.M)  # "BEIRUT: At least"


#: A dateline in title case, a paragraph's first words: "Baghdad – US air strikes targeting ...", "Tel Aviv: Israeli forces ...".
_TITLE_DATELINE = re.compile(r"^[ \t]*(?P<where>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:/[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?)(?:\s+[–—-]|:)\s+"
                             r"(?=[A-Z])", re.M)  # ("Dubai/Baghdad: Iran's elite Revolutionary Guards ...": two cities filed from)


#: A page's date stamp before its text, as copied from a web page or a search result: "date 2023-12-04 U.S. and ...".
_PAGE_DATE = re.compile(r"^[ \t]*(?P<date>(?:date|published|posted|updated)[:\s]+\d{4}-\d{2}-\d{2})\b", re.I | re.M)
#: An agency's dateline with its day and no place: "Jan. 25 (UPI) -- Less than a day after ...".
_DAY_AGENCY = re.compile(rf"^[ \t]*(?P<date>[A-Z][a-z]{{2,8}}\.?\s*\d{{1,2}}(?:,\s*\d{{4}})?)\s*\((?:{'|'.join(NEWS_AGENCIES)})\)\s*"
                         r"(?:--|[:\-–—])", re.M)
#: The agencies' names in brackets, one of which each match of :data:`_DAY_AGENCY` holds.
_AGENCY_CREDITS = tuple(f"({agency})" for agency in NEWS_AGENCIES)


def dateline_spans(text: str, filed: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The whole datelines, date and agency included: a date in them is the day the report was
    filed, not the day its event happened.

    >>> t = "Washington, DC [US], January 29 (ANI): Three soldiers were killed on Sunday."
    >>> [t[a:b] for a, b in dateline_spans(t)]
    ['Washington, DC [US], January 29 (ANI):']
    >>> t = "date 2023-12-04 U.S. troops killed five militants near Kirkuk on Sunday."
    >>> [t[a:b] for a, b in dateline_spans(t)]
    ['date 2023-12-04']
    >>> t = "Jan. 25 (UPI) -- Less than a day after the US strikes, militants attacked a ship."
    >>> [t[a:b] for a, b in dateline_spans(t)]
    ['Jan. 25 (UPI) --']
    """
    out = [(m.start("where"), m.end()) for m in _found(AGENCY_DATELINE, text)]
    out += [(m.start("date"), m.end("date")) for m in line_matches(_PAGE_DATE, text)]
    if has_any(text, _AGENCY_CREDITS):  # (each match holds an agency's name in brackets: a cheap test first)
        out += [(m.start("date"), m.end()) for m in line_matches(_DAY_AGENCY, text)]
    starts = {a for a, _ in (datelines(text) if filed is None else filed)}
    out += [(m.start("where"), m.end()) for m in _found(_DATELINE, text) if (m.start("where"), m.end()) not in out
            and m.start("where") in starts]
    return sorted(out)


def datelines(text: str) -> list[tuple[int, int]]:
    """The spans of datelines ("WASHINGTON (AP) —", "TEL AVIV/ERBIL, Iraq (Reuters) -", "BAGHDAD,
    Nov. 11 (Xinhua) --"): where a report was filed, never where its event happened.

    >>> t = "Headline\\nTEL AVIV/ERBIL, Iraq (Reuters) -U.S. forces were targeted."
    >>> [t[a:b] for a, b in datelines(t)]
    ['TEL AVIV/ERBIL, Iraq']
    >>> t = "Washington, DC [US], January 29 (ANI): Three soldiers were killed."
    >>> [t[a:b] for a, b in datelines(t)]
    ['Washington, DC [US]']
    >>> datelines("A drone hit Tower 22 - officials said.")
    []
    >>> datelines("Baghdad – US air strikes killed one man.")
    [(0, 7)]
    """
    out = []
    for m in _found(_DATELINE, text):
        where = m.group("where").strip()
        if sum(c.isupper() for c in where.split(",")[0]) >= 3 and where.split(",")[0].replace(" ", "").replace("/", "").isupper():
            out.append((m.start("where"), m.start("where") + len(where)))
    out += [(m.start("where"), m.end("where")) for m in _found(AGENCY_DATELINE, text)]
    out += [(m.start("where"), m.end("where")) for m in _found(_TITLE_DATELINE, text) if (m.start("where"), m.end("where")) not in out]
    return sorted(out)


@functools.lru_cache(maxsize=4)
def _found(pattern: re.Pattern, text: str) -> tuple[re.Match, ...]:
    """The matches of a dateline pattern in an article, kept while it is read: its datelines and their spans both need them."""
    return tuple(line_matches(pattern, text))  # (each dateline pattern opens with "^", re.M, and matches no empty string)


def appositive_place(text: str, first_end: int, start: int) -> bool:
    """Whether a place starting at ``start`` only says where the place ending at ``first_end`` is
    ("Tower 22, a U.S. military outpost in Rukban, northeast Jordan"): one event, not two.

    >>> t = "A drone struck Tower 22, a U.S. military outpost in Rukban, northeast Jordan."
    >>> appositive_place(t, t.index(", a"), t.index("Rukban"))
    True
    >>> t = "In Iraq, the targets included sites in Al-Qaim."
    >>> appositive_place(t, t.index(","), t.index("Al-Qaim"))
    False
    >>> t = "Drones struck Tower 22 and al-Tanf."
    >>> appositive_place(t, t.index(" and"), t.index("al-Tanf"))
    False
    """
    gap = text[first_end:start]
    if re.fullmatch(r",?\s+(?:close\s+to|near|not\s+far\s+from)\s+(?:the\s+)?", gap):
        return True  # "sirens in Be'er Ora, close to Eilat", "the US Victoria Base near the Baghdad Airport"
    if re.fullmatch(r",\s+which\s+(?:hosts|houses|is|lies)\s+(?:[^,.;]){0,60}?\b(?:in|near|at|outside|by|close\s+to)\s+(?:the\s+)?", gap):
        return True  # "the Victoria military base, which hosts American forces near Baghdad International Airport"
    return bool(re.fullmatch(r",\s+(?:an?|the)\s+(?:[^,.;]|\.(?=\S|\s+[a-z])){0,60}?\b(?:in|near|at|outside|by|close\s+to)\s+(?:the\s+)?", gap)
                and not re.search(r"\b(?:\w+ed|were|was|is|are|hit|struck|said|says|includ\w*)\b", gap[2:]))  # a noun phrase, not a clause


_HARMED = (r"(?:killing|killed|kills|kill|wounding|wounded|injuring|injured|targeting|targeted|struck|striking|hit|hitting|against)\s+"
           r"(?:at\s+least\s+|up\s+to\s+|more\s+than\s+)?")
#: One of these is in every word of _HARMED: a cheap test before the patterns.
_HARMED_WORDS = ("kill", "wound", "injur", "target", "struck", "striking", "hit", "against", "hurt", "died", "perished")
_US_VICTIMS = re.compile(_HARMED + r"(?:[\w-]+\s+){0,3}(?:US|U\.S\.|American|coalition|Coalition)\s+(?:[\w-]+\s+)?"
                         r"(?:troops|soldiers|service\s*members|servicemembers|personnel|forces|sailors|contractors|bases?)\b|"
                         # "injured three service members": the Pentagon's word for its own people, American without saying so
                         + _HARMED + r"(?:[\w-]+\s+){0,3}(?:service\s+members|servicemembers|servicemen)\b")
#: The US side's partners named as the victims: "six fighters of the US-backed Syrian Democratic Forces".
_PARTNER_VICTIMS = re.compile(_HARMED + r"(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:the\s+)?(?:(?:US|U\.S\.)-(?:backed|allied|led)|Kurdish-led|"
                              r"SDF\b|Syrian\s+Democratic\s+Forces|Peshmerga|partner\s+forces)", re.I)
_MILITIA_VICTIMS = re.compile(_HARMED + r"(?:[\w-]+\s+){0,5}(?:militants|militiamen|fighters|(?<!service\s)members|commanders?|leaders?|operatives|"
                              r"militia|gunmen|combatants)\b|"
                              # "killed Abu Baqir al-Saadi, a commander of ...", "killed Abu Baqir al-Saadi, accused by the US military of"
                              r"(?:killing|killed|kills)\s+(?-i:(?:(?:[A-Z]|al-|el-)[\w'’-]*\s+){1,3}(?:[A-Z]|al-|el-)[\w'’-]*),\s+(?:(?:an?|the)\s+"
                              r"(?:senior\s+|top\s+|prominent\s+)?(?:commander|leader|official)|"
                              r"(?:who\s+(?:was|is)\s+)?accused\s+by\s+(?:the\s+)?(?:US|U\.S\.|American|Washington))\b|"
                              # "many additional fighters had been hurt in attacks on their camps": the militia's men, told in the passive
                              r"(?<!SDF\s)(?<!Kurdish\s)(?<!partner\s)\b(?:militants|militiamen|fighters|commanders|operatives|gunmen)\s+"
                              r"(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:killed|wounded|injured|hurt)\b|"
                              # "three fighters from the pro-Iran militia group, including a commander, died in a drone attack": theirs
                              r"(?<!SDF\s)(?<!Kurdish\s)(?<!partner\s)(?<!Peshmerga\s)(?<!service\s)"
                              r"\b(?:militants|militiamen|fighters|commanders?|operatives|gunmen|members)\b"
                              # the words between run in one clause, and name none of the US side's own (not "Gunmen attacked a
                              # checkpoint ... and two soldiers died", nor "SDF fighters ... died")
                              r"(?:(?!\b(?:and|but|while|where|after|as|SDF|Syrian\s+Democratic|Peshmerga|Kurdish|US|U\.S\.|American|"
                              r"[Cc]oalition)\b)[^.;]){0,120}?\b(?:died|perished)\s+(?:in|during|from)\b", re.I)
#: What a militia owned, struck: "a drone attack on a car of paramilitary Hashd Shaabi Forces".
_MILITIA_PROPERTY = re.compile(r"\b(?:attacks?|strikes?|raids?)\s+(?:on|against|targeting)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
                               r"(?:cars?|vehicles?|convoys?|SUVs?|trucks?|headquarters)\s+(?:of|belonging\s+to|used\s+by)\s+(?:the\s+)?"
                               r"(?!(?:U\.S\.|US|American|[Cc]oalition|Iraqi\s+army)\b)(?:[\w'’-]+\s+){0,3}"
                               r"(?:militias?|[Ff]orces|[Bb]rigades?|groups?|Hashd|PMF|Kata['’]?ib|Hezbollah|Nujaba)\b|"
                               # "a drone attack on an Iran-backed paramilitary group's headquarters": the group's, told as its own
                               r"\b(?:attacks?|strikes?|raids?)\s+(?:on|against|targeting)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
                               r"(?:militia|group|[Ff]orces|[Bb]rigade|PMF|Hashd)['’]s?\s+(?:[\w-]+\s+)?(?:headquarters|base|office|"
                               r"cars?|vehicles?|convoy|positions?|depot)\b", re.I)


#: One of these is in every match of _MILITIA_PROPERTY: a cheap test before it.
_PROPERTY_WORDS = ("car", "vehicle", "convoy", "suv", "truck", "headquarters")


@functools.lru_cache(maxsize=1024)
def victims(clause: str) -> str | None:
    """Who the clause says was killed, wounded or targeted: ``"us"`` (US troops, a US base),
    ``"militia"`` (militants, a commander, militia members), or None.

    >>> victims("A drone strike hit a car, killing three members of the powerful Kataib Hezbollah militia.")
    'militia'
    >>> victims("The January 28 drone strike killed three US soldiers at Tower 22.")
    'us'
    >>> victims("A drone attack killed six fighters of the US-backed Syrian Democratic Forces.")
    'us'
    >>> victims("A drone hit the base.") is None
    True
    """
    harmed = contains_any(clause, _HARMED_WORDS)  # one of the words of harm each pattern but the property's starts with
    owned = _MILITIA_PROPERTY.search(clause) if contains_any(clause, _PROPERTY_WORDS) else None
    if not harmed and owned is None:
        return None
    us = (_US_VICTIMS.search(clause) or _PARTNER_VICTIMS.search(clause)) if harmed else None
    militia = min((m for m in (_MILITIA_VICTIMS.search(clause) if harmed else None, owned) if m is not None),
                  key=lambda m: m.start(), default=None)
    if us and militia:
        return "us" if us.start() <= militia.start() else "militia"  # "killed six fighters of the US-backed SDF"
    return "us" if us else "militia" if militia else None


#: After a name: it judged the report ("The United States strongly condemns the suicide attack today in Madaen"), or stands with a
#: party to it ("will continue to stand with the Government of Iraq"): who spoke of it, not a side of it.
_CONDEMNS_AFTER = re.compile(r"\s+(?:(?:strongly|firmly|also|again|today|unequivocally)\s+)*(?:condemn|denounc|deplor|decr[iy])\w*\b|"
                             r"\s+will\s+(?:continue\s+to\s+)?stand\s+(?:with|by)\b|"
                             # "The United States is very concerned about the Houthis' latest attempt to escalate the war": a judge of it
                             r"\s+(?:is|was|remains)\s+(?:(?:very|deeply|gravely|extremely)\s+)?(?:concerned|troubled|alarmed)\s+(?:about|by)\b",
                             re.I)
#: After "Washington": the city a statement was issued in ("Washington, DC", "WASHINGTON, DC - ..."), not the US side.
_DC_AFTER = re.compile(r",?\s*D\.?\s?C\.?(?![\w-])")
#: What the report hit, told as the speaker's own ("condemned the rocket attack on its embassy"): the speaker was its target.
_ITS_OWN = re.compile(r"\b(?:its|our)\s+(?:[\w-]+\s+)?(?:embass(?:y|ies)|consulates?|bases?|forces|troops|personnel|diplomats|"
                      r"service\s*members|soldiers|facilit(?:y|ies))\b", re.I)


def judge_of_it(text: str, end: int, told: str, report_at: int | None = None) -> bool:
    """Whether the name that ends at ``end`` in ``text`` spoke of the report rather than took part in it: it condemns it or
    stands with a party to it, or it is the "Washington, DC" a statement was issued in; unless ``told`` (the words of the report)
    says the report hit the speaker's own. With ``report_at``, where the report's words start, a condemnation is of that report
    only when the report follows it closely, in the same clause ("The United States denounced Iran on Monday, then struck IRGC
    facilities": it condemned something else, and struck).

    >>> t = "The United States strongly condemns the suicide attack today in Madaen."
    >>> judge_of_it(t, t.index(" strongly"), t), judge_of_it("The US condemned the attack on its embassy.", 6, "its embassy")
    (True, False)
    """
    if _DC_AFTER.match(text, end) is not None:
        return True
    if _CONDEMNS_AFTER.match(text, end) is None or _ITS_OWN.search(told) is not None:
        return False
    return report_at is None or (end <= report_at <= end + 80 and _THEN.search(text, end, report_at) is None)


#: Between a condemnation and a report: a turn to what the speaker did next ("denounced Iran on Monday, then struck ...").
_THEN = re.compile(r"\b(?:then|later|afterwards|and\s+(?:also\s+)?(?:struck|launched|conducted|carried))\b|,\s+(?:and\s+)?(?:hours|days)\s+later")


#: After a name: it watched the report ("U.S. forces observed UAVs conducting airstrikes", "U.S. forces had observed").
_WATCHED = re.compile(r"(?:\s+(?:forces|troops|military|personnel|officials))?\s+(?:(?:also|later|first|reportedly|had|have|has)\s+)?"
                      r"(?:observed|saw|spotted|watched|witnessed|noticed|monitored)\b")
#: After a name: a zone it declared ("inside a declared U.S. restricted zone").
_ZONE = re.compile(r"[\s-]+(?:-?restricted|operating|exclusion|deconfliction|security|no-fly)\s+(?:operating\s+)?zones?\b", re.I)
#: One of these is in every text _WATCHED matches: a cheap test before it.
_WATCH_WORDS = ("observed", "saw", "spotted", "watched", "witnessed", "noticed", "monitored")


def onlooker(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` only watched what the sentence tells ("U.S. forces observed UAVs conducting airstrikes"):
    no side of it.

    >>> t = "U.S. forces observed UAVs conducting airstrikes."
    >>> onlooker(t, t.index(" forces")), onlooker(t, t.index(" observed")), onlooker("US jets struck.", 2)
    (True, True, False)
    """
    return has_any(text[end:end + 50], _WATCH_WORDS) and _WATCHED.match(text, end) is not None


def zone_named(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` names a zone it declared ("inside a declared U.S. restricted zone"): where, not who.

    >>> t = "airstrikes inside a declared U.S. restricted zone"
    >>> zone_named(t, t.index(" restricted")), zone_named("a U.S. base", 6)
    (True, False)
    """
    return "zone" in text[end:end + 40] and _ZONE.match(text, end) is not None


#: Before a name: it is the source ("according to US Central Command"); after it: it spoke ("US officials said", "the Pentagon
#: said").
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?$", re.I)
_SPOKE = re.compile(r"(?:\s+(?:[A-Z][a-z]+\s+)?(?:military|defen[cs]e|officials?|spokes\w+|sources?|Command))*"
                    r"\s+(?:said|says|told|reported|announced|stated)\b")


def source_named(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is told as the source of what the sentence says, and only that.

    >>> t = "The Houthis targeted a vessel, according to US Central Command."
    >>> source_named(t, t.index("US"), len(t) - 1), source_named("US officials said", 0, 2), source_named("US forces were hit", 0, 2)
    (True, True, False)
    """
    return _ACCORDING_TO.search(text, max(0, start - 20), start) is not None or _SPOKE.match(text, end) is not None
