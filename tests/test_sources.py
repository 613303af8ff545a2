"""Stage 5, sources and reported speech: attribution patterns, outlets, documents, social posts."""

from __future__ import annotations

import html
from typing import Any

import pytest

from server.pipeline import annotate_json

PAD = (
    "The council met on Tuesday evening to discuss the budget for the coming year in the hall.",
    "Residents filled the hall and the meeting ran late into the night as the agenda was long.",
    "The final vote on the plan is expected next month after a further round of public hearings.",
)
CLAIM = "the aid would arrive within a week"


def page(*paragraphs: str, title: str = "Council meets to discuss the town budget") -> str:
    """A small news page: the title as headline, a neutral lead, the paragraphs (raw HTML if they
    start with '<'), then neutral padding."""
    body = "".join(
        p if p.startswith("<") else f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs
    )
    pad = "".join(f"<p>{p}</p>" for p in PAD[1:])
    return (
        f'<html lang="en"><head><title>{html.escape(title)}</title></head><body><article>'
        f"<p>{PAD[0]}</p>{body}{pad}</article></body></html>"
    )


def annotate(*paragraphs: str) -> dict[str, Any]:
    return annotate_json(page(*paragraphs), url="https://news.example.com/story")


def attributions(answer: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(kind, cue text, source name, claim text) of every attribution."""
    text = answer["article"]["text"]
    names = {s["id"]: s["name"] for s in answer["sources"]}
    return [
        (
            a["kind"],
            a["cue"]["text"],
            names[a["source_id"]],
            text[a["claim"]["start"] : a["claim"]["end"]],
        )
        for a in answer["attributions"]
    ]


def source(answer: dict[str, Any], name: str) -> dict[str, Any]:
    return next(s for s in answer["sources"] if s["name"] == name)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (f"Kirby said that {CLAIM}.", ("said", "said that", "Kirby", CLAIM)),
        # (a company named by a number; a count opens a claim; a clause after the time)
        (
            "Six Flags said in a statement that the park would reopen in June.",
            ("said", "said", "Six Flags", "the park would reopen in June"),
        ),
        (
            "Police Chief Tom Ruiz said at least 40 people died.",
            ("said", "said", "Tom Ruiz", "at least 40 people died"),
        ),
        (
            "But in-house lawyers at the firm said the contract was void.",
            ("said", "said", "in-house lawyers at the firm", "the contract was void"),
        ),
        # where it was said, before "that", is no part of the claim
        (f"Kirby said in a statement that {CLAIM}.", ("said", "said", "Kirby", CLAIM)),
        (f"Kirby said in an email late Friday that {CLAIM}.", ("said", "said", "Kirby", CLAIM)),
        (
            f"Kirby said in an interview with the Associated Press that {CLAIM}.",
            ("said", "said", "Kirby", CLAIM),
        ),
        (f"The FBI concluded in that case that {CLAIM}.", ("said", "concluded", "FBI", CLAIM)),
        (
            f"Kirby said in one of a series of Twitter messages that {CLAIM}.",
            ("said", "said", "Kirby", CLAIM),
        ),
        (
            f"Kirby told reporters in a briefing that {CLAIM}.",
            ("told", "told reporters in a briefing that", "Kirby", CLAIM),
        ),
        (f"According to Kirby, {CLAIM}.", ("according_to", "According to", "Kirby", CLAIM)),
        (
            "The aid would arrive within a week, according to Kirby.",
            ("according_to", "according to", "Kirby", "The aid would arrive within a week"),
        ),
        (
            "The aid would arrive within a week, according to Mr. Kirby.",
            ("according_to", "according to", "Kirby", "The aid would arrive within a week"),
        ),
        (
            "The aid would arrive within a week, according to the Roper Center for Public "
            "Opinion Research at Cornell University in New York.",
            (
                "according_to",
                "according to",
                "Roper Center for Public Opinion Research",
                "The aid would arrive within a week",
            ),
        ),
        (
            f"Asked for comment, the commissioner said {CLAIM}.",
            ("said", "said", "the commissioner", CLAIM),
        ),
        (
            f"According to the lawyer for Animal Protection Services of Saskatchewan, {CLAIM}.",
            (
                "according_to",
                "According to",
                "the lawyer for Animal Protection Services of Saskatchewan",
                CLAIM,
            ),
        ),
        (f"Kirby told reporters {CLAIM}.", ("told", "told reporters", "Kirby", CLAIM)),
        (f"Kirby claimed {CLAIM}.", ("said", "claimed", "Kirby", CLAIM)),
        (f"Kirby warned {CLAIM}.", ("said", "warned", "Kirby", CLAIM)),
        (
            "Jones estimated the aid would cost two million dollars.",
            ("said", "estimated", "Jones", "the aid would cost two million dollars"),
        ),
        (f"Reuters reported that {CLAIM}.", ("reported", "reported that", "Reuters", CLAIM)),
        (f"In a statement, Kirby said {CLAIM}.", ("said", "said", "Kirby", CLAIM)),
        (f"Kirby tweeted that {CLAIM}.", ("social_post", "tweeted that", "Kirby", CLAIM)),
        (f"Officials have said {CLAIM}.", ("said", "said", "Officials", CLAIM)),
        (f"His advisers have long argued {CLAIM}.", ("said", "argued", "His advisers", CLAIM)),
        (
            f"Kirby spoke in Leeds on Sunday, adding that {CLAIM}.",
            ("said", "adding that", "Kirby", CLAIM),
        ),
        (f"Polls showed that {CLAIM}.", ("document", "showed that", "Polls", CLAIM)),
        (f"But some note that {CLAIM}.", ("said", "note that", "some", CLAIM)),
        (
            f"John Kirby spoke in Leeds. A few years later he argued that {CLAIM}.",
            ("said", "argued that", "John Kirby", CLAIM),
        ),
        (
            "What he found, Kirby says, is that treating addiction is not hard.",
            (
                "said",
                "says",
                "Kirby",
                "What he found, Kirby says, is that treating addiction is not hard",
            ),
        ),
        (
            f"Kirby questioned that logic, saying {CLAIM}.",
            ("said", "saying", "Kirby", CLAIM),
        ),
        # a belief in the progressive before a clause of its own; a participle set off
        (
            "Officials are hoping they will win the appeal in the spring.",
            ("belief", "hoping", "Officials", "they will win the appeal in the spring"),
        ),
        (
            "Officials, fearing the storm would hit the coast, closed the port on Monday.",
            ("belief", "fearing", "Officials", "the storm would hit the coast"),
        ),
        # an opening participle phrase is no subject
        (
            "Walking with Kirby, Jane Doe shook her head and said the party had changed.",
            ("said", "said", "Jane Doe", "the party had changed"),
        ),
        # the same verbs before speech
        (
            "The group claimed responsibility for the attack in a statement on Monday.",
            (
                "said",
                "claimed",
                "The group",
                "responsibility for the attack in a statement on Monday",
            ),
        ),
        # a participle's subject: a name after its description, a name with a particle and
        # an aside
        (
            "The Minister of Art, Culture and Creative Economy, Hannatu Musawa, congratulated the"
            " cast on Sunday, saying the achievement was historic.",
            ("said", "saying", "Hannatu Musawa", "the achievement was historic"),
        ),
        (
            "Nur Aisyah binti Ahmad, whose brother died in a crash, welcomed the rule, saying it"
            " would save lives.",
            ("said", "saying", "Nur Aisyah binti Ahmad", "it would save lives"),
        ),
        # an appeal to someone to act, to the subordinate clause after it
        (
            "Kirby called on fellow Republicans to unendorse Trump after he insulted a judge.",
            ("said", "called on", "Kirby", "fellow Republicans to unendorse Trump"),
        ),
        # any reporting participle before a clause with its own subject and auxiliary
        (
            "Kirby went further, arguing the proposal could make the threat worse.",
            ("said", "arguing", "Kirby", "the proposal could make the threat worse"),
        ),
        (
            "Interestingly Kirby, a wealthy industrialist, sued the party, claiming he was fired.",
            ("said", "claiming", "Kirby", "he was fired"),
        ),
        (
            f"Kirby announced recently that {CLAIM}.",
            ("said", "announced", "Kirby", CLAIM),
        ),
        (
            f"The plan stalled in May, when officials said {CLAIM}.",
            ("said", "said", "officials", CLAIM),
        ),
        (
            f"Kirby visited the port on Monday and said {CLAIM}.",
            ("said", "said", "Kirby", CLAIM),
        ),
        (
            f"But in recent days, advisers to Mr. Kirby say, {CLAIM}.",
            (
                "said",
                "say",
                "advisers to Mr. Kirby",
                f"in recent days, advisers to Mr. Kirby say, {CLAIM}",
            ),
        ),
        (f"As Kirby noted on Monday, {CLAIM}.", ("said", "noted", "Kirby", CLAIM)),
        # a cue whose speaker has an apposition, in the middle of the claim; a dash that opens
        # the writer's aside after an inverted cue
        (
            "This system, says Richard Locksley, an immunologist at the university, helps the"
            " body fight parasites.",
            (
                "said",
                "says",
                "Richard Locksley",
                "This system, says Richard Locksley, an immunologist at the university, helps the"
                " body fight parasites",
            ),
        ),
        (
            "The economy is in excess demand, the IMF report says — also in line with the bank.",
            ("said", "says", "IMF", "The economy is in excess demand"),
        ),
        # a place after "in" is where the one described is, not who speaks
        (
            f"California's 4th District Court of Appeal in Santa Ana found that {CLAIM}.",
            ("said", "found that", "California's 4th District Court of Appeal", CLAIM),
        ),
        (
            f"Or maybe, as that tweeter in Sydney suggested, {CLAIM}.",
            ("said", "suggested", "that tweeter in Sydney", CLAIM),
        ),
        (f"John Smith in London said {CLAIM}.", ("said", "said", "John Smith", CLAIM)),
        # two bodies joined by "and" speak together
        (
            f"The United Nations and European Union stressed {CLAIM}.",
            ("said", "stressed", "United Nations and European Union", CLAIM),
        ),
        # a name set off after someone's relative is the relative's
        (
            "A publicist for Thicke's son, Robin, said the actor suffered a heart attack.",
            ("said", "said", "A publicist for Thicke's son", "the actor suffered a heart attack"),
        ),
        (f"Those surveyed fear that {CLAIM}.", ("belief", "fear that", "Those surveyed", CLAIM)),
        # a share of people somewhere or in a poll
        (
            f"Some 20 percent of people in a recent CNN/ORC poll said {CLAIM}.",
            ("said", "said", "Some 20 percent of people in a recent CNN/ORC poll", CLAIM),
        ),
        (
            f"20 percent of voters in Iowa said {CLAIM}.",
            ("said", "said", "20 percent of voters in Iowa", CLAIM),
        ),
        # the progressive of more reporting verbs, before "that"
        (
            f"Media sources were reporting that {CLAIM}.",
            ("reported", "reporting that", "Media sources", CLAIM),
        ),
        (
            f"The senator is demanding that {CLAIM}.",
            ("said", "demanding that", "The senator", CLAIM),
        ),
        # the people interviewed, and a list of them
        (
            f"{CLAIM.capitalize()}, according to interviews with a dozen party leaders and"
            " officials involved in the delegate selection process.",
            (
                "according_to",
                "according to",
                "a dozen party leaders and officials involved in the delegate selection process",
                CLAIM.capitalize(),
            ),
        ),
        (
            f"But according to interviews with more than a half-dozen of Cruz’s friends, aides"
            f" and allies, {CLAIM}.",
            (
                "according_to",
                "according to",
                "more than a half-dozen of Cruz’s friends, aides and allies",
                CLAIM,
            ),
        ),
        # a body named by its kind and its name
        (
            f"The city of Phoenix is demanding that {CLAIM}.",
            ("said", "demanding that", "City of Phoenix", CLAIM),
        ),
        # a plural noun for people at a sentence's start names no one; an acronym after a name
        (
            f"Insurers estimate that {CLAIM}.",
            ("said", "estimate that", "Insurers", CLAIM),
        ),
        (
            f"{CLAIM.capitalize()}, according to the Association of British Insurers (ABI).",
            ("according_to", "according to", "Association of British Insurers", CLAIM.capitalize()),
        ),
        # another reporting verb before its speaker at the sentence's end
        (
            f"{CLAIM.capitalize()}, noted NBC’s Dante Chinni.",
            ("said", "noted", "Dante Chinni", CLAIM.capitalize()),
        ),
        # a body's name whose first word looks like a participle, with a long apposition
        (
            "United States Citizenship and Immigration Services, the agency that oversees the"
            f" program, said {CLAIM}.",
            ("said", "said", "United States Citizenship and Immigration Services", CLAIM),
        ),
        # (not a subject set off by its apposition before its verb)
        (
            "Ivanka Trump, the nominee’s eldest daughter, noted the rule in the interview.",
            ("said", "noted", "Ivanka Trump", "the rule in the interview"),
        ),
        # a known body whose words read as no name
        (
            f"A report by Human Rights Watch said {CLAIM}.",
            ("said", "said", "Human Rights Watch", CLAIM),
        ),
        # a name and its apposition straddling the claim's last comma; a description before
        # the name; a year in a document's description
        (
            f"{CLAIM.capitalize()}, Jim Cantrell, Vector Space Systems CEO and a founding member"
            " of SpaceX, told NBC News.",
            ("told", "told", "Jim Cantrell", CLAIM.capitalize()),
        ),
        (
            f"{CLAIM.capitalize()}, a spokeswoman, Anna Richardson White, said.",
            ("said", "said", "Anna Richardson White", CLAIM.capitalize()),
        ),
        (
            f"{CLAIM.capitalize()}, a 2014 study warned.",
            ("document", "warned", "a 2014 study", CLAIM.capitalize()),
        ),
        # (not a name opening the sentence with its apposition)
        (
            f"Yukiya Amano, director general of the agency, said {CLAIM}.",
            ("said", "said", "Yukiya Amano", CLAIM),
        ),
        # what is confirmed follows "that" after hearsay
        (
            f"Gosling also confirms rumors that {CLAIM}.",
            ("said", "confirms", "Gosling", CLAIM),
        ),
        # a listener with a relative clause about them
        (
            f"Keith Gambill told a few thousand teachers who covered the lawn that {CLAIM}.",
            (
                "told",
                "told a few thousand teachers who covered the lawn that",
                "Keith Gambill",
                CLAIM,
            ),
        ),
        # a union local's number is part of its name; "late Friday" is the verb's time
        (
            f"A release sent to media from UFCW Local 832 late Friday said {CLAIM}.",
            ("said", "said", "UFCW Local 832", CLAIM),
        ),
        (f"The mayor early Monday said {CLAIM}.", ("said", "said", "The mayor", CLAIM)),
        # an opening time that starts with "late" or "early"
        (
            f"Late last month, the company said {CLAIM}.",
            ("said", "said", "the company", CLAIM),
        ),
        (f"Experts stress that {CLAIM}.", ("said", "stress that", "Experts", CLAIM)),
        # people close to someone; a participle phrase before the subject
        (
            f"Those close to the president-elect say that {CLAIM}.",
            ("said", "say that", "Those close to the president-elect", CLAIM),
        ),
        (
            "Typically used only to keep people safe, the alert asked residents to stay home.",
            ("said", "asked", "the alert", "residents to stay home"),
        ),
        # a time with its article before "that"; "that" before a verb is the claim's subject;
        # an adverb before "that" is no part of the claim
        (
            f"Kirby said in a statement after the recording became public that {CLAIM}.",
            ("said", "said", "Kirby", CLAIM),
        ),
        (
            "Energy analysts say that would eat into coal's market share.",
            ("said", "say", "Energy analysts", "that would eat into coal's market share"),
        ),
        (f"The hospital did say however that {CLAIM}.", ("said", "say", "The hospital", CLAIM)),
        (
            f"According to the mayor's plan, {CLAIM}.",
            ("according_to", "According to", "the mayor's plan", CLAIM),
        ),
        # an aside and an adverb between the subject and its verb
        (
            f"RNC members and officials, in fact, even insist that {CLAIM}.",
            ("said", "insist that", "RNC members and officials", CLAIM),
        ),
        # a passive "as reported by", and "per" as news writes "according to"
        (
            f"As reported by The Guardian, {CLAIM}.",
            ("reported", "reported", "The Guardian", CLAIM),
        ),
        (
            "The aid would arrive within a week, per a report from Bloomberg.",
            (
                "according_to",
                "per",
                "a report from Bloomberg",
                "The aid would arrive within a week",
            ),
        ),
        (f"Per sources, {CLAIM}.", ("according_to", "Per", "sources", CLAIM)),
        # through whom it was said, before "that"; "tell" after a plural source
        (f"Kirby said via a spokesperson that {CLAIM}.", ("said", "said", "Kirby", CLAIM)),
        (f"Kirby said through his lawyer that {CLAIM}.", ("said", "said", "Kirby", CLAIM)),
        (
            f"Witnesses told NBC 5 that {CLAIM}.",
            ("told", "told NBC 5 that", "Witnesses", CLAIM),
        ),
        (
            "The aid would arrive within a week, sources tell Axios.",
            ("told", "tell", "sources", "The aid would arrive within a week"),
        ),
        (
            "The aid would arrive within a week, as officials have said.",
            ("said", "said", "officials", "The aid would arrive within a week"),
        ),
        (
            "The aid, as Kirby told reporters, would arrive within a week.",
            (
                "told",
                "told",
                "Kirby",
                "The aid, as Kirby told reporters, would arrive within a week",
            ),
        ),
        (
            f"As many experts, including Mr. Kirby, have pointed out, {CLAIM}.",
            ("said", "pointed out", "many experts", CLAIM),
        ),
        (
            f"Several experts cautioned, as did the council itself, that {CLAIM}.",
            ("said", "cautioned", "Several experts", CLAIM),
        ),
        (
            "It was the kind of deal that analysts say could reshape the industry.",
            ("said", "say", "analysts", "could reshape the industry"),
        ),
        (
            "The plan costs more than the $20 million experts say it needs to run.",
            ("said", "say", "experts", "it needs to run"),
        ),
        (
            # (praise of a noun phrase is a remark on it: kind "topic")
            "Some officials praised the council's work on the new bridge.",
            ("topic", "praised", "Some officials", "the council's work on the new bridge"),
        ),
        (
            "Officials expressed concern that the aid would arrive late.",
            ("said", "expressed", "Officials", "concern that the aid would arrive late"),
        ),
        (f"Many experts suspect {CLAIM}.", ("belief", "suspect", "Many experts", CLAIM)),
        (f"Kirby began by noting that {CLAIM}.", ("said", "noting that", "Kirby", CLAIM)),
        (f"Kirby replied that {CLAIM}.", ("said", "replied that", "Kirby", CLAIM)),
        (
            f"Landlords and tenants complain bitterly that {CLAIM}.",
            ("said", "complain", "Landlords and tenants", CLAIM),
        ),
        (
            "Some critics say this is just a rough patch for the council.",
            ("said", "say", "Some critics", "this is just a rough patch for the council"),
        ),
        (
            "Officials said at least 20 people were hurt.",
            ("said", "said", "Officials", "at least 20 people were hurt"),
        ),
        (
            f"Officials said earlier this week that {CLAIM}.",
            ("said", "said", "Officials", CLAIM),
        ),
        (f"Others argued that {CLAIM}.", ("said", "argued that", "Others", CLAIM)),
        (f"Few believe that {CLAIM}.", ("belief", "believe that", "Few", CLAIM)),
        (f"Several said {CLAIM}.", ("said", "said", "Several", CLAIM)),
        (f"Officials fear that {CLAIM}.", ("belief", "fear that", "Officials", CLAIM)),
        # a finding or an assumption with "that", whoever made it
        (f"Investigators found that {CLAIM}.", ("said", "found that", "Investigators", CLAIM)),
        (f"Aides discovered that {CLAIM}.", ("said", "discovered that", "Aides", CLAIM)),
        (f"Many people assumed that {CLAIM}.", ("belief", "assumed that", "Many people", CLAIM)),
        # a belief before a bare clause with its own subject and auxiliary
        (
            "Some officials think the mayor is at risk of losing her seat.",
            ("belief", "think", "Some officials", "the mayor is at risk of losing her seat"),
        ),
        (
            "Many fear Mr. Kirby will cut the budget for the bridge.",
            ("belief", "fear", "Many", "Mr. Kirby will cut the budget for the bridge"),
        ),
        (f"Residents hoped that {CLAIM}.", ("belief", "hoped that", "Residents", CLAIM)),
        (
            f"Alongside the protests, even a senior council official said {CLAIM}.",
            ("said", "said", "a senior council official", CLAIM),
        ),
        (
            "Critics accused the council of wasting money on the bridge.",
            ("said", "accused", "Critics", "the council of wasting money on the bridge"),
        ),
        (
            f"Two officials who were briefed on the talks said {CLAIM}.",
            ("said", "said", "Two officials who were briefed on the talks", CLAIM),
        ),
        (
            f"Ken Njoroge, chief of a company in the complex that offers loans, said {CLAIM}.",
            ("said", "said", "Ken Njoroge", CLAIM),
        ),
        # an inverted speaker with a relative clause and no comma
        (
            "The stakes are so high that the mayor warned the council, said an American official"
            " who was briefed on the details of the encounter and spoke anonymously because of"
            " the diplomatic sensitivities.",
            (
                "said",
                "said",
                "an American official",
                "The stakes are so high that the mayor warned the council",
            ),
        ),
        # an inverted cue with the one it told, or ended by a semicolon
        (
            "He had been completing his second year, a school spokesman told The Wall Street"
            " Journal.",
            ("told", "told", "a school spokesman", "He had been completing his second year"),
        ),
        (
            "Candidates need about 40 percent of the Hispanic vote, political analysts say; in"
            " 2012, Mitt Romney won 27 percent.",
            (
                "said",
                "say",
                "political analysts",
                "Candidates need about 40 percent of the Hispanic vote",
            ),
        ),
        # a participle aside between the subject and its verb; a place with its state
        (
            "Federal officials familiar with the server taken from the house in Chappaqua, N.Y.,"
            " speaking on the condition of anonymity because they were not authorized to discuss"
            f" the investigation, said that {CLAIM}.",
            ("said", "said that", "Federal officials familiar with the server", CLAIM),
        ),
        # a body that speaks for its owner
        (
            f"Sanders' team said {CLAIM}.",
            ("said", "said", "Sanders’ team", CLAIM),
        ),
        (
            f"Clinton's campaign said {CLAIM}.",
            ("said", "said", "Clinton’s campaign", CLAIM),
        ),
        (
            f"The Liberal campaign said {CLAIM}.",
            ("said", "said", "The Liberal campaign", CLAIM),
        ),
        (
            f"Spokesmen for the council said {CLAIM}.",
            ("said", "said", "Spokesmen for the council", CLAIM),
        ),
        # a surname that ends like an adverb
        (
            "States would become middle men, Jolly said.",
            ("said", "said", "Jolly", "States would become middle men"),
        ),
        # what a source called something
        (
            "Roof used the gun in what officials called a hate crime at the church.",
            ("said", "called", "officials", "a hate crime at the church"),
        ),
        (
            "Senators kept up a filibuster on a bill that critics called anti-gay.",
            ("said", "called", "critics", "anti-gay"),
        ),
        (
            "Critics call it the enforcement of political correctness.",
            ("said", "call", "Critics", "the enforcement of political correctness"),
        ),
        (
            "His ideals - critics would call them messianic impulses - have a cost.",
            ("said", "call", "critics", "messianic impulses"),
        ),
        # the words after "said" are a clause with a predicate, not an inverted speaker
        (
            "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member who"
            " succeeded him, Paul Manafort, should be fired.",
            (
                "said",
                "said",
                "Corey Lewandowski",
                "the staff member who succeeded him, Paul Manafort, should be fired",
            ),
        ),
        # a participle after an adverb, its subject past an opening phrase
        (
            "In the spin room after the debate, Obama's aides were also complimentary, perhaps"
            " recognizing that imitation is the best form of flattery.",
            (
                "said",
                "recognizing that",
                "Obama's aides",
                "imitation is the best form of flattery",
            ),
        ),
        # what a source considers something: a view
        (
            "There is a gap between illegal behavior that can be proved beyond a reasonable doubt"
            " and what most people would consider appropriate conduct by a candidate.",
            ("belief", "consider", "most people", "appropriate conduct by a candidate"),
        ),
        # a possessive and a role: a description of someone
        (
            f"Canada's foreign minister said that {CLAIM}.",
            ("said", "said that", "Canada's foreign minister", CLAIM),
        ),
        # a participle after a document the subject put out
        (
            f"The union released a statement on Monday saying that {CLAIM}.",
            ("said", "saying that", "The union", CLAIM),
        ),
        (
            f"Kirby issued a joint statement saying {CLAIM}.",
            ("said", "saying", "Kirby", CLAIM),
        ),
        # whoever was told, however long, when "that" follows
        (
            f"Kirby told an Iowa audience that {CLAIM}.",
            ("told", "told an Iowa audience that", "Kirby", CLAIM),
        ),
        (
            f"Kirby told delegates at the party convention on Monday that {CLAIM}.",
            ("told", "told delegates at the party convention on Monday that", "Kirby", CLAIM),
        ),
        (
            f"Kirby told Bill O'Reilly of Fox News {CLAIM}.",
            ("told", "told Bill O'Reilly of Fox News", "Kirby", CLAIM),
        ),
        # subjects: a relative clause with "whose", an aside between dashes, a long unnamed
        # phrase with names in its complement, an opening participle before an apposition, a
        # party and a time
        (
            f"The state officials whose laws were struck down say {CLAIM}.",
            ("said", "say", "The state officials whose laws were struck down", CLAIM),
        ),
        (
            f"Three in five insiders across the four states — and two-thirds of Republicans in"
            f" New Hampshire — said {CLAIM}.",
            ("said", "said", "Three in five insiders across the four states", CLAIM),
        ),
        (
            f"But current and former officials in the FBI and at the Justice Department have said"
            f" {CLAIM}.",
            (
                "said",
                "said",
                "current and former officials in the FBI and at the Justice Department",
                CLAIM,
            ),
        ),
        (
            f"Proponents of the new bill say {CLAIM}.",
            ("said", "say", "Proponents of the new bill", CLAIM),
        ),
        (
            f"Dashing into a closed-door luncheon, Senator Jane Roe, Republican of West Virginia,"
            f" said {CLAIM}.",
            ("said", "said", "Jane Roe", CLAIM),
        ),
        (
            f"Senator Jane Roe (D-Calif.) last week said {CLAIM}.",
            ("said", "said", "Jane Roe", CLAIM),
        ),
        # "after" opens a clause with a subject of its own after a verb, not after a subject
        (
            f"The plane was grounded after The New York Times reported that {CLAIM}.",
            ("reported", "reported that", "The New York Times", CLAIM),
        ),
        (
            f"Roe — after a knock-on-wood gesture — told me {CLAIM}.",
            ("told", "told me", "Roe", CLAIM),
        ),
        # the name right before ", which", not the clause it ends
        (
            f"The contract went to Northline Builders, which said {CLAIM}.",
            ("said", "said", "Northline Builders", CLAIM),
        ),
        # an aside between the subject and its verb; a relative clause that opens on its verb
        (f"Carter however said {CLAIM}.", ("said", "said", "Carter", CLAIM)),
        (
            f"Dow's chief executive, Andrew Liveris, of course, said that {CLAIM}.",
            ("said", "said that", "Andrew Liveris", CLAIM),
        ),
        (
            f"But progressive organizations that have endorsed him say {CLAIM}.",
            ("said", "say", "progressive organizations that have endorsed him", CLAIM),
        ),
        (f"Jewish groups also widely said {CLAIM}.", ("said", "said", "Jewish groups", CLAIM)),
        # people named by what they do; an opening time clause before a description
        (
            f"Politicians and even some technologists say {CLAIM}.",
            ("said", "say", "Politicians and even some technologists", CLAIM),
        ),
        (
            f"Just days before it was to report earnings, the company said on Friday that {CLAIM}.",
            ("said", "said", "the company", CLAIM),
        ),
        # a second verb of a subject named after an opening phrase
        (
            f"In an interview with The Wall Street Journal, Kirby doubled down on his comments"
            f" and said {CLAIM}.",
            ("said", "said", "Kirby", CLAIM),
        ),
        (
            f"Last month, Director James Kirby called the plan careless but said {CLAIM}.",
            ("said", "said", "James Kirby", CLAIM),
        ),
        # a subordinate clause inside the subject's apposition
        (
            f"Paradis, who volunteered for Clinton when he ran in 1992, says {CLAIM}.",
            ("said", "says", "Paradis", CLAIM),
        ),
        # "after" and "before" inside a subject open no clause (review)
        (
            f"Residents who were evacuated before the storm said {CLAIM}.",
            ("said", "said", "Residents who were evacuated before the storm", CLAIM),
        ),
        (
            f"Many frustrated parents after the meeting said {CLAIM}.",
            ("said", "said", "Many frustrated parents after the meeting", CLAIM),
        ),
        # a wide object stops before a clause; "about" may mean roughly
        (
            f"Kirby told reporters the problem was that {CLAIM}.",
            ("told", "told reporters", "Kirby", f"the problem was that {CLAIM}"),
        ),
        (
            "The fire chief told reporters about 200 people had been evacuated.",
            ("told", "told reporters", "The fire chief", "about 200 people had been evacuated"),
        ),
        # "who" is no organisation; a verb-like plural is no lead's head noun
        (
            f"A spokesman for Acme Corp, who said {CLAIM}.",
            ("said", "said", "A spokesman for Acme Corp", CLAIM),
        ),
        (
            f"The governor delegates most decisions to her staff, saying {CLAIM}.",
            ("said", "saying", "The governor", CLAIM),
        ),
        # "states that" of a relative clause
        (
            f"Officials in other states that have passed similar laws say {CLAIM}.",
            ("said", "say", "Officials in other states that have passed similar laws", CLAIM),
        ),
        # a long relative clause that says how an unnamed source knows; "note" before a clause
        (
            f"{CLAIM[0].upper()}{CLAIM[1:]}, according to three intelligence sources who spoke to"
            " Fox News but were not authorized to speak on the record.",
            (
                "according_to",
                "according to",
                "three intelligence sources",
                f"{CLAIM[0].upper()}{CLAIM[1:]}",
            ),
        ),
        (
            "Legal observers note the White House would not truly close the prison.",
            (
                "said",
                "note",
                "Legal observers",
                "the White House would not truly close the prison",
            ),
        ),
        # a belief in a relative clause without "that", whose subject is a quantifier
        (
            "It's a strategy some believe he could replicate in his current bid.",
            ("belief", "believe", "some", "he could replicate in his current bid"),
        ),
        # what something led people to think or ask; "made clear"
        (
            f"The announcement led some to speculate that {CLAIM}.",
            ("belief", "speculate", "some", CLAIM),
        ),
        (
            f"His remarks have caused many to wonder whether or not {CLAIM}.",
            ("belief", "wonder", "many", CLAIM),
        ),
        (
            f"Officials with the committee made clear Monday {CLAIM}.",
            ("said", "made clear", "Officials with the committee", CLAIM),
        ),
        # a characterisation in the progressive, or with "as"
        (
            "The mayor came in what some are criticizing as just another photo op.",
            ("said", "criticizing as", "some", "just another photo op"),
        ),
        # a view in the passive, with who holds it
        (
            "His remarks were interpreted by some as a threat of violence against Mr. Roe.",
            ("belief", "interpreted", "some", "a threat of violence against Mr. Roe"),
        ),
        # the last quantifier before a belief; a capitalised unnamed head before a long
        # relative clause; "made it clear"
        (
            "It was one of many reasons some believe the plan could fail.",
            ("belief", "believe", "some", "the plan could fail"),
        ),
        (
            "The deal was done, according to Officials who spoke to Fox News but were not"
            " authorized to speak on the record.",
            ("according_to", "according to", "Officials", "The deal was done"),
        ),
        (
            f"Roe made it clear that {CLAIM}.",
            ("said", "made it clear that", "Roe", CLAIM),
        ),
        # a web address as the source
        (
            "The aid would arrive within a week, according to ouest-france.fr.",
            ("according_to", "according to", "Ouest-France", "The aid would arrive within a week"),
        ),
        # a full name's role
        (
            f"Donald Trump's campaign manager says {CLAIM}.",
            ("said", "says", "Donald Trump's campaign manager", CLAIM),
        ),
        # a cue inside its claim, which is the whole sentence; "according to" after "But"
        (
            "The results, according to Jeff Roe, a professor at Columbia, were mixed.",
            (
                "according_to",
                "according to",
                "Jeff Roe",
                "The results, according to Jeff Roe, a professor at Columbia, were mixed",
            ),
        ),
        (
            "For days after a storm, Con Edison officials say, they often deal with fires.",
            (
                "said",
                "say",
                "Con Edison officials",
                "For days after a storm, Con Edison officials say, they often deal with fires",
            ),
        ),
        (
            "But according to a new poll, his support fell from 54% to 35% in a month.",
            (
                "according_to",
                "according to",
                "a new poll",
                "his support fell from 54% to 35% in a month",
            ),
        ),
        # a request for anonymity is no claim; the source's own verb follows it
        (
            "A Syrian refugee who fled the war and asked not to be identified said that the camp"
            " was full.",
            ("said", "said that", "A Syrian refugee", "the camp was full"),
        ),
        # a piece written is a topic; "criticized that" a statement
        (
            "Jane Roe wrote an opinion piece about the election for the paper.",
            ("topic", "wrote", "Jane Roe", "an opinion piece about the election for the paper"),
        ),
        (
            "The mayor criticized that the new plan was late by two years.",
            ("said", "criticized that", "The mayor", "the new plan was late by two years"),
        ),
        # a post with a place after "of" or "to" is the source, not the place
        (
            "The Lord Mayor of London says the city will recover from the crisis by next year.",
            (
                "said",
                "says",
                "The Lord Mayor of London",
                "the city will recover from the crisis by next year",
            ),
        ),
        # the progressive, with an adverb or a perfect; "telling" its hearer
        (
            "Some Republicans are quietly saying it is time to accept a new reality.",
            ("said", "saying", "Some Republicans", "it is time to accept a new reality"),
        ),
        (
            "Trump's campaign has been claiming that the polls are rigged against him.",
            ("said", "claiming that", "Trump’s campaign", "the polls are rigged against him"),
        ),
        (
            "The mayor was telling reporters that the bill would pass the Senate easily.",
            (
                "told",
                "telling reporters that",
                "The mayor",
                "the bill would pass the Senate easily",
            ),
        ),
        # a phrase cut after its preposition names no one ("delegates from [states he won]")
        (
            "Roe argues that delegates from states he won should flip to his column.",
            (
                "said",
                "argues that",
                "Roe",
                "delegates from states he won should flip to his column",
            ),
        ),
        # a title's period before the speaker of a verb-first cue
        (
            f"{CLAIM[0].upper()}{CLAIM[1:]}, said Ms. Gil, with games of capture the flag.",
            ("said", "said", "Gil", f"{CLAIM[0].upper()}{CLAIM[1:]}"),
        ),
        (
            f"{CLAIM[0].upper()}{CLAIM[1:]}, said Mr. Smith, the director.",
            ("said", "said", "Smith", f"{CLAIM[0].upper()}{CLAIM[1:]}"),
        ),
        # a possessed body with a word of its kind between
        (
            f"Mrs. Clinton's presidential campaign said that {CLAIM}.",
            ("said", "said that", "Mrs. Clinton’s campaign", CLAIM),
        ),
        # verbs that report only before "that"
        (
            f"The governor reiterated that {CLAIM}.",
            ("said", "reiterated that", "The governor", CLAIM),
        ),
        (
            f"A campaign aide later clarified that {CLAIM}.",
            ("said", "clarified that", "A campaign aide", CLAIM),
        ),
        (f"The mayor hinted that {CLAIM}.", ("said", "hinted that", "The mayor", CLAIM)),
        # the listener is no part of the claim
        (
            f"The governor warned lawmakers that {CLAIM}.",
            ("said", "warned lawmakers that", "The governor", CLAIM),
        ),
        (
            f"The governor reminded voters on Monday that {CLAIM}.",
            ("said", "reminded voters on Monday that", "The governor", CLAIM),
        ),
        (
            f"The agency assured residents that {CLAIM}.",
            ("said", "assured residents that", "The agency", CLAIM),
        ),
        # an auxiliary with a phrase of time or manner; a second verb after "but" and its
        # auxiliary; a title's period inside a complement
        (
            f"Critics have in particular noted that {CLAIM}.",
            ("said", "noted that", "Critics", CLAIM),
        ),
        (f"Officials have, in fact, said that {CLAIM}.", ("said", "said that", "Officials", CLAIM)),
        # any adverb in -ly between the auxiliary and the verb
        (
            f"Officials have similarly said that {CLAIM}.",
            ("said", "said that", "Officials", CLAIM),
        ),
        (
            f"Experts have studied the claims, but have speculated that {CLAIM}.",
            ("said", "speculated that", "Experts", CLAIM),
        ),
        (
            f"Democratic candidate Hillary Clinton has met allies but has said that {CLAIM}.",
            ("said", "said that", "Hillary Clinton", CLAIM),
        ),
        (
            "Aides were adamant that Mr. Trump's children would block a return.",
            ("belief", "were adamant", "Aides", "that Mr. Trump's children would block a return"),
        ),
        # a number that is a name ("No 10"); the claim ends before a quotation told next
        (f"A No 10 spokesman said {CLAIM}.", ("said", "said", "A No 10 spokesman", CLAIM)),
        (
            f"Ms Reeves insisted {CLAIM}, telling the BBC: “We have made our choices.”",
            ("said", "insisted", "Reeves", CLAIM),
        ),
        # an outlet whose name ends in a noun quantifier; a reporter after an inverted "reports"
        (
            f"The Associated Press reports that {CLAIM}.",
            ("reported", "reports that", "Associated Press", CLAIM),
        ),
        (
            f"{CLAIM[0].upper()}{CLAIM[1:]}, reports Wee.",
            ("reported", "reports", "Wee", f"{CLAIM[0].upper()}{CLAIM[1:]}"),
        ),
        # an adjunct of when it was said, after an inverted cue
        (
            f"{CLAIM[0].upper()}{CLAIM[1:]}, Cook said while visiting a conference in Texas.",
            ("said", "said", "Cook", f"{CLAIM[0].upper()}{CLAIM[1:]}"),
        ),
        # whom or what it was said of; for whom a reporter reports
        (
            f"The senator has said of the bill that {CLAIM}.",
            ("said", "said", "The senator", CLAIM),
        ),
        (
            f"As Emily Feng reports for NPR, {CLAIM}.",
            ("reported", "reports", "Emily Feng", CLAIM),
        ),
        # speakers set off by an inverted cue in the middle of the claim
        (
            "Part of the problem, say experts like Paul Bauman, a geophysicist, is the ground.",
            (
                "said",
                "say",
                "Paul Bauman",
                "Part of the problem, say experts like Paul Bauman, a geophysicist, is the ground",
            ),
        ),
        # (but a clause after the verb is its claim: no speakers set off)
        (
            "Spindler's father, Joseph, says his son grew up in Houston, graduated from Texas.",
            ("said", "says", "Joseph", "his son grew up in Houston, graduated from Texas"),
        ),
        # a relative pronoun right after the speaker, inside the clause
        (
            f"The panel heard from a doctor who said {CLAIM}.",
            ("said", "said", "a doctor", CLAIM),
        ),
        (
            f"He spoke with an official at the agency who said {CLAIM}.",
            ("said", "said", "an official at the agency", CLAIM),
        ),
        (
            "The bill drew the ire of lawmakers who thought she was too involved in it.",
            ("belief", "thought", "lawmakers", "she was too involved in it"),
        ),
    ],
)
def test_attribution_patterns(sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert attributions(annotate(sentence)) == [expected]


FIRE = (
    "Hiram Macharia said he grabbed a fire extinguisher. Ken Njoroge said he could not find his"
    " staff."
)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an aside between the hearer and "that"
        (
            ("Sources told POLITICO, however, that she did chime in on the chains.",),
            ("told", "told POLITICO", "Sources", "she did chime in on the chains"),
        ),
        # a participle's subject is the sentence's, the last head noun of a description
        (
            (
                "His chief aide doubled down on attacks on her fitness, saying she is experienced"
                " only on paper.",
            ),
            ("said", "saying", "His chief aide", "she is experienced only on paper"),
        ),
        (
            (
                "But other advisers to the governor have been urging a default, saying that only"
                " a catastrophe would move Congress.",
            ),
            (
                "said",
                "saying that",
                "other advisers to the governor",
                "only a catastrophe would move Congress",
            ),
        ),
        # a description without a determiner, after a name, is the subject of a second verb
        (
            (
                "White House officials were angered by the deal and predicted it would affect"
                " other cases.",
            ),
            ("said", "predicted", "White House officials", "it would affect other cases"),
        ),
        # an opening clause is no subject
        (
            (
                "Although there is no overlap with his team, a White House official who spoke"
                " anonymously to discuss strategy said there are discussions.",
            ),
            ("said", "said", "a White House official", "there are discussions"),
        ),
        # a name set off after a description is the speaker
        (
            (
                "He also had a voice in decisions about investments, said a former spokesman for"
                " the Foreign Ministry, Oleg Voloshyn, who ran for office.",
            ),
            ("said", "said", "Oleg Voloshyn", "He also had a voice in decisions about investments"),
        ),
        # a name with its apposition after a heading (a line break, not a cut clause)
        (
            (
                "More planning for snow-clearing needed",
                "David Atkinson, a climate professor at the University of Victoria, said the storms"
                " could gain even more strength.",
            ),
            ("said", "said", "David Atkinson", "the storms could gain even more strength"),
        ),
        # a plural noun after a possessive and its modifier is no verb ("his recent comments")
        (
            (
                "Families of the victims urged the senator to apologize for his recent comments on"
                " guns.",
            ),
            (
                "said",
                "urged",
                "Families of the victims",
                "the senator to apologize for his recent comments on guns",
            ),
        ),
        # a clause-only verb before a clause whose subject is a pronoun, without "that"
        (
            ("The campaign announced it would suspend its advertising in Iowa next week.",),
            (
                "said",
                "announced",
                "The campaign",
                "it would suspend its advertising in Iowa next week",
            ),
        ),
        # the one remembered or heard speaking
        (
            (
                "Neil Calder was charged with manslaughter.",
                "Golden remembers him apologizing in court, saying he had never meant for Kody to"
                " die.",
            ),
            ("said", "saying", "Neil Calder", "he had never meant for Kody to die"),
        ),
        (
            (
                "Neil Calder shared his methadone with Kody.",
                "Witnesses heard him tell Kody that he now owed him seven dollars.",
            ),
            ("told", "tell Kody that", "Neil Calder", "he now owed him seven dollars"),
        ),
        # "he" is not someone his claim names
        (
            (FIRE, "Macharia and some colleagues hid under desks, he said."),
            ("said", "said", "Ken Njoroge", "Macharia and some colleagues hid under desks"),
        ),
        (
            (FIRE, "He said Macharia and some colleagues hid under desks."),
            ("said", "said", "Ken Njoroge", "Macharia and some colleagues hid under desks"),
        ),
        (
            (FIRE, "Later he said that the colleagues hid under desks."),
            ("said", "said that", "Ken Njoroge", "the colleagues hid under desks"),
        ),
    ],
)
def test_reported_speech_in_context(
    paragraphs: tuple[str, ...], expected: tuple[str, str, str, str]
) -> None:
    assert attributions(annotate(*paragraphs))[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor, adding colour to the debate, wore a red hat to the meeting on Monday.",
        "Protesters marched through the centre, telling stories of their families.",
        "A 160 billion dollar megamerger announced Monday would turn Pfizer into an Irish company.",
        # a sum announced, an announcement in a subordinate clause or after another subject's
        # verb
        "The US has announced an additional $400 million in aid for Ukraine.",
        "Benford did not know much about Sanders before he announced his presidential bid.",
        "Guests get tickets, and aides take their names and announce the guests in turn.",
        # no remark: an infinitive, a negation
        "Party insiders who also get to weigh in on the nomination have sided with her.",
        "He said members of the Supreme Court shouldn’t weigh in on American elections.",
        # the writer's guess, not a report
        "The man must have said something to redeem himself before the coffee shop closed.",
        "The offensive views include an online post of a noose as one solution to the crisis.",
        f"A statement claiming that {CLAIM} was posted online.",
        "Ron Robison said in a written statement.",
        # "told" is the verb, not a noun phrase before "show"
        "Jane Ogden, for instance, told the Victoria Derbyshire TV show, “Shaming is wrong.”",
        # a denied verb reports nothing
        "Her fellow cast members didn't know that she had been on her own since age 14.",
        # adding to a sum adds nothing said
        "Clinton won Mississippi on Tuesday, adding to her run of victories in the South.",
        "The latest hiccup adds to the drama that has surrounded the campaign this year.",
        "The note that he left on the table was short.",
        "China sentenced Robert Lloyd Schellenberg, an alleged drug smuggler, to death.",
        "Schumer showed the strength that Democrats can assert in the chamber this year.",
        "The suspected gunman fled the scene on foot.",
        "Leeds replied just 17 seconds later when Jane Roe scored from the edge of the box.",
        "Police arrested a suspect near the bridge on Monday.",
        "He was suspected of fraud by the police in May.",
        "They came from more than 50 member states that have French as a common language.",
        "Officials fear the worst after the storm hit the coast on Monday.",
        "The accused man was released on bail by the court on Monday.",
        "He was accused of fraud by the police in May.",
        "Kirby asked rhetorically, shaking his head at the council.",
        "Councillor Jane Hills' comments came in the wake of a long debate on the budget.",
        # a tally, not a statement
        "The Hurricanes added three more unanswered goals before the end of the period.",
        # "found" without "that", or before an adjective, is no finding
        "Police found a body in the river near the bridge on Monday.",
        "Kirby found that hard to believe after the long vote on the budget.",
        "Officials felt comfortable with the plan because they could pressure the lenders.",
        # a belief before no clause: a noun
        # a reporting verb before an object that makes it an act
        "Leinster claimed the title with a late try against Munster in Dublin.",
        "Arsenal have agreed a fee of 40 million pounds with Benfica for the defender.",
        "The batter admitted defeat after a long spell at the crease in the heat.",
        "The club revealed its new home kit at a launch in the city centre.",
        # "called on" someone, and no appeal
        "The teacher called on a student in the back row of the class.",
        "She works for the centrist think tank Third Way, which has grown.",
        # a reporting verb that is also a plural noun, before the clause's own verb
        "Most states have passed the deadline to change the names on their ballots.",
        # an opening participle is no one
        "Having said that, there are some reasons to think that taxes should be low.",
        # when, not what
        "Eric Garner, gasping on a sidewalk in Staten Island, said before he died.",
        # "called" as another verb: named, phoned, quit; or a noun
        "The shares were sold by a company called Sansun USA in Ohio.",
        "Mayor John Smith called him back on Monday.",
        "The coach called it quits after ten years.",
        "It was the day that Hillary Clinton called Sanders about the race.",
        "It was the night that he took only one call from headquarters.",
        # "his campaign" with nobody to be "his"
        f"His campaign said {CLAIM}.",
        # a refusal of something other than words; a reply to no request
        "He refused to give up the fight after the vote on Monday.",
        "Trump has refused to release his tax returns this year.",
        "The team did not respond to the attack until the second half.",
        "Most companies do not disclose their tax liabilities to the public.",
        "The terms of the deal were not disclosed by either side on Monday.",
        "The cause of the fire has not been confirmed by the fire marshal.",
        # an offer not (yet) made, or of something else; a view not after "what"
        "The committee should offer an opinion on the matter before the vote in May.",
        "The firm offered a discount to its customers after the delay on Monday.",
        "The bill that the Senate considered yesterday was long and hard to read.",
        # a rule, a silence that is no reticence
        "The rule out of bounds was applied by the referee after the game.",
        "He was silent on the bus ride home after the game on Monday.",
        # whom it was said about
        "“They are very open to trying new things,” Jane Roe said of the campaign.",
        # a document the subject received, not one it put out
        f"Kirby received a letter saying that {CLAIM}.",
        # "states" is a noun unless "that" follows
        "The demographic groups that favored her in other states voted early in the day.",
        # no comparison with a source's expectation: a passive, a noun (review)
        "Only 200 fans came, far fewer than the 500 guests who were expected.",
        "Losses were much worse than the central bank's own forecast.",
        # no belief prompted: an object questioned or asked
        "A tip from a neighbor led police to question two men who lived nearby.",
        "The alarm prompted staff to ask customers to leave the building.",
        # no view in the passive: a reading, a time
        "The statement was read by a spokesman as reporters gathered outside the building.",
        "The boy was seen by doctors as early as Tuesday morning.",
        # a name, not a characterisation; progress, not a statement; a note taken or advised
        "Nobody at the meeting knew what the program is called anymore.",
        "Officials made clear progress on the budget talks this week.",
        "Parents took note the school had changed its pickup schedule again.",
        "Residents should note the office will be closed on Monday for the holiday.",
        # a story told, a relative or a result clause's "that"
        "Kirby told the story of a man who lived in the woods near the town for years.",
        "Kirby told the story of a man that lived in the woods near the town for years.",
        "Kirby tells so many jokes that the meeting ran late into the night on Monday.",
        "Kirby told the story of farm workers - a labor issue that Roe had discovered in May.",
        # the quotation before its speaker is what was said: the words after the verb are where
        # or how
        "“I'm not,” Mr. Dejesus said as he secured the clamp to the pole on Monday.",
        "“We will look at every option,” the mayor told Fox's staff during a meeting.",
        # a cue that leads into its quotation: the quotation is the claim
        "In a few more years, he said, “You won’t recognize the original Whole Foods.”",
        # a count admitted or boasted; "according to" a measure; a correction's date; a noun
        "The country had admitted more than 1.4 million Syrian refugees by the end of 2016.",
        "Paris Baguette boasts 20 consecutive quarters of growth in its home market.",
        "Hotel rooms are priced according to how expensive the city is during the festival.",
        "The shares rose 5 per cent, and the players were paid per the terms of the deal.",
        "New York boasted tens of thousands of nuclear fallout shelters in the Cold War.",
        "Paris Baguette boasted sales of $462 million in the United States last year.",
        "Shine called him several times to check up on her after she moved to California.",
        "One patient took an eight-week mindfulness based stress reduction course.",
        "The remarkably swift arrest eased fears across the region that he would strike again.",
        "The computer then manipulates those bits according to simple rules, one by one.",
        "Correction added Nov. 18, 2019, to the caption below the photograph of the mayor.",
        "A question eliciting both fear and hope is whether the vaccine will work in time.",
        # a progressive negated, a greeting, or a sum, with no "that"
        "The mayor isn't saying that the budget will be balanced by the end of the year.",
        "Residents are saying goodbye to the old stadium this weekend after fifty years.",
        "The nation's rail system was adding seats on some routes during the storm.",
        # no progressive: an adverb before a participle with no comma
        "Officials quickly saying the plan would fail were ignored by the council.",
        # a listener and no clause; a discovery with no clause; no speaker before "that"
        "The governor reminded him of the vote that the council had taken last spring.",
        "The ambassador had learned of the initiative from a colleague in the capital.",
        "The scam sent emails a few months back that claimed to have videos of the recipients.",
        # a condition or a denial is no one's statement
        "If the US insists on a long convergence window, it will fulfil the goal of the plan.",
        "That doesn't mean that the Surface team thinks what Apple is doing is the wrong way.",
        # a verb that reports a clause, with a noun phrase
        "Joe Biden has maintained a significant polling lead in the state for months.",
        "As she concluded the debate, the senator thanked her colleagues for their patience.",
        # a short quotation before its own cue, unmasked, is no subject
        "“The numbers don't lie,” said Jane Doe, an analyst at Morgan Stanley.",
        # verbs that report nothing here: an action, a line of report, a topic, a modal of few,
        # a participle after a noun, an adjective before a result clause, a cue in a quotation
        "NASA also added smaller landers to the CLPS contract last month.",
        "Ailes has reported to them since June 2015, and they were quick to defend him.",
        "“It looks good. It looks very good,” Hall said about the possibility of balloons.",
        "Few would argue against the use of such material to catch criminals.",
        "The views and opinions expressed in the article do not reflect those of the site.",
        "Benghazi remains so politically charged that Ted Cruz made it his closing theme.",
        "“People have described the deposits as freakish,” Godby said on Monday.",
        # a byline
        "Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong.",
        # what follows the cue of the quotation before it is no claim of its own
        "“Just met with General Petraeus – was very impressed!” Trump tweeted on Monday,"
        " thickening the intrigue over his pick.",
        # a relative phoned
        "She called her mother every day before the trial began in the spring.",
    ],
)
def test_no_attribution(sentence: str) -> None:
    assert attributions(annotate(sentence)) == []


@pytest.mark.parametrize("subject", ["Others", "Few", "Several", "Some", "Many"])
def test_a_quantifier_alone_is_an_unnamed_source(subject: str) -> None:
    answer = annotate(f"{subject} said that {CLAIM}.")
    assert attributions(answer) == [("said", "said that", subject, CLAIM)]
    assert source(answer, subject)["named"] is False


def test_a_verb_form_after_a_possessive_is_a_noun() -> None:
    answer = annotate(
        "“We will win,” Kirby said. His comments come several days after the vote on the budget."
    )
    assert attributions(answer) == []


@pytest.mark.parametrize(("joint", "cue"), [(", saying", "saying"), (", and added", "added")])
def test_a_second_statement_of_the_speaker_is_its_own_attribution(joint: str, cue: str) -> None:
    second = "the bridge will close in May"
    assert attributions(annotate(f"Kirby said {CLAIM}{joint} {second}.")) == [
        ("said", "said", "Kirby", CLAIM),
        ("said", cue, "Kirby", second),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time before a clause that has its own "that"
        (
            "Mayor Bob Lin said on Monday he hoped that the strike would end.",
            [
                ("said", "said", "Bob Lin", "he hoped that the strike would end"),
                ("belief", "hoped that", "Bob Lin", "the strike would end"),
            ],
        ),
        # a claim in a relative clause ends before the main clause's verb
        (
            "Kirby, who said last week that the judge was biased, issued a statement on Tuesday.",
            [("said", "said", "Kirby", "the judge was biased")],
        ),
        # a claim ends where another source's clause begins after a comma
        (
            "While Kirby claimed that the videos exist, foreign policy experts affirm that the"
            " group will use them.",
            [
                ("said", "claimed that", "Kirby", "the videos exist"),
                ("said", "affirm that", "foreign policy experts", "the group will use them"),
            ],
        ),
        (
            "Kirby said the roads were safe, but residents say they are not.",
            [
                ("said", "said", "Kirby", "the roads were safe"),
                ("said", "say", "residents", "they are not"),
            ],
        ),
        # (not after a subordinate clause inside the claim, nor a source it reports)
        (
            "Kirby said that even though he opposed the plan, he warned that it would pass.",
            [
                (
                    "said",
                    "said that",
                    "Kirby",
                    "even though he opposed the plan, he warned that it would pass",
                ),
                ("said", "warned that", "Kirby", "it would pass"),
            ],
        ),
        (
            "Kirby said that experts say the plan will fail.",
            [
                ("said", "said that", "Kirby", "experts say the plan will fail"),
                ("said", "say", "experts", "the plan will fail"),
            ],
        ),
        # adding to an audience is said; adding to the criticism ends the claim, says nothing
        (
            "The mayor said the budget was balanced, adding to reporters that no layoffs were"
            " planned.",
            [
                ("said", "said", "The mayor", "the budget was balanced"),
                ("said", "adding to reporters that", "The mayor", "no layoffs were planned"),
            ],
        ),
        (
            "Ann Cole said the bill was flawed, adding to the criticism from her own party.",
            [("said", "said", "Ann Cole", "the bill was flawed")],
        ),
        # a subordinate clause's subject is not the main clause's; a count opens no subject
        ("When Trump took the stage, Clinton waved and said the debate was over.", []),
        ("Eight years ago, Obama signed the order and said that the prison would close.", []),
        # a participle phrase that adds to something, mid-claim, is part of it
        (
            "The board said the new costs, added to last year's losses, would push the firm"
            " into bankruptcy.",
            [
                (
                    "said",
                    "said",
                    "The board",
                    "the new costs, added to last year's losses, would push the firm into"
                    " bankruptcy",
                )
            ],
        ),
        # a claim ends with the subordinate clause its cue is in, or before another source's
        # clause joined to it (not before a list of names, nor the speaker's own second verb)
        (
            "While Trump admitted using the tax code, he does not defend it in public.",
            [("said", "admitted", "Trump", "using the tax code")],
        ),
        (
            "Republicans said they are convinced the inquiry failed and Democrats accused the"
            " party of stoking the issue.",
            [
                ("said", "said", "Republicans", "they are convinced the inquiry failed"),
                ("said", "accused", "Democrats", "the party of stoking the issue"),
            ],
        ),
        (
            "Republicans said they reviewed the deals with Mills, Samuelson and Bentel and"
            " disclosed them.",
            [
                (
                    "said",
                    "said",
                    "Republicans",
                    "they reviewed the deals with Mills, Samuelson and Bentel and disclosed them",
                )
            ],
        ),
        # a subordinate clause's claim ends before the main clause, even one that opens on a
        # phrase, whose subject speaks too
        (
            "While a county presentation assured trust members that operations were ready, under"
            " questioning Josenrique Cueto, the deputy director, acknowledged that the department"
            " had never talked with the body.",
            [
                (
                    "document",
                    "assured trust members that",
                    "a county presentation",
                    "operations were ready",
                ),
                (
                    "said",
                    "acknowledged that",
                    "Josenrique Cueto",
                    "the department had never talked with the body",
                ),
            ],
        ),
        # a second reporting verb joined by "and" is the subject's next statement (but not
        # after a clause with a subject of its own, whose verb it may be)
        (
            "The ambassador accused the UK of meddling in its affairs and warned that the"
            " government would respond.",
            [
                ("said", "accused", "The ambassador", "the UK of meddling in its affairs"),
                ("said", "warned that", "The ambassador", "the government would respond"),
            ],
        ),
        (
            "Merrill says Machado promised to keep supporting Clinton and said she would stay.",
            [
                (
                    "said",
                    "says",
                    "Merrill",
                    "Machado promised to keep supporting Clinton and said she would stay",
                )
            ],
        ),
        # a wire story's dateline is no part of the claim
        (
            "LONDON (Reuters) - Britain's economy shrank in October, official data showed.",
            [("document", "showed", "official data", "Britain's economy shrank in October")],
        ),
        (
            "KYIV, Ukraine (AP) — Russia launched 40 drones overnight, officials said.",
            [("said", "said", "officials", "Russia launched 40 drones overnight")],
        ),
        # the writer's clause after "but" and the speaker's pronoun is no part of the claim
        (
            "John Smith said it would be provided next year, but he gave no details on timing.",
            [("said", "said", "John Smith", "it would be provided next year")],
        ),
        # an adverbial phrase opens the claim, no place where it was said
        (
            "The principal said on average half of the students that enroll drop out.",
            [("said", "said", "The principal", "half of the students that enroll drop out")],
        ),
    ],
)
def test_claims_that_run_on(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attributions(annotate(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "role"),
    [
        # a role set off after an inverted cue's name, or opened by a word in -ing
        (
            f"{CLAIM.capitalize()}, said Jane Roe, a professor of education at Brown University.",
            "Jane Roe",
            "person",
            "a professor of education at Brown University",
        ),
        (
            f"Jeff Gamet, managing editor of The Mac Observer, said {CLAIM}.",
            "Jeff Gamet",
            "person",
            "managing editor of The Mac Observer",
        ),
        # an acronym that spells a pronoun, known bodies and outlets
        (f"According to WHO, {CLAIM}.", "WHO", "organization", None),
        (f"A sign the Fed feels {CLAIM}.", "Fed", "organization", None),
        (f"{CLAIM.capitalize()}, according to the Wrap.", "TheWrap", "outlet", None),
        ("Amazonas declared martial law, reported Euro News.", "Euronews", "outlet", None),
        # a document by its title, and a role that is another source
        (
            f"According to the city's Street Needs Assessment, {CLAIM}.",
            "Street Needs Assessment",
            "document",
            None,
        ),
        (
            f"“{CLAIM.capitalize()},” says a document titled White Paper: Railroading in Winter.",
            "White Paper",
            "document",
            None,
        ),
        (f"Elizabeth, according to a Fox source, said {CLAIM}.", "Elizabeth", "person", None),
        (f"“{CLAIM.capitalize()},” the civil claim said.", "the civil claim", "document", None),
        # a poll named after its pollster or outlet, past the words before the name
        (
            f"A new Quinnipiac University poll found that {CLAIM}.",
            "Quinnipiac University",
            "organization",
            None,
        ),
        (
            f"{CLAIM.capitalize()}, according to a new CBS News Battleground Tracker poll.",
            "CBS News",
            "outlet",
            None,
        ),
        (f"The latest Gallup survey said {CLAIM}.", "Gallup", "organization", None),
        # roles: not an adjective, an age, an aside or a phrase that is no post
        (f"“{CLAIM.capitalize()},” a skeptical Robert Roe said.", "Robert Roe", "person", None),
        (
            f"Jane Roe, 36, the owner of a store nearby, said {CLAIM}.",
            "Jane Roe",
            "person",
            "the owner of a store nearby",
        ),
        (
            f"Acme Inc. Chairman Art Roe, in a statement issued on Monday, said {CLAIM}.",
            "Art Roe",
            "person",
            "Acme Inc. Chairman",
        ),
        (f"Some people, not content with the plan, said {CLAIM}.", "Some people", "person", None),
        (f"Faisal Roe, a Yemeni man, said {CLAIM}.", "Faisal Roe", "person", "a Yemeni man"),
        # a tweet is a document, not a person, even when its owner is no name
        (f"“{CLAIM.capitalize()},” one tweet said.", "one tweet", "document", None),
        # a body described by what owns or runs it
        (
            f"Big Machine, a company owned by talent manager Scooter Roe, said {CLAIM}.",
            "Big Machine",
            "organization",
            "a company owned by talent manager Scooter Roe",
        ),
        # capitalised words before a lower-case noun name no body
        (
            f"According to an official in the Afghan intelligence agency, {CLAIM}.",
            "an official in the Afghan intelligence agency",
            "person",
            None,
        ),
    ],
)
def test_sources_named_and_kinded(sentence: str, name: str, kind: str, role: str | None) -> None:
    found = source(annotate(sentence), name)
    assert (found["kind"], found["role"]) == (kind, role)


def test_a_pronoun_opening_a_told_claim_is_the_teller() -> None:
    answer = annotate(
        "Gayle King interviewed the mother on Monday.",
        f"Zainab Dossaji told King she believes {CLAIM}.",
    )
    assert attributions(answer)[-1] == ("belief", "believes", "Zainab Dossaji", CLAIM)


def test_a_celebrity_described_is_the_one_named_before() -> None:
    answer = annotate(
        "Kirstie Alley posted a photo online on Monday.",
        f"The celeb also admitted that {CLAIM}.",
    )
    assert attributions(answer)[-1] == ("said", "admitted that", "Kirstie Alley", CLAIM)


def test_a_unisex_given_name_tells_no_gender() -> None:
    answer = annotate(
        f"“{CLAIM.capitalize()},” said Terry Strada.",
        f"“{CLAIM.capitalize()} and more,” she said.",
    )
    assert {s["name"] for s in answer["sources"]} == {"Terry Strada"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a short parenthesis inside an announced noun phrase stays in it
        (
            "NASA announced the newest milestone of its long-awaited (and long-delayed) rocket.",
            [
                (
                    "topic",
                    "announced",
                    "NASA",
                    "the newest milestone of its long-awaited (and long-delayed) rocket",
                )
            ],
        ),
        # an appearance is no claim; what follows "that" after its place is
        ("Hawk Sawyer testified before the Senate Judiciary Committee on Tuesday.", []),
        (
            f"Jane Roe testified before the committee that {CLAIM}.",
            [("said", "testified", "Jane Roe", CLAIM)],
        ),
        ("Jane Roe wrote for the Atlantic until 2019.", []),
        # an infinitive of purpose after an act done to speak is the subject's claim
        (
            f"Jane Roe took to Twitter on Monday to say that {CLAIM}.",
            [("said", "say that", "Jane Roe", CLAIM)],
        ),
        (
            f"Jane Roe refused to say that {CLAIM}.",
            [("declined", "refused", "Jane Roe", f"to say that {CLAIM}")],
        ),
        # a reporting form that is also a noun, after "a" or "an"
        ("After an off-the-cuff remark from a winemaker, we left the cellar.", []),
        (f"A spokesman said {CLAIM}.", [("said", "said", "A spokesman", CLAIM)]),
        (
            f"Jane Roe wrote to the senator's office that {CLAIM}.",
            [("said", "wrote", "Jane Roe", CLAIM)],
        ),
        # "according to" after a sentence adverb, in a parenthesis too
        (
            f"(Overall, according to one analysis, {CLAIM}.)",
            [("according_to", "according to", "one analysis", CLAIM)],
        ),
        # a plural noun after a quantifier and a modifier or two, and a verb after a body's noun
        ("Many IT career forecasts focus more generally on job descriptions.", []),
        (
            f"The bank forecasts that {CLAIM}.",
            [("said", "forecasts that", "The bank", CLAIM)],
        ),
        # a pronoun before its verb in a relative clause with no "that" (not an object's gap)
        (
            f"Jane Roe chairs the board. It's something she said {CLAIM}.",
            [("said", "said", "Jane Roe", CLAIM)],
        ),
        ("Jane Roe chairs the board. She read the documents she cited in the letter.", []),
        # people before a relative clause that holds a name are the source
        (
            f"Additional customers that spoke with 7 On Your Side say {CLAIM}.",
            [("said", "say", "Additional customers", CLAIM)],
        ),
    ],
)
def test_what_is_no_claim_and_where_one_ends(
    sentence: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert attributions(annotate(sentence)) == expected


def test_a_person_described_then_named_with_the_same_words() -> None:
    answer = annotate(
        "China's ambassador to Britain accused the UK of meddling in Hong Kong.",
        f"Later, China's ambassador to Britain Liu Xiaoming said {CLAIM}.",
    )
    assert [(s["name"], s["role"]) for s in answer["sources"]] == [
        ("Liu Xiaoming", "China's ambassador to Britain")
    ]


def test_an_acronym_is_the_body_spelled_out_before() -> None:
    answer = annotate(
        "Live Nation is producing the tour, which opens in May.", f"According to LN, {CLAIM}."
    )
    found = source(answer, "Live Nation")
    assert (found["kind"], found["aliases"]) == ("organization", ["LN"])


def test_no_body_named_by_an_adjective() -> None:
    answer = annotate(f"According to an official in the Afghan intelligence agency, {CLAIM}.")
    assert [s["name"] for s in answer["sources"]] == [
        "an official in the Afghan intelligence agency"
    ]


def test_a_notice_of_civil_claim_is_no_cue() -> None:
    found = attributions(annotate("A notice of civil claim was filed in B.C. Supreme Court."))
    assert found == []


def test_a_stance_with_an_according_aside_is_the_asides() -> None:
    sentence = "Shelter residents, according to the findings, are fearful about losing their beds."
    found = attributions(annotate(sentence))
    assert [(kind, name) for kind, _, name, _ in found] == [("according_to", "the findings")]


def test_a_spokeswoman_for_a_person_named_before_is_no_organisation() -> None:
    answer = annotate(
        f"Prime Minister Justin Trudeau said {CLAIM}.",
        f"A spokeswoman for Trudeau said {CLAIM}.",
    )
    assert [s["name"] for s in answer["sources"]] == ["Justin Trudeau", "A spokeswoman for Trudeau"]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        # named right after a quotation, with no description: the one introduced
        ("said Eleanore Catenaro.", [("Eleanore Catenaro", "spokeswoman for the premier")]),
        # a description of one's own, or a name not in a quotation's cue: someone else
        (
            "said Eleanore Catenaro, a voter.",
            [("A spokeswoman for the premier", None), ("Eleanore Catenaro", "a voter")],
        ),
    ],
)
def test_a_person_introduced_then_named(cue: str, expected: list[tuple[str, str | None]]) -> None:
    answer = annotate(
        f"A spokeswoman for the premier said {CLAIM}.",
        f"“We are proud of our record on the economy and on jobs,” {cue}",
    )
    assert [(s["name"], s["role"]) for s in answer["sources"]] == expected


def test_declared_martial_law_is_an_act() -> None:
    found = attributions(annotate("Yoon declared martial law around 10:30 p.m. on Tuesday."))
    assert found == []


def test_a_source_closing_the_sentence_reports_all_of_it() -> None:
    """A source and its verb after the last comma report the whole sentence before them, a
    claim inside it too, whose own claim ends before them."""
    sentence = (
        "Scott's relatives, who asked authorities to show them the video, watched it on Thursday,"
        " attorneys for the family said."
    )
    found = attributions(annotate(sentence))
    assert found[-1] == (
        "said",
        "said",
        "attorneys for the family",
        sentence[: sentence.index(", att")],
    )
    assert all("attorneys" not in claim for *_, claim in found[:-1])


def test_a_second_statement_after_a_quotation_is_kept() -> None:
    sentence = (
        "“I put lipstick on a pig,” Tony Schwartz told the New Yorker’s Jane Mayer, adding that he"
        " had never seen Trump with a book."
    )
    assert attributions(annotate(sentence)) == [
        ("said", "adding that", "Tony Schwartz", "he had never seen Trump with a book")
    ]


@pytest.mark.parametrize(
    "quotation",
    [
        "This is insane",
        # (a quotation long enough to be masked from the sentence's reported speech)
        "This is insane and we will not accept it, not today and not ever",
    ],
)
def test_a_second_statement_after_a_short_cue_is_kept(quotation: str) -> None:
    sentence = f"“{quotation},” Musk said, adding that the company would appeal the ruling."
    assert attributions(annotate("Elon Musk spoke on Monday.", sentence)) == [
        ("said", "adding that", "Elon Musk", "the company would appeal the ruling")
    ]


def test_where_it_was_said_is_no_claim_but_a_second_statement_is() -> None:
    second = "the bridge will close in May"
    assert (
        attributions(annotate("“We will win,” Kirby told a crowd in Berea, Ohio on Tuesday.")) == []
    )
    assert attributions(annotate(f"Kirby said in Paris, noting that {second}.")) == [
        ("said", "noting that", "Kirby", second)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            f"The town never asked for help, a council official said, adding that {CLAIM}.",
            [
                ("said", "said", "a council official", "The town never asked for help"),
                ("said", "adding that", "a council official", CLAIM),
            ],
        ),
        (
            f"The hall was sold for a dollar in 2011, records show, and experts say {CLAIM}.",
            [
                ("document", "show", "records", "The hall was sold for a dollar in 2011"),
                ("said", "say", "experts", CLAIM),
            ],
        ),
        # a second verb after a participle is the same subject's
        (
            f"Kirby issued a statement saying {CLAIM} and said the vote would be held in May.",
            [
                ("said", "saying", "Kirby", CLAIM),
                ("said", "said", "Kirby", "the vote would be held in May"),
            ],
        ),
        # an auxiliary in the apposition's own relative clause is no predicate
        (
            f"{CLAIM}, said Kirby, a professor at the college who has studied the roads.",
            [("said", "said", "Kirby", CLAIM)],
        ),
    ],
)
def test_more_after_a_claim_tail(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert attributions(annotate(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A spokeswoman for the Israeli Defense Ministry declined to comment.",
            [
                (
                    "declined",
                    "declined",
                    "A spokeswoman for the Israeli Defense Ministry",
                    "to comment",
                )
            ],
        ),
        (
            "Adelson has not endorsed anyone in the race, and his spokesman declined to comment.",
            [("declined", "declined", "his spokesman", "to comment")],
        ),
        (
            "The senator declined to say whether it is appropriate for a justice to criticize a"
            " candidate.",
            [
                (
                    "declined",
                    "declined",
                    "The senator",
                    "to say whether it is appropriate for a justice to criticize a candidate",
                )
            ],
        ),
        (
            "Hoff, who declined to comment for this article, praised the plan.",
            [
                ("declined", "declined", "Hoff", "to comment for this article"),
                ("topic", "praised", "Hoff", "the plan"),
            ],
        ),
        (
            "Mark Cuban did not respond to a request for comment.",
            [("declined", "did not", "Mark Cuban", "respond to a request for comment")],
        ),
        (
            "The campaign did not immediately return a request for comment on the ads.",
            [("declined", "did not", "The campaign", "return a request for comment on the ads")],
        ),
        (
            "Ted Cruz would not comment on the order, citing the lawsuit.",
            [("declined", "would not", "Ted Cruz", "comment on the order")],
        ),
        (
            "Lawmakers have not said when they would take up the bill.",
            [("declined", "have not", "Lawmakers", "said when they would take up the bill")],
        ),
        (
            "Mr. Smith could not be reached for comment.",
            [("declined", "could not", "Smith", "be reached for comment")],
        ),
        (
            "Representatives of the mine were not immediately available for comment.",
            [
                (
                    "declined",
                    "were not",
                    "Representatives of the mine",
                    "immediately available for comment",
                )
            ],
        ),
        (
            "Clinton aides were coy about whether they would change their approach.",
            [
                (
                    "declined",
                    "were coy about",
                    "Clinton aides",
                    "whether they would change their approach",
                )
            ],
        ),
        # a refusal, then the second verb of a subject that is a description
        (
            "The spokesman refused to answer questions on the visit in November but said there"
            " was no meeting planned.",
            [
                (
                    "declined",
                    "refused",
                    "The spokesman",
                    "to answer questions on the visit in November",
                ),
                ("said", "said", "The spokesman", "there was no meeting planned"),
            ],
        ),
    ],
)
def test_refusals(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    """A source asked who gave no answer: kind "declined", the cue the refusing words, the claim
    what was not given."""
    assert attributions(annotate(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "About 80,000 Democrats caucused, about 10,000 more than most party insiders expected.",
            ("belief", "expected", "most party insiders", "about 10,000 more"),
        ),
        (
            "The numbers are not as toxic as most D.C. insiders believe.",
            ("belief", "believe", "most D.C. insiders", "The numbers are not as toxic"),
        ),
        (
            "The primary did not play out as the coronation many pundits forecast.",
            ("belief", "forecast", "many pundits", "The primary did not play out"),
        ),
    ],
)
def test_comparisons_with_what_a_source_expected(
    sentence: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributions(annotate(sentence)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials expect the bank to raise rates by one percentage point next year.",
            [
                (
                    "belief",
                    "expect",
                    "Officials",
                    "the bank to raise rates by one percentage point next year",
                )
            ],
        ),
        (
            "Analysts had expected the company to report a loss of two cents a share.",
            [
                (
                    "belief",
                    "expected",
                    "Analysts",
                    "the company to report a loss of two cents a share",
                )
            ],
        ),
        (
            "Experts see the elections held Sunday as a test of the generals' promises.",
            [
                (
                    "belief",
                    "see",
                    "Experts",
                    "the elections held Sunday as a test of the generals' promises",
                )
            ],
        ),
        # how a source casts or portrays something; never a work's
        (
            "Clinton aides cast her victory in Nevada as a sign that her message was working.",
            [
                (
                    "belief",
                    "cast",
                    "Clinton aides",
                    "her victory in Nevada as a sign that her message was working",
                )
            ],
        ),
        ("The film portrays the general as a hero of the republic.", []),
        # no object, a passive, a comparison, a conjunction, a first person: no belief
        ("The mayor expects to win the primary in March easily.", []),
        ("The company is expected to report a loss of two cents a share.", []),
        ("The team saw its revenue rise as well as its profits last year.", []),
        ("Witnesses saw the car as it sped away from the scene.", []),
        ("We see this as a big win for the whole country.", []),
    ],
)
def test_expectations(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Beliefs with an object ("expect X to …", "see X as …"): kind "belief", the object and
    what follows it the claim."""
    assert attributions(annotate(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "claim"),
    [
        (
            "Lawmakers have endorsed making it harder for visitors to enter the country.",
            "endorsed",
            "Lawmakers",
            "making it harder for visitors to enter the country",
        ),
        ("Critics blame the mayor for the delay.", "blame", "Critics", "the mayor for the delay"),
        (
            "Most oppose defunding the group entirely.",
            "oppose",
            "Most",
            "defunding the group entirely",
        ),
        (
            "Some remained skeptical that he would follow through.",
            "remained skeptical",
            "Some",
            "that he would follow through",
        ),
        (
            "Lawmakers are still uneasy about the plan to close the bridge.",
            "are still uneasy",
            "Lawmakers",
            "about the plan to close the bridge",
        ),
        (
            "Some Democrats are concerned that the tactics could split the party.",
            "are concerned",
            "Some Democrats",
            "that the tactics could split the party",
        ),
        # two adverbs before the adjective; "at" after it
        (
            "Party insiders are now more convinced that there will be an effort to stop him.",
            "are now more convinced",
            "Party insiders",
            "that there will be an effort to stop him",
        ),
        (
            "Clinton insiders are alarmed at the state of the race.",
            "are alarmed",
            "Clinton insiders",
            "at the state of the race",
        ),
        # a verb with a preposition; a title in the object; an object cut before a second verb
        (
            "American officials have long worried about the kingdom's role in the war.",
            "worried about",
            "American officials",
            "the kingdom's role in the war",
        ),
        (
            "Many analysts blame Mr. Assad for the collapse of the truce.",
            "blame",
            "Many analysts",
            "Mr. Assad for the collapse of the truce",
        ),
        (
            "A spokesman for the mayor defended the route of the march on Sunday.",
            "defended",
            "A spokesman for the mayor",
            "the route of the march on Sunday",
        ),
        (
            "Officials worry about whether the plan will work at all this year.",
            "worry about",
            "Officials",
            "whether the plan will work at all this year",
        ),
        (
            "Some want to know if the foundation will return the money.",
            "want to know",
            "Some",
            "if the foundation will return the money",
        ),
        (
            "Few are calling for a new vote on the measure this year.",
            "calling for",
            "Few",
            "a new vote on the measure this year",
        ),
        # negated adjectives are a stance; the head before a modifier that follows it
        (
            "City officials aren't sure how to cut him out of the deal.",
            "aren't sure",
            "City officials",
            "how to cut him out of the deal",
        ),
        (
            "People briefed on the reshuffling were adamant that Mr. Trump's aides would object.",
            "were adamant",
            "People briefed on the reshuffling",
            "that Mr. Trump's aides would object",
        ),
        (
            "FBI officials were angered by the decision to close the case.",
            "were angered",
            "FBI officials",
            "by the decision to close the case",
        ),
    ],
)
def test_stances_of_unnamed_people(sentence: str, cue: str, source: str, claim: str) -> None:
    """A stance of unnamed people (a verb with an object, or an adjective with a complement) is
    a belief of an unnamed source."""
    answer = annotate(sentence)
    assert attributions(answer) == [("belief", cue, source, claim)]
    assert [s["named"] for s in answer["sources"] if s["name"] == source] == [False]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the stance's object ends before the subject's next verb of speech
        (
            "A spokesman for the mayor defended the march route and said the police were ready.",
            [
                ("belief", "defended", "A spokesman for the mayor", "the march route"),
                ("said", "said", "A spokesman for the mayor", "the police were ready"),
            ],
        ),
        # a stance and a second verb of the same subject after "but"
        (
            "Experts have discounted the claims, but have speculated that the aid would come.",
            [
                ("belief", "discounted", "Experts", "the claims"),
                ("said", "speculated that", "Experts", "the aid would come"),
            ],
        ),
        # a second verb's subject opens on a capitalised adjective and a noun, not a name
        (
            "Nuclear proliferation experts have similarly discounted the claims, but have"
            " speculated that the aid would come.",
            [
                ("belief", "discounted", "Nuclear proliferation experts", "the claims"),
                ("said", "speculated that", "Nuclear proliferation experts", "the aid would come"),
            ],
        ),
        # two groups joined; "well"; the claim ends before the subject's second predicate
        (
            "Aides and outside advisers to Clinton are well aware of these problems and have"
            " focused on them.",
            [
                (
                    "belief",
                    "are well aware",
                    "Aides and outside advisers to Clinton",
                    "of these problems",
                )
            ],
        ),
        # a modifier after the head may make the phrase long
        (
            "A spokesman for Mayor Frank G. Jackson of Cleveland defended the march route.",
            [
                (
                    "belief",
                    "defended",
                    "A spokesman for Mayor Frank G. Jackson of Cleveland",
                    "the march route",
                )
            ],
        ),
        (
            "Officials have attributed the slow pace to the ballots still being counted.",
            [
                (
                    "belief",
                    "attributed",
                    "Officials",
                    "the slow pace to the ballots still being counted",
                )
            ],
        ),
        (
            "Residents hoped for a quieter summer after the works on the bridge.",
            [
                (
                    "belief",
                    "hoped for",
                    "Residents",
                    "a quieter summer after the works on the bridge",
                )
            ],
        ),
        # a participle is a stance only after a form of "be"
        (
            "Immigration officials are considering a moratorium on new visas.",
            [("belief", "considering", "Immigration officials", "a moratorium on new visas")],
        ),
        ("Lawmakers calling for a new vote met on Monday to draft the bill.", []),
        # not people: a quantity of things, a phrase opening on a preposition
        ("Many of the upcoming contests favor the governor demographically.", []),
        ("With party leaders worried about turnout, the campaign added staff.", []),
    ],
)
def test_stances_only_of_people(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Stances are read only for a phrase of unnamed people, and their claim stops where the
    same subject's speech starts."""
    assert attributions(annotate(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # (the cue sits inside its claim, which is the whole sentence)
            "The vote on the budget, many think, is only a matter of time.",
            [
                (
                    "belief",
                    "think",
                    "many",
                    "The vote on the budget, many think, is only a matter of time",
                )
            ],
        ),
        (
            "The bridge will not close this year, as some have speculated.",
            [("said", "speculated", "some", "The bridge will not close this year")],
        ),
        (
            "Critics charge that the council skewed the budget toward the old town.",
            [
                (
                    "said",
                    "charge that",
                    "Critics",
                    "the council skewed the budget toward the old town",
                )
            ],
        ),
        # a belief verb ending a sentence is often a noun; "charge" before no "that" is no cue
        ("The school taught a course on the history of Western thought.", []),
        ("Critics charge the council a fee for every hearing.", []),
    ],
)
def test_parenthetical_beliefs_and_speculation(
    sentence: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert attributions(annotate(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kirby opposed the plan to close the bridge in May.",  # named: left to their words
        "Her support for the bill to close the bridge was clear.",  # a noun
        "The bill was supported by most members of the council.",  # a passive
        "The union didn't endorse a candidate before the primary.",  # negated
        "Exit polls support a ban on new building in the old town.",  # a document
        "The team welcomed back its captain after a long injury.",  # an act
        "Some members would welcome a vote on the plan next month.",  # not (yet) taken
        "Some doubts remain about whether the plan will work this year.",  # a noun
        "Many support their families by working two jobs in the town.",  # no stance
    ],
)
def test_no_stance(sentence: str) -> None:
    assert [a for a in attributions(annotate(sentence)) if a[0] == "belief"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Other officials weighed in Friday about whether the video should be released.",
            [
                (
                    "topic",
                    "weighed in Friday about",
                    "Other officials",
                    "whether the video should be released",
                )
            ],
        ),
        (
            "After the blast, but before city officials had weighed in with any explanation,"
            " the mayor spoke.",
            [("topic", "weighed in with", "city officials", "any explanation")],
        ),
        (
            "Authorities announced on Friday the arrest of a man in the shooting and said a"
            " curfew would continue.",
            [
                ("topic", "announced", "Authorities", "the arrest of a man in the shooting"),
                ("said", "said", "Authorities", "a curfew would continue"),
            ],
        ),
        (
            "Sanders announced his candidacy on Tuesday, which was a big surprise to everyone.",
            [("topic", "announced", "Sanders", "his candidacy on Tuesday")],
        ),
        (
            "But administration officials have effectively ruled that out.",
            [("topic", "ruled", "administration officials", "that out")],
        ),
        (
            "The record is mixed on climate change, with experts offering their assessments.",
            [("topic", "offering", "experts", "their assessments")],
        ),
        (
            "Kirby offered his assessment of the deal on Monday.",
            [("topic", "offered", "Kirby", "his assessment of the deal on Monday")],
        ),
        (
            "The governor ruled out a tax increase for next year.",
            [("topic", "ruled out", "The governor", "a tax increase for next year")],
        ),
    ],
)
def test_topics(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    """What a source spoke of or announced, not a statement ("weighed in on …", "announced
    the arrest of …"): kind "topic", the topic the claim."""
    assert attributions(annotate(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a modal's perfect
        (
            "Few people would have described Mr. Obama as a climate evangelist.",
            ("said", "described", "Few people", "Mr. Obama as a climate evangelist"),
        ),
        # an opening time before the subject is no name
        (
            f"The next month, a former committee staffer said that {CLAIM}.",
            ("said", "said that", "a former committee staffer", CLAIM),
        ),
    ],
)
def test_subject_after_a_modal_perfect_or_an_opening_time(
    sentence: str, expected: tuple[str, str, str, str]
) -> None:
    assert attributions(annotate(sentence)) == [expected]


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Canadian Hockey League", "CHL"),
        ("Federal Bureau of Investigation", "FBI"),
        ("National Transportation Safety Board", "NTSB"),
    ],
)
def test_an_acronym_is_the_organisation_named_before(name: str, acronym: str) -> None:
    answer = annotate(
        f"The {name} said {CLAIM}.", f"The {acronym} also said the review would end soon."
    )
    assert [a[2] for a in attributions(answer)] == [name, name]
    assert source(answer, name)["aliases"] == [acronym]


