"""The words tovholder.replies.actions reads replies about actions by, in Danish and English. Pure."""

from __future__ import annotations

import re

WORD = re.compile(r"[\wæøåÆØÅ]+(?:['’][a-z]+)?|[✅✔☑👍]", re.I)
SPLIT_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
ABBREV = {"nr", "no", "ca", "evt", "jf", "bl", "mht", "dvs", "fx", "inkl", "kl", "st", "pkt",
          "d", "vedr", "tlf"}  # "d. 1. juli" is "den 1. juli"
PIECE = re.compile(r"\s*,\s+|\s+(?:og|and|samt|&)\s+", re.I)
CONTRAST = re.compile(r"\s*[,;]?\s+(?:men|but|mens|while)\s+|\s*;\s*|\s+[-–—]\s+", re.I)
REF_WORDS = {"nr", "no", "nummer", "number", "opgave", "opgaverne", "opgaven", "opgaver",
              "punkt", "pkt", "action", "actions", "task", "tasks", "item", "items", "med",
              "with", "id"}
DONE_WORDS = {"færdig", "færdige", "færdigt", "faerdig", "done", "finished", "completed", "complete",
         "løst", "klaret", "afsluttet", "afsluttede", "ordnet", "udført", "udførte", "gjort",
         "lukket", "closed", "✅", "✔", "☑", "👍", "fixed", "sorted", "lukkes", "lavet",
         "afleveret", "indsendt", "submitted", "delivered", "finito"}
HEDGE = {"ikke", "not", "næsten", "almost", "nearly", "snart", "soon", "aldrig", "never",
          "halvt", "half", "delvist", "partly", "partially", "isn't", "aren't", "hasn't",
          "haven't", "ikk", "yet", "endnu", "nok", "måske", "maybe", "probably", "sikkert",
          "del", "delen", "dele", "part", "parts", "første", "first", "halvdelen", "meste",
          "most", "delvis", "hvis", "if", "whether", "hvornår", "mangler", "missing"}
FUTURE = {"bliver", "blive", "vil", "will", "regner", "forventer", "expect", "expects", "håber",
           "hope", "skal", "should", "burde", "når", "hvis", "when", "if", "going", "tror",
           "think", "plan", "planlægger", "snart", "soon"}
BY = {"inden", "by", "til", "until", "before", "før", "senest", "on", "den"}
MARK = {"markeres", "markere", "marker", "mark", "marked", "lukkes", "close", "luk"}
GREETING = {"hej", "hejsa", "hi", "hello", "kære", "dear", "goddag", "morn", "hey", "mvh",
             "hilsen", "kh", "vh", "venlig", "best", "regards", "cheers", "tak", "thanks"}
POSTPONE = ("udsæt", "udsat", "udskyd", "udskud", "ryk", "flyt", "forlæng", "skub", "sæt",
            "postpon", "push", "extend", "move", "resched", "delay", "frist", "deadline", "due",
            "bump")
# "jeg når ikke 4 før 15/6", "kan ikke nå den inden 1. maj", "I won't make it before May 1":
# the member cannot finish before a day, which is the new due date (with a word from BY)
REACH = {"når", "nå", "nået", "nåes", "make", "manage", "finish", "complete"}
CANNOT = {"ikke", "not", "won't", "can't", "cannot", "couldn't", "wont", "cant"}
# words an action reference follows besides REF_WORDS: "når ikke 4", "møde med kommunen om 4"
REF_AFTER = {"ikke", "nå", "når", "nået", "om", "about", "regarding", "vedr", "vedrørende",
             "angående", "finish", "finished", "complete", "completed", "started", "startet",
             "make", "manage"}
# "alle undtagen 4", "all done except 4": done for every other action
EXCEPT = ("undtagen", "bortset fra", "pånær", "på nær", "except", "except for", "apart from",
          "but not", "men ikke")
# the action is dropped rather than done: a decision for the chair (the words are kept as a note)
CANCEL = {"droppet", "drop", "dropped", "aflyst", "annulleret", "udgår", "udgået", "cancelled",
          "canceled", "opgivet", "skrinlagt", "overflødig", "irrelevant", "obsolete"}
# "Tak, det ser rigtigt ud", "looks good": an acknowledgement, nothing to act on
ACK = {"det", "ser", "rigtigt", "rigtig", "ud", "korrekt", "passer", "stemmer", "fint", "fine",
       "looks", "good", "right", "correct", "fair", "enough", "perfekt", "perfect", "it", "that",
       "all", "alt", "ok", "okay", "noteret", "noted", "modtaget", "received", "forstået"}
NOT_MINE_PHRASES = [p.split() for p in (
    "ikke min", "ikke mit", "ikke mine", "ikke mig", "ikke ansvarlig", "forkert person",
    "forkert ansvarlig", "not mine", "not my", "not me", "isn't mine", "wrong person",
    "wrong owner", "belongs to", "hører til", "hører under", "tilhører", "someone else's")]
NOTE_MARK = re.compile(r"^\s*(?:note|notat|bemærkning|kommentar|comment|status|update|"
                        r"opdatering)\s*(?:til\s+\S+\s*)?:\s*", re.I)
ALL = {"alle", "begge", "all", "both", "de", "dem", "them", "they", "alt", "everything",
        "opgaverne", "mine", "færdige"}
# how many actions a word counts: "begge dele" of four actions is not all of them
COUNT = {"begge": 2, "both": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4,
         "fem": 5, "five": 5}
# the member away (free words about it go to the chair, not into a note)
ABSENT = {"ferie", "juleferie", "sommerferie", "vinterferie", "efterårsferie", "påskeferie",
          "syg", "sygemeldt", "barsel", "orlov", "fraværende", "kursus", "vacation", "holiday",
          "holidays", "leave", "sick", "away", "absent"}
FIRST_PERSON = {"jeg", "i", "i'm", "i'll", "mig", "me", "min", "my"}
SINGULAR = {"den", "det", "it", "this", "that", "denne", "dette"}
FILLER = {"er", "nu", "is", "are", "now", "så", "hermed", "jeg", "har", "have", "i", "we", "vi",
           "tak", "yes", "ja", "helt", "fuldt", "fully", "markeret", "som", "mark", "as",
           "please", "venligst", "of", "hele", "blevet", "been", "has", "my", "opgaver",
           "tasks", "actions", "hej", "hi", "ok", "okay", "both", "også", "also",
           "all", "alle", "begge", "de", "dem", "them", "they", "alt", "everything", "mine",
           "opgaverne", "jo", "da", "vist", "og", "and", "med", "with", "kan", "can", "lukkes",
           "closed", "markere", "markeres", "to", "tre", "fire", "two", "three", "four",
           "herved", "allesammen", "sammen"}
CHAT = {"tak", "mange", "for", "påmindelsen", "påmindelse", "mailen", "beskeden", "thanks",
         "thank", "you", "the", "reminder", "hej", "hi", "hello", "god", "godt", "dag",
         "weekend", "ses", "see", "soon", "hilsen", "mvh", "kh", "vh", "best", "regards",
         "cheers", "ok", "okay", "fint", "super", "great", "dejligt", "venlig", "kind", "med",
         "ha", "en", "have", "a", "nice", "day", "kære", "dear", "all", "alle", "i", "jer",
         "tovholder", "hilsner", "godmorgen", "morning", "good", "👍", "🙂", "😊", "se",
         "mine", "svar", "nedenfor", "herunder", "neden", "below", "my", "answers", "replies",
         "comments", "inline", "teksten", "kommentarer", "here", "are", "her", "er", "yes", "ja",
         "jep", "yep", "jo", "sure", "selvfølgelig", "gerne"}
