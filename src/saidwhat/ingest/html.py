"""Saved web pages: the main text and metadata of an HTML page, extracted with trafilatura.

Paragraphs become lines, as in a text article, so that the pipeline's paragraph
rules apply. Two kinds of quotation need help before trafilatura sees the page:
an inline ``<q>`` loses the marks a browser draws around it ("She said <q>we
will win</q>" would read "She said we will win"), and a ``<blockquote>`` holding a
quotation without marks of its own is not recognisable as one. A pull-quote (the
same words repeated in large type) is dropped, so a statement is counted once.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import defaultdict

from lxml import html as lxml_html

from ..errors import InputError
from ..model import Article
from .text import MAX_BYTES, article_id, decode, is_site_root, iso_published

MAX_PAGE_BYTES = 4 * MAX_BYTES  # markup, scripts and styles weigh more than the text they carry
QUOTE_MARKS = "\"“”«»„‟‘’‹›"
PULL_QUOTE_CLASS = re.compile(r"pull-?_?quote|pullout|quote-?box", re.IGNORECASE)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")  # lxml refuses one in a decoded string
MAX_DEPTH = 2048  # libxml2's limit on nested elements with huge_tree
MAX_ELEMENTS = 50_000  # a long news page has a few thousand
MAX_ATTRIBUTES = 1_000
LONG_TAG = re.compile(r"<[A-Za-z][^<>]{5000,}>")  # only a tag this long can hold MAX_ATTRIBUTES
# One attribute, its quoted value read whole: JSON in a data-* value ("a=b" inside) is one attribute.
ATTRIBUTE = re.compile(r"""\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>`]+))?""")
MIN_REPEAT_WORDS = 5  # a repeated line shorter than this may be a legitimate refrain ("No.")


def html_article(
    data: bytes,
    *,
    source: str,
    url: str | None = None,
    charset: str | None = None,
    published: str | None = None,
) -> Article:
    """One article from the bytes of an HTML page.

    ``charset`` is the one the server declared, else the page's ``<meta
    charset>``, else UTF-8. The page's own publication date wins over
    ``published``, which is only the fallback (a crawl date, a command option).
    """
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(f"{source}: {len(data):,} bytes is more than the {MAX_PAGE_BYTES:,} allowed for one page")
    page = _decode_page(data, source, charset or _meta_charset(data) or "utf-8")
    if not page.strip():
        raise InputError(f"{source}: the page is empty")
    document = _extract(page, source, url)
    text = _drop_repeats(document.text or "")
    if not text.strip():
        raise InputError(f"{source}: no article text found in the page (a menu, a login wall or an empty page?)")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(f"{source}: {len(text):,} characters of text is more than one article")
    url = url or _own_url(document.url)
    return Article(
        id=article_id(text, url),
        text=text,
        title=document.title or None,
        url=url,
        published=_iso_date(document.date) or published,
        source=source,
        author=document.author or None,
        site=document.sitename or None,
    )


def _own_url(canonical: str | None) -> str | None:
    """The page's canonical or og:url as its URL, unless it is the site's home page.

    Many sites point every story's canonical link at their front page; taken
    for the article's URL (and id) it made three stories one.
    """
    return canonical if canonical and not is_site_root(canonical) else None


def _decode_page(data: bytes, source: str, charset: str) -> str:
    """The page's text in its declared charset, else in UTF-8, else in Windows-1252.

    Crawled pages often declare one charset and are written in another, or one
    no decoder knows (``utf8mb4``, MySQL's name for UTF-8); a browser falls back
    rather than refuse them, and so do we. Binary data is still an error.
    """
    if not _known(charset):
        charset = "utf-8"
    try:
        return decode(data, source, charset)
    except InputError as error:
        if "not valid" not in str(error):
            raise
    for fallback in ("utf-8", "cp1252"):
        try:
            return data.decode(fallback)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def _known(charset: str) -> bool:
    """A character set Python decodes text with: not an unknown name, nor a codec of bytes
    ("base64", "zlib") or of text to text ("rot13") a page may name by mistake."""
    try:
        return codecs.lookup(charset)._is_text_encoding
    except LookupError:
        return False


def _extract(page: str, source: str, url: str | None):
    """trafilatura's main text and metadata of a page prepared by ``_prepare``."""
    import trafilatura

    tree = _parse(page, source)
    _prepare(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        raise InputError(f"{source}: no article text found in the page (a menu, a login wall or an empty page?)")
    return document


def _parse(page: str, source: str):
    """The page's element tree. libxml2 drops, without an error, what lies deeper than 255 elements
    (2048 with ``huge_tree``): a page nested deeper is refused rather than read with its text missing.
    So is a page whose size would keep the parsers busy for minutes."""
    _check_attributes(page, source)
    parser = lxml_html.HTMLParser(huge_tree=True)
    try:
        tree = lxml_html.document_fromstring(XML_DECLARATION.sub("", page, count=1), parser=parser)
    except Exception as error:  # noqa: BLE001 - lxml raises several types for broken markup
        raise InputError(f"{source}: not an HTML page ({error})") from None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise InputError(f"{source}: its markup is nested more than {MAX_DEPTH:,} elements deep, past what the HTML parser reads; fix the page")
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:
        # trafilatura's time grows with the square of this: 50,000 <p> took 5 s, 100,000 28 s, 300,000 over 5 minutes.
        raise InputError(f"{source}: {elements:,} elements is more than a news page has (at most {MAX_ELEMENTS:,}); "
                         "is it a listing or a whole site? split it into its articles")
    return tree


def _check_attributes(page: str, source: str) -> None:
    """Refuse a tag with thousands of attributes: libxml2, htmldate and jusText each take time in the
    square of their number (90,000 in a 1 MB page: 99 s, during which a POST held the server)."""
    for tag in LONG_TAG.finditer(page):
        count = len(ATTRIBUTE.findall(tag.group()))
        if count > MAX_ATTRIBUTES:
            raise InputError(f"{source}: a tag with {count:,} attributes (at character {tag.start():,}) is no news page's "
                             f"(at most {MAX_ATTRIBUTES:,}); fix the page")


def _prepare(tree) -> None:
    """Give ``<q>`` its marks, drop pull-quotes, and mark unmarked ``<blockquote>`` as quotations."""
    for q in list(tree.iter("q")):
        q.text = "“" + (q.text or "")
        q.tail = "”" + (q.tail or "")
        q.drop_tag()
    for block in list(tree.iter("blockquote", "aside")):
        if PULL_QUOTE_CLASS.search(block.get("class", "")):
            block.drop_tree()
        elif block.tag == "blockquote":
            _mark_quotation(block)


def _mark_quotation(block) -> None:
    """Put marks around a blockquote's paragraphs, as a newspaper prints a quotation over several.

    Each paragraph opens with a mark and only the last closes:
    “We will win.\\n“Peace will come.” An embedded post or a block that already
    carries marks is left as it is.
    """
    content = block.text_content()
    if not content.strip() or any(mark in content for mark in QUOTE_MARKS) or block.get("class", "").find("twitter") >= 0:
        return
    paragraphs = [p for p in block.iter("p") if p.text_content().strip()] or [block]
    for p in paragraphs:
        p.text = "“" + (p.text or "").lstrip()
    last = paragraphs[-1]
    tail_holder = last[-1] if len(last) else None
    if tail_holder is not None:
        tail_holder.tail = (tail_holder.tail or "").rstrip() + "”"
    else:
        last.text = last.text.rstrip() + "”"


def _drop_repeats(text: str) -> str:
    """Lines without a line that repeats another's words (a pull-quote the markup did not name).

    The first line, the headline, always stays.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    keys = [_words(line) for line in lines]
    index = _gram_index(keys)
    first: dict[str, int] = {}
    for i in range(1, len(keys)):
        first.setdefault(keys[i], i)
    kept = lines[:1]
    kept += [lines[i] for i in range(1, len(lines)) if not _repeats(i, keys, index, first)]
    return "\n".join(kept)


def _repeats(i: int, keys: list[str], index: dict[str, list[int]], first: dict[str, int]) -> bool:
    """Whether line ``i`` (of at least MIN_REPEAT_WORDS words) has the words of an earlier line, or is inside a longer one."""
    grams = _grams(keys[i])
    if not grams:
        return False
    if first[keys[i]] < i:
        return True
    # A line holding these words holds each of their n-grams: only the lines that share the rarest
    # need comparing. Comparing every pair took 46 s on a page of 20,000 paragraphs.
    rarest = min(grams, key=lambda gram: len(index[gram]))
    return any(len(keys[j]) > len(keys[i]) and keys[i] in keys[j] for j in index[rarest])


def _grams(key: str) -> set[str]:
    """The runs of MIN_REPEAT_WORDS words of a line's key; none for a shorter line."""
    words = key.split()
    return {" ".join(words[k : k + MIN_REPEAT_WORDS]) for k in range(len(words) - MIN_REPEAT_WORDS + 1)}


def _gram_index(keys: list[str]) -> dict[str, list[int]]:
    """The lines (all but the headline) that hold each run of words."""
    index: dict[str, list[int]] = defaultdict(list)
    for i in range(1, len(keys)):
        for gram in _grams(keys[i]):
            index[gram].append(i)
    return index


def _words(line: str) -> str:
    folded = unicodedata.normalize("NFKC", line).casefold()
    return " " + " ".join(re.findall(r"\w+", folded)) + " "


def _meta_charset(data: bytes) -> str | None:
    found = META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def _iso_date(value: str | None) -> str | None:
    """The page's date as YYYY-MM-DD; None for one that is no date or one no relative date can be counted from."""
    if not value:
        return None
    try:
        return iso_published(value)
    except InputError:
        return None