def test_a_refusal_is_no_claim_in_the_notes() -> None:
    answer = annotate(
        "Mark Cuban did not respond to a request for comment.",
        "A spokesman for the mine declined to comment.",
    )
    kinds = [n["kind"] for n in answer["notes"]]
    assert "no_comment" in kinds
    assert "unnamed_sources" not in kinds  # nobody unnamed made a claim
    note = next(n for n in answer["notes"] if n["kind"] == "no_comment")
    assert note["message"] == (
        "Declined to comment or gave no answer: Mark Cuban, “A spokesman for the mine”."
    )
    assert source(answer, "Mark Cuban")["note"] == "A person, gave no answer once."


def test_an_unnamed_body_is_an_organisation_not_named() -> None:
    answer = annotate(f"The union said that {CLAIM}.")
    union = source(answer, "The union")
    assert (union["kind"], union["named"]) == ("organization", False)
    assert union["note"].startswith("An unnamed organisation")
    # (the note on unnamed sources is about anonymous people, not a body left unnamed)
    assert "unnamed_sources" not in {n["kind"] for n in answer["notes"]}


def test_these_people_are_the_unnamed_people_just_described() -> None:
    answer = annotate(
        f"People familiar with the plan say {CLAIM}.",
        "The mayor, these people said, would be open to other measures to fund the bridge.",
    )
    assert [a[2] for a in attributions(answer)] == ["People familiar with the plan"] * 2


