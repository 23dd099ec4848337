"""The demo's search synonyms: the words families use, with the words our pages use for the same thing.

Each line is one synonym as an editor would type it (Settings, then Search synonyms).
"""

from home.models import SearchSynonym
from portal.demo import ensure_record

SYNONYMS = [
    "sensory, senses, sense, sensations",
    "autism, autistic, asd, asc",
    "dyspraxia, dyspraxic, dcd, coordination, clumsy, developmental coordination disorder",
    "ehcp, ehc, send, sen, senco, education health and care plan, special educational needs",
    "handwriting, writing, pencil",
    "waiting, wait, waits, waiting list",
    "complaint, complaints, complain, pals, ombudsman, compliment, compliments, feedback",
    "workshop, workshops, course, courses, class, classes",
    "speech, slt, stammer, stammering, speech and language therapy, speech and language, speech therapy",
    "talking, talk, talks",
    "family, families, parent, parents, parenting, carer, carers",
    "ot, occupational, occupational therapy",
    "toilet, toileting, potty",
    "dressing, dressed, clothes, buttons",
]

SEARCH_SYNONYM_PERMISSIONS = [f"home.{action}_searchsynonym" for action in ("add", "change", "delete")]


def ensure_search_synonyms(log):
    for words in SYNONYMS:
        ensure_record(log, SearchSynonym, {"words": words})
