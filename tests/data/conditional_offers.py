"""Replies to a call for volunteers: conditional offers ("if nobody else, I can"), and replies
that are not one. Invented, as members write them."""

OFFERS = [
    "Hvis ingen andre melder sig, kan jeg godt",
    "Hvis ingen andre melder sig, kan jeg godt tage den.",
    "Hej Ida\n\nHvis der ikke er andre, så tager jeg den.\n\nMvh Jonas",
    "Jeg kan godt, hvis ingen andre vil.",
    "Hellere end lodtrækning tager jeg den gerne",
    "Som sidste udvej kan jeg godt påtage mig det",
    "Hvis det bliver nødvendigt, så gør jeg det",
    "If nobody else, I can",
    "If no one else volunteers, I'll do it.",
    "if there is nobody else I could take it",
    "I can do it as a last resort",
    "if needed, count me in",
]

NOT_OFFERS = [
    "Ja, det vil jeg gerne",
    "Nej tak",
    "Hvis ingen andre melder sig, kan jeg ikke",
    "Hvis ingen andre melder sig, kan jeg måske",
    "Hvad hvis ingen melder sig?",
    "jeg venter lige lidt",
    "Hvis ingen andre vil, så træk lod",
]