@pytest.mark.parametrize(
    ("one", "they"),
    [
        # "they" is never one person described, but may be an unnamed source (whose gender is
        # often withheld)
        ("In Sanders, voters hear a candidate who thinks the same way.", None),
        (f"A source within the unit said {CLAIM}.", "A source within the unit"),
    ],
)
def test_they_after_one_unnamed_person(one: str, they: str | None) -> None:
    answer = annotate(one, "They acknowledge that his victories were partial and his bills flawed.")
    found = [a for a in attributions(answer) if a[1] == "acknowledge that"]
    assert [a[2] for a in found] == ([they] if they else [])


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Dayton Police", "Dayton Police"),
        ("Researchers at the University of Oxford", "Researchers at the University of Oxford"),
    ],
)
def test_the_company_is_no_public_body_named_before(body: str, source: str) -> None:
    answer = annotate(
        f"{body} said {CLAIM}.",
        "The company did not immediately respond to a request for comment on Monday.",
    )
    assert [a[2] for a in attributions(answer)] == [source, "The company"]


@pytest.mark.parametrize(
    ("before", "source_name"),
    [
        # a body whose name says what it is is never another body named before; no description
        # but an outlet's stands for a news outlet
        ("Bloomberg News reported the merger on Monday.", "The hospital"),
        ("Apple said on Monday that it would open a store.", "The hospital"),
        ("Mercy Hospital said on Monday that it would open a ward.", "Mercy Hospital"),
    ],
)
def test_the_hospital_is_a_hospital(before: str, source_name: str) -> None:
    answer = annotate(before, f"The hospital said {CLAIM}.")
    assert attributions(answer)[-1][2] == source_name


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a name inside a claim is no antecedent of the pronoun after it
        (
            (
                "Chinese Foreign Ministry spokesman Lu Kang repeated that China opposed hacking.",
                "People should provide evidence and not accuse Shane Shook, he told reporters.",
            ),
            "Lu Kang",
        ),
        (
            (
                "Frank Luntz said Mr. Cameron and his camp had failed to connect with voters.",
                "The slogan feels bloodless next to the appeals of Mr. Trump, he said.",
            ),
            "Frank Luntz",
        ),
        # (but the person the claim is about, named before it, may be)
        (
            (
                "That sense of independence first drew Samantha Olivieri to skateboarding.",
                "Then a student in Manhattan, Ms. Olivieri found skating a salve, she said.",
            ),
            "Samantha Olivieri",
        ),
    ],
)
def test_a_pronoun_after_its_claim(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert attributions(annotate(*paragraphs))[-1][2] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "source_name"),
    [
        # "the report" is the report cited before, not the last body named
        (
            (
                "Police were called to the home, according to a police report.",
                "Officers found a man with stab wounds, the report said.",
            ),
            "a police report",
        ),
        # "the station" is a news outlet, never the company named before
        (
            (
                f"The company said in a news release that {CLAIM}.",
                f"The station reported that {CLAIM}.",
            ),
            "The station",
        ),
    ],
)
def test_a_description_of_a_document_or_an_outlet(
    paragraphs: tuple[str, ...], source_name: str
) -> None:
    assert attributions(annotate(*paragraphs))[-1][2] == source_name


