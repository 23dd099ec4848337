"""Finding the words in a template that escape translation (docs/languages.md): whatever is left once every
{% translate %}/{% blocktranslate %}, template tag, variable, comment and piece of markup is taken out, plus the
words of the attributes people hear (aria-label, title, alt, placeholder). Used by
portal/tests/test_languages_templates.py, which runs it over every public template."""

import re

BLOCKS = re.compile(
    r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{%\s*blocktranslate\b.*?{%\s*endblocktranslate\s*%}", re.S
)
TEMPLATE_CODE = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}", re.S)
# Words written inside template code that still reach the page: a fallback in {% firstof a "Words" %} or
# {{ a|default:"Words" }}. A literal that looks like a name or a path ('main-form', "nhsuk/field.html") is not.
FALLBACKS = re.compile(r"""{%\s*firstof\b[^%]*?%}|\|default:(?:"[^"]*"|'[^']*')""")
LITERALS = re.compile(r""""([^"]*)"|'([^']*)'""")
HEARD_ATTRIBUTES = re.compile(r'\b(?:aria-label|title|alt|placeholder)="([^"]*)"')
TAGS = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1>|<[^>]+>", re.S)
WORDS = re.compile(r"[^\W\d_]{2,}")


def untranslated_words(source):
    """The words left once everything translated, every template tag and variable and all markup is taken out,
    with the words of any fallback written into the template code."""
    source = BLOCKS.sub(" ", source)
    fallbacks = [
        text
        for code in FALLBACKS.findall(source)
        for text in (a or b for a, b in LITERALS.findall(code))
        if " " in text or text[:1].isupper()
    ]
    source = TEMPLATE_CODE.sub(" ", source)
    heard = " ".join(HEARD_ATTRIBUTES.findall(source))
    text = TAGS.sub(" ", source)
    text = re.sub(r"&[a-z#0-9]+;", " ", text)
    return WORDS.findall(" ".join([text, heard, *fallbacks]))
