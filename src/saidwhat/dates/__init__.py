"""Dates: when each statement was made, resolved against the publication date.

Finds date expressions in a statement's sentence outside what was said
("On February 27, … said: “…today…”" takes February 27, not "today"), and
resolves them: "on March 15" -> the last March 15 on or before publication (none when
the next one is at most six months after publication: an event still to come);
"in February" -> "2024-02"; "in 2019" -> "2019"; "in 2009 and 2010" -> "2009/2010"; "earlier this month" -> the month's start to the
publication date; "last week" -> the previous Monday to Sunday; "this past week" -> the seven days
up to publication; "a December interview" -> the last December ("the October debate" within six months
after publication is still to come, and a month before a noun of no saying, "the November election",
dates nothing; "ABC's This Week" and "NBC's Saturday Night Live" are programmes); "on Tuesday" -> the last Tuesday on or before
publication, but "next Tuesday", a weekday the words came before ("ahead of Tuesday's vote", "in
the run-up to Tuesday's election", and a day or date of an event named before it, "before the West
Virginia primary on May 10", not of a body or an audience, "testifying before the Senate Judiciary Committee
on Tuesday", "an interview filed for Sunday's Meet the Press", "at Tuesday's
event" where the text tells "will attend Tuesday's event") and one they were about ("said of
Tuesday's event") date no statement; "a few days
later" -> two to five days after the previous dated statement's day ("the day before", "the next day": one
day from it, one day for every statement of its sentence; not "the day before the vote"), or none where that date is no
day ("in March"), where the text told another time between them (``occasions._anchor``: "But two
days after the attacks, …"), or in a comment clause ("…, as Breitbart reported a few days later"). Without a
publication date only what the text fixes is kept ("--03-15", "--02"): a year
is never invented. A statement made at an occasion named with a definite article takes the date the
text gave that occasion before (``revisited.told_occasion``: "Thursday's Republican debate … ¶ Trump said
during the debate"; the nearest mention told anew or inside what was said ends the search: "… ¶ Ryan said the
party would hold another meeting"; or, with no date next to it, the date of the statement it last named as
where that statement was made, ``revisited.at_a_told_occasion``: "Obama told a townhall meeting … ¶ At the
townhall, a young woman asked"), one said right after an event ("afterwards", "after the match", "Following the debate") the date the text gave the event next to its noun or in the sentence before (``told.after_event``: "Liverpool beat Olympiakos on Wednesday. ¶
“…,” Gerrard said afterwards"), where that sentence tells an event ("The club was fined on Monday.
¶ … Dyche said after the match" takes no Monday), and one "said at the time" the last time the
sentence before told (``revisited.at_the_time``: "The board followed suit in October. … García said at the
time"; or else the time of an act another statement of that sentence reported, not quoted, right after its
verb: "The group points out that the campaign removed the mayor in November … ¶ “…,” Schwerin said at the
time"). A headline's
statement, not in the perfect, takes the date the lead gives the same speaker's statement in its own sentence (``lead.headlines_from_the_lead``: "Obama: … ¶ President Barack Obama met survivors … on
Thursday and said…"). A statement to a hearer it names takes the date of the same speaker's earlier statement to that
hearer dated in its own sentence (``told.told_the_same``: "On Friday, Gingrich told Bill O'Reilly… ¶ …
he told the Tribune. ¶ “…,” Gingrich told O'Reilly"), and a newspaper's or agency's report named again the
day of its report told before, past other statements, where no time is told between
(``told.the_outlet_again``: "The Observer reported on Sunday … ¶ According to the Observer"). One with none
after all this takes the date its speaker's next statement, in the same or the next paragraph, gives after
its cue (``occasions.dated_after``: "“Reagan Democrats have left the party,” said Andrew Rice. He endorsed
Clinton, but told The Huffington Post on Monday that…"; not for a sentence with a frame of its own, a written
cue or another hearer), and what the candidates a lead names in full beside a debate it dates in the week
before publication said near a paragraph telling of it, with no time, occasion or place of its own, that
debate's date (``lead.the_lead_s_debate``: "If you want to understand Thursday night's debate between Hillary
Clinton and Bernie Sanders, … ¶ After all, she argued, …"; and a debate told in a clause of time opening its
sentence, its verb the debate's own in the past, "On Thursday night as the four remaining candidates took the debate
stage…, Trump opened…", for the main clause's subject, one of the debaters, by a surname alone where no other speaker
or person has it; not "will meet again Thursday, when they take the debate stage", nor "as the Republican candidates
took the debate stage…, Clinton and Sanders were campaigning elsewhere"). A statement with no date of its own inherits the previous
statement's when it continues it ("he added", the same sentence, the next paragraph, or past up to
three paragraphs that go on naming the speaker and the occasion of speaking and no time:
``occasions._telling_of``), unless it says it was
made at another time it does not date (``another_time``: "has said", "had said", "recently
said", "often says"; past an occasion told by its month, ``told.moved_on``: "Clark later
said" after "In a July interview", or "After the Paris attacks, Trump released an ad", an event the
text does not date, or "After the debate" past an occasion that was no debate; past a day either mostly
goes on that day), or names with an indefinite article another occasion than the one its date
would come from (``told.opens_another_occasion``: "Trump told CNN on Monday … ¶ Trump said in an
appearance on Face the Nation"), whose statements after it go on from it, undated. "Recently" names
no day, so it gives no date either. With neither, it
takes the one date of the sentence before where that sentence says, with the speaker's
name as subject, that the speaker spoke (or told, with a verb of telling the parse found nothing said
with: "In an interview … in late May, Manafort bragged about his success. ¶ “…,” he said") or, in its
main verb in the simple past, what the speaker did (``scene``: "Clinton spoke Monday night at a town hall. ¶ “…,” Clinton said.";
"Sanders took a detour Wednesday to meet Obama. ¶ … Sanders said"; "he" after a clause of time naming the speaker,
"as Mr. Sanders campaigned on Friday…, he stuck to his message", "he" or "she" agreeing with the title, never
"they"; not a journey from a place, "bused down from New York on Friday", whose day is the setting out, unless the
sentence goes on to the day's occasion, "returned from Florida on Friday and held a news conference"), or in the sentences before
it that go on telling, by name, what the speaker did ("Clinton turned Sunday to potholes. ¶ At an
event…, Clinton unveiled a plan. ¶ “…,” she told the hall."), not a date of an event
before or after ("After his speech on Friday, …") or a noun's own ("Saturday's match"). What the
speaker did dates the statement only as a day of the week before publication: "Smith left Labour
in May 2005" is background, not the occasion of the saying. The parse
tells which clauses of the sentence date something else (``clauses.other_clauses``):
a future, another report, a relative clause about something else (and a verb the parser joined to the
cue after its subject's relative clause: "said Ian Solomon, who was executive director …, and as such
nominated Mr. Kim four years ago"), a clause joined after the saying
about another event ("said he would not resign but did so on Monday"; "said the plan was dead, but
on Monday the board revived it"), for a cue at another
time in a relative clause ("a woman who has accused…", or in its clause of time, "the wording Ryan used when he
was first asked"), the rest of the sentence, and for a cue in
the simple present, a view held now, a clause of the time or condition of another event with a
subject of its own ("When they split in December, Mantooth says": not December; "as she put it on
Wednesday" is no such clause) and, around a hedge ("published what they say are the full
costings … and Wednesday's speech"), the rest of the sentence, as around a free relative that names a
thing ("In 2009, under what Mr. Hedge called the prior economy model, the club charged…"), and around
"as she said she would", which foretold the event its sentence dates ("She did it in December, just as
she said she would"). AP's live blogs tell the day's
sayings in the present, so their other clauses still date them ("Reid caucused on Saturday and says").

Our own rules, not dateparser: it returns nothing for "earlier this month"
and "a few days later", and reads "we" as Wednesday on raw text.
"""

from .expressions import DateExpression, find_expressions, resolve
from .clauses import another_time, other_clauses
from .occasions import Occasion, Scene, date_statements, scene

__all__ = ["DateExpression", "Occasion", "Scene", "another_time", "date_statements", "find_expressions", "other_clauses", "resolve", "scene"]