def test_a_surname_is_the_person_before_an_outlet() -> None:
    answer = annotate(
        "Billionaire Michael R. Bloomberg is running for president.",
        f"Bloomberg said in a statement that {CLAIM}.",
    )
    assert attributions(answer) == [("said", "said", "Michael R. Bloomberg", CLAIM)]


def test_a_document_speaks_for_whoever_put_it_out() -> None:
    answer = annotate(
        "The report, released Thursday by the Government Accountability Office, found that the"
        " agency had failed to track its spending."
    )
    assert [a[2] for a in attributions(answer)] == ["Government Accountability Office"]


def test_the_subject_of_a_belief_after_a_reporting_verb() -> None:
    answer = annotate(
        "In an interview, the chief executive said the company expected sales to rise next year."
    )
    assert ("belief", "expected", "the company", "sales to rise next year") in attributions(answer)


def test_a_description_before_the_name_is_that_person() -> None:
    answer = annotate(
        f"Asked for comment, the WHL commissioner said {CLAIM}.",
        "“We will review it,” WHL commissioner Ron Robison said in a written statement.",
    )
    assert attributions(answer) == [("said", "said", "Ron Robison", CLAIM)]
    assert [s["name"] for s in answer["sources"]] == ["Ron Robison"]


def test_a_relative_known_by_a_given_name_is_not_a_namesake() -> None:
    answer = annotate(
        f"Police chief Joseph Boinnet said {CLAIM}.",
        "Spindler's father, Joseph, says his son grew up in Houston and loved his work.",
    )
    assert [a[2] for a in attributions(answer)] == ["Joseph Boinnet", "Joseph"]


def test_according_to_answered_by_another_source() -> None:
    second = "the union sees far longer waits"
    assert attributions(annotate(f"According to EHS, {CLAIM}, but Chapman says {second}.")) == [
        ("according_to", "According to", "EHS", CLAIM),
        ("said", "says", "Chapman", second),
    ]


def test_according_to_inside_a_that_clause() -> None:
    answer = annotate(f"The AP reported that, according to an analysis of her calendar, {CLAIM}.")
    assert attributions(answer) == [
        ("reported", "reported", "Associated Press", CLAIM),
        ("according_to", "according to", "an analysis of her calendar", CLAIM),
    ]


def test_chain_x_cites_y() -> None:
    answer = annotate(f"The BBC cites a senior official who said {CLAIM}.")
    found = attributions(answer)
    assert [(k, c, n) for k, c, n, _ in found] == [
        ("cited", "cites", "BBC News"),
        ("said", "said", "a senior official"),
    ]
    official = source(answer, "a senior official")
    assert official["named"] is False
    assert official["via"] == source(answer, "BBC News")["id"]
    assert source(answer, "BBC News")["kind"] == "outlet"


def test_direct_quote_is_not_repeated_as_attribution() -> None:
    answer = annotate("The mayor added: “We will keep our promises to voters.”")
    assert answer["attributions"] == []
    assert [q["kind"] for q in answer["quotes"]] == ["direct"]


QUOTATION = "“We will look at it again once the council has seen the figures.”"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # reported speech before the quotation is its own attribution
        (
            f"The spokesman refused to answer questions but said {CLAIM}, adding: {QUOTATION}",
            [
                ("declined", "refused", "The spokesman", "to answer questions"),
                ("said", "said", "The spokesman", CLAIM),
            ],
        ),
        (
            f"A council official said {CLAIM} and noted that {QUOTATION}",
            [],
        ),
        (
            f"Kirby told reporters on Thursday that {CLAIM} — {QUOTATION[:-2]},” he added.",
            [("told", "told reporters on Thursday that", "Kirby", CLAIM)],
        ),
        # the words before the quotation lead into it: no claim of their own
        (f"Kirby said that the plan was late and that, {QUOTATION}", []),
        (f"Kirby said even though the budget is tight in the coming year, {QUOTATION}", []),
        (
            f"Asked whether the council would change its plans next year, Kirby said: {QUOTATION}",
            [],
        ),
        (f"Kirby said the plan was late after all the hearings this year, {QUOTATION}", []),
    ],
)
def test_reported_speech_before_a_quotation(
    sentence: str, expected: list[tuple[str, str, str, str]]
) -> None:
    answer = annotate(sentence)
    assert attributions(answer) == expected
    assert [q["kind"] for q in answer["quotes"]] == ["direct"]


def test_outlet_by_name_without_link() -> None:
    answer = annotate(f"The Kyiv Independent reported that {CLAIM}.")
    outlet = source(answer, "The Kyiv Independent")
    assert (outlet["kind"], outlet["named"], outlet["links"]) == ("outlet", True, [])
    assert "not linked" in outlet["note"]


def test_an_outlet_named_second_keeps_its_article() -> None:
    answer = annotate(f"{CLAIM}, according to an investigation by +972 Magazine and The Intercept.")
    outlet = source(answer, "The Intercept")
    assert (outlet["kind"], outlet["named"]) == ("outlet", True)


def test_outlet_by_link_domain() -> None:
    href = "https://www.reuters.com/world/aid-123"
    answer = annotate(
        f'<p>The aid would arrive within a week, <a href="{href}">as reported</a>.</p>'
    )
    outlet = source(answer, "Reuters")
    assert (outlet["kind"], outlet["named"], outlet["links"]) == ("outlet", True, [href])


def test_unnamed_description_linked_to_an_outlet_is_that_outlet() -> None:
    href = "https://www.reuters.com/world/aid-123"
    answer = annotate(
        f'<p>The aid would arrive within a week, <a href="{href}">the news agency said</a>.</p>'
    )
    assert attributions(answer) == [
        ("said", "said", "Reuters", "The aid would arrive within a week")
    ]
    assert source(answer, "Reuters")["links"] == [href]


@pytest.mark.parametrize(
    ("href", "kind"),
    [
        ("https://example.org/files/budget-2024.pdf", "document"),
        ("https://www.transportation.gov/roads/plan", "document"),
        ("https://x.com/townhall/status/123", "social_post"),
        ("https://www.facebook.com/townhall/posts/123", "social_post"),
    ],
)
def test_documents_and_social_posts_by_link(href: str, kind: str) -> None:
    answer = annotate(
        f'<p>The council set out <a href="{href}">its road plan</a> for the next five years.</p>'
    )
    linked = [s for s in answer["sources"] if href in s["links"]]
    assert [s["kind"] for s in linked] == [kind]


@pytest.mark.parametrize(
    ("anchor", "name"),
    [
        ("The 2024 Budget Plan", "The 2024 Budget Plan"),
        # words of the sentence name the document by its site
        ("have quickened the retirement of old plants", "example.org"),
    ],
)
def test_a_linked_document_is_named_by_its_title_or_its_site(anchor: str, name: str) -> None:
    href = "https://example.org/files/budget-2024.pdf"
    answer = annotate(f'<p>New rules <a href="{href}">{anchor}</a>, the council found.</p>')
    (linked,) = [s for s in answer["sources"] if href in s["links"]]
    assert linked["name"] == name


def test_one_link_split_by_markup_is_one_source() -> None:
    href = "https://example.org/files/budget-2024.pdf"
    answer = annotate(
        f'<p>The mission may well have <a href="{href}">expand</a><a href="{href}">ed</a> to'
        " the moon and beyond, the agency said on Monday.</p>"
    )
    linked = [s for s in answer["sources"] if href in s["links"]]
    assert [len(s["mentions"]) for s in linked] == [2]


def test_document_by_cue() -> None:
    answer = annotate(f"A council report said that {CLAIM}.")
    (found,) = attributions(answer)
    assert found[2] == "A council report"
    assert source(answer, "A council report")["kind"] == "document"


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        ("Law enforcement officials", "person"),  # "law" only qualifies the head noun
        ("Supporters of the law", "person"),
        ("The mayor's email to his supporters", "document"),
        ("A survey of council members", "document"),
        ("Studies of the drug", "document"),
    ],
)
def test_a_phrase_is_a_document_by_its_head_noun(subject: str, kind: str) -> None:
    answer = annotate(f"{subject} said that {CLAIM}.")
    assert source(answer, subject)["kind"] == kind


@pytest.mark.parametrize(
    ("subject", "name", "kind"),
    [
        # a name of two words or more after "the" is a body's; one word may be a person's
        ("The United Nations", "United Nations", "organization"),
        ("The Kenya Red Cross", "Kenya Red Cross", "organization"),
        ("The Rock", "Rock", "person"),
        ("Massy Stores", "Massy Stores", "organization"),
        # a company or agency known by one word or an acronym
        ("Apple", "Apple", "organization"),
        ("The FDA", "FDA", "organization"),
    ],
)
def test_bodies_by_their_article_or_last_word(subject: str, name: str, kind: str) -> None:
    answer = annotate(f"{subject} said that {CLAIM}.")
    assert source(answer, name)["kind"] == kind


def test_own_site_links_are_not_sources() -> None:
    answer = annotate(
        '<p>The council met again, <a href="https://news.example.com/a">as we reported</a>.</p>'
    )
    assert answer["sources"] == []


def test_every_ref_points_at_something() -> None:
    answer = annotate(
        f"The BBC cites a senior official who said {CLAIM}.",
        "“We are ready for the next step in the plan,” officials said on Monday.",
    )
    ids = {x["id"] for key in ("quotes", "attributions", "sources") for x in answer[key]}
    for note in answer["notes"]:
        assert set(note["refs"]) <= ids
    for s in answer["sources"]:
        assert s["via"] is None or s["via"] in ids
        assert set(s["quote_ids"] + s["attribution_ids"]) <= ids


@pytest.mark.parametrize(
    ("sentence", "source", "kind"),
    [
        # group nouns of British and Irish copy, capitalised to open a sentence, name no one
        ("Bosses fear the strike could cripple services over Christmas.", "Bosses", "person"),
        ("Health chiefs have warned that hospitals face a hard winter.", "Health chiefs", "person"),
        ("Senior Tories said the plan would fail in the autumn.", "Senior Tories", "person"),
        ("Gardaí said the man had been arrested in Cork on Monday.", "Gardaí", "person"),
        # a count of people before their complement
        (
            "Two people familiar with the matter told The Associated Press that the talks stalled.",
            "Two people familiar with the matter",
            "person",
        ),
        # a body described by its owner
        (
            "China's foreign ministry said on Tuesday that it firmly opposed the arms sale.",
            "China's foreign ministry",
            "organization",
        ),
    ],
)
def test_unnamed_sources_of_many_shapes(sentence: str, source: str, kind: str) -> None:
    """Unnamed sources in the shapes wire and British copy use are found, and not named."""
    answer = annotate(sentence)
    (attribution,) = answer["attributions"]
    (found,) = [s for s in answer["sources"] if s["id"] == attribution["source_id"]]
    assert (found["name"], found["kind"], found["named"]) == (source, kind, False)


def test_an_owners_description_after_a_name_is_an_aside() -> None:
    """ "Holger Schmieding of Berenberg, Germany's largest private bank, warned": the man warns,
    the bank is described."""
    answer = annotate(
        "Holger Schmieding of Berenberg, Germany's largest private bank, warned that the attacks"
        " may trigger a backlash."
    )
    assert attributions(answer) == [
        ("said", "warned that", "Holger Schmieding", "the attacks may trigger a backlash")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It is understood that the Treasury has drawn up plans to freeze tax thresholds.",
            [
                (
                    "reported",
                    "It is understood that",
                    "it is understood",
                    "the Treasury has drawn up plans to freeze tax thresholds",
                )
            ],
        ),
        (
            "It's believed the man, aged in his 40s, had been fishing alone.",
            [
                (
                    "belief",
                    "It's believed",
                    "it is believed",
                    "the man, aged in his 40s, had been fishing alone",
                )
            ],
        ),
        (
            "United are confident of completing the signing before the weekend, it is understood.",
            [
                (
                    "reported",
                    "it is understood",
                    "it is understood",
                    "United are confident of completing the signing before the weekend",
                )
            ],
        ),
        (
            "Tory grandees are said to be plotting to oust the leader this year.",
            [
                (
                    "reported",
                    "are said to",
                    "it is said",
                    "Tory grandees are said to be plotting to oust the leader this year",
                )
            ],
        ),
        # a long subject after the hearsay; a concession after it is no source of its claim
        (
            "It is understood at least a dozen homes have been lost, though police have not"
            " confirmed any figures.",
            [
                (
                    "reported",
                    "It is understood",
                    "it is understood",
                    "at least a dozen homes have been lost, though police have not confirmed any"
                    " figures",
                ),
                ("declined", "have not", "police", "confirmed any figures"),
            ],
        ),
        # an adverb of hearsay, in its clause
        (
            "No reason was given, but the move came after he reportedly married a dancer.",
            [
                (
                    "reported",
                    "reportedly",
                    "it is reported",
                    "but the move came after he reportedly married a dancer",
                )
            ],
        ),
        (
            "The man allegedly stabbed his neighbour during an argument, police said.",
            [
                (
                    "said",
                    "said",
                    "police",
                    "The man allegedly stabbed his neighbour during an argument",
                )
            ],
        ),
        # "it" that is something; a relative clause; a source given; a passive with an agent
        ("The attack was shown on television and it was reported live on CNN.", []),
        ("Police arrested a man who is believed to have fired the shots.", []),
        (
            "The striker is said to be unhappy, according to two people close to him.",
            [
                (
                    "according_to",
                    "according to",
                    "two people close to him",
                    "The striker is said to be unhappy",
                )
            ],
        ),
    ],
)
def test_hearsay_with_no_source(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Hearsay that names no source ("It is understood that …", "are said to be …") is an
    attribution to its own wording, an unspecified source that is not named."""
    answer = annotate(sentence)
    assert attributions(answer) == expected
    for source in answer["sources"]:
        if source["name"].startswith("it is "):
            assert (source["kind"], source["named"]) == ("unspecified", False)


def test_words_quoted_in_hearsay_are_not_the_hearsays() -> None:
    """In "Obama is reported to have called the Saudis “free riders”" the words are Obama's,
    only relayed: the unspecified report does not speak them."""
    answer = annotate(
        "President Barack Obama is reported to have called the Saudis “free riders” who rely"
        " on American power."
    )
    assert all(q["speaker"]["name"] != "it is reported" for q in answer["quotes"])


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # a minister's field ends the title before the name
        (
            "Minister of State for National Development Alvin Tan said the works would start.",
            "Alvin Tan",
            "person",
        ),
        (
            "UAE Minister of Energy and Infrastructure Suhail Mohamed Al Mazrouei said the project"
            " would finish next year.",
            "Suhail Mohamed Al Mazrouei",
            "person",
        ),
        # honorifics
        (
            "Road safety council chairman Tan Sri Lee Lam Thye said fatigue was a major factor.",
            "Lee Lam Thye",
            "person",
        ),
        (
            "Association president Datuk Mohamad Ashfar Ali said operators supported the rule.",
            "Mohamad Ashfar Ali",
            "person",
        ),
        # a body's name around "for", not the place after it
        (
            "Transport for London said the line would reopen on Monday after the repairs.",
            "Transport for London",
            "organization",
        ),
        # a body's name around "of", "for" or "&"
        (
            "The American Red Cross of North Texas said it was giving the family a place to stay.",
            "American Red Cross of North Texas",
            "organization",
        ),
        (
            "Heritage Action for America said the bill was another blank check for the agency.",
            "Heritage Action for America",
            "organization",
        ),
        (
            "Harcourt & Lyle, the sixth-largest lender, said its profits fell by a fifth.",
            "Harcourt & Lyle",
            "organization",
        ),
        # an opening participle names no one
        (
            "Reacting, the Minister of Information, Alhaji Mohammed Idris, said talks would go on.",
            "Mohammed Idris",
            "person",
        ),
    ],
)
def test_names_in_titles_of_many_countries(sentence: str, name: str, kind: str) -> None:
    """The name, not the title before it, whatever the country's style of titles."""
    answer = annotate(sentence)
    assert [(s["name"], s["kind"]) for s in answer["sources"] if s["named"]] == [(name, kind)]


def test_people_for_a_body_are_not_the_body() -> None:
    """ "Supporters of Sanders" are people, unnamed; not a body named "Supporters of Sanders"."""
    answer = annotate("Supporters of Sanders argue the country is on the wrong track this year.")
    assert [(s["name"], s["named"]) for s in answer["sources"]] == [
        ("Supporters of Sanders", False)
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "role"),
    [
        (
            "Unilever, the consumer goods group, said sales had risen by four per cent.",
            "Unilever",
            "organization",
            "the consumer goods group",
        ),
        (
            "The developer, Bloor Homes, said it was disappointed by the council's decision.",
            "Bloor Homes",
            "organization",
            "The developer",
        ),
        # a post before the name is its role; a body in a person's role leaves them a person
        (
            "The bank's finance director, Diego De Giorgi, said losses would rise this year.",
            "Diego De Giorgi",
            "person",
            "The bank's finance director",
        ),
        (
            "“The power cuts create many risks,” said Sherine Abed, a neonatologist at the Al-Shifa"
            " Hospital.",
            "Sherine Abed",
            "person",
            "a neonatologist at the Al-Shifa Hospital",
        ),
    ],
)
def test_a_description_says_whether_a_name_is_a_body(
    sentence: str, name: str, kind: str, role: str
) -> None:
    """A name whose description is a body's ("the consumer goods group") is an organisation;
    a person's description that names a body ("a neonatologist at …") leaves a person."""
    answer = annotate(sentence)
    assert [(s["name"], s["kind"], s["role"]) for s in answer["sources"] if s["named"]] == [
        (name, kind, role)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a trailing cue in the perfect
        (
            "Junior doctors will stage a further walkout next month, the union has announced.",
            [
                (
                    "said",
                    "announced",
                    "the union",
                    "Junior doctors will stage a further walkout next month",
                )
            ],
        ),
        (
            "Campaigners have voiced concerns that the app could track users without consent.",
            [
                (
                    "said",
                    "voiced concerns that",
                    "Campaigners",
                    "the app could track users without consent",
                )
            ],
        ),
        (
            "A senior BCCI official was quoted as saying that the board would not reconsider.",
            [
                (
                    "said",
                    "was quoted as saying that",
                    "A senior BCCI official",
                    "the board would not reconsider",
                )
            ],
        ),
        # what a listener was told, or a court heard, with no teller named
        (
            "Jurors were told the victim had been stabbed 14 times in the attack.",
            [
                (
                    "reported",
                    "were told",
                    "Jurors were told",
                    "the victim had been stabbed 14 times in the attack",
                )
            ],
        ),
        (
            "The court heard that the defendant had sent more than 300 threatening messages.",
            [
                (
                    "reported",
                    "The court heard that",
                    "The court heard",
                    "the defendant had sent more than 300 threatening messages",
                )
            ],
        ),
        # an outlet's understanding, at the sentence's end
        (
            "United are confident of completing the signing before the weekend, BBC Sport"
            " understands.",
            [
                (
                    "said",
                    "understands",
                    "BBC Sport",
                    "United are confident of completing the signing before the weekend",
                )
            ],
        ),
        # an outlet as the agent of "reported"
        (
            "The deliberations were first reported by Politico on Monday night.",
            [
                (
                    "reported",
                    "first reported by",
                    "Politico",
                    "The deliberations were first reported by Politico on Monday night",
                )
            ],
        ),
        # no claim: told to do something; an event raising fears
        ("The residents were told to leave their homes before the storm arrived.", []),
        ("The attack raised fears that militants were expanding their operations.", []),
    ],
)
def test_british_and_wire_wordings(
    sentence: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """Wordings of British, Irish and wire copy that report speech."""
    assert attributions(annotate(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "outlet", "cited", "claim"),
    [
        (
            "Microsoft is in talks to invest in the start-up, the Financial Times reported, citing"
            " people familiar with the matter.",
            "Financial Times",
            "people familiar with the matter",
            "Microsoft is in talks to invest in the start-up",
        ),
        (
            "Bloomberg, citing unnamed sources, reported that the bank is weighing a larger cut.",
            "Bloomberg News",
            "unnamed sources",
            "the bank is weighing a larger cut",
        ),
        (
            "Reuters reported, citing two officials, that the talks had stalled over prisoners.",
            "Reuters",
            "two officials",
            "the talks had stalled over prisoners",
        ),
        (
            "The Financial Times reported that Microsoft is in talks to invest in the start-up,"
            " citing people familiar with the matter.",
            "Financial Times",
            "people familiar with the matter",
            "Microsoft is in talks to invest in the start-up",
        ),
    ],
)
def test_a_report_citing_its_sources_relays_them(
    sentence: str, outlet: str, cited: str, claim: str
) -> None:
    """The sources a report cites ("citing people familiar with the matter") say its claim, and
    are relayed `via` the outlet."""
    answer = annotate(sentence)
    by_id = {s["id"]: s for s in answer["sources"]}
    (relayed,) = [s for s in answer["sources"] if s["name"] == cited]
    assert by_id[relayed["via"]]["name"] == outlet
    assert ("said", f"citing {cited}", cited, claim) in attributions(answer)
    assert any(a[2] == outlet and a[3] == claim for a in attributions(answer))


def test_citing_a_reason_relays_no_source() -> None:
    answer = annotate("The company cut its forecast, citing the strong dollar and weak demand.")
    assert all(not a[1].startswith("citing") for a in attributions(answer))


def test_a_body_described_by_its_owner_is_no_other_body() -> None:
    """ "China's foreign ministry" is not India's Ministry of External Affairs named before."""
    answer = annotate(
        "India's Ministry of External Affairs said on Monday that talks would resume next month.",
        "China's foreign ministry said on Tuesday that it firmly opposed the arms sale.",
    )
    assert [a[2] for a in attributions(answer)] == [
        "India's Ministry of External Affairs",
        "China's foreign ministry",
    ]


def test_an_honorific_is_no_part_of_a_role() -> None:
    answer = annotate(
        "Bus Operators Association president Datuk Mohamad Ashfar Ali said operators backed it."
    )
    assert [(s["name"], s["role"]) for s in answer["sources"]] == [
        ("Mohamad Ashfar Ali", "Bus Operators Association president")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The party's state unit chief, G. Kishan Rao, dismissed the announcement as “an"
            " election gimmick”.",
            "G. Kishan Rao",
        ),
        ("Paul Manafort dismissed the whole kerfuffle as “absurd.”", "Paul Manafort"),
        ("FBI Director James Comey slammed the handling as “extremely careless.”", "James Comey"),
    ],
)
def test_words_quoted_after_a_verb_of_judgement_are_the_subjects(
    sentence: str, speaker: str
) -> None:
    """ "dismissed X as “…”", "slammed X as “…”": the quoted words are the subject's."""
    answer = annotate(sentence)
    assert [q["speaker"]["name"] for q in answer["quotes"]] == [speaker]


def test_the_publishing_outlet_relays_nothing() -> None:
    """ "Two OPEC+ sources told Reuters" in a Reuters story (its dateline says so) is first-hand:
    Reuters is no relay and no source of its own story."""
    answer = annotate(
        "LONDON, March 4 (Reuters) - Saudi Arabia will cut output again next month. Two OPEC+"
        " sources told Reuters that Russia was likely to follow suit this spring."
    )
    assert [(s["name"], s["via"]) for s in answer["sources"]] == [("Two OPEC+ sources", None)]
    elsewhere = annotate(
        "Saudi Arabia will cut output again next month. Two OPEC+ sources told Reuters that"
        " Russia was likely to follow suit this spring."
    )
    assert "Reuters" in [s["name"] for s in elsewhere["sources"]]


def test_a_name_may_open_on_an_accented_capital() -> None:
    """ "Áine Kilbride", "Émile Dubois": an accented capital opens a name like any other."""
    answer = annotate(
        "“Rules are only as good as the people policing them,” said its chief executive, Áine"
        " Kilbride."
    )
    assert [(s["name"], s["role"], s["named"]) for s in answer["sources"]] == [
        ("Áine Kilbride", "its chief executive", True)
    ]
